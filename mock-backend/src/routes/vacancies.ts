import {
  getVacancyEndpoint,
  PROBLEM_CONTENT_TYPE,
  searchVacanciesEndpoint,
  suggestVacancyTitlesEndpoint,
} from '@gos-elements/contracts';
import { Router, type Request, type Response } from 'express';
import type { StoredAnswer } from '../cabinet/index.js';
import { problemInstance } from '../http/problem.js';
import { apiRateLimit } from '../http/rate-limit.js';
import type { Limits } from '../limits.js';
import type { VacanciesApi } from '../vacancies/index.js';

export interface VacanciesRouterOptions {
  readonly api: VacanciesApi;
  readonly limits: Limits;
}

/** `/api/v1/vacancies/{id}` → `/api/v1/vacancies/:id`. */
const route = (path: string) => path.replace(/\{(\w+)\}/g, ':$1');

function send(res: Response, answer: StoredAnswer): void {
  res.status(answer.status);
  if (answer.status >= 400) res.type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(answer.body));
  else res.json(answer.body);
}

/** The raw query string's parameters, repeated ones included (Express's parsed `req.query` merges them its own way). */
function searchParams(req: Request): URLSearchParams {
  const url = req.originalUrl || req.url;
  const start = url.indexOf('?');
  return new URLSearchParams(start === -1 ? '' : url.slice(start + 1));
}

/**
 * The public vacancy search over HTTP: no token (a job seeker searches signed out), a per-IP budget instead
 * (429 problem+json with Retry-After beyond it).
 */
export function vacanciesRouter({ api, limits }: VacanciesRouterOptions): Router {
  const router = Router();
  const limit = apiRateLimit(limits.rateLimits.vacancies, 'vacancies');

  router.get(searchVacanciesEndpoint.path, limit, (req, res) => {
    send(res, api.search(searchParams(req), problemInstance(req)));
  });

  // Before `/{id}`, which would otherwise take «suggest» for an id.
  router.get(suggestVacancyTitlesEndpoint.path, limit, (req, res) => {
    send(res, api.suggest(searchParams(req), problemInstance(req)));
  });

  router.get(route(getVacancyEndpoint.path), limit, (req, res) => {
    send(res, api.get(String(req.params['id']), problemInstance(req)));
  });

  return router;
}
