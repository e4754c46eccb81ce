export { JobSeekerApi, type FileAnswer } from './api.js';
export { createJobSeeker, type CreateJobSeekerOptions } from './create.js';
export { DEFAULT_VACANCY_LINK_BASE, JobSeeker, type JobSeekerOptions } from './job-seeker.js';
export { vacancyLink } from './messages.js';
export type { NewNotification } from './notifications.js';
export type { MessageSender, Person, PersonDirectory } from './people.js';
export { JobSeekerError, jobSeekerProblem, type JobSeekerProblemCode } from './problems.js';
export {
  MemoryRecordStore,
  MemoryResumeFileStore,
  type FavoriteRecord,
  type JobSeekerStorage,
  type NotificationRecord,
  type PublishedVacancyRecord,
  type RecordStore,
  type ResponseRecord,
  type ResumeFileStore,
  type ResumeRecord,
  type SavedSearchRecord,
} from './records.js';
export { sniffResumeFile, zipEntryNames } from '@gos-elements/core/files/resume-file';
export { RESUME_SEEDS, SEEDED_RESUMES, type ResumeSeedKey } from './seed.js';
