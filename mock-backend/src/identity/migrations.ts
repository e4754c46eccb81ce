import type { Migration } from '../db/database.js';

/**
 * Tables of the identity domain. STRICT tables so a wrong type is an error, not a silently coerced value.
 * Secrets that are only ever compared (passwords, one-time codes, backup codes) are stored hashed; the TOTP secret
 * has to stay readable because the server computes codes from it.
 */
export const identityMigrations: readonly Migration[] = [
  {
    id: 'identity-0001',
    up: (db) => {
      db.exec(`
        -- phone, email and snils are lookup keys derived from the profile (see identifiers.ts), unique so one
        -- identifier can never name two accounts; NULL when the person has none (SQLite allows many NULLs).
        CREATE TABLE accounts (
          id INTEGER PRIMARY KEY,
          level TEXT NOT NULL CHECK (level IN ('simplified', 'standard', 'confirmed')),
          profile TEXT NOT NULL CHECK (json_valid(profile)),
          phone TEXT UNIQUE,
          email TEXT UNIQUE,
          snils TEXT UNIQUE,
          password_hash TEXT NOT NULL,
          failed_attempts INTEGER NOT NULL DEFAULT 0,
          locked_until INTEGER,
          created_at INTEGER NOT NULL,
          password_changed_at INTEGER NOT NULL
        ) STRICT;

        -- Failure counters for identifiers that name no account, so they lock exactly like real ones and a
        -- lockout message cannot tell an attacker which identifiers exist. Keyed by a hash of the lookup key.
        CREATE TABLE phantom_lockouts (
          key_hash TEXT PRIMARY KEY,
          failed_attempts INTEGER NOT NULL,
          locked_until INTEGER
        ) STRICT;

        -- Enabled second factors; position 0 is the one offered first.
        CREATE TABLE second_factors (
          account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
          factor TEXT NOT NULL CHECK (factor IN ('sms', 'email', 'totp')),
          position INTEGER NOT NULL,
          PRIMARY KEY (account_id, factor)
        ) STRICT;

        -- code_hash = sha-256(challenge id, code): six digits are brute-forced offline in no time whatever the
        -- hash, so what protects a code is its short life and the attempt limit; the hash keeps it off screens.
        CREATE TABLE code_challenges (
          id TEXT PRIMARY KEY,
          account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
          purpose TEXT NOT NULL CHECK (purpose IN ('sign-in', 'recovery')),
          channel TEXT NOT NULL CHECK (channel IN ('sms', 'email')),
          destination TEXT NOT NULL,
          code_hash TEXT NOT NULL,
          sent_at INTEGER NOT NULL,
          expires_at INTEGER NOT NULL,
          failed_attempts INTEGER NOT NULL DEFAULT 0,
          closed_at INTEGER
        ) STRICT;
        CREATE INDEX code_challenges_by_account ON code_challenges (account_id, purpose);

        -- At most one active and one pending (enrolled, not yet confirmed) secret per account. last_used_step is
        -- the RFC 6238 time step of the last accepted code: codes of that step or earlier are replays.
        CREATE TABLE totp_secrets (
          account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
          status TEXT NOT NULL CHECK (status IN ('pending', 'active')),
          secret TEXT NOT NULL,
          last_used_step INTEGER,
          created_at INTEGER NOT NULL,
          PRIMARY KEY (account_id, status)
        ) STRICT;

        CREATE TABLE backup_codes (
          id INTEGER PRIMARY KEY,
          account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
          salt TEXT NOT NULL,
          code_hash TEXT NOT NULL,
          created_at INTEGER NOT NULL,
          used_at INTEGER
        ) STRICT;
        CREATE INDEX backup_codes_by_account ON backup_codes (account_id);

        -- recipient_key is the lookup form of "recipient" (e-mail lower-cased) for the ?to= filter.
        CREATE TABLE outbox (
          id INTEGER PRIMARY KEY,
          channel TEXT NOT NULL CHECK (channel IN ('sms', 'email')),
          recipient TEXT NOT NULL,
          recipient_key TEXT NOT NULL,
          subject TEXT,
          body TEXT NOT NULL,
          sent_at INTEGER NOT NULL
        ) STRICT;
        CREATE INDEX outbox_by_recipient ON outbox (recipient_key, sent_at);

        -- No foreign key: attempts with unknown identifiers have no account, and the journal outlives accounts.
        CREATE TABLE sign_in_journal (
          id INTEGER PRIMARY KEY,
          at INTEGER NOT NULL,
          account_id INTEGER,
          ip TEXT NOT NULL,
          user_agent TEXT NOT NULL,
          result TEXT NOT NULL,
          factor TEXT
        ) STRICT;
        CREATE INDEX sign_in_journal_by_account ON sign_in_journal (account_id, at);
      `);
    },
  },
];
