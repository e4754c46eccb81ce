import type { Migration } from '../db/database.js';

/**
 * Tables of the OpenID provider. `oidc_models` is the one table behind the oidc-provider adapter (every model kind:
 * sessions, grants, codes, tokens, interactions); `account_id` is copied out of the payload so a password reset can
 * revoke everything of one account in one statement. Times are ms since the epoch.
 */
export const oidcMigrations: readonly Migration[] = [
  {
    id: 'oidc-0001-models',
    up: (db) =>
      db.exec(`
        CREATE TABLE oidc_models (
          kind TEXT NOT NULL,
          id TEXT NOT NULL,
          payload TEXT NOT NULL,
          expires_at INTEGER,
          grant_id TEXT,
          user_code TEXT,
          uid TEXT,
          account_id TEXT,
          consumed INTEGER,
          PRIMARY KEY (kind, id)
        );
        CREATE INDEX oidc_models_grant ON oidc_models (grant_id) WHERE grant_id IS NOT NULL;
        CREATE INDEX oidc_models_uid ON oidc_models (kind, uid) WHERE uid IS NOT NULL;
        CREATE INDEX oidc_models_user_code ON oidc_models (kind, user_code) WHERE user_code IS NOT NULL;
        CREATE INDEX oidc_models_account ON oidc_models (account_id) WHERE account_id IS NOT NULL;
        CREATE INDEX oidc_models_expires ON oidc_models (expires_at) WHERE expires_at IS NOT NULL;
      `),
  },
  {
    id: 'oidc-0002-keys',
    // Signing keys (private JWKs) and cookie-signing secrets, generated on first start.
    up: (db) =>
      db.exec(`
        CREATE TABLE oidc_keys (
          id TEXT PRIMARY KEY,
          use TEXT NOT NULL CHECK (use IN ('sig', 'cookie')),
          material TEXT NOT NULL,
          created_at INTEGER NOT NULL
        );
      `),
  },
  {
    id: 'oidc-0003-sign-in-steps',
    // Where a sign-in stands between the password and the second factor, keyed by the interaction uid. Kept
    // outside the provider's Interaction so a half-finished login can never be resumed as a finished one.
    up: (db) =>
      db.exec(`
        CREATE TABLE oidc_sign_in_steps (
          uid TEXT PRIMARY KEY,
          account_id TEXT NOT NULL,
          factor TEXT NOT NULL,
          challenge_id TEXT,
          expires_at INTEGER NOT NULL
        );
      `),
  },
  {
    id: 'oidc-0004-recovery',
    // Password recovery flows. A flow for an unknown identifier gets a row too (account_id NULL) and behaves the
    // same way, so the pages never reveal whether an account exists.
    up: (db) =>
      db.exec(`
        CREATE TABLE recovery_flows (
          id TEXT PRIMARY KEY,
          account_id TEXT,
          challenge_id TEXT,
          attempts_left INTEGER NOT NULL,
          verified INTEGER NOT NULL DEFAULT 0,
          return_to TEXT,
          expires_at INTEGER NOT NULL
        );
      `),
  },
];
