// The vacancy search in a browser, for Storybook and the component tests: the backend's own domain behind the
// backend's own MSW handlers, over a smaller generated set (the first vacancies of the backend's own 50,000, as
// each vacancy depends only on the seed and its position) or over vacancies a story gives.
import type { Vacancy } from '@gos-elements/contracts';
import type { HttpHandler } from 'msw';
import type { Clock } from '../clock.js';
import { DEFAULT_LIMITS, type VacancyLimits } from '../limits.js';
import { createVacancySearch, type RegistryEntry, type VacanciesApi, type VacancyIndex } from '../vacancies/index.js';
import { vacancyHandlers } from './vacancies.js';

/** Vacancies a story gets by default: enough for every facet to have counts, quick to build in a browser. */
export const MOCK_VACANCY_COUNT = 2000;

export interface MockVacanciesOptions {
  /** Origin the API answers on, e.g. `https://trud.example.test` (the API is under `/api/v1`). */
  readonly origin: string;
  /** How many to generate (default {@link MOCK_VACANCY_COUNT}); ignored when `vacancies` are given. */
  readonly count?: number;
  readonly seed?: number;
  /** Exactly these vacancies instead of generated ones (an empty list for the «nothing found» story). */
  readonly vacancies?: Vacancy[];
  /** With `vacancies`: the employers the registry knows. */
  readonly registry?: readonly RegistryEntry[];
  /** The time; generated vacancies are dated in the 60 days up to its day. Default: the real clock. */
  readonly clock?: Clock;
  readonly limits?: VacancyLimits;
}

export interface MockVacancies {
  readonly api: VacanciesApi;
  readonly index: VacancyIndex;
  readonly handlers: HttpHandler[];
}

export function mockVacancies(options: MockVacanciesOptions): MockVacancies {
  const clock = options.clock ?? { now: () => Date.now() };
  const { api, index } = createVacancySearch({
    source: options.vacancies
      ? { kind: 'given', vacancies: options.vacancies, ...(options.registry ? { registry: options.registry } : {}) }
      : {
          kind: 'generated',
          count: options.count ?? MOCK_VACANCY_COUNT,
          ...(options.seed === undefined ? {} : { seed: options.seed }),
        },
    clock,
    limits: options.limits ?? DEFAULT_LIMITS.vacancies,
  });
  return { api, index, handlers: vacancyHandlers(api, { baseUrl: options.origin }) };
}
