import type {
  Favorite,
  FavoriteList,
  JobNotification,
  JobNotificationList,
  JobResponse,
  JobResponseList,
  MarkNotificationsRead,
  NewSavedSearch,
  NotificationKind,
  Resume,
  ResumeInput,
  SavedSearch,
  SavedSearchList,
  SavedSearchPatch,
} from '@gos-elements/contracts';
import type { ApiClientOptions, UploadOptions } from './applications.js';
import { ApiError } from './problem.js';
import { followEventStream, readJson, request, uploadWithProgress, type WatchOptions } from './transport.js';

/** Which notifications to list; nothing set lists the newest 50 of every kind. */
export interface NotificationQuery {
  /** Only those not marked read. */
  readonly unread?: boolean;
  readonly savedSearchId?: string;
  readonly kind?: readonly NotificationKind[];
  /** 1–100 (default 50). */
  readonly limit?: number;
}

/** A call that may be retried with the same `Idempotency-Key` and get the first answer again. */
export interface IdempotentCallOptions {
  readonly signal?: AbortSignal;
  /** Keep it for retries of the same request (a new one per new request); made up when absent. */
  readonly idempotencyKey?: string;
}

type Shape<T> = (value: unknown) => value is T;
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const hasItems = (value: unknown): value is Record<string, unknown> & { items: unknown[] } =>
  isObject(value) && Array.isArray(value['items']);

// As with the other clients: the contract test holds the server to its shapes; these only refuse what is not even
// the right kind of object (a proxy's HTML page), without zod in the browser.
const isFavorite: Shape<Favorite> = (value): value is Favorite =>
  isObject(value) && typeof value['vacancyId'] === 'string' && isObject(value['vacancy']);
const isFavoriteList: Shape<FavoriteList> = (value): value is FavoriteList =>
  hasItems(value) && typeof value['total'] === 'number';
const isResume: Shape<Resume> = (value): value is Resume =>
  isObject(value) && typeof value['desiredPosition'] === 'string' && Array.isArray(value['experience']);
const isResponse: Shape<JobResponse> = (value): value is JobResponse =>
  isObject(value) && typeof value['id'] === 'string' && Array.isArray(value['history']);
const isResponseList: Shape<JobResponseList> = (value): value is JobResponseList =>
  hasItems(value) && typeof value['total'] === 'number';
const isSavedSearch: Shape<SavedSearch> = (value): value is SavedSearch =>
  isObject(value) && typeof value['id'] === 'string' && isObject(value['query']);
const isSavedSearchList: Shape<SavedSearchList> = (value): value is SavedSearchList => hasItems(value);
const isNotification: Shape<JobNotification> = (value): value is JobNotification =>
  isObject(value) && typeof value['id'] === 'string' && typeof value['kind'] === 'string' && isObject(value['vacancy']);
const isNotificationList: Shape<JobNotificationList> = (value): value is JobNotificationList =>
  hasItems(value) && typeof value['unread'] === 'number';
const isUnread: Shape<{ unread: number }> = (value): value is { unread: number } =>
  isObject(value) && typeof value['unread'] === 'number';

const newKey = (): string => globalThis.crypto.randomUUID();
const JSON_HEADERS = { 'Content-Type': 'application/json' };

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** `?unread=true&kind=a,b&limit=20`: lists comma-separated, what filters nothing left out. */
export function notificationQuery(query: NotificationQuery): string {
  const params = new URLSearchParams();
  if (query.unread) params.set('unread', 'true');
  if (query.savedSearchId) params.set('savedSearchId', query.savedSearchId);
  if (query.kind && query.kind.length > 0) params.set('kind', query.kind.join(','));
  if (query.limit !== undefined) params.set('limit', String(query.limit));
  return params.size > 0 ? `?${params}` : '';
}

/**
 * The job seeker's side of «Работа России» for the SDK's elements: favourites, the résumé and its file, responses
 * to vacancies, saved searches and their notifications (also live, over the cabinet's event stream). Bearer token
 * from the session on every call, failures as {@link ApiError}, an `AbortSignal` on everything.
 */
export class JobSeekerClient {
  readonly #options: ApiClientOptions;

  constructor(options: ApiClientOptions) {
    this.#options = options;
  }

  // ── Favourites ──

  favorites(signal?: AbortSignal): Promise<FavoriteList> {
    return this.#json('/me/favorites', isFavoriteList, { signal });
  }

  /** Keeps a vacancy (again: keeps the first date); `vacancy-not-found`, `favorites-full`. */
  addFavorite(vacancyId: string, signal?: AbortSignal): Promise<Favorite> {
    return this.#json(`/me/favorites/${encodeURIComponent(vacancyId)}`, isFavorite, { method: 'PUT', signal });
  }

  async removeFavorite(vacancyId: string, signal?: AbortSignal): Promise<void> {
    await this.#fetch(`/me/favorites/${encodeURIComponent(vacancyId)}`, { method: 'DELETE', signal });
  }

  // ── Résumé ──

  /** The résumé, or null while none has been saved. */
  resume(signal?: AbortSignal): Promise<Resume | null> {
    return this.#json('/me/resume', (value): value is Resume | null => value === null || isResume(value), { signal });
  }

  saveResume(input: ResumeInput, signal?: AbortSignal): Promise<Resume> {
    return this.#json('/me/resume', isResume, {
      method: 'PUT',
      signal,
      headers: JSON_HEADERS,
      body: JSON.stringify(input),
    });
  }

  /** Attaches a PDF or DOCX (up to 2 MB, checked by content): `file-too-large`, `unsupported-media-type`. */
  async uploadResumeFile(file: File, options: UploadOptions = {}): Promise<Resume> {
    const form = new FormData();
    form.set('file', file, file.name);
    const key = options.idempotencyKey ?? newKey();
    if (options.onProgress && typeof XMLHttpRequest !== 'undefined') {
      const token = await this.#token('загрузить файл резюме');
      const body = await uploadWithProgress({
        url: `${this.#options.apiBase}/me/resume/file`,
        method: 'PUT',
        headers: { Authorization: `Bearer ${token}`, 'Idempotency-Key': key },
        body: form,
        signal: options.signal,
        onProgress: (share) => options.onProgress?.(share),
      });
      if (!isResume(body)) throw new ApiError('unexpected-response', 'Сервис ответил в неожиданном формате.', 502);
      return body;
    }
    return this.#json('/me/resume/file', isResume, {
      method: 'PUT',
      body: form,
      signal: options.signal,
      headers: { 'Idempotency-Key': key },
    });
  }

  /** The attached file, to save or show. */
  async resumeFile(signal?: AbortSignal): Promise<Blob> {
    return (await this.#fetch('/me/resume/file', { signal })).blob();
  }

  removeResumeFile(signal?: AbortSignal): Promise<Resume> {
    return this.#json('/me/resume/file', isResume, { method: 'DELETE', signal });
  }

  // ── Responses ──

  /** «Откликнуться»: `already-responded`, `resume-required`, `vacancy-not-found`. */
  respond(
    vacancyId: string,
    response: { readonly coverLetter: string },
    options: IdempotentCallOptions = {},
  ): Promise<JobResponse> {
    return this.#json(`/vacancies/${encodeURIComponent(vacancyId)}/responses`, isResponse, {
      method: 'POST',
      signal: options.signal,
      headers: { ...JSON_HEADERS, 'Idempotency-Key': options.idempotencyKey ?? newKey() },
      body: JSON.stringify({ coverLetter: response.coverLetter }),
    });
  }

  /** «Мои отклики», last changed first. */
  responses(signal?: AbortSignal): Promise<JobResponseList> {
    return this.#json('/me/responses', isResponseList, { signal });
  }

  /** `response-final` once the employer has answered. */
  withdrawResponse(id: string, signal?: AbortSignal): Promise<JobResponse> {
    return this.#json(`/me/responses/${encodeURIComponent(id)}/withdraw`, isResponse, { method: 'POST', signal });
  }

  // ── Saved searches ──

  savedSearches(signal?: AbortSignal): Promise<SavedSearchList> {
    return this.#json('/me/saved-searches', isSavedSearchList, { signal });
  }

  /** `saved-searches-full`, `channel-unavailable` (no e-mail or phone on the account). */
  createSavedSearch(input: NewSavedSearch, options: IdempotentCallOptions = {}): Promise<SavedSearch> {
    return this.#json('/me/saved-searches', isSavedSearch, {
      method: 'POST',
      signal: options.signal,
      headers: { ...JSON_HEADERS, 'Idempotency-Key': options.idempotencyKey ?? newKey() },
      body: JSON.stringify(input),
    });
  }

  updateSavedSearch(id: string, patch: SavedSearchPatch, signal?: AbortSignal): Promise<SavedSearch> {
    return this.#json(`/me/saved-searches/${encodeURIComponent(id)}`, isSavedSearch, {
      method: 'PATCH',
      signal,
      headers: JSON_HEADERS,
      body: JSON.stringify(patch),
    });
  }

  async deleteSavedSearch(id: string, signal?: AbortSignal): Promise<void> {
    await this.#fetch(`/me/saved-searches/${encodeURIComponent(id)}`, { method: 'DELETE', signal });
  }

  // ── Notifications ──

  notifications(query: NotificationQuery = {}, signal?: AbortSignal): Promise<JobNotificationList> {
    return this.#json(`/me/notifications${notificationQuery(query)}`, isNotificationList, { signal });
  }

  /** Marks the listed ones, or all of a saved search or a kind; `{}` marks all. Resolves with what is still unread. */
  markNotificationsRead(input: MarkNotificationsRead = {}, signal?: AbortSignal): Promise<{ unread: number }> {
    return this.#json('/me/notifications/read', isUnread, {
      method: 'POST',
      signal,
      headers: JSON_HEADERS,
      body: JSON.stringify(input),
    });
  }

  /**
   * New matches and changes of responses as they happen: `event: notification` on the cabinet's event stream
   * (the stream also carries the applications' `status` events, which are left to ApplicationsClient.watch).
   * Reconnects after drops until `options.signal` aborts.
   */
  watchNotifications(onNotification: (notification: JobNotification) => void, options: WatchOptions): void {
    followEventStream(
      (signal) => this.#fetch('/applications/events', { signal, headers: { Accept: 'text/event-stream' } }),
      (event) => {
        if (event.event !== 'notification') return;
        const data = parseJson(event.data);
        if (isNotification(data)) onNotification(data);
      },
      options,
    );
  }

  async #token(purpose: string): Promise<string> {
    const token = await this.#options.accessToken();
    if (!token) throw new ApiError('unauthorized', `Войдите, чтобы ${purpose}.`, 401);
    return token;
  }

  async #fetch(path: string, init: RequestInit): Promise<Response> {
    const token = await this.#token('продолжить');
    const headers = new Headers(init.headers);
    headers.set('Authorization', `Bearer ${token}`);
    return request(`${this.#options.apiBase}${path}`, { ...init, headers }, this.#options.fetch);
  }

  async #json<T>(path: string, shape: Shape<T>, init: RequestInit): Promise<T> {
    return readJson(await this.#fetch(path, init), shape);
  }
}
