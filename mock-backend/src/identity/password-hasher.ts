import { randomUUID } from 'node:crypto';
import { hash, verify, type Options } from '@node-rs/argon2';

/** Hashing of account passwords, behind an interface so tests can count calls to `verify`. */
export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(passwordHash: string, password: string): Promise<boolean>;
}

/**
 * argon2id (the library's default algorithm — its `Algorithm` enum is a `const enum`, which `isolatedModules`
 * cannot import) with OWASP's minimum recommendation: 19 MiB, 2 passes, 1 lane. Memory-hard like a real provider,
 * cheap enough (tens of ms) for a mock that tests sign in hundreds of times.
 */
export const ARGON2_OPTIONS: Readonly<Options> = Object.freeze({ memoryCost: 19_456, timeCost: 2, parallelism: 1 });

export function argon2Hasher(options: Readonly<Options> = ARGON2_OPTIONS): PasswordHasher {
  return {
    hash: (password) => hash(password, { ...options }),
    // The parameters are read from the PHC string, so hashes made with other options still verify.
    verify: (passwordHash, password) => verify(passwordHash, password),
  };
}

/**
 * A hash of a random password nobody knows, made with the same hasher (so the same parameters and cost) as real
 * accounts. Sign-in with an unknown identifier verifies against it, so it takes as long as a wrong password does.
 */
export function dummyHash(hasher: PasswordHasher): () => Promise<string> {
  let pending: Promise<string> | undefined;
  return () => (pending ??= hasher.hash(`unknown-account-${randomUUID()}`));
}
