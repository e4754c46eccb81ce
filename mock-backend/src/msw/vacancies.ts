// MSW handlers for the vacancy search: the same VacanciesApi as the Express routes, behind `fetch` interception, for
// Storybook, component tests and the contract test. No Node APIs: they run in the browser as well as under msw/node.
import {
  getVacancyEndpoint,
  PROBLEM_CONTENT_TYPE,
  searchVacanciesEndpoint,
  suggestVacancyTitlesEndpoint,
} from '@gos-elements/contracts';
import { http, HttpResponse, type HttpHandler } from 'msw';
import type { StoredAnswer } from '../cabinet/index.js';
import type { VacanciesApi } from '../vacancies/index.js';

export interface VacancyHandlerOptions {
  /** Origin the API is served from, e.g. `https://trud.example.test` (no trailing slash). */
  readonly baseUrl: string;
}

/** `/api/v1/vacancies/{id}` → `/api/v1/vacancies/:id`. */
const route = (path: string) => path.replace(/\{(\w+)\}/g, ':$1');

function json(answer: StoredAnswer): HttpResponse<string> {
  return new HttpResponse(JSON.stringify(answer.body), {
    status: answer.status,
    headers: { 'Content-Type': answer.status >= 400 ? PROBLEM_CONTENT_TYPE : 'application/json; charset=utf-8' },
  });
}

/** Public: no token is asked for, as behind Express. */
export function vacancyHandlers(api: VacanciesApi, options: VacancyHandlerOptions): HttpHandler[] {
  const url = (path: string) => `${options.baseUrl}${route(path)}`;
  const instance = (request: Request) => new URL(request.url).pathname;
  const query = (request: Request) => new URL(request.url).searchParams;
  return [
    http.get(url(searchVacanciesEndpoint.path), ({ request }) => json(api.search(query(request), instance(request)))),
    // Before `/{id}`, which would otherwise take «suggest» for an id.
    http.get(url(suggestVacancyTitlesEndpoint.path), ({ request }) =>
      json(api.suggest(query(request), instance(request))),
    ),
    http.get(url(getVacancyEndpoint.path), ({ request, params }) =>
      json(api.get(String(params['id']), instance(request))),
    ),
  ];
}
