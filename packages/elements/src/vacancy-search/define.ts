import { defineElement } from '../internal/define-element.js';
import { GosVacancySearchElement } from './vacancy-search.js';

defineElement('gos-vacancy-search', GosVacancySearchElement);

declare global {
  interface HTMLElementTagNameMap {
    'gos-vacancy-search': GosVacancySearchElement;
  }
}
