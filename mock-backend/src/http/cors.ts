import cors from 'cors';
import type { RequestHandler } from 'express';
import type { Config } from '../config.js';

/** Request headers browsers may send cross-origin. Add here when an API starts reading a new header. */
export const CORS_ALLOWED_HEADERS = [
  'Authorization',
  'Content-Type',
  'Accept',
  'Accept-Language',
  'X-Request-Id',
  // Cabinet POSTs: a retried upload or cancel carries the same key.
  'Idempotency-Key',
  // Registration: the resume token of the registration in progress.
  'Registration-Token',
];

/** Response headers cross-origin scripts may read. */
export const CORS_EXPOSED_HEADERS = [
  'X-Request-Id',
  'Content-Disposition',
  'Location',
  'Retry-After',
  'Idempotent-Replayed',
];

/**
 * CORS from the configured allow-list. An allowed `Origin` is echoed back with credentials allowed; any other
 * origin gets no CORS headers at all, so the browser blocks its script from reading the response. Preflight
 * (`OPTIONS` with `Access-Control-Request-Method`) is answered here with 204.
 */
export function corsFromAllowList(config: Pick<Config, 'corsOrigins'>): RequestHandler {
  const allowed: ReadonlySet<string> = new Set(config.corsOrigins);
  return cors({
    origin: (origin, callback) => {
      callback(null, origin !== undefined && allowed.has(origin));
    },
    credentials: true,
    methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
    allowedHeaders: CORS_ALLOWED_HEADERS,
    exposedHeaders: CORS_EXPOSED_HEADERS,
    maxAge: 600,
    optionsSuccessStatus: 204,
  });
}
