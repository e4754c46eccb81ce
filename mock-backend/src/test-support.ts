/** Helpers for the mock backend's own tests (not used by the app). */
import { createServer } from 'node:net';
import type { DestinationStream } from 'pino';
import type { Express } from 'express';
import { createApp, openBackend, type Backend } from './app.js';
import type { FakeClock } from './clock.js';
import { loadConfig, type Config } from './config.js';
import { fastHasher } from './identity/test-support.js';
import { DEFAULT_LIMITS, type Limits } from './limits.js';
import { createLogger, type Logger } from './logger.js';
import { startServer, type RunningServer } from './server.js';

/** A config for in-process tests: any free port, silent logs, memory storage. */
export function testConfig(env: Record<string, string> = {}): Config {
  return loadConfig({ PORT: '0', LOG_LEVEL: 'silent', NODE_ENV: 'test', ...env }, ['--memory']);
}

/** A logger whose lines are collected in `lines` (parsed JSON). */
export function capturingLogger(level: Config['logLevel'] = 'trace'): {
  logger: Logger;
  lines: Record<string, unknown>[];
  text: () => string;
} {
  const raw: string[] = [];
  const destination: DestinationStream = { write: (line: string) => void raw.push(line) };
  const logger = createLogger({ logLevel: level }, { destination });
  return {
    logger,
    get lines() {
      return raw.map((line) => JSON.parse(line) as Record<string, unknown>);
    },
    text: () => raw.join(''),
  };
}

export interface TestServerOptions {
  readonly env?: Record<string, string>;
  readonly logger?: Logger;
  readonly mount?: (app: Express) => void;
  readonly shutdownGraceMs?: number;
}

/** Starts the real app on a free port; remember to `close()` it. */
export async function startTestServer(options: TestServerOptions = {}): Promise<RunningServer> {
  const config = testConfig(options.env);
  const logger = options.logger ?? createLogger(config);
  const app = createApp(config, { logger, ...(options.mount ? { mount: options.mount } : {}) });
  return startServer(config, {
    logger,
    app,
    ...(options.shutdownGraceMs === undefined ? {} : { shutdownGraceMs: options.shutdownGraceMs }),
  });
}

export interface TestBackendOptions {
  readonly env?: Record<string, string>;
  /** A data directory (files survive a restart); in memory when absent. */
  readonly dataDir?: string;
  /** Real time by default: the provider's tokens use the wall clock, and tests of the flows need them to agree. */
  readonly clock?: FakeClock;
  readonly limits?: Limits;
  readonly logger?: Logger;
  /**
   * Vacancies generated at start (default {@link TEST_VACANCIES}, over whatever `limits` say): the full 50,000 take
   * a second or two, which every test file starting a backend would otherwise pay.
   */
  readonly vacancies?: number;
}

export const TEST_VACANCIES = 2000;

export interface RunningBackend extends RunningServer {
  readonly backend: Backend;
}

/** The whole backend (database, seeded identity, OpenID provider, pages) on a free port, with a cheap hasher. */
export async function startTestBackend(options: TestBackendOptions = {}): Promise<RunningBackend> {
  const env = { PORT: '0', LOG_LEVEL: 'silent', NODE_ENV: 'test', ...options.env };
  const config =
    options.dataDir === undefined
      ? loadConfig(env, ['--memory'])
      : loadConfig({ ...env, DATA_DIR: options.dataDir }, []);
  const logger = options.logger ?? createLogger(config);
  let backend: Backend | undefined;
  const running = await startServer(config, {
    logger,
    app: async (baseUrl: string) => {
      backend = await openBackend(config, {
        logger,
        baseUrl,
        hasher: fastHasher(),
        ...(options.clock ? { clock: options.clock } : {}),
        limits: withVacancies(options.limits ?? DEFAULT_LIMITS, options.vacancies ?? TEST_VACANCIES),
      });
      const opened = backend;
      return { app: createApp(config, { logger, backend: opened }), close: () => opened.close() };
    },
  });
  if (!backend) throw new Error('backend did not open');
  return Object.assign(running, { backend });
}

function withVacancies(limits: Limits, generated: number): Limits {
  return { ...limits, vacancies: { ...limits.vacancies, generated } };
}

/** Listens on `localhost` with an OS-chosen port and resolves with the holder (close it to free the port). */
export function occupyPort(port = 0): Promise<{ port: number; release: () => Promise<void> }> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(port, 'localhost', () => {
      const address = server.address();
      if (address === null || typeof address === 'string') {
        reject(new Error('no TCP address'));
        return;
      }
      resolve({
        port: address.port,
        release: () => new Promise<void>((done, fail) => server.close((error) => (error ? fail(error) : done()))),
      });
    });
  });
}

/** Whether `localhost:port` can be listened on right now. */
export async function isPortFree(port: number): Promise<boolean> {
  try {
    const holder = await occupyPort(port);
    await holder.release();
    return true;
  } catch {
    return false;
  }
}

/**
 * Gives Node's `fetch` a new connection pool, as a new client process would have. After a server on the same port
 * restarts, a keep-alive socket to the old one may still sit in the pool and fail the next request ("other side
 * closed") before the pool notices it was closed.
 */
export async function freshConnections(): Promise<void> {
  const key = Symbol.for('undici.globalDispatcher.1');
  const holder = globalThis as unknown as Record<symbol, { constructor: new () => unknown; close(): Promise<void> }>;
  const current = holder[key];
  if (!current) return;
  holder[key] = new current.constructor() as typeof current;
  await current.close().catch(() => undefined);
}
