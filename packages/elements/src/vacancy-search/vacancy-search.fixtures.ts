// Vacancies for the stories and the component tests: the backend's own vacancy search and MSW handlers (a fresh one
// per call, over the first vacancies of the backend's own generated set), plus the states a healthy backend never
// shows: still loading, down, over its rate limit, unreachable. And the job seeker's side for the account's stories:
// the backend's own job seeker domain over such a search, fresh for each showing of a story.
import {
  PROBLEM_CONTENT_TYPE,
  problemTypeUri,
  VacancySearchQuerySchema,
  type VacancySummary,
} from '@gos-elements/contracts';
import type { SessionUser } from '@gos-elements/core';
import { getResponse, http, HttpResponse, type HttpHandler } from 'msw';
import { neverAnswering, unavailableAt } from '../internal/failing-api.fixtures.js';
import {
  MOCK_JOB_SEEKER,
  MOCK_JOB_SEEKER_TOKEN,
  mockJobSeeker,
  type MockJobSeeker,
} from '../../../../mock-backend/src/msw/mock-job-seeker.js';
import { mockVacancies, type MockVacancies } from '../../../../mock-backend/src/msw/mock-vacancies.js';
import type { VacanciesApi } from './vacancy-search.js';

export const VACANCIES_ORIGIN = 'https://trud.gos-elements.test';
export const VACANCIES_API = `${VACANCIES_ORIGIN}/api/v1`;

/** A fresh vacancy search over `count` generated vacancies (default: the mock's 2,000), or over none at all. */
export function vacanciesBackend(options: { count?: number; empty?: boolean } = {}): MockVacancies {
  return mockVacancies({
    origin: VACANCIES_ORIGIN,
    ...(options.empty ? { vacancies: [] } : {}),
    ...(options.count === undefined ? {} : { count: options.count }),
  });
}

/** The backend never answers: the element stays in its loading state. */
export const neverAnswers = neverAnswering(VACANCIES_API);

/** The backend is down: every request gets a 503 problem, as from the backend's error handler. */
export const unavailable = unavailableAt(VACANCIES_API);

/** Over the per-address budget: 429 with Retry-After, as the backend's rate limiter answers. */
export const rateLimited: HttpHandler[] = [
  http.all(`${VACANCIES_API}/*`, () =>
    HttpResponse.json(
      {
        type: problemTypeUri('rate-limited'),
        title: 'Слишком много запросов',
        status: 429,
        code: 'rate-limited',
        detail: 'С этого адреса пришло слишком много запросов. Подождите и попробуйте снова.',
      },
      { status: 429, headers: { 'Content-Type': PROBLEM_CONTENT_TYPE, 'Retry-After': '60' } },
    ),
  ),
];

/** No network: every request fails as a fetch does with the cable pulled. */
export const unreachable: HttpHandler[] = [http.all(`${VACANCIES_API}/*`, () => HttpResponse.error())];

/**
 * A vacancy API that never answers and sends nothing: the element stays in its loading state with no request open.
 * (A request left open by MSW is aborted when the element leaves the page, which is right, but a Storybook run that
 * moves on to the next story would count that abort against the next one.)
 */
export function neverAnsweringClient(): VacanciesApi {
  const pending = (signal?: AbortSignal) =>
    new Promise<never>((_, reject) => {
      signal?.addEventListener('abort', () => reject(signal.reason as Error), { once: true });
    });
  return {
    search: (_params, signal) => pending(signal),
    suggest: (_q, options) => pending(options?.signal),
    get: (_id, signal) => pending(signal),
  };
}

// ── The job seeker ──────────────────────────────────────────────────────────────────────────────────────────────

/** "Now" of the job seeker's backend: its generated vacancies, favourites and responses are dated from it. */
export const ACCOUNT_NOW = Date.parse('2026-11-20T09:00:00Z');

/** The job seeker the stand-in session signs in: Соколов, whose account `fake-access-token` opens in the mock. */
export const JOB_SEEKER_USER: SessionUser = {
  sub: MOCK_JOB_SEEKER.owner,
  familyName: 'Соколов',
  givenName: 'Алексей',
  middleName: 'Викторович',
  shortName: 'Соколов А. В.',
  accountLevel: 'confirmed',
  amr: ['pwd', 'sms'],
};

/** How a job seeker's backend starts. */
export interface JobSeekerStart {
  /** Without a résumé (Соколов has his lorry driver's one otherwise). */
  readonly noResume?: boolean;
  /** Vacancies in its search (default 500). */
  readonly count?: number;
}

/** One fresh backend of the job seeker: the mock itself, and what the stories set it up with. */
export interface JobSeekerWorld {
  readonly mock: MockJobSeeker;
  /** The account's owner in the mock (the one `fake-access-token` stands for). */
  readonly owner: string;
  /** The newest vacancies, in the order the search lists them first. */
  readonly newest: readonly VacancySummary[];
  /** Sets the backend's clock (setting things up at different times); {@link ACCOUNT_NOW} after each reset. */
  at(time: string | number): void;
  /**
   * Takes a published vacancy down: the job seeker's side no longer finds it, so a favourite of it reads as taken
   * down. (The mock has no operation for this; its search still lists the vacancy.)
   */
  takeDown(vacancyId: string): void;
}

type VacancyIndex = MockVacancies['index'];

/** `index`, except that the vacancies in `gone` are not published any more. */
function withTakenDown(index: VacancyIndex, gone: ReadonlySet<string>): VacancyIndex {
  return new Proxy(index, {
    get(target, key) {
      if (key === 'summary') return (id: string) => (gone.has(id) ? undefined : target.summary(id));
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/**
 * The job seeker's side of «Работа России» for stories that change it: the backend's own domain and MSW handlers
 * (favourites, responses, saved searches, the résumé, the event stream, and the vacancy search they refer to) at
 * {@link VACANCIES_ORIGIN}. The handlers stay the same while each {@link JobSeekerBackend.reset} puts a fresh backend
 * behind them, so a story starts from the same state every time it is shown. It also counts the requests under way,
 * so a story can end only when nothing is left open ({@link JobSeekerBackend.idle}).
 */
export class JobSeekerBackend {
  readonly handlers: HttpHandler[];
  #world?: JobSeekerWorld;
  #handlers: HttpHandler[] = [];
  #inFlight = 0;
  #streams = 0;
  /** Which reset a request was made under: one left over from the story before does not count. */
  #generation = 0;

  constructor() {
    this.handlers = [
      http.all(`${VACANCIES_ORIGIN}/*`, async ({ request }) => {
        if (request.headers.get('accept') === 'text/event-stream') {
          // Open until the element closes it: not a request "under way".
          this.#streams += 1;
          return getResponse(this.#handlers, request);
        }
        const generation = this.#generation;
        this.#inFlight += 1;
        try {
          return await getResponse(this.#handlers, request);
        } finally {
          if (generation === this.#generation) this.#inFlight -= 1;
        }
      }),
    ];
  }

  /** A fresh backend (call it before the story renders, e.g. in `beforeEach`). */
  reset(start: JobSeekerStart = {}): JobSeekerWorld {
    let now = ACCOUNT_NOW;
    const clock = { now: () => now };
    const vacancies = mockVacancies({ origin: VACANCIES_ORIGIN, count: start.count ?? 500, clock });
    const gone = new Set<string>();
    const mock = mockJobSeeker({
      origin: VACANCIES_ORIGIN,
      clock,
      vacancies: { ...vacancies, index: withTakenDown(vacancies.index, gone) },
      tokens: {
        [MOCK_JOB_SEEKER_TOKEN]: { ...MOCK_JOB_SEEKER, ...(start.noResume ? { resume: 'none' as const } : {}) },
      },
      devEndpoints: true,
    });
    const today = new Date(ACCOUNT_NOW).toISOString().slice(0, 10);
    const newest = vacancies.index.search(VacancySearchQuerySchema.parse({}), today).items;
    // The job seeker's handlers first: they share the origin with the search's.
    this.#handlers = [...mock.handlers, ...vacancies.handlers];
    this.#generation += 1;
    this.#inFlight = 0;
    this.#streams = 0;
    this.#world = {
      mock,
      owner: MOCK_JOB_SEEKER.owner,
      newest,
      at: (time) => {
        now = typeof time === 'number' ? time : Date.parse(time);
      },
      takeDown: (id) => void gone.add(id),
    };
    return this.#world;
  }

  /** The backend of the story on screen. */
  get world(): JobSeekerWorld {
    if (!this.#world) throw new Error('JobSeekerBackend: reset() it before the story renders');
    return this.#world;
  }

  /** Resolves once the element follows the account's notifications (its event stream is open). */
  streamOpen(timeoutMs = 8000): Promise<void> {
    return waitFor(() => this.#streams > 0, 'the event stream never opened', timeoutMs);
  }

  /** Resolves once no request has been under way for a while: everything the element asked for is answered. */
  async idle(timeoutMs = 8000): Promise<void> {
    let quiet = 0;
    await waitFor(
      () => {
        quiet = this.#inFlight === 0 ? quiet + 1 : 0;
        return quiet >= 4;
      },
      'requests still under way',
      timeoutMs,
    );
  }
}

async function waitFor(done: () => boolean, failure: string, timeoutMs: number): Promise<void> {
  for (let waited = 0; waited < timeoutMs; waited += 50) {
    if (done()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${failure} (after ${timeoutMs} ms)`);
}
