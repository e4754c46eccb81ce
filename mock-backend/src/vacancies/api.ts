// The vacancy search's HTTP semantics without HTTP: each operation takes what a transport read from the request and
// gives back the status and body to send. The Express routes and the MSW handlers are thin adapters over this, so
// the two answer every request identically (the contract test checks it). The search is public: no viewer.
import { VacancySearchQuerySchema, VacancySuggestQuerySchema } from '@gos-elements/contracts';
import { z } from 'zod';
import { validationFailed } from '../cabinet/api.js';
import type { StoredAnswer } from '../cabinet/idempotency.js';
import type { Clock } from '../clock.js';
import { DEFAULT_LIMITS, type VacancyLimits } from '../limits.js';
import { queryRecord } from '../payments/api.js';
import { moscowToday } from './dates.js';
import { vacancyNotFound } from './problems.js';
import type { VacancyIndex } from './search.js';

export class VacanciesApi {
  readonly index: VacancyIndex;
  readonly #clock: Clock;
  readonly #limits: VacancyLimits;

  constructor(index: VacancyIndex, clock: Clock, limits: VacancyLimits = DEFAULT_LIMITS.vacancies) {
    this.index = index;
    this.#clock = clock;
    this.#limits = limits;
  }

  /** Today in Moscow: what «posted within N days» counts from. */
  today(): string {
    return moscowToday(this.#clock.now());
  }

  search(query: URLSearchParams, instance: string): StoredAnswer {
    const parsed = VacancySearchQuerySchema.safeParse(queryRecord(query));
    if (!parsed.success) return validationFailed(parsed.error, instance);
    const max = this.#limits.maxPageSize;
    // The limits table may hold the page size below the contract's ceiling: checked the way the schema checks.
    const size = z
      .object({ pageSize: z.number().max(max, `Не больше ${max} вакансий на странице.`) })
      .safeParse({ pageSize: parsed.data.pageSize });
    if (!size.success) return validationFailed(size.error, instance);
    return { status: 200, body: this.index.search(parsed.data, this.today()) };
  }

  suggest(query: URLSearchParams, instance: string): StoredAnswer {
    const parsed = VacancySuggestQuerySchema.safeParse(queryRecord(query));
    if (!parsed.success) return validationFailed(parsed.error, instance);
    return { status: 200, body: this.index.suggest(parsed.data.q, parsed.data.limit) };
  }

  get(id: string, instance: string): StoredAnswer {
    const detail = this.index.detail(id);
    return detail ? { status: 200, body: detail } : { status: 404, body: vacancyNotFound(instance) };
  }
}
