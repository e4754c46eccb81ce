import { createHash } from 'node:crypto';
import { PersonProfileSchema, type PersonProfile } from '@gos-elements/contracts';
import type { Clock } from '../clock.js';
import type { Database } from '../db/database.js';
import { HttpProblem } from '../http/problem.js';
import type { Limits } from '../limits.js';
import { canonicalIdentifier, identifierKeys, looksLikeGroupedSnils } from './identifiers.js';
import { checkNewAccount, type CheckedAccount } from './new-account.js';
import { dummyHash, type PasswordHasher } from './password-hasher.js';
import { assertPasswordPolicy, personalDataOf } from './password-policy.js';
import type { Account, AccountId, AccountService, NewAccount, PasswordCheck, SecondFactor } from './types.js';

/** Oids handed out when none is given start here: ten digits, like ESIA's, and clear of the seeded ones. */
export const FIRST_GENERATED_OID = 1_000_000_101;

const SECOND_FACTORS: readonly SecondFactor[] = ['sms', 'email', 'totp'];

interface AccountRow {
  readonly id: number;
  readonly profile: string;
  readonly password_hash: string;
  readonly failed_attempts: number;
  readonly locked_until: number | null;
}

/** A checked account with its password hashed, ready for a synchronous insert (see the seed). */
export interface PreparedAccount extends CheckedAccount {
  readonly id: AccountId | undefined;
  readonly passwordHash: string;
}

const INVALID_CREDENTIALS: PasswordCheck = Object.freeze({ ok: false, reason: 'invalid-credentials' });

export interface AccountsDependencies {
  readonly db: Database;
  readonly clock: Clock;
  readonly limits: Limits;
  readonly hasher: PasswordHasher;
}

/** Accounts, passwords and lockout on the embedded database. */
export class SqliteAccounts implements AccountService {
  readonly #db: Database;
  readonly #clock: Clock;
  readonly #limits: Limits;
  readonly #hasher: PasswordHasher;
  readonly #dummyHash: () => Promise<string>;

  constructor({ db, clock, limits, hasher }: AccountsDependencies) {
    this.#db = db;
    this.#clock = clock;
    this.#limits = limits;
    this.#hasher = hasher;
    this.#dummyHash = dummyHash(hasher);
    // Made now rather than on the first unknown identifier, whose answer would otherwise take twice as long.
    // A failure here resurfaces on that first attempt, where it is handled like any other.
    this.#dummyHash().catch(() => undefined);
  }

  async createAccount(account: NewAccount): Promise<Account> {
    return this.insertPrepared(await this.prepareAccount(account));
  }

  /** Checks and hashes; the asynchronous half of {@link createAccount}. */
  async prepareAccount(account: NewAccount): Promise<PreparedAccount> {
    const checked = this.#check(account);
    return { ...checked, id: account.id, passwordHash: await this.#hasher.hash(account.password) };
  }

  /**
   * Creates an account whose password was hashed elsewhere with this provider's hasher (registration hashes it
   * when the person sets it, so the password itself is gone by now). Checked like {@link createAccount}, except for
   * the password policy, which whoever took the password has applied.
   */
  createWithPasswordHash(account: Omit<NewAccount, 'password'>, passwordHash: string): Account {
    // A plain password passed by mistake must not end up in the database.
    if (!passwordHash.startsWith('$argon2')) throw new TypeError('createWithPasswordHash: not an argon2 hash');
    return this.insertPrepared({ ...this.#check(account), id: account.id, passwordHash });
  }

  /** The synchronous half of {@link createAccount}, so the seed can insert every account in one transaction. */
  insertPrepared(prepared: PreparedAccount): Account {
    return this.#db.transaction(() => {
      // Checked again inside the transaction: another request may have taken the identifier during hashing.
      this.#assertFree(prepared, prepared.id);
      const id = prepared.id === undefined ? this.#nextOid() : Number(prepared.id);
      const now = this.#clock.now();
      const profile: PersonProfile = { ...prepared.profile, oid: String(id) };
      this.#db
        .prepare(
          `INSERT INTO accounts (id, level, profile, phone, email, snils, password_hash, created_at, password_changed_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          id,
          profile.accountLevel,
          JSON.stringify(profile),
          prepared.keys.phone,
          prepared.keys.email,
          prepared.keys.snils,
          prepared.passwordHash,
          now,
          now,
        );
      const insertFactor = this.#db.prepare(
        'INSERT INTO second_factors (account_id, factor, position) VALUES (?, ?, ?)',
      );
      prepared.factors.forEach((factor, position) => insertFactor.run(id, factor, position));
      return this.#require(String(id));
    })();
  }

  findById(id: AccountId): Account | undefined {
    const row = this.#rowById(id);
    return row && this.#toAccount(row);
  }

  findByIdentifier(identifier: string): Account | undefined {
    const row = this.#rowByIdentifier(identifier);
    return row && this.#toAccount(row);
  }

  async checkPassword(identifier: string, password: string): Promise<PasswordCheck> {
    const row = this.#rowByIdentifier(identifier);
    if (!row) return this.#checkUnknown(identifier, password);

    const lockedUntil = this.#activeLock(row.locked_until);
    // A locked account is refused before its hash is even looked at, so the right password gains nothing.
    if (lockedUntil !== undefined) return { ok: false, reason: 'locked', lockedUntil };

    const matches = await this.#hasher.verify(row.password_hash, password);
    return this.#db.transaction((): PasswordCheck => {
      // Re-read: concurrent attempts may have counted failures or locked the account while we were hashing.
      const current = this.#rowById(String(row.id));
      if (!current) return INVALID_CREDENTIALS;
      const lockedNow = this.#activeLock(current.locked_until);
      if (lockedNow !== undefined) return { ok: false, reason: 'locked', lockedUntil: lockedNow };
      if (matches) {
        this.#db.prepare('UPDATE accounts SET failed_attempts = 0, locked_until = NULL WHERE id = ?').run(current.id);
        return { ok: true, account: this.#require(String(current.id)) };
      }
      return this.#countFailure('accounts', 'id', current.id, current.failed_attempts);
    })();
  }

  async setPassword(id: AccountId, password: string): Promise<void> {
    const account = this.findById(id);
    if (!account) throw HttpProblem.notFound('Учётная запись не найдена.');
    assertPasswordPolicy(password, personalDataOf(account.profile));
    const passwordHash = await this.#hasher.hash(password);
    this.#db
      .prepare(
        `UPDATE accounts SET password_hash = ?, failed_attempts = 0, locked_until = NULL, password_changed_at = ?
         WHERE id = ?`,
      )
      .run(passwordHash, this.#clock.now(), Number(id));
  }

  /** Adds a factor at the end of the account's list (no-op when enabled already). */
  enableFactor(id: AccountId, factor: SecondFactor): void {
    this.#db
      .prepare(
        `INSERT OR IGNORE INTO second_factors (account_id, factor, position)
         SELECT ?, ?, coalesce(max(position) + 1, 0) FROM second_factors WHERE account_id = ?`,
      )
      .run(Number(id), factor, Number(id));
  }

  /** Locks an account until the given time, as if it had run out of password attempts (the seed's locked user). */
  lockUntil(id: AccountId, lockedUntil: number): void {
    this.#db
      .prepare('UPDATE accounts SET failed_attempts = 0, locked_until = ? WHERE id = ?')
      .run(lockedUntil, Number(id));
  }

  count(): number {
    return this.#db.prepare<[], { n: number }>('SELECT count(*) AS n FROM accounts').get()?.n ?? 0;
  }

  /**
   * An identifier that names no account: the same hash work as a wrong password, and the same failure counting
   * and lockout (in `phantom_lockouts`), so neither the answer nor its timing tells whether the account exists.
   */
  async #checkUnknown(identifier: string, password: string): Promise<PasswordCheck> {
    const keyHash = createHash('sha256').update(canonicalIdentifier(identifier)).digest('hex');
    const phantom = this.#db
      .prepare<[string], { failed_attempts: number; locked_until: number | null }>(
        'SELECT failed_attempts, locked_until FROM phantom_lockouts WHERE key_hash = ?',
      )
      .get(keyHash);
    const lockedUntil = this.#activeLock(phantom?.locked_until ?? null);
    if (lockedUntil !== undefined) return { ok: false, reason: 'locked', lockedUntil };

    await this.#hasher.verify(await this.#dummyHash(), password);
    return this.#db.transaction((): PasswordCheck => {
      const current = this.#db
        .prepare<[string], { failed_attempts: number; locked_until: number | null }>(
          'SELECT failed_attempts, locked_until FROM phantom_lockouts WHERE key_hash = ?',
        )
        .get(keyHash);
      const lockedNow = this.#activeLock(current?.locked_until ?? null);
      if (lockedNow !== undefined) return { ok: false, reason: 'locked', lockedUntil: lockedNow };
      if (!current)
        this.#db.prepare('INSERT INTO phantom_lockouts (key_hash, failed_attempts) VALUES (?, 0)').run(keyHash);
      return this.#countFailure('phantom_lockouts', 'key_hash', keyHash, current?.failed_attempts ?? 0);
    })();
  }

  /** One more consecutive failure; the last allowed one locks (and restarts the count for after the lock). */
  #countFailure(
    table: 'accounts' | 'phantom_lockouts',
    keyColumn: 'id' | 'key_hash',
    key: number | string,
    failuresSoFar: number,
  ): PasswordCheck {
    const failures = failuresSoFar + 1;
    if (failures >= this.#limits.password.maxFailures) {
      const lockedUntil = this.#clock.now() + this.#limits.password.lockoutMs;
      this.#db
        .prepare(`UPDATE ${table} SET failed_attempts = 0, locked_until = ? WHERE ${keyColumn} = ?`)
        .run(lockedUntil, key);
      return { ok: false, reason: 'locked', lockedUntil };
    }
    this.#db.prepare(`UPDATE ${table} SET failed_attempts = ? WHERE ${keyColumn} = ?`).run(failures, key);
    return INVALID_CREDENTIALS;
  }

  #activeLock(lockedUntil: number | null): number | undefined {
    return lockedUntil !== null && lockedUntil > this.#clock.now() ? lockedUntil : undefined;
  }

  #rowById(id: AccountId): AccountRow | undefined {
    if (!/^\d{1,15}$/.test(id)) return undefined;
    return this.#db.prepare<[number], AccountRow>('SELECT * FROM accounts WHERE id = ?').get(Number(id));
  }

  #rowByIdentifier(identifier: string): AccountRow | undefined {
    const keys = identifierKeys(identifier);
    if (keys.email !== undefined) {
      return this.#db.prepare<[string], AccountRow>('SELECT * FROM accounts WHERE email = ?').get(keys.email);
    }
    const byPhone =
      keys.phone === undefined
        ? undefined
        : this.#db.prepare<[string], AccountRow>('SELECT * FROM accounts WHERE phone = ?').get(keys.phone);
    const bySnils =
      keys.snils === undefined
        ? undefined
        : this.#db.prepare<[string], AccountRow>('SELECT * FROM accounts WHERE snils = ?').get(keys.snils);
    if (byPhone && bySnils) return looksLikeGroupedSnils(identifier) ? bySnils : byPhone;
    return byPhone ?? bySnils;
  }

  #require(id: AccountId): Account {
    const account = this.findById(id);
    if (!account) throw new Error(`account ${id} vanished inside its own transaction`);
    return account;
  }

  #toAccount(row: AccountRow): Account {
    const profile = PersonProfileSchema.parse(JSON.parse(row.profile));
    const factors = this.#db
      .prepare<[number], { factor: string }>('SELECT factor FROM second_factors WHERE account_id = ? ORDER BY position')
      .all(row.id)
      .map((factorRow) => factorRow.factor)
      .filter((factor): factor is SecondFactor => (SECOND_FACTORS as readonly string[]).includes(factor));
    const lockedUntil = this.#activeLock(row.locked_until);
    return {
      id: String(row.id),
      profile,
      level: profile.accountLevel,
      factors,
      ...(lockedUntil === undefined ? {} : { lockedUntil }),
    };
  }

  #nextOid(): number {
    const max = this.#db.prepare<[], { max: number | null }>('SELECT max(id) AS max FROM accounts').get()?.max ?? null;
    return Math.max(FIRST_GENERATED_OID, (max ?? 0) + 1);
  }

  #check(account: Omit<NewAccount, 'password'> & { readonly password?: string }): CheckedAccount {
    const checked = checkNewAccount(account);
    if (account.id !== undefined && !/^[1-9]\d{0,14}$/.test(account.id)) {
      throw HttpProblem.validationFailed([
        { field: 'id', code: 'format', message: 'Номер учётной записи — от 1 до 15 цифр' },
      ]);
    }
    this.#assertFree(checked, account.id);
    return checked;
  }

  #assertFree(checked: CheckedAccount, id: AccountId | undefined): void {
    const taken = (column: 'phone' | 'email' | 'snils', value: string | null): boolean =>
      value !== null && this.#db.prepare(`SELECT 1 FROM accounts WHERE ${column} = ?`).get(value) !== undefined;
    const conflicts = [
      taken('phone', checked.keys.phone) && {
        field: 'phone',
        code: 'taken',
        message: 'Этот номер телефона уже указан в другой учётной записи',
      },
      taken('email', checked.keys.email) && {
        field: 'email',
        code: 'taken',
        message: 'Этот адрес почты уже указан в другой учётной записи',
      },
      taken('snils', checked.keys.snils) && {
        field: 'snils',
        code: 'taken',
        message: 'Учётная запись с этим СНИЛС уже существует',
      },
      id !== undefined &&
        this.#rowById(id) !== undefined && { field: 'id', code: 'taken', message: 'Номер учётной записи уже занят' },
    ].filter((conflict) => conflict !== false);
    if (conflicts.length > 0) {
      throw new HttpProblem({
        status: 409,
        code: 'already-registered',
        title: 'Учётная запись уже существует',
        detail: 'Войдите в существующую учётную запись или восстановите пароль.',
        errors: conflicts,
      });
    }
  }
}
