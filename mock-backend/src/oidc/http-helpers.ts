import express, { type Request, type RequestHandler, type Response } from 'express';
import { rateLimit } from 'express-rate-limit';
import type { RateLimit } from '../limits.js';
import { formatDuration } from '../pages/format.js';
import { renderTooManyRequestsPage } from '../pages/sign-in.js';

/** Form bodies of our own pages only (never in front of oidc-provider, which reads its own). */
export function formBody(): RequestHandler {
  return express.urlencoded({ extended: false, limit: '16kb', parameterLimit: 20 });
}

/** One string field of a parsed form; repeated or missing fields count as empty. */
export function formField(req: Request, name: string): string {
  const body: unknown = req.body;
  if (typeof body !== 'object' || body === null) return '';
  const value = (body as Record<string, unknown>)[name];
  return typeof value === 'string' ? value : '';
}

/** The pages hold codes and personal data: never cached, never sent as a referrer. */
export const noStore: RequestHandler = (_req, res, next) => {
  res.set('Cache-Control', 'no-store');
  res.set('Pragma', 'no-cache');
  next();
};

/** Who made the request, for the sign-in journal. */
export function requestOrigin(req: Request): { ip: string; userAgent: string } {
  return {
    ip: req.ip ?? req.socket.remoteAddress ?? 'unknown',
    userAgent: (req.get('user-agent') ?? '').slice(0, 512),
  };
}

/**
 * Per-IP budget for a group of form POSTs (`Limits.rateLimits`): over it the page says how long to wait, with
 * status 429 and `Retry-After` (set by express-rate-limit before the handler runs).
 */
export function pageRateLimit(limit: RateLimit, name: string): RequestHandler {
  return rateLimit({
    windowMs: limit.windowMs,
    limit: limit.max,
    identifier: name,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_req: Request, res: Response) => {
      const retryAfterSeconds = Number(res.getHeader('Retry-After') ?? Math.ceil(limit.windowMs / 1000));
      res
        .status(429)
        .type('html')
        .send(renderTooManyRequestsPage(retryAfterSeconds * 1000, formatDuration));
    },
  });
}
