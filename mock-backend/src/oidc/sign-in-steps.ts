import type { Database } from '../db/database.js';
import type { AccountId, FactorUsed } from '../identity/types.js';

/** A sign-in that passed the password and waits for its second factor. */
export interface SignInStep {
  readonly uid: string;
  readonly accountId: AccountId;
  readonly factor: FactorUsed;
  /** The SMS / e-mail code challenge; its live state comes from `SecondFactorService.getChallenge`. */
  readonly challengeId?: string | undefined;
  /** When the interaction itself expires (ms). */
  readonly expiresAt: number;
}

interface Row {
  readonly uid: string;
  readonly account_id: string;
  readonly factor: FactorUsed;
  readonly challenge_id: string | null;
  readonly expires_at: number;
}

/** Per-interaction sign-in progress, in `oidc_sign_in_steps`; rows die with their interaction. */
export class SignInSteps {
  readonly #db: Database;

  constructor(db: Database) {
    this.#db = db;
  }

  get(uid: string, now: number): SignInStep | undefined {
    const row = this.#db
      .prepare<[string, number], Row>('SELECT * FROM oidc_sign_in_steps WHERE uid = ? AND expires_at > ?')
      .get(uid, now);
    if (row === undefined) return undefined;
    return {
      uid: row.uid,
      accountId: row.account_id,
      factor: row.factor,
      challengeId: row.challenge_id ?? undefined,
      expiresAt: row.expires_at,
    };
  }

  save(step: SignInStep, now: number): void {
    this.#db.prepare('DELETE FROM oidc_sign_in_steps WHERE expires_at <= ?').run(now);
    this.#db
      .prepare(
        `INSERT INTO oidc_sign_in_steps (uid, account_id, factor, challenge_id, expires_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (uid) DO UPDATE SET account_id = excluded.account_id, factor = excluded.factor,
           challenge_id = excluded.challenge_id, expires_at = excluded.expires_at`,
      )
      .run(step.uid, step.accountId, step.factor, step.challengeId ?? null, step.expiresAt);
  }

  delete(uid: string): void {
    this.#db.prepare('DELETE FROM oidc_sign_in_steps WHERE uid = ?').run(uid);
  }

  /** Drops pending second steps of an account (its password just changed). */
  deleteForAccount(accountId: AccountId): void {
    this.#db.prepare('DELETE FROM oidc_sign_in_steps WHERE account_id = ?').run(accountId);
  }
}
