// The citizen cabinet's applications: plain TypeScript with no Express, MSW, Node or database inside, so the
// backend's routes and the browser's MSW handlers run exactly this code.
import {
  APPLICATION_STATUSES,
  CANCELLABLE_STATUSES,
  MAX_UPLOAD_BYTES,
  type Application,
  type ApplicationList,
  type ApplicationListQuery,
  type ApplicationStatus,
  type ApplicationStatusEvent,
  type ApplicationSubject,
  type ApplicationSummary,
  type CodeTitle,
  type RequiredDocument,
  type ResultDocument,
  type StatusHistoryEntry,
  type UploadedDocument,
} from '@gos-elements/contracts';
import { DEFAULT_LIMITS, type UploadLimit } from '../limits.js';
import { checkUpload, simplePdf, type FileProblem } from './files.js';

export interface Clock {
  now(): number;
}

/** A failure the transports turn into problem+json: `code` is the machine code, the message is for people. */
export class CabinetError extends Error {
  readonly code: 'not-found' | 'not-cancellable' | 'no-result' | 'not-requested' | 'already-uploaded' | FileProblem;
  readonly status: 404 | 409 | 413 | 415 | 422;

  constructor(code: CabinetError['code'], message: string) {
    super(message);
    this.name = 'CabinetError';
    this.code = code;
    this.status =
      code === 'not-found'
        ? 404
        : code === 'too-large'
          ? 413
          : code === 'unsupported-type'
            ? 415
            : code === 'empty'
              ? 422
              : 409;
  }
}

/** An application as the cabinet keeps it: what the citizen sees, plus its owner and what comes next. */
export interface ApplicationRecord {
  readonly id: string;
  readonly owner: string;
  readonly number: string;
  readonly service: CodeTitle;
  readonly department: CodeTitle;
  readonly submittedAt: string;
  history: StatusHistoryEntry[];
  requiredDocuments: RequiredDocument[];
  documents: UploadedDocument[];
  result?: ResultDocument;
  rejectionReason?: string;
  /** What it is about, when it concerns another object of the cabinet (the payment a clarification asks about). */
  readonly subject?: ApplicationSubject;
  /** The statuses the simulator moves it through next, first one next. */
  plan: ApplicationStatus[];
}

/** An application the cabinet files on the citizen's behalf from another of its parts (a payment's clarification). */
export interface NewApplication {
  readonly service: CodeTitle;
  readonly department: CodeTitle;
  /** What the citizen wrote: the first entry of the journal. */
  readonly comment: string;
  readonly subject?: ApplicationSubject;
  /** What the simulator does with it next. */
  readonly plan?: readonly ApplicationStatus[];
}

export interface UploadInput {
  readonly requestId: string;
  readonly fileName: string;
  readonly bytes: Uint8Array;
}

type Listener = (event: ApplicationStatusEvent) => void;

/** Where the cabinet keeps its applications across restarts (the backend's database); without one, in memory. */
export interface ApplicationStore {
  /** Every application kept so far. */
  load(): ApplicationRecord[];
  /** Keeps `record` as it is now, replacing what was kept under its id. */
  save(record: ApplicationRecord): void;
}

const APPLICANT = 'Заявитель';
/** Numbers below this are the seeded applications' (`YYYY-000n01`…); the cabinet's own ones come after it. */
const OWN_NUMBERS_FROM = 500_000;

function current(record: ApplicationRecord): StatusHistoryEntry {
  return record.history[record.history.length - 1] as StatusHistoryEntry;
}

function summary(record: ApplicationRecord): ApplicationSummary {
  const last = current(record);
  return {
    id: record.id,
    number: record.number,
    service: record.service,
    department: record.department,
    submittedAt: record.submittedAt,
    status: last.status,
    statusChangedAt: last.at,
    ...(record.subject ? { subject: { ...record.subject } } : {}),
  };
}

function view(record: ApplicationRecord): Application {
  const status = current(record).status;
  return {
    ...summary(record),
    history: record.history.map((entry) => ({ ...entry })),
    requiredDocuments: record.requiredDocuments.map((request) => ({ ...request })),
    documents: record.documents.map((document) => ({ ...document })),
    ...(record.result ? { result: { ...record.result } } : {}),
    ...(record.rejectionReason ? { rejectionReason: record.rejectionReason } : {}),
    cancellable: CANCELLABLE_STATUSES.includes(status),
  };
}

const SORTERS: Record<ApplicationListQuery['sort'], (a: ApplicationSummary, b: ApplicationSummary) => number> = {
  'changed-desc': (a, b) => b.statusChangedAt.localeCompare(a.statusChangedAt) || b.number.localeCompare(a.number),
  'submitted-desc': (a, b) => b.submittedAt.localeCompare(a.submittedAt) || b.number.localeCompare(a.number),
  'submitted-asc': (a, b) => a.submittedAt.localeCompare(b.submittedAt) || a.number.localeCompare(b.number),
};

/** Moscow dates: a citizen's "from 1 November" means Moscow's 1 November. */
function moscowDate(iso: string): string {
  return new Date(Date.parse(iso) + 3 * 3_600_000).toISOString().slice(0, 10);
}

/**
 * The applications of every citizen. Each citizen sees only their own: someone else's application is "not found",
 * exactly like one that does not exist, so ids cannot be probed.
 */
export class Applications {
  readonly #records = new Map<string, ApplicationRecord>();
  readonly #listeners = new Map<string, Set<Listener>>();
  readonly #clock: Clock;
  readonly #store: ApplicationStore | undefined;
  readonly #upload: UploadLimit;

  /** `records` are the applications to start with; every change is then handed to `store`, if there is one. */
  constructor(
    clock: Clock,
    records: readonly ApplicationRecord[] = [],
    store?: ApplicationStore,
    upload: UploadLimit = DEFAULT_LIMITS.uploads.applications,
  ) {
    this.#clock = clock;
    this.#store = store;
    this.#upload = upload;
    for (const record of records) this.#records.set(record.id, record);
  }

  list(owner: string, query: ApplicationListQuery): ApplicationList {
    const items = [...this.#records.values()]
      .filter((record) => record.owner === owner)
      .map(summary)
      .filter((item) => !query.status || query.status.includes(item.status))
      .filter((item) => !query.service || item.service.code === query.service)
      .filter((item) => !query.from || moscowDate(item.submittedAt) >= query.from)
      .filter((item) => !query.to || moscowDate(item.submittedAt) <= query.to)
      .sort(SORTERS[query.sort]);
    const start = (query.page - 1) * query.pageSize;
    return {
      items: items.slice(start, start + query.pageSize),
      page: query.page,
      pageSize: query.pageSize,
      total: items.length,
    };
  }

  get(owner: string, id: string): Application {
    return view(this.#own(owner, id));
  }

  /**
   * Files a new application for `owner`, accepted now (the citizen is its author). Its number continues the
   * cabinet's own series of the year, `YYYY-500001` on, clear of the seeded numbers.
   */
  submit(owner: string, input: NewApplication): Application {
    const at = this.#now();
    const year = at.slice(0, 4);
    let last = OWN_NUMBERS_FROM;
    for (const record of this.#records.values()) {
      if (record.number.startsWith(`${year}-`)) last = Math.max(last, Number(record.number.slice(5)));
    }
    const number = `${year}-${String(last + 1).padStart(6, '0')}`;
    const record: ApplicationRecord = {
      id: `app-${number}`,
      owner,
      number,
      service: { ...input.service },
      department: { ...input.department },
      submittedAt: at,
      history: [{ status: 'accepted', at, author: APPLICANT, comment: input.comment }],
      requiredDocuments: [],
      documents: [],
      ...(input.subject ? { subject: { ...input.subject } } : {}),
      plan: [...(input.plan ?? [])],
    };
    this.#records.set(record.id, record);
    this.#store?.save(record);
    // An open «Мои заявления» learns of it the way it learns of any change: by its event stream.
    const event: ApplicationStatusEvent = { applicationId: record.id, number, status: 'accepted', at };
    for (const listener of this.#listeners.get(owner) ?? []) listener(event);
    return view(record);
  }

  /** Attaches a requested document; when the last one is in, the application goes back to the department. */
  upload(owner: string, id: string, input: UploadInput): Application {
    const record = this.#own(owner, id);
    const request = record.requiredDocuments.find((candidate) => candidate.id === input.requestId);
    if (!request || current(record).status !== 'action-required') {
      throw new CabinetError('not-requested', 'Этот документ по заявлению сейчас не запрашивается.');
    }
    if (request.fulfilled) throw new CabinetError('already-uploaded', 'Этот документ уже загружен.');
    // What the request asks for, within what the cabinet takes at all (the limits table).
    const accepted = request.mediaTypes.filter((type) => this.#upload.mediaTypes.includes(type));
    const maxBytes = Math.min(request.maxBytes, this.#upload.maxBytes);
    const checked = checkUpload(input.bytes, accepted, maxBytes);
    if (!checked.ok) throw new CabinetError(checked.problem, FILE_MESSAGES[checked.problem](accepted, maxBytes));

    record.documents.push({
      id: `${record.id}-d${record.documents.length + 1}`,
      requestId: request.id,
      fileName: input.fileName.slice(0, 255) || 'document',
      mediaType: checked.mediaType,
      size: input.bytes.byteLength,
      uploadedAt: this.#now(),
    });
    request.fulfilled = true;
    if (record.requiredDocuments.every((candidate) => candidate.fulfilled)) {
      this.#change(record, 'in-review', APPLICANT, 'Запрошенные документы загружены.');
    }
    this.#store?.save(record);
    return view(record);
  }

  cancel(owner: string, id: string, reason?: string): Application {
    const record = this.#own(owner, id);
    if (!CANCELLABLE_STATUSES.includes(current(record).status)) {
      throw new CabinetError('not-cancellable', 'По этому заявлению уже принято решение: отозвать его нельзя.');
    }
    record.plan = [];
    this.#change(record, 'cancelled', APPLICANT, reason ? `Отозвано заявителем: ${reason}` : 'Отозвано заявителем.');
    this.#store?.save(record);
    return view(record);
  }

  result(owner: string, id: string): { fileName: string; mediaType: string; bytes: Uint8Array } {
    const record = this.#own(owner, id);
    if (!record.result) throw new CabinetError('no-result', 'Результат по заявлению ещё не готов.');
    return {
      fileName: record.result.fileName,
      mediaType: record.result.mediaType,
      bytes: resultPdf(record),
    };
  }

  /** Development and the simulator: moves any application to `status` now, as the department would. */
  setStatus(id: string, status: ApplicationStatus, comment?: string): Application {
    const record = this.#records.get(id);
    if (!record) throw new CabinetError('not-found', 'Заявление не найдено.');
    record.plan = record.plan.filter((next) => next !== status);
    this.#change(record, status, record.department.title, comment);
    this.#store?.save(record);
    return view(record);
  }

  /** The simulator's tick: every application with a plan moves one step along it. Returns how many moved. */
  advance(): number {
    let moved = 0;
    for (const record of this.#records.values()) {
      const status = current(record).status;
      // Final applications are done; ones waiting for the citizen's documents wait.
      if (APPLICATION_STATUSES[status].final || status === 'action-required') continue;
      const next = record.plan.shift();
      if (next === undefined) continue;
      this.#change(record, next, record.department.title, SIMULATED_COMMENTS[next]);
      this.#store?.save(record);
      moved += 1;
    }
    return moved;
  }

  /** Status changes of `owner`'s applications, as they happen. Returns the unsubscribe function. */
  subscribe(owner: string, listener: Listener): () => void {
    let set = this.#listeners.get(owner);
    if (!set) this.#listeners.set(owner, (set = new Set()));
    set.add(listener);
    return () => set.delete(listener);
  }

  #own(owner: string, id: string): ApplicationRecord {
    const record = this.#records.get(id);
    if (!record || record.owner !== owner) throw new CabinetError('not-found', 'Заявление не найдено.');
    return record;
  }

  #now(): string {
    return new Date(this.#clock.now()).toISOString();
  }

  #change(record: ApplicationRecord, status: ApplicationStatus, author: string, comment?: string): void {
    const at = this.#now();
    record.history.push({ status, at, author, ...(comment ? { comment } : {}) });
    if (status === 'action-required' && record.requiredDocuments.every((request) => request.fulfilled)) {
      record.requiredDocuments.push(incomeCertificateRequest(record, this.#clock.now()));
    }
    if (status === 'rejected') record.rejectionReason = comment ?? 'Не выполнены условия предоставления услуги.';
    if (status === 'issued') record.result = resultDocumentFor(record, at);
    const event: ApplicationStatusEvent = {
      applicationId: record.id,
      number: record.number,
      status,
      at,
      ...(comment ? { comment } : {}),
    };
    for (const listener of this.#listeners.get(record.owner) ?? []) listener(event);
  }
}

const FILE_MESSAGES: Record<FileProblem, (accepted: readonly string[], maxBytes: number) => string> = {
  empty: () => 'Файл пустой. Выберите файл с документом.',
  'too-large': (_accepted, maxBytes) =>
    `Файл больше ${Math.round(maxBytes / 1024 / 1024)} МБ. Уменьшите его или отсканируйте с меньшим разрешением.`,
  'unsupported-type': (accepted) =>
    `Этот файл не подходит: принимаются ${accepted.map((type) => TYPE_NAMES[type]).join(', ')}. Тип файла определяется по содержимому, а не по названию.`,
};

const TYPE_NAMES: Record<string, string> = { 'application/pdf': 'PDF', 'image/jpeg': 'JPEG', 'image/png': 'PNG' };

const SIMULATED_COMMENTS: Partial<Record<ApplicationStatus, string>> = {
  'in-review': 'Заявление принято к рассмотрению.',
  'action-required': 'Приложите справку о доходах членов семьи за последние 12 месяцев.',
  approved: 'Принято решение о назначении выплаты.',
  issued: 'Уведомление о назначении выплаты сформировано.',
};

export function incomeCertificateRequest(record: Pick<ApplicationRecord, 'id'>, now: number): RequiredDocument {
  return {
    id: `${record.id}-r1`,
    document: { code: 'income-certificate', title: 'Справка о доходах членов семьи' },
    description: 'За последние 12 месяцев, от работодателя или из налоговой (2-НДФЛ).',
    dueAt: new Date(now + 14 * 86_400_000).toISOString(),
    mediaTypes: ['application/pdf', 'image/jpeg', 'image/png'],
    maxBytes: MAX_UPLOAD_BYTES,
    fulfilled: false,
  };
}

/** The result of an issued application, as the application describes it. */
export function resultDocumentFor(
  record: Pick<ApplicationRecord, 'number' | 'service'>,
  issuedAt: string,
): ResultDocument {
  return {
    fileName: `${record.number}.pdf`,
    mediaType: 'application/pdf',
    size: resultPdf(record).byteLength,
    issuedAt,
  };
}

function resultPdf(record: Pick<ApplicationRecord, 'number' | 'service'>): Uint8Array {
  return simplePdf([
    'gos-elements mock cabinet',
    `Application ${record.number}`,
    `Service code: ${record.service.code}`,
    `Decision: issued`,
  ]);
}
