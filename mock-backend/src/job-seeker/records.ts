// What the job seeker's domain keeps, record by record, and the small stores it keeps them in: whole records by id
// (the backend's database, or memory for MSW and tests). Every record is read once at start and written on change.
import type {
  InterviewInvitation,
  JobNotification,
  JobResponse,
  NotificationChannel,
  Resume,
  ResumeFile,
  SavedSearchQuery,
  Vacancy,
  VacancyRef,
} from '@gos-elements/contracts';
import type { IdempotencyStore } from '../cabinet/idempotency.js';

export interface RecordStore<T extends { readonly id: string }> {
  /** Every record kept so far. */
  load(): T[];
  /** Keeps `record` as it is now, replacing what was kept under its id. */
  save(record: T): void;
  delete(id: string): void;
}

/** A store in memory that hands out copies, as a database would: a change counts only once saved. */
export class MemoryRecordStore<T extends { readonly id: string }> implements RecordStore<T> {
  readonly #records = new Map<string, T>();

  load(): T[] {
    return [...this.#records.values()].map((record) => structuredClone(record));
  }

  save(record: T): void {
    this.#records.set(record.id, structuredClone(record));
  }

  delete(id: string): void {
    this.#records.delete(id);
  }
}

/** The file attached to each résumé, by owner: kept apart from the records, which are read whole at start. */
export interface ResumeFileStore {
  get(owner: string): Uint8Array | undefined;
  put(owner: string, bytes: Uint8Array): void;
  delete(owner: string): void;
}

export class MemoryResumeFileStore implements ResumeFileStore {
  readonly #files = new Map<string, Uint8Array>();

  get(owner: string): Uint8Array | undefined {
    return this.#files.get(owner);
  }

  put(owner: string, bytes: Uint8Array): void {
    this.#files.set(owner, bytes.slice());
  }

  delete(owner: string): void {
    this.#files.delete(owner);
  }
}

export interface FavoriteRecord {
  /** `owner|vacancyId`: one record per vacancy per owner. */
  readonly id: string;
  readonly owner: string;
  readonly vacancyId: string;
  readonly addedAt: string;
  readonly vacancy: VacancyRef;
}

/** The résumé as written (its schema's output), without what is added when it is shown. */
export type ResumeBody = Omit<Resume, 'fullName' | 'updatedAt' | 'file'>;

export interface ResumeRecord {
  /** The owner: one résumé per account. */
  readonly id: string;
  readonly owner: string;
  body: ResumeBody;
  updatedAt: string;
  file?: ResumeFile;
}

export interface ResponseRecord {
  readonly id: string;
  readonly owner: string;
  vacancy: VacancyRef;
  coverLetter: string;
  resume: JobResponse['resume'];
  /** Oldest first; the last entry is the status. */
  history: JobResponse['history'];
  invitation?: InterviewInvitation;
  readonly createdAt: string;
}

export interface SavedSearchRecord {
  readonly id: string;
  readonly owner: string;
  name: string;
  readonly query: SavedSearchQuery;
  channel: NotificationChannel;
  readonly createdAt: string;
  updatedAt: string;
  lastMatchAt?: string;
  /**
   * The number of the last publication when the search was saved: only vacancies first published after it are
   * «new» to this search. A sequence rather than a time, so two things in the same millisecond still have an order.
   */
  readonly watchesAfter: number;
}

export interface NotificationRecord extends JobNotification {
  readonly owner: string;
}

/** A vacancy published in development (not generated or imported), kept so it survives a restart. */
export interface PublishedVacancyRecord {
  /** The vacancy's id. */
  readonly id: string;
  vacancy: Vacancy;
  /** Its first publication's number in the publication sequence (1, 2, …); a new version keeps it. */
  readonly publication: number;
}

/** Where the job seeker's domain keeps its data; what is not given lives in memory. */
export interface JobSeekerStorage {
  readonly favorites?: RecordStore<FavoriteRecord>;
  readonly resumes?: RecordStore<ResumeRecord>;
  readonly resumeFiles?: ResumeFileStore;
  readonly responses?: RecordStore<ResponseRecord>;
  readonly savedSearches?: RecordStore<SavedSearchRecord>;
  readonly notifications?: RecordStore<NotificationRecord>;
  readonly publishedVacancies?: RecordStore<PublishedVacancyRecord>;
  readonly idempotency?: IdempotencyStore;
}

/** The next id of a series `prefix-000001`, after the highest kept. */
export function nextSerial(prefix: string, ids: Iterable<string>): () => string {
  let last = 0;
  for (const id of ids) {
    if (id.startsWith(`${prefix}-`)) last = Math.max(last, Number(id.slice(prefix.length + 1)) || 0);
  }
  return () => {
    last += 1;
    return `${prefix}-${String(last).padStart(6, '0')}`;
  };
}
