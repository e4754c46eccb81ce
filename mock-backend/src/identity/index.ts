import type { Clock } from '../clock.js';
import type { Database } from '../db/database.js';
import type { Limits } from '../limits.js';
import { SqliteAccounts } from './accounts.js';
import { SqliteJournal } from './journal.js';
import { SqliteOutbox } from './outbox.js';
import { argon2Hasher, type PasswordHasher } from './password-hasher.js';
import { SqliteSecondFactors } from './second-factors.js';
import { seedIdentity } from './seed.js';

export { identityMigrations } from './migrations.js';
export {
  SEEDED_TOTP_SECRET,
  SEEDED_USERS,
  SEED_LOCK_MS,
  seededUser,
  type SeededUser,
  type SeededUserKey,
} from './seed.js';
export { TOTP_ALGORITHM, TOTP_DIGITS, TOTP_ISSUER } from './totp.js';
export { ARGON2_OPTIONS, argon2Hasher, type PasswordHasher } from './password-hasher.js';
export type * from './types.js';

export interface IdentityDependencies {
  /** Opened with `identityMigrations` applied. */
  readonly db: Database;
  readonly clock: Clock;
  readonly limits: Limits;
  /** argon2id by default; tests pass a spy or cheaper parameters. */
  readonly hasher?: PasswordHasher;
}

export interface Identity {
  readonly accounts: SqliteAccounts;
  readonly secondFactors: SqliteSecondFactors;
  readonly outbox: SqliteOutbox;
  readonly journal: SqliteJournal;
  /** Creates the seeded users on an empty database; a no-op afterwards. Resolves to whether it created them. */
  seed(): Promise<boolean>;
}

/**
 * The identity domain wired on one database: the single place the app (and the OpenID provider) gets it from.
 * The services are typed as their classes so the seed and later features reach the few extras beyond the
 * interfaces in `types.ts` (`prepareAccount`, `installTotpSecret`, ...); the provider should stick to the interfaces.
 */
export function createIdentity({ db, clock, limits, hasher = argon2Hasher() }: IdentityDependencies): Identity {
  const outbox = new SqliteOutbox({ db, clock });
  const journal = new SqliteJournal({ db });
  const accounts = new SqliteAccounts({ db, clock, limits, hasher });
  const secondFactors = new SqliteSecondFactors({ db, clock, limits, outbox, accounts });
  return {
    accounts,
    secondFactors,
    outbox,
    journal,
    seed: () => seedIdentity({ db, clock, accounts, secondFactors }),
  };
}
