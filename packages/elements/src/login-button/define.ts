import { defineElement } from '../internal/define-element.js';
import { GosLoginButtonElement } from './login-button.js';

defineElement('gos-login-button', GosLoginButtonElement);

declare global {
  interface HTMLElementTagNameMap {
    'gos-login-button': GosLoginButtonElement;
  }
}
