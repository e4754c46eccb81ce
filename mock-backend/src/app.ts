import express, { type Express } from 'express';
import type { Config } from './config.js';
import { corsFromAllowList } from './http/cors.js';
import { errorHandler, notFoundHandler } from './http/errors.js';
import { requestLogger } from './http/request-log.js';
import { securityHeaders } from './http/security.js';
import type { Logger } from './logger.js';
import { healthRouter } from './routes/health.js';
import { openApiRouter } from './routes/openapi.js';

export interface AppDependencies {
  readonly logger: Logger;
  /**
   * Mounts extra routes between the shared middleware and the 404 / error handlers — for tests, and for feature
   * modules that are assembled outside this file.
   */
  readonly mount?: (app: Express) => void;
}

/**
 * The mock backend as an Express 5 app (not listening; see `startServer`).
 *
 * Order matters: request log → security headers → CORS → routes → 404 → error handler. Routes parse their own
 * bodies (`jsonBody()` from `http/body.ts`); nothing is parsed globally.
 */
export function createApp(config: Config, { logger, mount }: AppDependencies): Express {
  const app = express();
  app.disable('x-powered-by');

  app.use(requestLogger(logger));
  app.use(securityHeaders(config));
  app.use(corsFromAllowList(config));

  app.use(healthRouter());
  app.use(openApiRouter());
  // Feature modules mount here, each with its own router:
  //   OpenID provider  → app.use('/oidc', provider.callback())   (its own body parsing and CORS for its endpoints)
  //   cabinet REST API → app.use('/api/v1', cabinetRouter(...))   (with jsonBody())
  //   dev outbox       → app.use('/dev', devRouter(...))
  mount?.(app);

  app.use(notFoundHandler);
  app.use(errorHandler);
  return app;
}
