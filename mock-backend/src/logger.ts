import { pino, type DestinationStream, type Logger } from 'pino';
import type { Config } from './config.js';

export type { Logger } from 'pino';

/**
 * Field names whose values are secrets wherever they appear: passwords, one-time and authorization codes, tokens.
 * Their values are replaced by {@link REDACTED} in every log line (objects up to three levels deep) and in logged
 * URL query strings.
 */
export const SECRET_FIELDS = [
  'password',
  'newPassword',
  'oldPassword',
  'code',
  'otp',
  'token',
  'access_token',
  'refresh_token',
  'id_token',
  'id_token_hint',
  'code_verifier',
  'client_secret',
  'secret',
] as const;

export const REDACTED = '[REDACTED]';

const SECRET_HEADERS = ['authorization', 'cookie', 'set-cookie', 'proxy-authorization'] as const;

function redactPaths(): string[] {
  const paths: string[] = [];
  for (const header of SECRET_HEADERS) {
    paths.push(`req.headers["${header}"]`, `res.headers["${header}"]`, `headers["${header}"]`);
  }
  for (const field of SECRET_FIELDS) {
    paths.push(field, `*.${field}`, `*.*.${field}`, `*.*.*.${field}`);
  }
  return paths;
}

const SECRET_FIELD_SET: ReadonlySet<string> = new Set(SECRET_FIELDS);

/** Replaces the values of secret query parameters (`?code=…&state=…` → `?code=[REDACTED]&state=…`). */
export function redactUrl(url: string): string {
  const queryStart = url.indexOf('?');
  if (queryStart === -1) return url;
  const query = url
    .slice(queryStart + 1)
    .split('&')
    .map((pair) => {
      const equals = pair.indexOf('=');
      const rawKey = equals === -1 ? pair : pair.slice(0, equals);
      return SECRET_FIELD_SET.has(decodeQueryKey(rawKey)) ? `${rawKey}=${REDACTED}` : pair;
    })
    .join('&');
  return `${url.slice(0, queryStart)}?${query}`;
}

function decodeQueryKey(rawKey: string): string {
  try {
    return decodeURIComponent(rawKey.replaceAll('+', ' '));
  } catch {
    return rawKey;
  }
}

export interface LoggerOptions {
  /** Where log lines go; stdout by default. Tests pass a stream to read what was logged. */
  readonly destination?: DestinationStream;
}

/** The process-wide logger: JSON lines, ISO timestamps, secrets redacted. */
export function createLogger(config: Pick<Config, 'logLevel'>, options: LoggerOptions = {}): Logger {
  const pinoOptions = {
    level: config.logLevel,
    base: { service: 'mock-backend' },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: redactPaths(), censor: REDACTED },
  };
  return options.destination ? pino(pinoOptions, options.destination) : pino(pinoOptions);
}
