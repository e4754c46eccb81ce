import { mkdirSync } from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import type { Storage } from '../config.js';

export type Database = BetterSqlite3.Database;

/** One schema change. Modules own their tables and register their migrations in `migrations.ts`. */
export interface Migration {
  /** Unique, stable, ordered by position in the list — never renumber or edit a released one; add a new one. */
  readonly id: string;
  readonly up: (db: Database) => void;
}

export const DATABASE_FILE = 'gos-mock.sqlite';

/**
 * Opens the embedded database: a file under the data directory (WAL mode, survives restarts), or a private
 * in-memory one for `--memory` and tests. Applies pending migrations in one transaction each.
 */
export function openDatabase(storage: Storage, migrations: readonly Migration[]): Database {
  let db: Database;
  if (storage.kind === 'memory') {
    db = new BetterSqlite3(':memory:');
  } else {
    mkdirSync(storage.dataDir, { recursive: true });
    db = new BetterSqlite3(path.join(storage.dataDir, DATABASE_FILE));
    db.pragma('journal_mode = WAL');
  }
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  try {
    migrate(db, migrations);
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}

function migrate(db: Database, migrations: readonly Migration[]): void {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (id TEXT PRIMARY KEY, applied_at INTEGER NOT NULL)');
  const applied = new Set(
    db
      .prepare<[], { id: string }>('SELECT id FROM schema_migrations')
      .all()
      .map((row) => row.id),
  );
  const record = db.prepare('INSERT INTO schema_migrations (id, applied_at) VALUES (?, ?)');
  for (const migration of migrations) {
    if (applied.has(migration.id)) continue;
    db.transaction(() => {
      migration.up(db);
      record.run(migration.id, Date.now());
    })();
  }
}
