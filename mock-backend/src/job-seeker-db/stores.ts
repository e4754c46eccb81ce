// The job seeker's stores on the backend's database: what the browser-safe domain keeps across restarts.
import type { Database } from '../db/database.js';
import type { RecordStore, ResumeFileStore } from '../job-seeker/index.js';
import type { JobSeekerTable } from './migrations.js';

export function sqliteRecordStore<T extends { readonly id: string }>(
  db: Database,
  table: JobSeekerTable,
): RecordStore<T> {
  // `table` is one of the fixed names of the migrations, never input.
  const all = db.prepare<[], { record: string }>(`SELECT record FROM ${table} ORDER BY id`);
  const upsert = db.prepare<[string, string]>(
    `INSERT INTO ${table} (id, record) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET record = excluded.record`,
  );
  const remove = db.prepare<[string]>(`DELETE FROM ${table} WHERE id = ?`);
  return {
    // The records were written by `save` below from the domain's own objects: they are read back as they were.
    load: () => all.all().map((row) => JSON.parse(row.record) as T),
    save: (record) => void upsert.run(record.id, JSON.stringify(record)),
    delete: (id) => void remove.run(id),
  };
}

export function sqliteResumeFileStore(db: Database): ResumeFileStore {
  const select = db.prepare<[string], { bytes: Buffer }>('SELECT bytes FROM job_seeker_resume_files WHERE owner = ?');
  const upsert = db.prepare<[string, Buffer]>(
    'INSERT INTO job_seeker_resume_files (owner, bytes) VALUES (?, ?) ' +
      'ON CONFLICT (owner) DO UPDATE SET bytes = excluded.bytes',
  );
  const remove = db.prepare<[string]>('DELETE FROM job_seeker_resume_files WHERE owner = ?');
  return {
    get: (owner) => {
      const row = select.get(owner);
      return row ? new Uint8Array(row.bytes) : undefined;
    },
    put: (owner, bytes) => void upsert.run(owner, Buffer.from(bytes)),
    delete: (owner) => void remove.run(owner),
  };
}
