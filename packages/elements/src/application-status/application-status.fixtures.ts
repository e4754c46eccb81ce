// Applications for tests and stories, and a stand-in API over them (in memory, no network).
import {
  isFinalStatus,
  type Application,
  type ApplicationList,
  type ApplicationStatus,
  type ApplicationStatusEvent,
} from '@gos-elements/contracts';
import type { ApplicationListFilters } from '@gos-elements/core';
import type { ApplicationsApi } from './application-status.js';

const at = (day: number) => `2026-11-${String(day).padStart(2, '0')}T09:00:00Z`;

export function application(number: string, status: ApplicationStatus, extra: Partial<Application> = {}): Application {
  return {
    id: `app-${number}`,
    number,
    service: { code: 'edv', title: 'Ежемесячная денежная выплата отдельным категориям граждан' },
    department: { code: 'szn', title: 'Министерство социальной защиты населения Энской области' },
    submittedAt: at(2),
    status,
    statusChangedAt: at(10),
    history: [
      { status: 'accepted', at: at(2), author: 'Заявитель' },
      ...(status === 'accepted'
        ? []
        : [
            {
              status,
              at: at(10),
              author: 'Министерство социальной защиты населения Энской области',
              comment: 'Комментарий ведомства.',
            },
          ]),
    ],
    requiredDocuments:
      status === 'action-required'
        ? [
            {
              id: `req-${number}`,
              document: { code: 'income-certificate', title: 'Справка о доходах членов семьи' },
              dueAt: at(24),
              mediaTypes: ['application/pdf', 'image/jpeg', 'image/png'],
              maxBytes: 5 * 1024 * 1024,
              fulfilled: false,
            },
          ]
        : [],
    documents: [],
    ...(status === 'issued'
      ? { result: { fileName: `${number}.pdf`, mediaType: 'application/pdf', size: 512, issuedAt: at(10) } }
      : {}),
    ...(status === 'rejected' ? { rejectionReason: 'Доход семьи превышает установленный порог.' } : {}),
    cancellable: !isFinalStatus(status) && status !== 'approved',
    ...extra,
  };
}

export const SAMPLE: readonly Application[] = [
  application('2026-000101', 'action-required'),
  application('2026-000102', 'in-review'),
  application('2026-000103', 'accepted'),
  application('2026-000104', 'approved'),
  application('2026-000105', 'issued'),
  application('2026-000106', 'rejected'),
  application('2026-000107', 'cancelled'),
  application('2026-000108', 'draft'),
];

/** An in-memory API with the given applications; `fail` makes every call fail; `emit` plays a status change. */
export class FakeApplicationsApi implements ApplicationsApi {
  readonly calls: string[] = [];
  fail?: Error;
  pending = false;
  readonly #items: Application[];
  #listener?: (event: ApplicationStatusEvent) => void;

  constructor(items: readonly Application[] = SAMPLE) {
    this.#items = items.map((item) => structuredClone(item));
  }

  #answer<T>(value: () => T): Promise<T> {
    if (this.pending) return new Promise(() => undefined);
    return this.fail ? Promise.reject(this.fail) : Promise.resolve(value());
  }

  list(filters: ApplicationListFilters = {}): Promise<ApplicationList> {
    this.calls.push(`list ${filters.status?.join(',') ?? ''} ${filters.page ?? 1}`);
    return this.#answer(() => {
      const matching = this.#items.filter((item) => !filters.status || filters.status.includes(item.status));
      const pageSize = filters.pageSize ?? 10;
      const page = filters.page ?? 1;
      return { items: matching.slice((page - 1) * pageSize, page * pageSize), page, pageSize, total: matching.length };
    });
  }

  get(id: string): Promise<Application> {
    this.calls.push(`get ${id}`);
    return this.#answer(() => {
      const found = this.#items.find((item) => item.id === id);
      if (!found) throw new Error('not found');
      return structuredClone(found);
    });
  }

  watch(onEvent: (event: ApplicationStatusEvent) => void): void {
    this.#listener = onEvent;
  }

  result(): Promise<Blob> {
    this.calls.push('result');
    return this.#answer(() => new Blob(['%PDF-1.4'], { type: 'application/pdf' }));
  }

  cancel(id: string): Promise<Application> {
    this.calls.push(`cancel ${id}`);
    return this.#answer(() => this.#set(id, 'cancelled'));
  }

  upload(
    id: string,
    requestId: string,
    file: File,
    options: { onProgress?: (share: number) => void } = {},
  ): Promise<Application> {
    this.calls.push(`upload ${id} ${requestId} ${file.name}`);
    options.onProgress?.(0.5);
    return this.#answer(() => this.#set(id, 'in-review'));
  }

  /** Changes a status and tells the element, as the event stream would. */
  emit(id: string, status: ApplicationStatus): void {
    const changed = this.#set(id, status);
    this.#listener?.({ applicationId: id, number: changed.number, status, at: at(20) });
  }

  #set(id: string, status: ApplicationStatus): Application {
    const item = this.#items.find((candidate) => candidate.id === id);
    if (!item) throw new Error(`no application ${id}`);
    item.status = status;
    item.history.push({ status, at: at(20), author: 'Заявитель' });
    item.requiredDocuments = item.requiredDocuments.map((request) => ({ ...request, fulfilled: true }));
    item.cancellable = !isFinalStatus(status);
    return structuredClone(item);
  }
}
