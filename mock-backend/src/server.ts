import { createServer, type RequestListener, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Express } from 'express';
import { createApp, openBackend } from './app.js';
import type { Config } from './config.js';
import { createLogger, type Logger } from './logger.js';

/** How long `close()` lets in-flight requests finish before it cuts the remaining connections. */
export const SHUTDOWN_GRACE_MS = 5_000;

export interface RunningServer {
  /** Base URL, e.g. `http://localhost:4000` (the real port when `PORT=0`). */
  readonly url: string;
  readonly port: number;
  readonly server: Server;
  /**
   * Graceful stop: refuse new connections, let in-flight requests finish (with `Connection: close`), close idle
   * keep-alive sockets; after the grace period cut whatever is left. Idempotent; always settles.
   */
  close(): Promise<void>;
}

/** An app built once the server's URL is known (the OpenID issuer contains it), with what to release on close. */
export interface BuiltApp {
  readonly app: Express;
  close?(): void | Promise<void>;
}

export type AppFactory = (baseUrl: string) => Promise<BuiltApp>;

export interface StartServerOptions {
  /** Defaults to a logger built from the config. */
  readonly logger?: Logger;
  /**
   * A ready app, or a factory called with the base URL once the port is open (`PORT=0` picks it then). Defaults to
   * the whole backend: database, seeded identity, OpenID provider ({@link defaultAppFactory}).
   */
  readonly app?: Express | AppFactory;
  readonly shutdownGraceMs?: number;
}

function isExpressApp(value: Express | AppFactory): value is Express {
  return 'listen' in value;
}

/** The full mock backend: `openBackend` + `createApp`; the database closes with the server. */
export function defaultAppFactory(config: Config, logger: Logger): AppFactory {
  return async (baseUrl) => {
    const backend = await openBackend(config, { logger, baseUrl });
    return { app: createApp(config, { logger, backend }), close: () => backend.close() };
  };
}

/** Listening failed for a reason the person starting the backend can fix; `message` says how (Russian + English). */
export class ListenError extends Error {
  readonly code: string;
  readonly port: number;
  readonly host: string;

  constructor(code: string, port: number, host: string, message: string, cause: unknown) {
    super(message, { cause });
    this.name = 'ListenError';
    this.code = code;
    this.port = port;
    this.host = host;
  }
}

function errorCode(error: unknown): string | undefined {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' ? code : undefined;
}

function toListenError(error: unknown, port: number, host: string): unknown {
  const code = errorCode(error);
  const where = `${host}:${port}`;
  switch (code) {
    case 'EADDRINUSE':
      return new ListenError(
        code,
        port,
        host,
        `Порт ${port} занят: на ${where} уже работает другой процесс (возможно, ещё один mock-backend).\n` +
          `Port ${port} is already in use. Stop the other process, or choose another port: ` +
          `PORT=${port === 65535 ? 4001 : port + 1} npm start`,
        error,
      );
    case 'EACCES':
      return new ListenError(
        code,
        port,
        host,
        `Нет прав открыть порт ${port} на ${host}.\n` +
          `Permission denied for ${where}. Use a port above 1023, e.g. PORT=4000 npm start`,
        error,
      );
    case 'EADDRNOTAVAIL':
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return new ListenError(
        code,
        port,
        host,
        `Адрес HOST=${host} недоступен на этой машине.\n` +
          `Cannot listen on HOST=${host} (${code}). Use HOST=localhost, or an address of this machine.`,
        error,
      );
    default:
      return error;
  }
}

/** `localhost` for wildcard addresses, brackets for IPv6 literals. */
function urlHost(host: string): string {
  if (host === '0.0.0.0' || host === '::' || host === '') return 'localhost';
  return host.includes(':') ? `[${host}]` : host;
}

/** Starts listening with the given config; resolves once the port is open, rejects with {@link ListenError}. */
export async function startServer(config: Config, options: StartServerOptions = {}): Promise<RunningServer> {
  const logger = options.logger ?? createLogger(config);
  const given = options.app;
  const factory: AppFactory =
    given === undefined
      ? defaultAppFactory(config, logger)
      : isExpressApp(given)
        ? async () => ({ app: given })
        : given;
  const graceMs = options.shutdownGraceMs ?? SHUTDOWN_GRACE_MS;

  // Listening comes first so the real port (and with it the issuer URL) is known when the app is built; until
  // then — a few milliseconds, before startServer resolves — requests get 503.
  let handler: RequestListener | undefined;
  let built: BuiltApp | undefined;
  const server = createServer((req, res) => {
    if (handler) return handler(req, res);
    res.writeHead(503, { 'Retry-After': '1', 'Content-Type': 'text/plain; charset=utf-8' }).end('starting');
  });
  const inFlight = new Set<ServerResponse>();
  let closing: Promise<void> | undefined;

  server.on('request', (_req, res: ServerResponse) => {
    inFlight.add(res);
    if (closing && !res.headersSent) res.setHeader('Connection', 'close');
    res.on('close', () => {
      inFlight.delete(res);
      // A keep-alive socket that just finished its last response is idle now: close it during shutdown.
      if (closing) setImmediate(() => server.closeIdleConnections());
    });
  });

  await new Promise<void>((resolve, reject) => {
    const onError = (error: unknown): void => {
      server.off('listening', onListening);
      reject(toListenError(error, config.port, config.host));
    };
    const onListening = (): void => {
      server.off('error', onError);
      resolve();
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(config.port, config.host);
  });

  server.on('error', (error) => logger.error({ err: error }, 'HTTP server error'));

  const address = server.address() as AddressInfo;
  const url = `http://${urlHost(config.host)}:${address.port}`;
  try {
    built = await factory(url);
    handler = built.app;
  } catch (error) {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    throw error;
  }
  logger.info(
    { url, mode: config.mode, storage: config.storage.kind, corsOrigins: config.corsOrigins },
    `mock-backend слушает ${url} (listening)`,
  );

  function close(): Promise<void> {
    closing ??= new Promise<void>((resolve) => {
      const forceTimer = setTimeout(() => {
        logger.warn({ open: inFlight.size }, `shutdown grace period (${graceMs} ms) over: closing connections`);
        server.closeAllConnections();
      }, graceMs);
      server.close(() => {
        clearTimeout(forceTimer);
        Promise.resolve(built?.close?.()).then(resolve, (error: unknown) => {
          logger.error({ err: error }, 'closing the app failed');
          resolve();
        });
      });
      for (const res of inFlight) {
        if (!res.headersSent) res.setHeader('Connection', 'close');
      }
      server.closeIdleConnections();
    });
    return closing;
  }

  return { url, port: address.port, server, close };
}
