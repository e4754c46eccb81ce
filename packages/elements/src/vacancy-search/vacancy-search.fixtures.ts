// Vacancies for the stories and the component tests: the backend's own vacancy search and MSW handlers (a fresh one
// per call, over the first vacancies of the backend's own generated set), plus the states a healthy backend never
// shows: still loading, down, over its rate limit, unreachable.
import { PROBLEM_CONTENT_TYPE, problemTypeUri } from '@gos-elements/contracts';
import { http, HttpResponse, type HttpHandler } from 'msw';
import { neverAnswering, unavailableAt } from '../internal/failing-api.fixtures.js';
import { mockVacancies, type MockVacancies } from '../../../../mock-backend/src/msw/mock-vacancies.js';

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
