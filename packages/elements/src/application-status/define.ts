import { defineElement } from '../internal/define-element.js';
import { GosApplicationStatusElement } from './application-status.js';

defineElement('gos-application-status', GosApplicationStatusElement);

declare global {
  interface HTMLElementTagNameMap {
    'gos-application-status': GosApplicationStatusElement;
  }
}
