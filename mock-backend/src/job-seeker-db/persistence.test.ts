import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cabinetMigrations } from '../cabinet-db/migrations.js';
import { FakeClock } from '../clock.js';
import { openDatabase, type Database } from '../db/database.js';
import { createJobSeeker, type JobSeekerApi, type MessageSender } from '../job-seeker/index.js';
import { minimalDocx, PEOPLE } from '../job-seeker/test-support.js';
import { createVacancySearch } from '../vacancies/setup.js';
import { jobSeekerMigrations } from './migrations.js';
import { sqliteJobSeekerStorage } from './storage.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

type Sent = Parameters<MessageSender['send']>[0];

/** The backend's way: a fresh vacancy index (generated again at every start) and the stores on the data directory. */
function open(dataDir: string, clock: FakeClock, outbox: Sent[]): { db: Database; api: JobSeekerApi } {
  const db = openDatabase({ kind: 'directory', dataDir }, [...cabinetMigrations, ...jobSeekerMigrations]);
  const { index } = createVacancySearch({ source: { kind: 'generated', count: 300 }, clock });
  const api = createJobSeeker({
    index,
    clock,
    people: { personOf: (owner) => PEOPLE[owner] },
    outbox: { send: (message) => void outbox.push(message) },
    storage: sqliteJobSeekerStorage(db),
    seeded: { anna: 'accountant' },
  });
  return { db, api };
}

describe('job seeker data in a data directory', () => {
  it('keeps everything across a restart and never notifies a match twice', () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'gos-job-seeker-'));
    dirs.push(dataDir);
    const clock = new FakeClock(Date.parse('2026-11-24T09:00:00Z'));
    const outbox: Sent[] = [];

    const first = open(dataDir, clock, outbox);
    const search = first.api.createSavedSearch('anna', { query: { q: 'сварщик' }, channel: 'email' }, 'ss-key-1', '/x');
    const published = first.api.publishVacancy({ jobName: 'Сварщик ручной дуговой сварки' }, '/x');
    const vacancyId = (published.body as { id: string }).id;
    expect(outbox).toHaveLength(1);
    first.api.addFavorite('anna', vacancyId, '/x');
    first.api.uploadResumeFile('anna', { fileName: 'cv.docx', bytes: minimalDocx() }, null, '/x');
    const response = first.api.respond('anna', vacancyId, { coverLetter: 'Добрый день' }, 'respond-key-1', '/x');
    const before = {
      favorites: first.api.favorites('anna', '/x').body,
      resume: first.api.resume('anna', '/x').body,
      responses: first.api.responses('anna', '/x').body,
      searches: first.api.savedSearches('anna', '/x').body,
      notifications: first.api.notifications('anna', {}, '/x').body,
    };
    first.db.close();

    clock.advance(3_600_000);
    const second = open(dataDir, clock, outbox);
    // The published vacancy is back in the search; the lists are as they were (the seed did not run again).
    expect(second.api.jobSeeker.index.vacancy(vacancyId)?.jobName).toBe('Сварщик ручной дуговой сварки');
    expect(second.api.favorites('anna', '/x').body).toEqual(before.favorites);
    expect(second.api.resume('anna', '/x').body).toEqual(before.resume);
    expect(second.api.responses('anna', '/x').body).toEqual(before.responses);
    expect(second.api.savedSearches('anna', '/x').body).toEqual(before.searches);
    expect(second.api.notifications('anna', {}, '/x').body).toEqual(before.notifications);
    expect('bytes' in second.api.resumeFile('anna', '/x')).toBe(true);
    // Retries get the first answers again.
    expect(second.api.respond('anna', vacancyId, { coverLetter: 'Добрый день' }, 'respond-key-1', '/x')).toMatchObject({
      replayed: true,
      body: response.body,
    });
    expect(
      second.api.createSavedSearch('anna', { query: { q: 'сварщик' }, channel: 'email' }, 'ss-key-1', '/x'),
    ).toMatchObject({ replayed: true, body: search.body });

    // The same vacancy changed after the restart: still matching, never notified again.
    expect(second.api.publishVacancy({ id: vacancyId, jobName: 'Сварщик 5 разряда' }, '/x').status).toBe(200);
    expect(outbox).toHaveLength(1);
    // A new one is new; its number continues the sequence, and the ids of new records do not clash.
    const next = second.api.publishVacancy({ jobName: 'Сварщик аргонодуговой сварки' }, '/x');
    expect(next.body).toMatchObject({ id: 'dev-20261124-2' });
    expect(outbox).toHaveLength(2);
    expect(second.api.notifications('anna', {}, '/x').body).toMatchObject({ total: 2, unread: 2 });
    second.db.close();

    const third = open(dataDir, clock, outbox);
    third.api.publishVacancy({ id: vacancyId, jobName: 'Сварщик' }, '/x');
    expect(outbox).toHaveLength(2);
    expect(third.api.notifications('anna', {}, '/x').body).toMatchObject({ total: 2 });
    third.db.close();
  });
});
