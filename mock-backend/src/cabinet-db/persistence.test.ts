import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCabinet, simplePdf, type CabinetApi } from '../cabinet/index.js';
import { FakeClock } from '../clock.js';
import { openDatabase, type Database } from '../db/database.js';
import { cabinetMigrations } from './migrations.js';
import { sqliteApplicationStore, sqliteIdempotencyStore } from './stores.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function open(dataDir: string, clock: FakeClock, owners = ['anna', 'petr']): { db: Database; api: CabinetApi } {
  const db = openDatabase({ kind: 'directory', dataDir }, cabinetMigrations);
  const api = createCabinet(owners, clock, {
    applications: sqliteApplicationStore(db),
    idempotency: sqliteIdempotencyStore(db),
  });
  return { db, api };
}

const upload = { requestId: 'app-2026-000104-r1', fileName: 'spravka.pdf', bytes: simplePdf(['income']) };

describe('cabinet data in a data directory', () => {
  it('keeps applications, their changes and Idempotency-Key answers across a restart, and seeds only once', () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'gos-cabinet-'));
    dirs.push(dataDir);
    const clock = new FakeClock(Date.parse('2026-11-20T09:00:00Z'));

    const first = open(dataDir, clock);
    const uploaded = first.api.upload('anna', 'app-2026-000104', upload, 'key-upload-0001', '/x');
    expect(uploaded.status).toBe(201);
    first.api.cancel('anna', 'app-2026-000102', { reason: 'передумала' }, 'key-cancel-0001', '/x');
    first.api.applications.setStatus('app-2026-000203', 'approved', 'Решение принято.');
    first.api.applications.advance();
    const before = first.api.list('anna', {}, '/x').body;
    const petrs = first.api.applications.get('petr', 'app-2026-000203');
    expect(petrs.history.map((entry) => entry.status).slice(-2)).toEqual(['approved', 'action-required']);
    first.db.close();

    clock.advance(3_600_000);
    const second = open(dataDir, clock, ['anna', 'petr', 'maria']);
    expect(second.api.list('anna', {}, '/x').body).toEqual(before);
    expect(second.api.applications.get('anna', 'app-2026-000102').status).toBe('cancelled');
    expect(second.api.applications.get('petr', 'app-2026-000203')).toEqual(petrs);
    const documents = second.api.applications.get('anna', 'app-2026-000104').documents;
    expect(documents.map((document) => document.fileName)).toEqual(['spravka.pdf']);
    // The retried upload gets the first answer again, not "already uploaded".
    const retried = second.api.upload('anna', 'app-2026-000104', upload, 'key-upload-0001', '/x');
    expect(retried).toMatchObject({ status: 201, replayed: true, body: uploaded.body });
    // A citizen new since the last start gets their seeded applications; the others are not seeded again.
    expect(second.api.list('maria', {}, '/x').body).toMatchObject({ total: 8 });
    expect(second.api.list('anna', {}, '/x').body).toMatchObject({ total: 8 });
    second.db.close();
  });

  it('forgets Idempotency-Key answers after a day', () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'gos-cabinet-'));
    dirs.push(dataDir);
    const clock = new FakeClock(Date.parse('2026-11-20T09:00:00Z'));
    const { db, api } = open(dataDir, clock);
    api.cancel('anna', 'app-2026-000102', {}, 'key-cancel-0001', '/x');
    clock.advance(86_400_000);
    api.cancel('anna', 'app-2026-000103', {}, 'key-cancel-0002', '/x');
    expect(db.prepare('SELECT id FROM cabinet_idempotency_keys').all()).toHaveLength(1);
    db.close();
  });
});
