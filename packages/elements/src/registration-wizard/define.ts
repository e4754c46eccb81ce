import { defineElement } from '../internal/define-element.js';
import { GosRegistrationWizardElement } from './registration-wizard.js';

defineElement('gos-registration-wizard', GosRegistrationWizardElement);

declare global {
  interface HTMLElementTagNameMap {
    'gos-registration-wizard': GosRegistrationWizardElement;
  }
}
