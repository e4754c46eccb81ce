import { sqliteIdempotencyStore } from '../cabinet-db/stores.js';
import type { Database } from '../db/database.js';
import type { JobSeekerStorage } from '../job-seeker/index.js';
import { sqliteRecordStore, sqliteResumeFileStore } from './stores.js';

/** Every store of the job seeker's domain on one database (opened with `jobSeekerMigrations` and the cabinet's). */
export function sqliteJobSeekerStorage(db: Database): JobSeekerStorage {
  return {
    favorites: sqliteRecordStore(db, 'job_seeker_favorites'),
    resumes: sqliteRecordStore(db, 'job_seeker_resumes'),
    resumeFiles: sqliteResumeFileStore(db),
    responses: sqliteRecordStore(db, 'job_seeker_responses'),
    savedSearches: sqliteRecordStore(db, 'job_seeker_saved_searches'),
    notifications: sqliteRecordStore(db, 'job_seeker_notifications'),
    publishedVacancies: sqliteRecordStore(db, 'job_seeker_published_vacancies'),
    idempotency: sqliteIdempotencyStore(db),
  };
}
