import type {
  Application,
  ApplicationList,
  ApplicationListQuery,
  ApplicationStatus,
  ApplicationStatusEvent,
} from '@gos-elements/contracts';
import { ApiError } from './problem.js';
import { followEventStream, readJson, request, uploadWithProgress, type WatchOptions } from './transport.js';

export interface ApiClientOptions {
  /** Base URL of the cabinet API, e.g. `https://api.example.ru/api/v1` (no trailing slash). */
  readonly apiBase: string;
  /** The access token to send, renewed if need be; undefined when nobody is signed in. */
  readonly accessToken: () => Promise<string | undefined>;
  readonly fetch?: typeof fetch;
}

/** List filters as a page sets them: every field optional, statuses as a list. */
export interface ApplicationListFilters {
  readonly status?: readonly ApplicationStatus[];
  readonly service?: string;
  /** Submitted on or after, `YYYY-MM-DD`. */
  readonly from?: string;
  /** Submitted on or before, `YYYY-MM-DD`. */
  readonly to?: string;
  readonly sort?: ApplicationListQuery['sort'];
  readonly page?: number;
  readonly pageSize?: number;
}

export interface UploadOptions {
  readonly signal?: AbortSignal;
  /** Called as the file goes up, with the share sent (0–1); only where the browser reports upload progress. */
  readonly onProgress?: (share: number) => void;
  /** Sent as `Idempotency-Key`: keep it for retries of the same upload (a new one per new upload). */
  readonly idempotencyKey?: string;
}

const newKey = (): string => globalThis.crypto.randomUUID();

type Shape<T> = (value: unknown) => value is T;
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

// The browser trusts the cabinet's shapes (the contract test holds the server to them) but not blindly: a body
// that is not even the right kind of object — a proxy's HTML, a captive portal — is an error, not data.
// Zod schemas stay on the server: in the SDK they would cost more than the element itself.
const isApplication: Shape<Application> = (value): value is Application =>
  isObject(value) && typeof value['id'] === 'string' && Array.isArray(value['history']);
const isApplicationList: Shape<ApplicationList> = (value): value is ApplicationList =>
  isObject(value) && Array.isArray(value['items']) && typeof value['total'] === 'number';
const isStatusEvent: Shape<ApplicationStatusEvent> = (value): value is ApplicationStatusEvent =>
  isObject(value) && typeof value['applicationId'] === 'string' && typeof value['status'] === 'string';

function unexpected(): ApiError {
  return new ApiError('unexpected-response', 'Сервис ответил в неожиданном формате.', 502);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * The citizen cabinet's applications API for the SDK's elements: bearer token from the session on every call,
 * failures as {@link ApiError}, an `AbortSignal` on everything.
 */
export class ApplicationsClient {
  readonly #options: ApiClientOptions;

  constructor(options: ApiClientOptions) {
    this.#options = options;
  }

  list(filters: ApplicationListFilters = {}, signal?: AbortSignal): Promise<ApplicationList> {
    const query = new URLSearchParams();
    for (const [name, value] of Object.entries(filters)) {
      if (value === undefined) continue;
      query.set(name, Array.isArray(value) ? value.join(',') : String(value));
    }
    const suffix = query.size > 0 ? `?${query}` : '';
    return this.#json(`/applications${suffix}`, isApplicationList, { signal });
  }

  get(id: string, signal?: AbortSignal): Promise<Application> {
    return this.#json(`/applications/${encodeURIComponent(id)}`, isApplication, { signal });
  }

  cancel(id: string, reason?: string, options: { signal?: AbortSignal; idempotencyKey?: string } = {}) {
    return this.#json(`/applications/${encodeURIComponent(id)}/cancel`, isApplication, {
      method: 'POST',
      signal: options.signal,
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': options.idempotencyKey ?? newKey() },
      body: JSON.stringify(reason ? { reason } : {}),
    });
  }

  /** The result document as a file to save. */
  async result(id: string, signal?: AbortSignal): Promise<Blob> {
    const response = await this.#fetch(`/applications/${encodeURIComponent(id)}/result`, { signal });
    return response.blob();
  }

  async upload(id: string, requestId: string, file: File, options: UploadOptions = {}): Promise<Application> {
    const form = new FormData();
    form.set('requestId', requestId);
    form.set('file', file, file.name);
    const path = `/applications/${encodeURIComponent(id)}/documents`;
    const key = options.idempotencyKey ?? newKey();
    if (options.onProgress && typeof XMLHttpRequest !== 'undefined') {
      const body = await this.#xhrUpload(path, form, key, options);
      if (!isApplication(body)) throw unexpected();
      return body;
    }
    return this.#json(path, isApplication, {
      method: 'POST',
      body: form,
      signal: options.signal,
      headers: { 'Idempotency-Key': key },
    });
  }

  /** Status changes as they happen (server-sent events), reconnecting after drops until `signal` aborts. */
  watch(onEvent: (event: ApplicationStatusEvent) => void, options: WatchOptions): void {
    followEventStream(
      (signal) => this.#fetch('/applications/events', { signal, headers: { Accept: 'text/event-stream' } }),
      (event) => {
        if (event.event !== 'status') return;
        const data = parseJson(event.data);
        if (isStatusEvent(data)) onEvent(data);
      },
      options,
    );
  }

  async #fetch(path: string, init: RequestInit): Promise<Response> {
    const token = await this.#options.accessToken();
    if (!token) throw new ApiError('unauthorized', 'Войдите, чтобы увидеть свои заявления.', 401);
    const headers = new Headers(init.headers);
    headers.set('Authorization', `Bearer ${token}`);
    return request(`${this.#options.apiBase}${path}`, { ...init, headers }, this.#options.fetch);
  }

  async #json<T>(path: string, shape: Shape<T>, init: RequestInit): Promise<T> {
    return readJson(await this.#fetch(path, init), shape);
  }

  async #xhrUpload(path: string, form: FormData, key: string, options: UploadOptions): Promise<unknown> {
    const token = await this.#options.accessToken();
    if (!token) throw new ApiError('unauthorized', 'Войдите, чтобы загрузить документ.', 401);
    return uploadWithProgress({
      url: `${this.#options.apiBase}${path}`,
      headers: { Authorization: `Bearer ${token}`, 'Idempotency-Key': key },
      body: form,
      signal: options.signal,
      onProgress: (share) => options.onProgress?.(share),
    });
  }
}
