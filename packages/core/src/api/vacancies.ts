import type {
  EducationLevel,
  EmploymentType,
  ExperienceBand,
  QualificationLevel,
  Schedule,
  Specialisation,
  VacancyDetail,
  VacancySearchResult,
  VacancySort,
  VacancyTitleSuggestions,
} from '@gos-elements/contracts';
import { ApiError } from './problem.js';
import { readJson, request } from './transport.js';

export interface VacanciesClientOptions {
  /** Base URL of the API, e.g. `https://api.example.ru/api/v1` (no trailing slash). */
  readonly apiBase: string;
  readonly fetch?: typeof fetch;
}

/** A search as a page sets it up; every field optional (nothing set lists the newest vacancies). */
export interface VacancySearchParams {
  /** Words to find, in any form («бухгалтера» finds «бухгалтер»). */
  readonly q?: string;
  /** Region codes (`7700000000000`: RUSSIAN_REGIONS). */
  readonly regions?: readonly string[];
  readonly specialisation?: Specialisation;
  readonly employment?: readonly EmploymentType[];
  readonly schedule?: readonly Schedule[];
  /** Roubles a month. */
  readonly salaryFrom?: number;
  readonly withSalaryOnly?: boolean;
  readonly experience?: ExperienceBand;
  readonly education?: EducationLevel;
  readonly qualification?: QualificationLevel;
  readonly remote?: boolean;
  readonly socialPackage?: boolean;
  readonly quota?: boolean;
  readonly postedWithinDays?: number;
  readonly sort?: VacancySort;
  readonly page?: number;
  readonly pageSize?: number;
}

type Shape<T> = (value: unknown) => value is T;
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

// As with the other clients: the contract test holds the server to its shapes; these only refuse what is not even
// the right kind of object (a proxy's HTML page), without zod in the browser.
const isResult: Shape<VacancySearchResult> = (value): value is VacancySearchResult =>
  isObject(value) && Array.isArray(value['items']) && isObject(value['facets']) && typeof value['total'] === 'number';
const isSuggestions: Shape<VacancyTitleSuggestions> = (value): value is VacancyTitleSuggestions =>
  isObject(value) && Array.isArray(value['items']);
const isDetail: Shape<VacancyDetail> = (value): value is VacancyDetail =>
  isObject(value) && typeof value['id'] === 'string' && typeof value['duty'] === 'string';

/**
 * The query string of a search: lists comma-separated (`regions=7700000000000,5000000000000`), flags only when set
 * (`remote=true`; a flag left false is not sent, as it filters nothing), empty text left out.
 */
export function vacancyQuery(params: VacancySearchParams): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params) as [string, unknown][]) {
    if (value === undefined || value === false || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length > 0) query.set(name, value.join(','));
      continue;
    }
    query.set(name, String(value));
  }
  return query.size > 0 ? `?${query}` : '';
}

/**
 * The public vacancy search for `<gos-vacancy-search>`: no token (a job seeker searches signed out), failures as
 * {@link ApiError} (`validation-failed` with the fields, `vacancy-not-found`, `rate-limited`), an `AbortSignal` on
 * every call so a newer query can cancel the one before it.
 */
export class VacanciesClient {
  readonly #options: VacanciesClientOptions;

  constructor(options: VacanciesClientOptions) {
    this.#options = options;
  }

  /** One page of vacancies with the total, the facet counts and the query as the server understood it. */
  search(params: VacancySearchParams = {}, signal?: AbortSignal): Promise<VacancySearchResult> {
    return this.#json(`/vacancies${vacancyQuery(params)}`, isResult, signal);
  }

  /** Job titles for what has been typed so far («бухг» → «Бухгалтер», «Главный бухгалтер»…). */
  suggest(
    q: string,
    options: { readonly limit?: number; readonly signal?: AbortSignal } = {},
  ): Promise<VacancyTitleSuggestions> {
    const query = new URLSearchParams({ q });
    if (options.limit !== undefined) query.set('limit', String(options.limit));
    return this.#json(`/vacancies/suggest?${query}`, isSuggestions, options.signal);
  }

  /** One vacancy: the duties as sanitised HTML, addresses, contacts and «проверенный работодатель». */
  get(id: string, signal?: AbortSignal): Promise<VacancyDetail> {
    if (id === '') return Promise.reject(new ApiError('vacancy-not-found', 'Вакансия не найдена.', 404));
    return this.#json(`/vacancies/${encodeURIComponent(id)}`, isDetail, signal);
  }

  async #json<T>(path: string, shape: Shape<T>, signal: AbortSignal | undefined): Promise<T> {
    const response = await request(`${this.#options.apiBase}${path}`, { signal: signal ?? null }, this.#options.fetch);
    return readJson(response, shape);
  }
}
