import type { Migration } from '../db/database.js';

/**
 * Tables of the citizen cabinet. An application is kept whole as JSON (the cabinet domain reads and writes whole
 * records; nothing queries inside them); `owner` is a column so one citizen's applications load together.
 * Kept Idempotency-Key answers expire a day after the request (ms since the epoch).
 */
export const cabinetMigrations: readonly Migration[] = [
  {
    id: 'cabinet-0001-applications',
    up: (db) =>
      db.exec(`
        CREATE TABLE cabinet_applications (
          id TEXT PRIMARY KEY,
          owner TEXT NOT NULL,
          record TEXT NOT NULL
        );
        CREATE INDEX cabinet_applications_owner ON cabinet_applications (owner);
        CREATE TABLE cabinet_idempotency_keys (
          id TEXT PRIMARY KEY,
          fingerprint TEXT NOT NULL,
          status INTEGER NOT NULL,
          body TEXT NOT NULL,
          expires_at INTEGER NOT NULL
        );
        CREATE INDEX cabinet_idempotency_keys_expires ON cabinet_idempotency_keys (expires_at);
      `),
  },
];
