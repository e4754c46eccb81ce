// The job seeker's HTTP semantics without HTTP: each operation takes what a transport read from the request and
// gives back the status and body to send. The Express routes and the MSW handlers are thin adapters over this, so
// the two answer every request identically (the contract test checks it).
import {
  DevVacancyInputSchema,
  MarkNotificationsReadSchema,
  NewResponseSchema,
  NewSavedSearchSchema,
  NotificationListQuerySchema,
  problemTypeUri,
  ResumeInputSchema,
  SavedSearchPatchSchema,
  SetResponseStatusSchema,
  type JobNotification,
  type ProblemDetails,
} from '@gos-elements/contracts';
import { validationFailed } from '../cabinet/api.js';
import { fingerprint, type IdempotencyKeys, type StoredAnswer } from '../cabinet/idempotency.js';
import { JobSeekerError, jobSeekerProblem } from './problems.js';
import type { JobSeeker } from './job-seeker.js';

/** A file to send as it is: the résumé's attachment. */
export interface FileAnswer {
  readonly status: 200;
  readonly fileName: string;
  readonly mediaType: string;
  readonly bytes: Uint8Array;
  readonly disposition: string;
}

/** Runs a domain call, turning a {@link JobSeekerError} into its problem answer. */
function answer(instance: string, status: number, run: () => unknown): StoredAnswer {
  try {
    const body = run();
    return status === 204 ? { status, body: null } : { status, body };
  } catch (error) {
    if (error instanceof JobSeekerError) return { status: error.status, body: jobSeekerProblem(error, instance) };
    throw error;
  }
}

/** `attachment; filename="resume.pdf"; filename*=UTF-8''Резюме.pdf`: the name as uploaded, in any script. */
function attachment(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

function fileMissing(instance: string): StoredAnswer {
  const body: ProblemDetails = {
    type: problemTypeUri('validation-failed'),
    title: 'Данные запроса не прошли проверку',
    status: 400,
    code: 'validation-failed',
    detail: 'Исправьте отмеченные поля и повторите запрос.',
    instance,
    errors: [{ field: 'file', code: 'required', message: 'Приложите файл резюме.' }],
  };
  return { status: 400, body };
}

export class JobSeekerApi {
  readonly jobSeeker: JobSeeker;
  readonly #idempotency: IdempotencyKeys;

  constructor(jobSeeker: JobSeeker, idempotency: IdempotencyKeys) {
    this.jobSeeker = jobSeeker;
    this.#idempotency = idempotency;
  }

  // ── Favourites ──

  favorites(owner: string, instance: string): StoredAnswer {
    return answer(instance, 200, () => this.jobSeeker.favorites.list(owner));
  }

  addFavorite(owner: string, vacancyId: string, instance: string): StoredAnswer {
    return answer(instance, 200, () => this.jobSeeker.favorites.add(owner, vacancyId));
  }

  removeFavorite(owner: string, vacancyId: string, instance: string): StoredAnswer {
    return answer(instance, 204, () => this.jobSeeker.favorites.remove(owner, vacancyId));
  }

  // ── Résumé ──

  resume(owner: string, instance: string): StoredAnswer {
    return answer(instance, 200, () => this.jobSeeker.resumes.get(owner));
  }

  saveResume(owner: string, body: unknown, instance: string): StoredAnswer {
    const parsed = ResumeInputSchema.safeParse(body);
    if (!parsed.success) return validationFailed(parsed.error, instance);
    return answer(instance, 200, () => this.jobSeeker.resumes.save(owner, parsed.data));
  }

  uploadResumeFile(
    owner: string,
    upload: { readonly fileName: string | undefined; readonly bytes: Uint8Array | undefined },
    key: string | null,
    instance: string,
  ): StoredAnswer & { readonly replayed: boolean } {
    const { fileName, bytes } = upload;
    if (!bytes) return { ...fileMissing(instance), replayed: false };
    return this.#idempotency.run({ owner, operation: 'resume-file', key }, fingerprint(fileName ?? '', bytes), () =>
      answer(instance, 200, () => this.jobSeeker.resumes.attach(owner, fileName, bytes)),
    );
  }

  /** The résumé's file, or the problem answer when there is none. */
  resumeFile(owner: string, instance: string): FileAnswer | StoredAnswer {
    try {
      const file = this.jobSeeker.resumes.file(owner);
      return { status: 200, ...file, disposition: attachment(file.fileName) };
    } catch (error) {
      if (error instanceof JobSeekerError) return { status: error.status, body: jobSeekerProblem(error, instance) };
      throw error;
    }
  }

  removeResumeFile(owner: string, instance: string): StoredAnswer {
    return answer(instance, 200, () => this.jobSeeker.resumes.detach(owner));
  }

  // ── Responses ──

  respond(
    owner: string,
    vacancyId: string,
    body: unknown,
    key: string | null,
    instance: string,
  ): StoredAnswer & { readonly replayed: boolean } {
    const parsed = NewResponseSchema.safeParse(body);
    if (!parsed.success) return { ...validationFailed(parsed.error, instance), replayed: false };
    return this.#idempotency.run(
      { owner, operation: `respond ${vacancyId}`, key },
      fingerprint(JSON.stringify(parsed.data)),
      () => answer(instance, 201, () => this.jobSeeker.responses.respond(owner, vacancyId, parsed.data.coverLetter)),
    );
  }

  responses(owner: string, instance: string): StoredAnswer {
    return answer(instance, 200, () => this.jobSeeker.responses.list(owner));
  }

  withdrawResponse(owner: string, id: string, instance: string): StoredAnswer {
    return answer(instance, 200, () => this.jobSeeker.responses.withdraw(owner, id));
  }

  // ── Saved searches ──

  savedSearches(owner: string, instance: string): StoredAnswer {
    return answer(instance, 200, () => this.jobSeeker.savedSearches.list(owner));
  }

  createSavedSearch(
    owner: string,
    body: unknown,
    key: string | null,
    instance: string,
  ): StoredAnswer & { readonly replayed: boolean } {
    const parsed = NewSavedSearchSchema.safeParse(body);
    if (!parsed.success) return { ...validationFailed(parsed.error, instance), replayed: false };
    return this.#idempotency.run(
      { owner, operation: 'saved-search', key },
      fingerprint(JSON.stringify(parsed.data)),
      () => answer(instance, 201, () => this.jobSeeker.savedSearches.create(owner, parsed.data)),
    );
  }

  updateSavedSearch(owner: string, id: string, body: unknown, instance: string): StoredAnswer {
    const parsed = SavedSearchPatchSchema.safeParse(body);
    if (!parsed.success) return validationFailed(parsed.error, instance);
    return answer(instance, 200, () => this.jobSeeker.savedSearches.update(owner, id, parsed.data));
  }

  deleteSavedSearch(owner: string, id: string, instance: string): StoredAnswer {
    return answer(instance, 204, () => this.jobSeeker.savedSearches.delete(owner, id));
  }

  // ── Notifications ──

  notifications(owner: string, query: Readonly<Record<string, string>>, instance: string): StoredAnswer {
    const parsed = NotificationListQuerySchema.safeParse(query);
    if (!parsed.success) return validationFailed(parsed.error, instance);
    return answer(instance, 200, () => this.jobSeeker.notifications.list(owner, parsed.data));
  }

  markNotificationsRead(owner: string, body: unknown, instance: string): StoredAnswer {
    const parsed = MarkNotificationsReadSchema.safeParse(body ?? {});
    if (!parsed.success) return validationFailed(parsed.error, instance);
    return answer(instance, 200, () => this.jobSeeker.notifications.markRead(owner, parsed.data));
  }

  /** The owner's notifications as they are recorded (for the cabinet's event stream). */
  subscribe(owner: string, listener: (notification: JobNotification) => void): () => void {
    return this.jobSeeker.subscribe(owner, listener);
  }

  // ── Development ──

  /** `POST /dev/vacancies`: 201 with a new vacancy, 200 with a new version of a published one. */
  publishVacancy(body: unknown, instance: string): StoredAnswer {
    const parsed = DevVacancyInputSchema.safeParse(body);
    if (!parsed.success) return validationFailed(parsed.error, instance);
    const { created, vacancy } = this.jobSeeker.publish(parsed.data);
    return { status: created ? 201 : 200, body: this.jobSeeker.index.detail(vacancy.id) };
  }

  setResponseStatus(id: string, body: unknown, instance: string): StoredAnswer {
    const parsed = SetResponseStatusSchema.safeParse(body);
    if (!parsed.success) return validationFailed(parsed.error, instance);
    return answer(instance, 200, () => this.jobSeeker.responses.setStatus(id, parsed.data.status, parsed.data.comment));
  }

  /** The simulator's tick. */
  advance(): number {
    return this.jobSeeker.advance();
  }
}
