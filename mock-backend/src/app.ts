import express, { type Express } from 'express';
import type { Provider } from 'oidc-provider';
import { cabinetMigrations } from './cabinet-db/migrations.js';
import { sqliteApplicationStore, sqliteIdempotencyStore } from './cabinet-db/stores.js';
import { createCabinet, IdempotencyKeys, type CabinetApi } from './cabinet/index.js';
import { systemClock, type Clock } from './clock.js';
import type { Config } from './config.js';
import { openDatabase, type Database } from './db/database.js';
import { corsFromAllowList } from './http/cors.js';
import { errorHandler, notFoundHandler } from './http/errors.js';
import { requestLogger } from './http/request-log.js';
import { securityHeaders } from './http/security.js';
import {
  argon2Hasher,
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
import { identityAccountDirectory } from './registration-db/accounts.js';
import { outboxMessenger } from './registration-db/messenger.js';
import { Payments, PaymentsApi } from './payments/index.js';
import { registrationMigrations } from './registration-db/migrations.js';
import { directoryDocumentFiles, memoryDocumentFiles, sqliteRegistrationStore } from './registration-db/stores.js';
import { Registrations } from './registration/registrations.js';
import { Registries } from './registration/registries.js';
import { RegistrationApi } from './registration/api.js';
import { applicationsRouter } from './routes/applications.js';
import { paymentsRouter } from './routes/payments.js';
import { registrationsRouter } from './routes/registrations.js';
import { devOutboxEnabled, devOutboxRouter } from './routes/dev-outbox.js';
import { healthRouter } from './routes/health.js';
import { jobSeekerRouter } from './routes/job-seeker.js';
import { jobSeekerMigrations } from './job-seeker-db/migrations.js';
import { sqliteJobSeekerStorage } from './job-seeker-db/storage.js';
import { createJobSeeker, SEEDED_RESUMES, type JobSeekerApi, type PersonDirectory } from './job-seeker/index.js';
import { journalRouter } from './routes/journal.js';
import { secondFactorRouter } from './routes/second-factors.js';
import { openApiRouter } from './routes/openapi.js';
import { vacanciesRouter } from './routes/vacancies.js';
import { loadVacanciesFile } from './vacancies-file.js';
import { createVacancySearch, type VacanciesApi } from './vacancies/index.js';
import { moscowToday } from './vacancies/dates.js';

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
  /** The citizen's payments (planned from the seeded histories), clarification requests filed in `cabinet`. */
  readonly payments: PaymentsApi;
  /** Account registration: records in the database, scans under the data directory (in memory with `--memory`). */
  readonly registrations: Registrations;
  /** The public vacancy search: generated at start-up, or read from `config.vacanciesFile`. */
  readonly vacancies: VacanciesApi;
  /** The job seeker's favourites, résumé, responses and saved searches over `vacancies`' index, on the database. */
  readonly jobSeeker: JobSeekerApi;
  close(): void;
}

/** The seeded users' account ids, in seed order: whose applications the cabinet seeds. */
export function cabinetOwners(identity: Pick<Identity, 'accounts'>): string[] {
  return SEEDED_USERS.flatMap((user) => {
    const account = identity.accounts.findByIdentifier(user.phone);
    return account ? [String(account.id)] : [];
  });
}

/** The seeded users who get a seeded résumé on first start (Соколов, Смирнова), by account id. */
function seededResumeOwners(identity: Pick<Identity, 'accounts'>): Record<string, (typeof SEEDED_RESUMES)[string]> {
  return Object.fromEntries(
    Object.entries(SEEDED_RESUMES).filter(([oid]) => identity.accounts.findById(oid) !== undefined),
  );
}

/** The account holder's name, phone and e-mail, as the identity provider has them (ESIA contacts MBT and EML). */
function accountPeople(identity: Pick<Identity, 'accounts'>): PersonDirectory {
  return {
    personOf: (owner) => {
      const profile = identity.accounts.findById(owner)?.profile;
      if (!profile) return undefined;
      const contact = (type: string) => profile.contacts.find((candidate) => candidate.type === type)?.value;
      const phone = contact('MBT');
      const email = contact('EML');
      return {
        fullName: [profile.lastName, profile.firstName, profile.middleName].filter(Boolean).join(' '),
        ...(phone ? { phone } : {}),
        ...(email ? { email } : {}),
      };
    },
  };
}

/** How often registrations nobody continued within `limits.registration.resumeMs` are deleted. */
const REGISTRATION_PURGE_INTERVAL_MS = 10 * 60_000;

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
  const hasher = options.hasher ?? argon2Hasher();
  const db = openDatabase(config.storage, [
    ...identityMigrations,
    ...oidcMigrations,
    ...cabinetMigrations,
    ...registrationMigrations,
    ...jobSeekerMigrations,
  ]);
  // Registry answers still due when the backend closes: they run again on the next start (the records say pending).
  const checks = new Set<NodeJS.Timeout>();
  let purger: NodeJS.Timeout | undefined;
  let simulator: NodeJS.Timeout | undefined;
  const stopTimers = () => {
    for (const timer of checks) clearTimeout(timer);
    checks.clear();
    clearInterval(purger);
    clearInterval(simulator);
  };
  try {
    const identity = createIdentity({ db, clock, limits, hasher });
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
    const cabinet = createCabinet(
      cabinetOwners(identity),
      clock,
      { applications: sqliteApplicationStore(db), idempotency: sqliteIdempotencyStore(db) },
      limits.uploads.applications,
    );
    const payments = new PaymentsApi(
      new Payments({ clock, limits: limits.payments }),
      cabinet.applications,
      new IdempotencyKeys(clock, sqliteIdempotencyStore(db)),
    );
    const vacancies = openVacancies(config, clock, limits, options.logger);
    const jobSeeker = createJobSeeker({
      index: vacancies.index,
      clock,
      people: accountPeople(identity),
      outbox: identity.outbox,
      linkBase: config.vacancyLinkBase,
      limits: limits.jobSeeker,
      storage: sqliteJobSeekerStorage(db),
      seeded: seededResumeOwners(identity),
    });
    const registrations = new Registrations({
      clock,
      store: sqliteRegistrationStore(db),
      accounts: identityAccountDirectory(db, identity.accounts),
      messenger: outboxMessenger(identity.outbox),
      registries: new Registries(),
      files:
        config.storage.kind === 'directory' ? directoryDocumentFiles(config.storage.dataDir) : memoryDocumentFiles(),
      limits: { ...limits.registration, checkDelayMs: config.registrationCheckDelayMs },
      hashPassword: (password) => hasher.hash(password),
      schedule: (ms, task) => {
        const timer = setTimeout(() => {
          checks.delete(timer);
          try {
            task();
          } catch (error) {
            options.logger.error({ err: error }, 'registry check failed');
          }
        }, ms);
        timer.unref();
        checks.add(timer);
      },
    });
    purger = setInterval(() => {
      try {
        registrations.purge();
      } catch (error) {
        options.logger.error({ err: error }, 'purging abandoned registrations failed');
      }
    }, REGISTRATION_PURGE_INTERVAL_MS);
    purger.unref();
    simulator =
      config.mode === 'development' && config.simulatorIntervalMs > 0
        ? setInterval(() => {
            cabinet.applications.advance();
            jobSeeker.advance();
          }, config.simulatorIntervalMs)
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
      payments,
      registrations,
      vacancies,
      jobSeeker,
      close: () => {
        stopTimers();
        db.close();
      },
    };
  } catch (error) {
    stopTimers();
    db.close();
    throw error;
  }
}

/**
 * The vacancy search, stood up before the server listens: 50,000 vacancies generated for today (about a second) or
 * the open-data file of `--vacancies`; how long it took goes to the log.
 */
function openVacancies(config: Config, clock: Clock, limits: Limits, logger: Logger): VacanciesApi {
  if (config.vacanciesFile) {
    const started = performance.now();
    const imported = loadVacanciesFile(config.vacanciesFile, moscowToday(clock.now()));
    const readMs = Math.round(performance.now() - started);
    const { api, timings } = createVacancySearch({
      source: { kind: 'given', vacancies: imported.vacancies },
      clock,
      limits: limits.vacancies,
    });
    if (imported.skipped.length > 0) {
      logger.warn({ skipped: imported.skipped.slice(0, 20), count: imported.skipped.length }, 'vacancies skipped');
    }
    logger.info(
      { file: config.vacanciesFile, vacancies: api.index.size, readMs, indexMs: timings.indexMs },
      `loaded ${api.index.size} vacancies from the file in ${readMs + timings.indexMs} ms`,
    );
    return api;
  }
  const { api, timings } = createVacancySearch({ source: { kind: 'generated' }, clock, limits: limits.vacancies });
  logger.info(
    { vacancies: api.index.size, ...timings },
    `generated ${api.index.size} vacancies in ${timings.generateMs} ms, indexed in ${timings.indexMs} ms`,
  );
  return api;
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

/**
 * The OpenID provider, its pages, the journal, applications, payments and vacancy APIs and (outside production) the
 * dev endpoints.
 */
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
      // One stream per page: the job seeker's notifications arrive beside the applications' status changes.
      alsoStreamed: [{ event: 'notification', subscribe: (owner, send) => backend.jobSeeker.subscribe(owner, send) }],
    }),
  );
  app.use(
    jobSeekerRouter({
      provider,
      api: backend.jobSeeker,
      limits: oidc.limits,
      devEndpoints: devOutboxEnabled(config.mode),
    }),
  );
  app.use(
    paymentsRouter({
      provider,
      api: backend.payments,
      accounts: identity.accounts,
      limits: oidc.limits,
      clock: oidc.clock,
    }),
  );
  app.use(vacanciesRouter({ api: backend.vacancies, limits: oidc.limits }));
  const idempotency = new IdempotencyKeys(oidc.clock, sqliteIdempotencyStore(backend.db));
  app.use(registrationsRouter({ api: new RegistrationApi(backend.registrations, idempotency), limits: oidc.limits }));
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
