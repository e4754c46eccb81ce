import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import type { Clock } from '../clock.js';
import type { Database } from '../db/database.js';
import type { Limits } from '../limits.js';
import type { AccountId } from './types.js';

/** Printed as `1234-5678`: eight digits are 10⁸ possibilities against ten valid codes, and easy to copy off paper. */
const GROUP_DIGITS = 4;
const CODE_SHAPE = /^\d{8}$/u;

/** Salted sha-256: fast enough for the synchronous check of ten codes; the salt defeats precomputed tables. */
function hashCode(salt: string, digits: string): Buffer {
  return createHash('sha256').update(`${salt}:${digits}`).digest();
}

function digitsOf(code: string): string {
  return code.replace(/[\s-]/gu, '');
}

function randomGroup(): string {
  return String(randomInt(0, 10 ** GROUP_DIGITS)).padStart(GROUP_DIGITS, '0');
}

/** Single-use backup codes, stored hashed; a new set replaces the old one. */
export class BackupCodes {
  readonly #db: Database;
  readonly #clock: Clock;
  readonly #count: number;

  constructor({ db, clock, limits }: { readonly db: Database; readonly clock: Clock; readonly limits: Limits }) {
    this.#db = db;
    this.#clock = clock;
    this.#count = limits.backupCodes.count;
  }

  /** A fresh random set of `Limits.backupCodes.count` codes; shown to the person once, never readable again. */
  issue(accountId: AccountId): string[] {
    const codes = new Set<string>();
    while (codes.size < this.#count) codes.add(`${randomGroup()}-${randomGroup()}`);
    this.install(accountId, [...codes]);
    return [...codes];
  }

  /** Replaces the account's codes with the given ones (the seed installs published ones). */
  install(accountId: AccountId, codes: readonly string[]): void {
    const now = this.#clock.now();
    this.#db.transaction(() => {
      this.#db.prepare('DELETE FROM backup_codes WHERE account_id = ?').run(Number(accountId));
      const insert = this.#db.prepare(
        'INSERT INTO backup_codes (account_id, salt, code_hash, created_at) VALUES (?, ?, ?, ?)',
      );
      for (const code of codes) {
        const digits = digitsOf(code);
        if (!CODE_SHAPE.test(digits)) throw new RangeError(`backup code «${code}» is not eight digits`);
        const salt = randomBytes(16).toString('hex');
        insert.run(Number(accountId), salt, hashCode(salt, digits).toString('hex'), now);
      }
    })();
  }

  use(accountId: AccountId, code: string): boolean {
    const digits = digitsOf(code);
    if (!CODE_SHAPE.test(digits)) return false;
    return this.#db.transaction((): boolean => {
      const rows = this.#db
        .prepare<[number], { id: number; salt: string; code_hash: string }>(
          'SELECT id, salt, code_hash FROM backup_codes WHERE account_id = ? AND used_at IS NULL',
        )
        .all(Number(accountId));
      const match = rows.find((row) => timingSafeEqual(hashCode(row.salt, digits), Buffer.from(row.code_hash, 'hex')));
      if (!match) return false;
      this.#db.prepare('UPDATE backup_codes SET used_at = ? WHERE id = ?').run(this.#clock.now(), match.id);
      return true;
    })();
  }

  left(accountId: AccountId): number {
    return (
      this.#db
        .prepare<[number], { n: number }>(
          'SELECT count(*) AS n FROM backup_codes WHERE account_id = ? AND used_at IS NULL',
        )
        .get(Number(accountId))?.n ?? 0
    );
  }
}
