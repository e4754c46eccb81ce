import { defineElement } from '../internal/define-element.js';
import { GosOtpPromptElement } from './otp-prompt.js';

defineElement('gos-otp-prompt', GosOtpPromptElement);

declare global {
  interface HTMLElementTagNameMap {
    'gos-otp-prompt': GosOtpPromptElement;
  }
}
