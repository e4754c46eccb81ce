// Registration's stores on the backend: records in the database, scans as files under the data directory.
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { REGISTRATION_DOCUMENT_SLOTS } from '@gos-elements/contracts';
import type { Database } from '../db/database.js';
import { MemoryDocumentFiles } from '../registration/memory.js';
import type { DocumentFiles, RegistrationRecord, RegistrationStore } from '../registration/registrations.js';

export const REGISTRATION_FILES_DIR = 'registration-files';

export function sqliteRegistrationStore(db: Database): RegistrationStore {
  const select = db.prepare<[string], { record: string }>('SELECT record FROM registrations WHERE token = ?');
  const all = db.prepare<[], { record: string }>('SELECT record FROM registrations ORDER BY touched_at');
  const upsert = db.prepare<[string, number, string]>(
    'INSERT INTO registrations (token, touched_at, record) VALUES (?, ?, ?) ' +
      'ON CONFLICT (token) DO UPDATE SET touched_at = excluded.touched_at, record = excluded.record',
  );
  const remove = db.prepare<[string]>('DELETE FROM registrations WHERE token = ?');
  // The records were written by `save` from the domain's own objects: they are read back as they were.
  const parse = (row: { record: string }) => JSON.parse(row.record) as RegistrationRecord;
  return {
    get: (token) => {
      const row = select.get(token);
      return row && parse(row);
    },
    save: (record) => void upsert.run(record.token, record.touchedAt, JSON.stringify(record)),
    delete: (token) => void remove.run(token),
    all: () => all.all().map(parse),
  };
}

/**
 * Scans under `<dataDir>/registration-files/<sha-256 of the token>/<slot>`. The token is a bearer secret: hashed,
 * it neither shows up in directory listings nor can steer the path.
 */
export function directoryDocumentFiles(dataDir: string): DocumentFiles {
  const root = path.join(dataDir, REGISTRATION_FILES_DIR);
  const folder = (registration: string) => path.join(root, createHash('sha256').update(registration).digest('hex'));
  return {
    put: (registration, slot, bytes) => {
      // The slot becomes a file name: only the known ones.
      if (!Object.hasOwn(REGISTRATION_DOCUMENT_SLOTS, slot)) throw new RangeError(`unknown document slot «${slot}»`);
      const dir = folder(registration);
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(dir, slot), bytes);
    },
    deleteAll: (registration) => rmSync(folder(registration), { recursive: true, force: true }),
  };
}

/** Scans for `--memory`, which must never write to the data directory. */
export function memoryDocumentFiles(): DocumentFiles {
  return new MemoryDocumentFiles();
}
