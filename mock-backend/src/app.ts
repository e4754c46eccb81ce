import express, { type Express } from 'express';
import type { Provider } from 'oidc-provider';
import { cabinetMigrations } from './cabinet-db/migrations.js';
import { sqliteApplicationStore, sqliteIdempotencyStore } from './cabinet-db/stores.js';
import { createCabinet, type CabinetApi } from './cabinet/index.js';
import { systemClock, type Clock } from './clock.js';
import type { Config } from './config.js';
import { openDatabase, type Database } from './db/database.js';
import { corsFromAllowList } from './http/cors.js';
import { errorHandler, notFoundHandler } from './http/errors.js';
import { requestLogger } from './http/request-log.js';
import { securityHeaders } from './http/security.js';
import {
  createIdentity,
  identityMigrations,
  SEEDED_USERS,
  type Identity,
  type PasswordHasher,
} from './identity/index.js';
import { DEFAULT_LIMITS, type Limits } from './limits.js';
import type { Logger } from './logger.js';
import { configuredClients, formActionOrigins, type ConfiguredClients } from './oidc/clients.js';
import { interactionRouter } from './oidc/interaction-routes.js';
import { oidcMigrations } from './oidc/migrations.js';
import type { OidcDependencies } from './oidc/ports.js';
import { createOidcProvider } from './oidc/provider.js';
import { recoveryRouter } from './oidc/recovery-routes.js';
import { SignInSteps } from './oidc/sign-in-steps.js';
import { ELEMENTS_BUNDLE_PATH, elementsBundle, pageAssets } from './pages/assets.js';
import { ASSETS_PATH } from './pages/layout.js';
import { applicationsRouter } from './routes/applications.js';
import { devOutboxEnabled, devOutboxRouter } from './routes/dev-outbox.js';
import { healthRouter } from './routes/health.js';
import { journalRouter } from './routes/journal.js';
import { secondFactorRouter } from './routes/second-factors.js';
import { openApiRouter } from './routes/openapi.js';

/** The identity domain and the OpenID provider on one database: what `createApp` mounts the features from. */
export interface Backend {
  readonly db: Database;
  readonly identity: Identity;
  readonly provider: Provider;
  readonly clients: ConfiguredClients;
  readonly steps: SignInSteps;
  readonly oidc: OidcDependencies;
  /** The provider's issuer, `<public base URL>/oidc`. */
  readonly issuer: string;
  /** The citizen cabinet (applications) on the same database, seeded on first start. */
  readonly cabinet: CabinetApi;
  close(): void;
}

/** The seeded users' account ids, in seed order: whose applications the cabinet seeds. */
export function cabinetOwners(identity: Pick<Identity, 'accounts'>): string[] {
  return SEEDED_USERS.flatMap((user) => {
    const account = identity.accounts.findByIdentifier(user.phone);
    return account ? [String(account.id)] : [];
  });
}

export interface OpenBackendOptions {
  readonly logger: Logger;
  /** Where the server is reachable (`http://localhost:4000`); `config.publicUrl` wins when set. */
  readonly baseUrl: string;
  readonly clock?: Clock;
  readonly limits?: Limits;
  /** argon2id with the documented parameters by default; tests pass cheaper ones. */
  readonly hasher?: PasswordHasher;
}

/**
 * Opens the database (a file under the data directory, or memory), applies every module's migrations, seeds the
 * demo users on first start, and builds the OpenID provider with keys from that database.
 */
export async function openBackend(config: Config, options: OpenBackendOptions): Promise<Backend> {
  const clock = options.clock ?? systemClock;
  const limits = options.limits ?? DEFAULT_LIMITS;
  const db = openDatabase(config.storage, [...identityMigrations, ...oidcMigrations, ...cabinetMigrations]);
  try {
    const identity = createIdentity({ db, clock, limits, ...(options.hasher ? { hasher: options.hasher } : {}) });
    if (await identity.seed()) options.logger.info('seeded the demo users (see README)');
    const oidc: OidcDependencies = {
      db,
      identity: {
        accounts: identity.accounts,
        secondFactors: identity.secondFactors,
        outbox: identity.outbox,
        journal: identity.journal,
      },
      limits,
      clock,
      logger: options.logger,
    };
    const issuer = `${config.publicUrl ?? options.baseUrl.replace(/\/+$/, '')}/oidc`;
    const clients = configuredClients(config);
    const provider = createOidcProvider(issuer, oidc, clients);
    const cabinet = createCabinet(cabinetOwners(identity), clock, {
      applications: sqliteApplicationStore(db),
      idempotency: sqliteIdempotencyStore(db),
    });
    const simulator =
      config.mode === 'development' && config.simulatorIntervalMs > 0
        ? setInterval(() => cabinet.applications.advance(), config.simulatorIntervalMs)
        : undefined;
    simulator?.unref();
    return {
      db,
      identity,
      provider,
      clients,
      steps: new SignInSteps(db),
      oidc,
      issuer,
      cabinet,
      close: () => {
        clearInterval(simulator);
        db.close();
      },
    };
  } catch (error) {
    db.close();
    throw error;
  }
}

export interface AppDependencies {
  readonly logger: Logger;
  /**
   * Mounts extra routes between the shared middleware and the 404 / error handlers — for tests, and for feature
   * modules that are assembled outside this file.
   */
  readonly mount?: (app: Express) => void;
  /** The identity provider's features; without it the app serves only the service routes (health, OpenAPI). */
  readonly backend?: Backend;
}

/** The OpenID provider, its pages, the journal and applications APIs and (outside production) the dev endpoints. */
function mountBackend(app: Express, config: Config, backend: Backend): void {
  const { provider, clients, steps, oidc, identity } = backend;
  app.use(ASSETS_PATH, pageAssets());
  app.use(ELEMENTS_BUNDLE_PATH, elementsBundle());
  // oidc-provider parses its own bodies and answers CORS for its endpoints (after ours for the allow-list).
  app.use('/oidc', provider.callback());
  app.use(interactionRouter({ ...oidc, provider, clients, steps }));
  app.use(recoveryRouter({ ...oidc, steps }));
  app.use(journalRouter({ provider, journal: identity.journal, limits: oidc.limits }));
  app.use(secondFactorRouter({ provider, secondFactors: identity.secondFactors, limits: oidc.limits }));
  app.use(
    applicationsRouter({
      provider,
      api: backend.cabinet,
      limits: oidc.limits,
      devEndpoints: devOutboxEnabled(config.mode),
    }),
  );
  if (devOutboxEnabled(config.mode)) app.use(devOutboxRouter(identity.outbox));
}

/**
 * The mock backend as an Express 5 app (not listening; see `startServer`).
 *
 * Order matters: request log → security headers → CORS → routes → 404 → error handler. Routes parse their own
 * bodies (`jsonBody(limits)` from `http/body.ts`, form bodies on the sign-in pages); nothing is parsed globally.
 */
export function createApp(config: Config, { logger, mount, backend }: AppDependencies): Express {
  const app = express();
  app.disable('x-powered-by');

  app.use(requestLogger(logger));
  app.use(securityHeaders(config, backend ? formActionOrigins(backend.clients) : []));
  app.use(corsFromAllowList(config));

  app.use(healthRouter());
  app.use(openApiRouter());
  if (backend) mountBackend(app, config, backend);
  mount?.(app);

  app.use(notFoundHandler);
  app.use(errorHandler);
  return app;
}
