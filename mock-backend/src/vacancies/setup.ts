// One way to stand the vacancy search up, for the backend (50,000 generated, or a file read by the caller) and for
// MSW (a couple of thousand, in the browser), with the time each step took for the start-up log.
import type { Vacancy } from '@gos-elements/contracts';
import type { Clock } from '../clock.js';
import { DEFAULT_LIMITS, type VacancyLimits } from '../limits.js';
import { VacanciesApi } from './api.js';
import { moscowToday } from './dates.js';
import { generateVacancies } from './generate.js';
import { EmployerRegistry, type RegistryEntry } from './registry.js';
import { VacancyIndex } from './search.js';

export type VacancySource =
  /** Generated for the clock's day: `count` vacancies (default: limits.vacancies.generated). */
  | { readonly kind: 'generated'; readonly count?: number; readonly seed?: number }
  /** Given (an imported file): the registry knows only `registry`, by default nobody. */
  | { readonly kind: 'given'; readonly vacancies: Vacancy[]; readonly registry?: readonly RegistryEntry[] };

export interface VacancySearchSetup {
  readonly api: VacanciesApi;
  readonly index: VacancyIndex;
  /** Milliseconds spent generating (0 for given data) and indexing. */
  readonly timings: { readonly generateMs: number; readonly indexMs: number };
}

export function createVacancySearch(options: {
  readonly source: VacancySource;
  readonly clock: Clock;
  readonly limits?: VacancyLimits;
}): VacancySearchSetup {
  const limits = options.limits ?? DEFAULT_LIMITS.vacancies;
  const started = performance.now();
  const { vacancies, registry } =
    options.source.kind === 'generated'
      ? generateVacancies({
          count: options.source.count ?? limits.generated,
          today: moscowToday(options.clock.now()),
          ...(options.source.seed === undefined ? {} : { seed: options.source.seed }),
        })
      : { vacancies: options.source.vacancies, registry: options.source.registry ?? [] };
  const generated = performance.now();
  const index = new VacancyIndex(vacancies, { registry: new EmployerRegistry(registry) });
  const indexed = performance.now();
  return {
    api: new VacanciesApi(index, options.clock, limits),
    index,
    timings: {
      generateMs: options.source.kind === 'generated' ? Math.round(generated - started) : 0,
      indexMs: Math.round(indexed - generated),
    },
  };
}
