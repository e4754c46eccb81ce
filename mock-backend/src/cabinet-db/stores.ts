// The cabinet's stores on the backend's database: what the browser-safe cabinet domain keeps across restarts.
import type { ApplicationRecord, ApplicationStore, IdempotencyEntry, IdempotencyStore } from '../cabinet/index.js';
import type { Database } from '../db/database.js';

export function sqliteApplicationStore(db: Database): ApplicationStore {
  const all = db.prepare<[], { record: string }>('SELECT record FROM cabinet_applications ORDER BY id');
  const upsert = db.prepare<[string, string, string]>(
    'INSERT INTO cabinet_applications (id, owner, record) VALUES (?, ?, ?) ' +
      'ON CONFLICT (id) DO UPDATE SET record = excluded.record',
  );
  return {
    // The records were written by `save` below from the domain's own objects: they are read back as they were.
    load: () => all.all().map((row) => JSON.parse(row.record) as ApplicationRecord),
    save: (record) => void upsert.run(record.id, record.owner, JSON.stringify(record)),
  };
}

export function sqliteIdempotencyStore(db: Database): IdempotencyStore {
  const select = db.prepare<[string], { fingerprint: string; status: number; body: string; expires_at: number }>(
    'SELECT fingerprint, status, body, expires_at FROM cabinet_idempotency_keys WHERE id = ?',
  );
  const upsert = db.prepare<[string, string, number, string, number]>(
    'INSERT INTO cabinet_idempotency_keys (id, fingerprint, status, body, expires_at) VALUES (?, ?, ?, ?, ?) ' +
      'ON CONFLICT (id) DO UPDATE SET fingerprint = excluded.fingerprint, status = excluded.status, ' +
      'body = excluded.body, expires_at = excluded.expires_at',
  );
  const sweep = db.prepare<[number]>('DELETE FROM cabinet_idempotency_keys WHERE expires_at <= ?');
  return {
    get: (id) => {
      const row = select.get(id);
      return row
        ? { fingerprint: row.fingerprint, status: row.status, body: JSON.parse(row.body), expiresAt: row.expires_at }
        : undefined;
    },
    put: (id, entry: IdempotencyEntry) =>
      void upsert.run(id, entry.fingerprint, entry.status, JSON.stringify(entry.body), entry.expiresAt),
    sweep: (now) => void sweep.run(now),
  };
}
