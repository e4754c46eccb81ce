/**
 * Mock backend configuration: read once at startup from the environment and the command line, validated, frozen.
 *
 * Environment variables (an empty value counts as unset):
 *
 * | variable       | default                                         | meaning                                            |
 * |----------------|-------------------------------------------------|----------------------------------------------------|
 * | `PORT`         | `4000`                                          | TCP port, 0–65535 (`0` = any free port)            |
 * | `HOST`         | `localhost`                                     | interface / host name to listen on                 |
 * | `CORS_ORIGINS` | `http://localhost:5173,http://localhost:6006`   | comma-separated origins allowed to call the API    |
 * |                | (demo site, Storybook)                          | from a browser (exact `scheme://host[:port]`)      |
 * | `DATA_DIR`     | `<repo>/mock-backend/data`                      | where persistent data lives; relative to the cwd   |
 * | `NODE_ENV`     | `development`                                   | `development`, `production` or `test`              |
 * | `LOG_LEVEL`    | `info` (`silent` when `NODE_ENV=test`)          | `fatal` `error` `warn` `info` `debug` `trace` `silent` |
 * | `PUBLIC_URL`   | the address the server listens on               | external `scheme://host[:port]` of the backend; the  |
 * |                | (`http://localhost:4000`)                       | OpenID issuer is `PUBLIC_URL/oidc`                  |
 * | `OIDC_PARTNER_SECRET` | `gos-partner-dev-secret`                 | client secret of the confidential `gos-partner`     |
 * | `OIDC_PARTNER_REDIRECT_URIS` | `http://localhost:3000/callback`  | comma-separated exact redirect URIs of `gos-partner` |
 * | `CABINET_SIMULATOR_SECONDS` | `60`                               | in development, how often the simulator moves       |
 * |                |                                                 | active applications a step (`0` = never)            |
 * | `REGISTRATION_CHECK_SECONDS` | `4`                               | how long the simulated registries take to check     |
 * |                |                                                 | registration data (`0` = at once)                   |
 * | `VACANCIES_FILE` | none: vacancies are generated                 | a JSON file in the open-data format of «Работа     |
 * |                |                                                 | России» to load the vacancies from instead          |
 *
 * Command line:
 *
 * | flag                 | meaning                                                                |
 * |----------------------|------------------------------------------------------------------------|
 * | `--memory`           | throw-away run: everything lives in memory, nothing is written to `DATA_DIR` |
 * | `--vacancies <file>` | load the vacancies from an open-data file (wins over `VACANCIES_FILE`) |
 *
 * Backend limits (one-time-code lifetime and attempts, lockout, rate limits, upload types and sizes) do NOT belong
 * here: they get their own single module, `src/limits.ts`, with documented defaults (see DESIGN.md). This module is
 * only about how the process is wired to its surroundings.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { z } from 'zod';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export const MODES = ['development', 'production', 'test'] as const;
export type Mode = (typeof MODES)[number];

/** Where persistent state goes. Code that writes data must switch on `kind`, so `--memory` can never write files. */
export type Storage = { readonly kind: 'memory' } | { readonly kind: 'directory'; readonly dataDir: string };

export interface Config {
  readonly port: number;
  readonly host: string;
  /** Normalised origins (`URL.origin`), matched exactly against the request's `Origin` header. */
  readonly corsOrigins: readonly string[];
  readonly storage: Storage;
  readonly mode: Mode;
  readonly logLevel: LogLevel;
  /** External base URL (`URL.origin`) when it differs from the listening address, e.g. behind a proxy. */
  readonly publicUrl: string | undefined;
  readonly oidc: OidcConfig;
  /** In development, how often (ms) the simulator moves active applications one step; 0 turns it off. */
  readonly simulatorIntervalMs: number;
  /** How long (ms) the simulated registries take to check registration data; 0 answers at once. */
  readonly registrationCheckDelayMs: number;
  /** An open-data JSON file of «Работа России» to load the vacancies from (absolute); undefined = generate them. */
  readonly vacanciesFile: string | undefined;
  /**
   * Origin of the job site that links in the job seeker's e-mails and SMS lead to (`<origin>/trudvsem.html?vac-vacancy=…`);
   * by default the first CORS origin, which is the demo site.
   */
  readonly vacancyLinkBase: string;
}

/** Settings of the OpenID provider's configured clients (the public `gos-demo` uses `corsOrigins`). */
export interface OidcConfig {
  /** Secret of the confidential client `gos-partner` (`client_secret_basic`). */
  readonly partnerSecret: string;
  /** Exact redirect URIs of `gos-partner`. */
  readonly partnerRedirectUris: readonly string[];
}

/** The package root (`mock-backend/`), from `src/` as well as from a build in `dist/`. */
const PACKAGE_ROOT = fileURLToPath(new URL('..', import.meta.url));

export const DEFAULTS = {
  port: 4000,
  host: 'localhost',
  /** The demo site (Vite) and Storybook. */
  corsOrigins: ['http://localhost:5173', 'http://localhost:6006'],
  dataDir: path.join(PACKAGE_ROOT, 'data'),
  mode: 'development',
  /** A development default so `npm start` works out of the box; set your own anywhere that is not a laptop. */
  partnerSecret: 'gos-partner-dev-secret',
  partnerRedirectUris: ['http://localhost:3000/callback'],
  simulatorSeconds: 60,
  registrationCheckSeconds: 4,
} as const satisfies Partial<
  Record<keyof Config | 'dataDir' | 'simulatorSeconds' | 'registrationCheckSeconds' | keyof OidcConfig, unknown>
>;

/** Thrown by {@link loadConfig}; `problems` holds one human-readable line per bad variable or flag. */
export class ConfigError extends Error {
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(
      [
        'Некорректная конфигурация mock-backend (invalid configuration):',
        ...problems.map((problem) => `  - ${problem}`),
      ].join('\n'),
    );
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

/** Treats a missing, empty or blank variable as unset. */
const optionalVar = z
  .string()
  .optional()
  .transform((value) => (value === undefined || value.trim() === '' ? undefined : value.trim()));

const portVar = optionalVar.pipe(
  z
    .string()
    .regex(/^\d{1,5}$/, { message: 'ожидается целое число от 0 до 65535 / expected an integer 0–65535' })
    .transform(Number)
    .pipe(z.number().max(65535, { message: 'ожидается целое число от 0 до 65535 / expected an integer 0–65535' }))
    .optional(),
);

const hostVar = optionalVar.pipe(
  z
    .string()
    .regex(/^[A-Za-z0-9.:[\]%-]+$/, {
      message: 'ожидается имя хоста или IP-адрес без пробелов / expected a host name or an IP address',
    })
    .optional(),
);

const originsVar = optionalVar.pipe(
  z
    .string()
    .transform((value, ctx) => {
      const origins: string[] = [];
      for (const item of value.split(',').map((part) => part.trim())) {
        if (item === '') continue;
        const origin = parseOrigin(item);
        if (typeof origin === 'string') {
          if (!origins.includes(origin)) origins.push(origin);
        } else {
          ctx.addIssue({ code: 'custom', message: `«${item}»: ${origin.error}` });
        }
      }
      return origins;
    })
    .optional(),
);

const modeVar = optionalVar.pipe(
  z.enum(MODES, { message: `ожидается одно из / expected one of: ${MODES.join(', ')}` }).optional(),
);

const logLevelVar = optionalVar.pipe(
  z.enum(LOG_LEVELS, { message: `ожидается одно из / expected one of: ${LOG_LEVELS.join(', ')}` }).optional(),
);

const publicUrlVar = optionalVar.pipe(
  z
    .string()
    .transform((value, ctx) => {
      const origin = parseOrigin(value);
      if (typeof origin === 'string') return origin;
      ctx.addIssue({ code: 'custom', message: origin.error });
      return z.NEVER;
    })
    .optional(),
);

const secretVar = optionalVar.pipe(
  z.string().min(16, { message: 'не короче 16 символов / at least 16 characters' }).optional(),
);

const redirectUrisVar = optionalVar.pipe(
  z
    .string()
    .transform((value, ctx) => {
      const uris: string[] = [];
      for (const item of value.split(',').map((part) => part.trim())) {
        if (item === '') continue;
        const problem = redirectUriProblem(item);
        if (problem === undefined) uris.push(item);
        else ctx.addIssue({ code: 'custom', message: `«${item}»: ${problem}` });
      }
      return uris;
    })
    .optional(),
);

const secondsVar = optionalVar.pipe(
  z
    .string()
    .regex(/^\d{1,5}$/, { message: 'ожидается число секунд от 0 до 86400 / expected 0–86400 seconds' })
    .transform(Number)
    .pipe(z.number().max(86_400, { message: 'ожидается число секунд от 0 до 86400 / expected 0–86400 seconds' }))
    .optional(),
);

const EnvSchema = z.object({
  PORT: portVar,
  HOST: hostVar,
  CORS_ORIGINS: originsVar,
  DATA_DIR: optionalVar,
  NODE_ENV: modeVar,
  LOG_LEVEL: logLevelVar,
  PUBLIC_URL: publicUrlVar,
  OIDC_PARTNER_SECRET: secretVar,
  OIDC_PARTNER_REDIRECT_URIS: redirectUrisVar,
  CABINET_SIMULATOR_SECONDS: secondsVar,
  REGISTRATION_CHECK_SECONDS: secondsVar,
  VACANCIES_FILE: optionalVar,
  VACANCY_LINK_BASE: publicUrlVar,
});

/** Why the text cannot be a redirect URI (absolute http(s), no fragment), or undefined when it can. */
function redirectUriProblem(text: string): string | undefined {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return 'ожидается адрес вида http://localhost:3000/callback / expected an absolute URL';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'только http и https / only http and https';
  if (url.hash !== '' || text.includes('#')) return 'без фрагмента (#) / no fragment';
  return undefined;
}

/** Returns the serialized origin, or why the text is not one. */
function parseOrigin(text: string): string | { error: string } {
  if (text === '*') {
    return { error: '«*» недопустим: с учётными данными (cookies) нужен явный список / list the origins explicitly' };
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { error: 'не похоже на адрес вида http://localhost:5173 / expected scheme://host[:port]' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { error: 'допустимы только схемы http и https / only http and https origins are allowed' };
  }
  if (url.username !== '' || url.password !== '' || url.pathname !== '/' || url.search !== '' || url.hash !== '') {
    return { error: 'нужен только origin, без пути и параметров / expected scheme://host[:port] with no path' };
  }
  return url.origin;
}

/**
 * Builds the configuration from an environment and the command-line arguments after the script name
 * (`process.argv.slice(2)`). Pure: reads nothing else, so tests pass plain objects.
 *
 * @throws {ConfigError} listing every bad variable or flag at once.
 */
export function loadConfig(env: Readonly<Record<string, string | undefined>>, argv: readonly string[] = []): Config {
  const problems: string[] = [];

  let memory = false;
  let vacanciesFlag: string | undefined;
  try {
    const { values } = parseArgs({
      args: [...argv],
      options: { memory: { type: 'boolean', default: false }, vacancies: { type: 'string' } },
      strict: true,
      allowPositionals: false,
    });
    memory = values.memory;
    vacanciesFlag = values.vacancies?.trim() || undefined;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    problems.push(
      `командная строка / command line: ${reason} (поддерживается / supported: --memory, --vacancies <file>)`,
    );
  }

  const parsed = EnvSchema.safeParse({
    PORT: env['PORT'],
    HOST: env['HOST'],
    CORS_ORIGINS: env['CORS_ORIGINS'],
    DATA_DIR: env['DATA_DIR'],
    NODE_ENV: env['NODE_ENV'],
    LOG_LEVEL: env['LOG_LEVEL'],
    PUBLIC_URL: env['PUBLIC_URL'],
    OIDC_PARTNER_SECRET: env['OIDC_PARTNER_SECRET'],
    OIDC_PARTNER_REDIRECT_URIS: env['OIDC_PARTNER_REDIRECT_URIS'],
    CABINET_SIMULATOR_SECONDS: env['CABINET_SIMULATOR_SECONDS'],
    REGISTRATION_CHECK_SECONDS: env['REGISTRATION_CHECK_SECONDS'],
    VACANCIES_FILE: env['VACANCIES_FILE'],
    VACANCY_LINK_BASE: env['VACANCY_LINK_BASE'],
  });

  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const name = String(issue.path[0] ?? 'env');
      const raw = env[name];
      // Secrets are never echoed back, not even in an error message.
      const shown =
        raw === undefined || name.includes('SECRET')
          ? ''
          : `=${JSON.stringify(raw.length > 80 ? `${raw.slice(0, 80)}…` : raw)}`;
      problems.push(`${name}${shown}: ${issue.message}`);
    }
  }

  if (problems.length > 0 || !parsed.success) throw new ConfigError(problems);

  const vars = parsed.data;
  const vacanciesFile = vacanciesFlag ?? vars.VACANCIES_FILE;
  const mode: Mode = vars.NODE_ENV ?? DEFAULTS.mode;
  const dataDir = vars.DATA_DIR === undefined ? DEFAULTS.dataDir : path.resolve(vars.DATA_DIR);

  const corsOrigins = vars.CORS_ORIGINS ?? [...DEFAULTS.corsOrigins];
  return Object.freeze({
    port: vars.PORT ?? DEFAULTS.port,
    host: vars.HOST ?? DEFAULTS.host,
    corsOrigins: Object.freeze(corsOrigins),
    storage: Object.freeze(memory ? { kind: 'memory' as const } : { kind: 'directory' as const, dataDir }),
    mode,
    logLevel: vars.LOG_LEVEL ?? (mode === 'test' ? 'silent' : 'info'),
    publicUrl: vars.PUBLIC_URL,
    oidc: Object.freeze({
      partnerSecret: vars.OIDC_PARTNER_SECRET ?? DEFAULTS.partnerSecret,
      partnerRedirectUris: Object.freeze(
        vars.OIDC_PARTNER_REDIRECT_URIS?.length ? vars.OIDC_PARTNER_REDIRECT_URIS : [...DEFAULTS.partnerRedirectUris],
      ),
    }),
    simulatorIntervalMs: (vars.CABINET_SIMULATOR_SECONDS ?? DEFAULTS.simulatorSeconds) * 1000,
    registrationCheckDelayMs: (vars.REGISTRATION_CHECK_SECONDS ?? DEFAULTS.registrationCheckSeconds) * 1000,
    vacanciesFile: vacanciesFile === undefined ? undefined : path.resolve(vacanciesFile),
    vacancyLinkBase: vars.VACANCY_LINK_BASE ?? corsOrigins[0] ?? DEFAULTS.corsOrigins[0],
  });
}
