import type { Adapter, AdapterFactory, AdapterPayload } from 'oidc-provider';
import type { Database } from '../db/database.js';

/** Models whose rows belong to a grant and go when it is revoked (as in oidc-provider's memory adapter). */
const GRANTABLE = new Set([
  'AccessToken',
  'AuthorizationCode',
  'RefreshToken',
  'DeviceCode',
  'BackchannelAuthenticationRequest',
  'PreAuthorizedCode',
]);

/** Expired rows are swept on every this many writes; `find` ignores them either way. */
const SWEEP_EVERY = 200;

interface Row {
  readonly payload: string;
  readonly consumed: number | null;
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

/**
 * The oidc-provider storage contract (see the adapter docs of oidc-provider) on one SQLite table, so sessions,
 * grants, codes and refresh tokens survive a restart. Expiry is checked on read against the wall clock, as the
 * provider itself uses real time.
 */
class SqliteAdapter implements Adapter {
  readonly #db: Database;
  readonly #kind: string;
  readonly #state: { writes: number };

  constructor(db: Database, kind: string, state: { writes: number }) {
    this.#db = db;
    this.#kind = kind;
    this.#state = state;
  }

  async upsert(id: string, payload: AdapterPayload, expiresIn: number | undefined): Promise<void> {
    const now = Date.now();
    const expiresAt = typeof expiresIn === 'number' ? now + expiresIn * 1000 : null;
    this.#db
      .prepare(
        `INSERT INTO oidc_models (kind, id, payload, expires_at, grant_id, user_code, uid, account_id, consumed)
         VALUES (@kind, @id, @payload, @expiresAt, @grantId, @userCode, @uid, @accountId, NULL)
         ON CONFLICT (kind, id) DO UPDATE SET payload = excluded.payload, expires_at = excluded.expires_at,
           grant_id = excluded.grant_id, user_code = excluded.user_code, uid = excluded.uid,
           account_id = excluded.account_id`,
      )
      .run({
        kind: this.#kind,
        id,
        payload: JSON.stringify(payload),
        expiresAt,
        grantId: GRANTABLE.has(this.#kind) ? text(payload.grantId) : null,
        userCode: text(payload.userCode),
        uid: this.#kind === 'Session' ? text(payload.uid) : null,
        accountId: text(payload.accountId),
      });
    if (++this.#state.writes % SWEEP_EVERY === 0) sweepExpired(this.#db, now);
  }

  async find(id: string): Promise<AdapterPayload | undefined> {
    return this.#first('id = ?', id);
  }

  async findByUid(uid: string): Promise<AdapterPayload | undefined> {
    return this.#first('uid = ?', uid);
  }

  async findByUserCode(userCode: string): Promise<AdapterPayload | undefined> {
    return this.#first('user_code = ?', userCode);
  }

  async consume(id: string): Promise<void> {
    this.#db
      .prepare('UPDATE oidc_models SET consumed = ? WHERE kind = ? AND id = ?')
      .run(Math.floor(Date.now() / 1000), this.#kind, id);
  }

  async destroy(id: string): Promise<void> {
    this.#db.prepare('DELETE FROM oidc_models WHERE kind = ? AND id = ?').run(this.#kind, id);
  }

  async revokeByGrantId(grantId: string): Promise<void> {
    this.#db.prepare('DELETE FROM oidc_models WHERE grant_id = ?').run(grantId);
  }

  #first(where: string, value: string): AdapterPayload | undefined {
    const row = this.#db
      .prepare<[string, string, number], Row>(
        `SELECT payload, consumed FROM oidc_models
         WHERE kind = ? AND ${where} AND (expires_at IS NULL OR expires_at > ?) LIMIT 1`,
      )
      .get(this.#kind, value, Date.now());
    if (row === undefined) return undefined;
    const payload = JSON.parse(row.payload) as AdapterPayload;
    return row.consumed === null ? payload : { ...payload, consumed: row.consumed };
  }
}

function sweepExpired(db: Database, now: number): void {
  db.prepare('DELETE FROM oidc_models WHERE expires_at IS NOT NULL AND expires_at <= ?').run(now);
}

/** The `adapter` option for oidc-provider: one adapter per model name, all on `oidc_models`. */
export function sqliteAdapter(db: Database): AdapterFactory {
  sweepExpired(db, Date.now());
  const state = { writes: 0 };
  return (kind) => new SqliteAdapter(db, kind, state);
}

/**
 * Deletes every session, grant, code and token of an account — after a password reset nothing issued with the old
 * password may keep working. Returns how many rows went.
 */
export function revokeAccountArtifacts(db: Database, accountId: string): number {
  return db.prepare('DELETE FROM oidc_models WHERE account_id = ?').run(accountId).changes;
}
