import { problemTypeUri, type ProblemDetails } from '@gos-elements/contracts';
import type { Clock } from './applications.js';

/** An answer as a transport sends it; stored so that a retried request gets it again, byte for byte. */
export interface StoredAnswer {
  readonly status: number;
  readonly body: unknown;
}

interface Entry extends StoredAnswer {
  readonly fingerprint: string;
  readonly expiresAt: number;
}

const KEY_PATTERN = /^[\x21-\x7e]{8,255}$/;
const DAY_MS = 86_400_000;

/** FNV-1a over the request's parts: cheap, and enough to tell "the same request again" from "another request". */
export function fingerprint(...parts: readonly (string | Uint8Array)[]): string {
  let hash = 0x811c9dc5;
  const mix = (byte: number) => {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  };
  for (const part of parts) {
    const bytes = typeof part === 'string' ? new TextEncoder().encode(part) : part;
    for (const byte of bytes) mix(byte);
    mix(0);
  }
  return hash.toString(16);
}

function problem(status: number, code: string, title: string, detail: string): StoredAnswer {
  const body: ProblemDetails = { type: problemTypeUri(code), title, status, code, detail };
  return { status, body };
}

/**
 * `Idempotency-Key` for POSTs: the first answer to (citizen, operation, key) is kept for a day and returned for
 * every retry of the same request — a double click or a retry after a lost response uploads one file, not two.
 * The same key with a different request is refused (422); server errors are not kept, so they can be retried.
 */
export class IdempotencyKeys {
  readonly #entries = new Map<string, Entry>();
  readonly #clock: Clock;

  constructor(clock: Clock) {
    this.#clock = clock;
  }

  run(
    scope: { readonly owner: string; readonly operation: string; readonly key: string | null | undefined },
    requestFingerprint: string,
    handle: () => StoredAnswer,
  ): StoredAnswer & { readonly replayed: boolean } {
    const { key } = scope;
    if (key === null || key === undefined) return { ...handle(), replayed: false };
    if (!KEY_PATTERN.test(key)) {
      const answer = problem(
        400,
        'invalid-idempotency-key',
        'Некорректный ключ идемпотентности',
        'Idempotency-Key: от 8 до 255 печатных символов ASCII, например UUID.',
      );
      return { ...answer, replayed: false };
    }
    const now = this.#clock.now();
    const id = `${scope.owner}\n${scope.operation}\n${key}`;
    const known = this.#entries.get(id);
    if (known && known.expiresAt > now) {
      if (known.fingerprint !== requestFingerprint) {
        const answer = problem(
          422,
          'idempotency-key-reused',
          'Ключ идемпотентности уже использован',
          'Этот Idempotency-Key уже был у другого запроса. Для нового запроса создайте новый ключ.',
        );
        return { ...answer, replayed: false };
      }
      return { status: known.status, body: known.body, replayed: true };
    }
    const answer = handle();
    if (answer.status < 500) {
      this.#entries.set(id, { ...answer, fingerprint: requestFingerprint, expiresAt: now + DAY_MS });
    }
    this.#sweep(now);
    return { ...answer, replayed: false };
  }

  #sweep(now: number): void {
    for (const [id, entry] of this.#entries) if (entry.expiresAt <= now) this.#entries.delete(id);
  }
}
