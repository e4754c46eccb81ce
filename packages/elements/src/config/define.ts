import { defineElement } from '../internal/define-element.js';
import { GosConfigElement } from './config.js';

defineElement('gos-config', GosConfigElement);

declare global {
  interface HTMLElementTagNameMap {
    'gos-config': GosConfigElement;
  }
}
