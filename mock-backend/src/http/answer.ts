// How a domain's HTTP-semantics answer (`{ status, body }`) goes out through Express, the same for every API.
import { PROBLEM_CONTENT_TYPE } from '@gos-elements/contracts';
import type { Response } from 'express';
import type { StoredAnswer } from '../cabinet/idempotency.js';

export interface HttpAnswer extends StoredAnswer {
  readonly headers?: Readonly<Record<string, string>>;
  /** A repeat of an `Idempotency-Key` request, answered from what was kept. */
  readonly replayed?: boolean;
}

/** An OpenAPI path template as an Express route: `/api/v1/payments/{id}` → `/api/v1/payments/:id`. */
export const expressPath = (path: string): string => path.replace(/\{(\w+)\}/g, ':$1');

/** Errors as problem+json, `Idempotent-Replayed` on a replay, 204 without a body; personal data is never cached. */
export function sendAnswer(res: Response, answer: HttpAnswer): void {
  res.status(answer.status).set('Cache-Control', 'no-store');
  if (answer.headers) res.set(answer.headers);
  if (answer.replayed) res.set('Idempotent-Replayed', 'true');
  if (answer.status === 204) res.end();
  else if (answer.status >= 400) res.type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(answer.body));
  else res.json(answer.body);
}
