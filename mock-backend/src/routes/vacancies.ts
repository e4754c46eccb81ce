import { getVacancyEndpoint, searchVacanciesEndpoint, suggestVacancyTitlesEndpoint } from '@gos-elements/contracts';
import { Router } from 'express';
import { expressPath, sendAnswer } from '../http/answer.js';
import { problemInstance } from '../http/problem.js';
import { searchParams } from '../http/search-params.js';
import { apiRateLimit } from '../http/rate-limit.js';
import type { Limits } from '../limits.js';
import type { VacanciesApi } from '../vacancies/index.js';

export interface VacanciesRouterOptions {
  readonly api: VacanciesApi;
  readonly limits: Limits;
}

/**
 * The public vacancy search over HTTP: no token (a job seeker searches signed out), a per-IP budget instead
 * (429 problem+json with Retry-After beyond it).
 */
export function vacanciesRouter({ api, limits }: VacanciesRouterOptions): Router {
  const router = Router();
  const limit = apiRateLimit(limits.rateLimits.vacancies, 'vacancies');

  router.get(searchVacanciesEndpoint.path, limit, (req, res) => {
    sendAnswer(res, api.search(searchParams(req), problemInstance(req)));
  });

  // Before `/{id}`, which would otherwise take «suggest» for an id.
  router.get(suggestVacancyTitlesEndpoint.path, limit, (req, res) => {
    sendAnswer(res, api.suggest(searchParams(req), problemInstance(req)));
  });

  router.get(expressPath(getVacancyEndpoint.path), limit, (req, res) => {
    sendAnswer(res, api.get(String(req.params['id']), problemInstance(req)));
  });

  return router;
}
