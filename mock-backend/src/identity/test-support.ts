/** Helpers for the identity domain's tests (not used by the app). */
import { FakeClock } from '../clock.js';
import { openDatabase, type Database } from '../db/database.js';
import type { Storage } from '../config.js';
import { DEFAULT_LIMITS, type Limits } from '../limits.js';
import { createIdentity, type Identity } from './index.js';
import { identityMigrations } from './migrations.js';
import { argon2Hasher, type PasswordHasher } from './password-hasher.js';
import type { NewAccount } from './types.js';

/** Still argon2id, with the smallest parameters, so a test suite that signs in hundreds of times stays fast. */
export function fastHasher(): PasswordHasher {
  return argon2Hasher({ memoryCost: 256, timeCost: 1, parallelism: 1 });
}

export interface TestIdentity {
  readonly db: Database;
  readonly clock: FakeClock;
  readonly limits: Limits;
  readonly identity: Identity;
}

export function testIdentity(
  options: { storage?: Storage; clock?: FakeClock; limits?: Limits; hasher?: PasswordHasher } = {},
): TestIdentity {
  const db = openDatabase(options.storage ?? { kind: 'memory' }, identityMigrations);
  const clock = options.clock ?? new FakeClock();
  const limits = options.limits ?? DEFAULT_LIMITS;
  return { db, clock, limits, identity: createIdentity({ db, clock, limits, hasher: options.hasher ?? fastHasher() }) };
}

/** A valid simplified account with a phone and an e-mail; override what the test is about. */
export function newAccount(
  overrides: Omit<Partial<NewAccount>, 'person'> & { person?: Partial<NewAccount['person']> } = {},
): NewAccount {
  const { person, ...rest } = overrides;
  return {
    level: 'simplified',
    password: 'Proba!Vhod2026',
    factors: ['sms'],
    ...rest,
    person: {
      lastName: 'Волкова',
      firstName: 'Елена',
      middleName: 'Павловна',
      birthDate: '05.05.1995',
      gender: 'F',
      contacts: [
        { type: 'MBT', value: '+79995550909', vrfStu: 'VERIFIED' },
        { type: 'EML', value: 'e.volkova@example.ru', vrfStu: 'VERIFIED' },
      ],
      documents: [],
      ...person,
    },
  };
}

/** The digits of the one code in an SMS or e-mail text. */
export function codeIn(text: string, length = DEFAULT_LIMITS.otp.length): string {
  const match = new RegExp(`(?<!\\d)(\\d{${length}})(?!\\d)`, 'u').exec(text);
  if (!match?.[1]) throw new Error(`no ${length}-digit code in «${text}»`);
  return match[1];
}
