import type { Clock } from '../clock.js';
import { IdempotencyKeys } from '../cabinet/idempotency.js';
import { JobSeekerApi } from './api.js';
import { JobSeeker, type JobSeekerOptions } from './job-seeker.js';
import { RESUME_SEEDS, type ResumeSeedKey } from './seed.js';

const DAY_MS = 86_400_000;

export interface CreateJobSeekerOptions extends JobSeekerOptions {
  readonly clock: Clock;
  /**
   * Owners who get a seeded résumé when they have none (on first start; the backend passes the seeded accounts,
   * the MSW mock its tokens' owners), and which one.
   */
  readonly seeded?: Readonly<Record<string, ResumeSeedKey>>;
}

/** The job seeker's domain with what `storage` kept, seeded résumés for seeded owners without one, and its API. */
export function createJobSeeker(options: CreateJobSeekerOptions): JobSeekerApi {
  const jobSeeker = new JobSeeker(options);
  // Written ten days ago, as a résumé a person keeps rather than one made for the demo a minute ago.
  const writtenAt = new Date(options.clock.now() - 10 * DAY_MS).toISOString();
  for (const [owner, seed] of Object.entries(options.seeded ?? {})) {
    if (!jobSeeker.resumes.has(owner)) jobSeeker.resumes.save(owner, RESUME_SEEDS[seed], writtenAt);
  }
  return new JobSeekerApi(jobSeeker, new IdempotencyKeys(options.clock, options.storage?.idempotency));
}
