import type { VacancySearchParams } from '@gos-elements/core/api/vacancies';

/** `detail` of `gos-vacancy-open`: the vacancy the citizen opened. */
export interface GosVacancyOpenDetail {
  readonly id: string;
}

/** `detail` of `gos-search`: the search the citizen committed. */
export interface GosSearchDetail {
  /** The search as the API is asked it (no page). */
  readonly query: VacancySearchParams;
  /** In `compact` mode: the search page the citizen is about to be taken to (cancel the event to stay). */
  readonly href?: string;
}

export type GosVacancyOpenEvent = CustomEvent<GosVacancyOpenDetail>;
export type GosSearchEvent = CustomEvent<GosSearchDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'gos-search': GosSearchEvent;
    'gos-vacancy-open': GosVacancyOpenEvent;
  }
  interface HTMLElementEventMap {
    'gos-search': GosSearchEvent;
    'gos-vacancy-open': GosVacancyOpenEvent;
  }
}
