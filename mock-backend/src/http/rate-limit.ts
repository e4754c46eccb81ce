import type { Request, RequestHandler, Response } from 'express';
import { rateLimit } from 'express-rate-limit';
import { problemTypeUri, PROBLEM_CONTENT_TYPE, type ProblemDetails } from '@gos-elements/contracts';
import type { RateLimit } from '../limits.js';
import { problemInstance } from './problem.js';

/** A per-IP budget for API routes: beyond it, 429 problem+json with `Retry-After` (set by express-rate-limit). */
export function apiRateLimit(limit: RateLimit, name: string): RequestHandler {
  return rateLimit({
    windowMs: limit.windowMs,
    limit: limit.max,
    identifier: name,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (req: Request, res: Response) => {
      const body: ProblemDetails = {
        type: problemTypeUri('rate-limited'),
        title: 'Слишком много запросов',
        status: 429,
        code: 'rate-limited',
        detail: 'С этого адреса пришло слишком много запросов. Подождите и попробуйте снова.',
        instance: problemInstance(req),
      };
      res.status(429).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(body));
    },
  });
}
