// Responses to vacancies («отклики»): one per vacancy per job seeker, with the résumé as it was when sent. The
// employer's side — viewed, then invited or declined — is played by a development simulator (or the dev endpoint);
// each of its moves is a notification, and an invitation also goes out by e-mail or SMS.
import {
  RESPONSE_STATUSES,
  WITHDRAWABLE_RESPONSE_STATUSES,
  type JobResponse,
  type JobResponseList,
  type ResponseHistoryEntry,
  type ResponseStatus,
} from '@gos-elements/contracts';
import type { Clock } from '../clock.js';
import { hashSeed } from '../payments/random.js';
import type { VacancyIndex } from '../vacancies/search.js';
import { invitationFor } from './invitation.js';
import { sendInvitation } from './messages.js';
import type { Notifications } from './notifications.js';
import { vacancyRef, type MessageSender, type PersonDirectory } from './people.js';
import { JobSeekerError, VACANCY_GONE } from './problems.js';
import { nextSerial, type RecordStore, type ResponseRecord } from './records.js';
import type { Resumes } from './resumes.js';

/** The employer's moves: what the dev endpoint may set. */
export type EmployerMove = 'viewed' | 'invited' | 'rejected';

export interface ResponsesOptions {
  readonly index: VacancyIndex;
  readonly clock: Clock;
  readonly resumes: Resumes;
  readonly notifications: Notifications;
  readonly people: PersonDirectory;
  readonly outbox: MessageSender;
  /** The vacancy's page on the job site, for messages. */
  readonly link: (vacancyId: string) => string;
  /** The least time a response stays in a status before the simulator makes the employer's next move. */
  readonly stepMs: number;
  readonly store?: RecordStore<ResponseRecord> | undefined;
}

const EMPLOYER_COMMENTS: Record<EmployerMove, string> = {
  viewed: 'Работодатель просмотрел отклик.',
  invited: 'Работодатель приглашает вас на собеседование.',
  rejected: 'К сожалению, работодатель выбрал другого кандидата.',
};

const NOTIFICATION_TITLES: Record<EmployerMove, (jobName: string) => string> = {
  viewed: (jobName) => `Отклик просмотрен: ${jobName}`,
  invited: (jobName) => `Приглашение на собеседование: ${jobName}`,
  rejected: (jobName) => `Отказ по отклику: ${jobName}`,
};

function statusOf(record: ResponseRecord): ResponseStatus {
  return (record.history[record.history.length - 1] as ResponseHistoryEntry).status;
}

function changedAt(record: ResponseRecord): string {
  return (record.history[record.history.length - 1] as ResponseHistoryEntry).at;
}

function view(record: ResponseRecord): JobResponse {
  return {
    id: record.id,
    vacancy: structuredClone(record.vacancy),
    coverLetter: record.coverLetter,
    resume: { ...record.resume },
    status: statusOf(record),
    history: record.history.map((entry) => ({ ...entry })),
    ...(record.invitation ? { invitation: { ...record.invitation } } : {}),
    createdAt: record.createdAt,
    updatedAt: changedAt(record),
  };
}

export class Responses {
  readonly #records = new Map<string, ResponseRecord>();
  readonly #options: ResponsesOptions;
  readonly #nextId: () => string;

  constructor(options: ResponsesOptions) {
    this.#options = options;
    for (const record of options.store?.load() ?? []) this.#records.set(record.id, record);
    this.#nextId = nextSerial('resp', this.#records.keys());
  }

  list(owner: string): JobResponseList {
    const items = [...this.#records.values()]
      .filter((record) => record.owner === owner)
      .sort((a, b) => changedAt(b).localeCompare(changedAt(a)) || b.id.localeCompare(a.id))
      .map(view);
    return { items, total: items.length };
  }

  /**
   * Sends a response with the résumé as it is now. A vacancy has one response per job seeker: while it is under way
   * (or answered) another is refused; a withdrawn one is sent again — the same response, its history going on.
   */
  respond(owner: string, vacancyId: string, coverLetter: string): JobResponse {
    const vacancy = this.#options.index.summary(vacancyId);
    if (!vacancy) throw new JobSeekerError('vacancy-not-found', VACANCY_GONE);
    const resume = this.#options.resumes.find(owner);
    if (!resume) {
      throw new JobSeekerError('resume-required', 'Чтобы откликнуться, сначала заполните резюме.');
    }
    const existing = [...this.#records.values()].find(
      (record) => record.owner === owner && record.vacancy.id === vacancyId,
    );
    if (existing && statusOf(existing) !== 'withdrawn') {
      throw new JobSeekerError(
        'already-responded',
        `Вы уже откликнулись на эту вакансию: ${RESPONSE_STATUSES[statusOf(existing)].title.toLowerCase()}.`,
      );
    }
    const at = this.#now();
    const snapshot: ResponseRecord['resume'] = {
      desiredPosition: resume.desiredPosition,
      updatedAt: resume.updatedAt,
      ...(resume.file ? { fileName: resume.file.fileName } : {}),
    };
    const record: ResponseRecord = existing ?? {
      id: this.#nextId(),
      owner,
      vacancy: vacancyRef(vacancy),
      coverLetter,
      resume: snapshot,
      history: [],
      createdAt: at,
    };
    record.vacancy = vacancyRef(vacancy);
    record.coverLetter = coverLetter;
    record.resume = snapshot;
    record.history.push({ status: 'sent', at, ...(existing ? { comment: 'Отклик отправлен снова.' } : {}) });
    this.#records.set(record.id, record);
    this.#options.store?.save(record);
    return view(record);
  }

  /** Withdraws a response the employer has not answered; a withdrawn one is answered as it is. */
  withdraw(owner: string, id: string): JobResponse {
    const record = this.#records.get(id);
    if (!record || record.owner !== owner) throw new JobSeekerError('response-not-found', 'Отклик не найден.');
    const status = statusOf(record);
    if (status === 'withdrawn') return view(record);
    if (!WITHDRAWABLE_RESPONSE_STATUSES.includes(status)) {
      throw new JobSeekerError(
        'response-final',
        `Работодатель уже ответил на отклик (${RESPONSE_STATUSES[status].title.toLowerCase()}): отозвать его нельзя.`,
      );
    }
    record.history.push({ status: 'withdrawn', at: this.#now(), comment: 'Отозван соискателем.' });
    this.#options.store?.save(record);
    return view(record);
  }

  /** Development: the employer's move now, on anyone's response that is still waiting for an answer. */
  setStatus(id: string, status: EmployerMove, comment?: string): JobResponse {
    const record = this.#records.get(id);
    if (!record) throw new JobSeekerError('response-not-found', 'Отклик не найден.');
    const current = statusOf(record);
    if (current === status) return view(record);
    if (!WITHDRAWABLE_RESPONSE_STATUSES.includes(current)) {
      throw new JobSeekerError(
        'response-final',
        `Отклик уже в окончательном статусе «${RESPONSE_STATUSES[current].title}».`,
      );
    }
    this.#employerMove(record, status, comment);
    return view(record);
  }

  /**
   * The simulator's tick: each waiting response that has stayed in its status for at least `stepMs` gets the
   * employer's next move — sent → viewed → invited or declined (by a hash of its id, so the same response always
   * ends the same way). Returns how many moved.
   */
  advance(): number {
    const now = this.#options.clock.now();
    let moved = 0;
    for (const record of this.#records.values()) {
      const status = statusOf(record);
      if (!WITHDRAWABLE_RESPONSE_STATUSES.includes(status)) continue;
      if (now - Date.parse(changedAt(record)) < this.#options.stepMs) continue;
      const next: EmployerMove = status === 'sent' ? 'viewed' : hashSeed(record.id) % 3 === 0 ? 'rejected' : 'invited';
      this.#employerMove(record, next);
      moved += 1;
    }
    return moved;
  }

  #employerMove(record: ResponseRecord, status: EmployerMove, comment?: string): void {
    const { index, clock, notifications, people, outbox, link } = this.#options;
    const at = this.#now();
    record.history.push({ status, at, comment: comment ?? EMPLOYER_COMMENTS[status] });
    if (status === 'invited') {
      record.invitation = invitationFor(index.vacancy(record.vacancy.id), record.vacancy, clock.now());
    }
    this.#options.store?.save(record);
    if (record.invitation && status === 'invited') {
      sendInvitation(outbox, people.personOf(record.owner), record.vacancy, record.invitation, link(record.vacancy.id));
    }
    notifications.record(record.owner, {
      kind: 'response-status',
      title: NOTIFICATION_TITLES[status](record.vacancy.jobName),
      vacancy: structuredClone(record.vacancy),
      responseId: record.id,
      status,
    });
  }

  #now(): string {
    return new Date(this.#options.clock.now()).toISOString();
  }
}
