import { problemTypeUri, type ProblemDetails } from '@gos-elements/contracts';
import type { Clock } from './applications.js';

/** An answer as a transport sends it; stored so that a retried request gets it again, byte for byte. */
export interface StoredAnswer {
  readonly status: number;
  readonly body: unknown;
}

/** A kept answer, with what it answered and until when it is kept. */
export interface IdempotencyEntry extends StoredAnswer {
  readonly fingerprint: string;
  readonly expiresAt: number;
}

/** Where the answers are kept (the backend's database survives a restart; by default, memory). */
export interface IdempotencyStore {
  get(id: string): IdempotencyEntry | undefined;
  put(id: string, entry: IdempotencyEntry): void;
  /** Forgets every entry that expired at or before `now`. */
  sweep(now: number): void;
}

export class MemoryIdempotencyStore implements IdempotencyStore {
  readonly #entries = new Map<string, IdempotencyEntry>();

  get(id: string): IdempotencyEntry | undefined {
    return this.#entries.get(id);
  }

  put(id: string, entry: IdempotencyEntry): void {
    this.#entries.set(id, entry);
  }

  sweep(now: number): void {
    for (const [id, entry] of this.#entries) if (entry.expiresAt <= now) this.#entries.delete(id);
  }
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
  readonly #clock: Clock;
  readonly #store: IdempotencyStore;
  #lastSweep = 0;

  constructor(clock: Clock, store: IdempotencyStore = new MemoryIdempotencyStore()) {
    this.#clock = clock;
    this.#store = store;
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
    const known = this.#store.get(id);
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
      this.#store.put(id, { ...answer, fingerprint: requestFingerprint, expiresAt: now + DAY_MS });
    }
    // Expired keys go at most once a minute: a sweep walks every kept answer.
    if (now - this.#lastSweep >= 60_000) {
      this.#store.sweep(now);
      this.#lastSweep = now;
    }
    return { ...answer, replayed: false };
  }
}
