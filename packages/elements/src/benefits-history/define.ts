import { defineElement } from '../internal/define-element.js';
import { GosBenefitsHistoryElement } from './benefits-history.js';

defineElement('gos-benefits-history', GosBenefitsHistoryElement);

declare global {
  interface HTMLElementTagNameMap {
    'gos-benefits-history': GosBenefitsHistoryElement;
  }
}
