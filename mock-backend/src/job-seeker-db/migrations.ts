import type { Migration } from '../db/database.js';

/** The job seeker's collections: each record kept whole as JSON by its id (the domain reads them all at start). */
export const JOB_SEEKER_TABLES = [
  'job_seeker_favorites',
  'job_seeker_resumes',
  'job_seeker_responses',
  'job_seeker_saved_searches',
  'job_seeker_notifications',
  'job_seeker_published_vacancies',
] as const;
export type JobSeekerTable = (typeof JOB_SEEKER_TABLES)[number];

/**
 * Tables of the job seeker's side of «Работа России». Résumé files are kept apart, one per owner, as bytes: the
 * records are read whole at start, the files only when downloaded. Idempotency-Key answers share the cabinet's table.
 */
export const jobSeekerMigrations: readonly Migration[] = [
  {
    id: 'job-seeker-0001-records',
    up: (db) =>
      db.exec(`
        ${JOB_SEEKER_TABLES.map((table) => `CREATE TABLE ${table} (id TEXT PRIMARY KEY, record TEXT NOT NULL);`).join('\n')}
        CREATE TABLE job_seeker_resume_files (owner TEXT PRIMARY KEY, bytes BLOB NOT NULL);
      `),
  },
];
