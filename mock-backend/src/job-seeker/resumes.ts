// The job seeker's résumé: one per account, written whole, with at most one file (PDF or DOCX) attached. The name
// on it is the account holder's, never typed.
import type { Resume, ResumeFileMediaType } from '@gos-elements/contracts';
import type { Clock } from '../clock.js';
import type { PersonDirectory } from './people.js';
import { JobSeekerError } from './problems.js';
import type { RecordStore, ResumeBody, ResumeFileStore, ResumeRecord } from './records.js';
import { DOCX_MEDIA_TYPE, sniffResumeFile } from '@gos-elements/core/files/resume-file';

export interface ResumeFileLimit {
  readonly maxBytes: number;
  readonly mediaTypes: readonly ResumeFileMediaType[];
}

const NO_RESUME = 'Резюме ещё не создано. Заполните его, чтобы откликаться на вакансии.';
const EXTENSIONS: Record<ResumeFileMediaType, string> = { 'application/pdf': 'pdf', [DOCX_MEDIA_TYPE]: 'docx' };

/** A résumé as the server keeps it: experience newest first, skills without repeats (compared without case). */
export function normaliseResume(body: ResumeBody): ResumeBody {
  const seen = new Set<string>();
  return {
    ...structuredClone(body),
    experience: [...body.experience].sort((a, b) => b.from.localeCompare(a.from)),
    skills: body.skills.filter((skill) => {
      const key = skill.toLocaleLowerCase('ru');
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    }),
  };
}

export class Resumes {
  readonly #records = new Map<string, ResumeRecord>();
  readonly #clock: Clock;
  readonly #people: PersonDirectory;
  readonly #store: RecordStore<ResumeRecord> | undefined;
  readonly #files: ResumeFileStore;
  readonly #limit: ResumeFileLimit;

  constructor(options: {
    readonly clock: Clock;
    readonly people: PersonDirectory;
    readonly files: ResumeFileStore;
    readonly limit: ResumeFileLimit;
    readonly store?: RecordStore<ResumeRecord> | undefined;
  }) {
    this.#clock = options.clock;
    this.#people = options.people;
    this.#files = options.files;
    this.#limit = options.limit;
    this.#store = options.store;
    for (const record of options.store?.load() ?? []) this.#records.set(record.owner, record);
  }

  /** Whether the owner has a résumé (the seed gives one only to those without). */
  has(owner: string): boolean {
    return this.#records.has(owner);
  }

  /** The résumé, or null while the job seeker has none. */
  get(owner: string): Resume | null {
    const record = this.#records.get(owner);
    return record ? this.#view(record) : null;
  }

  /** The résumé as it is now, or undefined: what a response attaches. */
  find(owner: string): Resume | undefined {
    const record = this.#records.get(owner);
    return record && this.#view(record);
  }

  /** Writes the whole résumé; «обновлено» becomes now, and the file stays. */
  save(owner: string, body: ResumeBody, at = this.#now()): Resume {
    const kept = this.#records.get(owner);
    const record: ResumeRecord = {
      id: owner,
      owner,
      body: normaliseResume(body),
      updatedAt: at,
      ...(kept?.file ? { file: kept.file } : {}),
    };
    this.#records.set(owner, record);
    this.#store?.save(record);
    return this.#view(record);
  }

  /** Attaches a file in place of the last one, if it really is a PDF or a Word document within the size limit. */
  attach(owner: string, fileName: string | undefined, bytes: Uint8Array): Resume {
    const record = this.#own(owner);
    const { maxBytes, mediaTypes } = this.#limit;
    if (bytes.byteLength > maxBytes) {
      throw new JobSeekerError(
        'file-too-large',
        `Файл больше ${Math.round(maxBytes / 1024 / 1024)} МБ. Сохраните резюме в PDF поменьше или уберите из него фотографии.`,
      );
    }
    const mediaType = sniffResumeFile(bytes);
    if (!mediaType || !mediaTypes.includes(mediaType)) {
      throw new JobSeekerError(
        'unsupported-media-type',
        'Этот файл не подходит: принимаются PDF и документы Word (DOCX). Тип файла определяется по содержимому, а не по названию.',
      );
    }
    const at = this.#now();
    this.#files.put(owner, bytes);
    record.file = {
      fileName: fileName?.trim().slice(0, 255) || `resume.${EXTENSIONS[mediaType]}`,
      mediaType,
      size: bytes.byteLength,
      uploadedAt: at,
    };
    record.updatedAt = at;
    this.#store?.save(record);
    return this.#view(record);
  }

  /** The attached file with its name and type. */
  file(owner: string): { readonly fileName: string; readonly mediaType: string; readonly bytes: Uint8Array } {
    const file = this.#own(owner).file;
    const bytes = file && this.#files.get(owner);
    if (!file || !bytes) throw new JobSeekerError('resume-file-not-found', 'К резюме не приложен файл.');
    return { fileName: file.fileName, mediaType: file.mediaType, bytes };
  }

  /** Takes the file off; a résumé without one is answered as it is. */
  detach(owner: string): Resume {
    const record = this.#own(owner);
    if (!record.file) return this.#view(record);
    delete record.file;
    record.updatedAt = this.#now();
    this.#files.delete(owner);
    this.#store?.save(record);
    return this.#view(record);
  }

  #own(owner: string): ResumeRecord {
    const record = this.#records.get(owner);
    if (!record) throw new JobSeekerError('resume-not-found', NO_RESUME);
    return record;
  }

  #view(record: ResumeRecord): Resume {
    return {
      ...structuredClone(record.body),
      fullName: this.#people.personOf(record.owner)?.fullName || 'Соискатель',
      updatedAt: record.updatedAt,
      ...(record.file ? { file: { ...record.file } } : {}),
    };
  }

  #now(): string {
    return new Date(this.#clock.now()).toISOString();
  }
}
