// The real mock backend in this process (memory storage, silent logs), the load user signed in through the real
// OpenID flow, and a keep-alive HTTP client that times each request to its last byte.
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { systemClock } from '../../mock-backend/src/clock.js';
import { seededUser } from '../../mock-backend/src/identity/index.js';
import { TestBrowser } from '../../mock-backend/src/oidc/test-browser.js';
import { authorization, demoClient, exchange, signIn } from '../../mock-backend/src/oidc/test-flow.js';
import { DEFAULT_LIMITS } from '../../mock-backend/src/limits.js';
import { startTestBackend, type RunningBackend } from '../../mock-backend/src/test-support.js';

/** The seeded account with 10,000 payments (Нагрузкина Вера Павловна). */
export const LOAD_USER_KEY = 'load-payments';

export interface Reply {
  readonly status: number;
  readonly contentType: string;
  /** Bytes of the body as received. */
  readonly bytes: number;
  /** The body, unless the caller consumed the chunks itself. */
  readonly body?: Buffer;
  /** From sending the request to the first body byte, and to the last one. */
  readonly firstByteMs: number;
  readonly lastByteMs: number;
}

export interface BenchBackend {
  readonly url: string;
  readonly oid: string;
  /**
   * GET `path` as the load user over one keep-alive connection. With `onChunk`, each chunk goes there and is not
   * kept (a 20 MB export then never sits in this process's memory as a whole).
   */
  get(path: string, onChunk?: (chunk: Buffer) => void): Promise<Reply>;
  close(): Promise<void>;
}

async function accessTokenFor(server: RunningBackend): Promise<string> {
  const config = await demoClient(server);
  const browser = new TestBrowser('gos-elements-bench/1.0');
  const auth = await authorization(config);
  const callback = await signIn(server, browser, auth.url, seededUser(LOAD_USER_KEY), { clock: systemClock });
  return (await exchange(config, callback, auth)).access_token;
}

export interface BenchBackendOptions {
  /** Vacancies generated at start: 50,000 (the real default) for the vacancy part, a test-sized set otherwise. */
  readonly vacancies?: number;
}

export async function startBenchBackend(options: BenchBackendOptions = {}): Promise<BenchBackend> {
  const server = await startTestBackend({
    ...(options.vacancies === undefined ? {} : { vacancies: options.vacancies }),
    // Thousands of timed searches from one address: the per-IP budget would answer 429 to most of them.
    limits: {
      ...DEFAULT_LIMITS,
      rateLimits: { ...DEFAULT_LIMITS.rateLimits, vacancies: { windowMs: 60_000, max: 1_000_000 } },
    },
  });
  const token = await accessTokenFor(server);
  // One socket, reused: the latency of a request, not of opening connections.
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

  const get = (path: string, onChunk?: (chunk: Buffer) => void): Promise<Reply> =>
    new Promise((resolve, reject) => {
      const started = performance.now();
      let firstByte: number | undefined;
      let bytes = 0;
      const chunks: Buffer[] = [];
      const request = http.get(
        new URL(path, server.url),
        { agent, headers: { Authorization: `Bearer ${token}`, Accept: '*/*' } },
        (response) => {
          response.on('data', (chunk: Buffer) => {
            firstByte ??= performance.now();
            bytes += chunk.byteLength;
            if (onChunk) onChunk(chunk);
            else chunks.push(chunk);
          });
          response.on('error', reject);
          response.on('end', () => {
            const ended = performance.now();
            resolve({
              status: response.statusCode ?? 0,
              contentType: String(response.headers['content-type'] ?? ''),
              bytes,
              ...(onChunk ? {} : { body: Buffer.concat(chunks) }),
              firstByteMs: (firstByte ?? ended) - started,
              lastByteMs: ended - started,
            });
          });
        },
      );
      request.on('error', reject);
    });

  return {
    url: server.url,
    oid: seededUser(LOAD_USER_KEY).oid,
    get,
    close: async () => {
      agent.destroy();
      await server.close();
    },
  };
}
