import type { Database } from '../db/database.js';
import { SIGN_IN_FACTORS, SIGN_IN_RESULTS } from '@gos-elements/contracts';
import type { Journal, JournalEntry } from './types.js';

/** Long enough for any real browser's user agent; a client that sends a novel is cut, not refused. */
const MAX_USER_AGENT_LENGTH = 512;

interface JournalRow {
  readonly at: number;
  readonly account_id: number | null;
  readonly ip: string;
  readonly user_agent: string;
  readonly result: string;
  readonly factor: string | null;
}

/** Every sign-in attempt, successful or not, for the person to see who tried to get in and from where. */
export class SqliteJournal implements Journal {
  readonly #db: Database;

  constructor({ db }: { readonly db: Database }) {
    this.#db = db;
  }

  record(entry: JournalEntry): void {
    this.#db
      .prepare('INSERT INTO sign_in_journal (at, account_id, ip, user_agent, result, factor) VALUES (?, ?, ?, ?, ?, ?)')
      .run(
        entry.at,
        entry.accountId === undefined ? null : Number(entry.accountId),
        entry.ip,
        entry.userAgent.slice(0, MAX_USER_AGENT_LENGTH),
        entry.result,
        entry.factor ?? null,
      );
  }

  latest(accountId: string, limit: number): JournalEntry[] {
    if (!/^\d{1,15}$/.test(accountId)) return [];
    return this.#db
      .prepare<[number, number], JournalRow>(
        'SELECT * FROM sign_in_journal WHERE account_id = ? ORDER BY at DESC, id DESC LIMIT ?',
      )
      .all(Number(accountId), Math.max(0, Math.trunc(limit)))
      .flatMap((row) => toEntry(row) ?? []);
  }
}

/** Rows are only written by the typed `record`; one with a result this version does not know is left out. */
function toEntry(row: JournalRow): JournalEntry | undefined {
  const result = SIGN_IN_RESULTS.find((known) => known === row.result);
  if (result === undefined) return undefined;
  const factor = SIGN_IN_FACTORS.find((known) => known === row.factor);
  return {
    at: row.at,
    ...(row.account_id === null ? {} : { accountId: String(row.account_id) }),
    ip: row.ip,
    userAgent: row.user_agent,
    result,
    ...(factor === undefined ? {} : { factor }),
  };
}
