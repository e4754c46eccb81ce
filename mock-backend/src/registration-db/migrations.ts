import type { Migration } from '../db/database.js';

/**
 * Tables of registration. A registration is kept whole as JSON (the domain reads and writes whole records);
 * `touched_at` is a column so abandoned ones are found without parsing every record.
 */
export const registrationMigrations: readonly Migration[] = [
  {
    id: 'registration-0001-registrations',
    up: (db) =>
      db.exec(`
        CREATE TABLE registrations (
          token TEXT PRIMARY KEY,
          touched_at INTEGER NOT NULL,
          record TEXT NOT NULL CHECK (json_valid(record))
        ) STRICT;
        CREATE INDEX registrations_touched_at ON registrations (touched_at);
      `),
  },
];
