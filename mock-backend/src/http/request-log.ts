import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { healthEndpoint } from '@gos-elements/contracts';
import { pinoHttp, type HttpLogger } from 'pino-http';
import { redactUrl, type Logger } from '../logger.js';
import { PROBLEM_CODE_LOCAL } from './errors.js';

/** Response header carrying the request id, which also appears in every log line of the request. */
export const REQUEST_ID_HEADER = 'X-Request-Id';

interface SerializedRequest {
  readonly id?: unknown;
  readonly method?: string;
  readonly url?: string;
  readonly headers?: Record<string, unknown>;
  readonly remoteAddress?: string;
}

function requestPath(req: IncomingMessage & { originalUrl?: string }): string {
  const url = req.originalUrl ?? req.url ?? '';
  const queryStart = url.indexOf('?');
  return queryStart === -1 ? url : url.slice(0, queryStart);
}

type ExpressResponse = ServerResponse & { locals?: Record<string, unknown> };

/**
 * One log line per finished request (level by status; health checks at debug), with an id that is also sent to the
 * client in `X-Request-Id`. Secrets never reach the log: the logger redacts secret headers and fields, and URLs are
 * logged with secret query parameters (`code`, `token`…) replaced. Query and route params are not logged
 * separately (they would repeat the URL unredacted).
 */
export function requestLogger(logger: Logger): HttpLogger {
  return pinoHttp({
    logger,
    genReqId: (_req: IncomingMessage, res: ServerResponse) => {
      const id = randomUUID();
      res.setHeader(REQUEST_ID_HEADER, id);
      return id;
    },
    serializers: {
      req: (req: SerializedRequest) => ({
        id: req.id,
        method: req.method,
        url: typeof req.url === 'string' ? redactUrl(req.url) : req.url,
        headers: req.headers,
        remoteAddress: req.remoteAddress,
      }),
      // Status only: response headers are the same security headers on every line.
      res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
    },
    customLogLevel: (req: IncomingMessage, res: ServerResponse, error?: Error) => {
      if (error !== undefined || res.statusCode >= 500) return 'error';
      if (res.statusCode >= 400) return 'warn';
      if (requestPath(req) === healthEndpoint.path) return 'debug';
      return 'info';
    },
    customSuccessObject: (_req: IncomingMessage, res: ExpressResponse, value: Record<string, unknown>) => {
      const problemCode = res.locals?.[PROBLEM_CODE_LOCAL];
      return problemCode === undefined ? value : { ...value, problemCode };
    },
  });
}
