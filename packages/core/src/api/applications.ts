import type {
  Application,
  ApplicationList,
  ApplicationListQuery,
  ApplicationStatus,
  ApplicationStatusEvent,
} from '@gos-elements/contracts';
import { ApiError, errorFromResponse, networkError } from './problem.js';
import { EventStreamParser } from './sse.js';

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

export type EventStreamState = 'connecting' | 'live' | 'reconnecting';

export interface WatchOptions {
  readonly signal: AbortSignal;
  readonly onState?: (state: EventStreamState) => void;
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

  /**
   * Status changes as they happen (server-sent events over `fetch`, so the token goes in a header, not the URL).
   * Reconnects after a drop — at the server's `retry:` pace, slower after each failure, at once when the browser
   * comes back online — until `signal` aborts.
   */
  watch(onEvent: (event: ApplicationStatusEvent) => void, { signal, onState }: WatchOptions): void {
    let retryMs = 5_000;
    let failures = 0;
    const parser = new EventStreamParser((ms) => (retryMs = ms));
    // Waits before the next attempt; the connection coming back (the browser's `online`) ends the wait at once.
    const wait = (ms: number) =>
      new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          globalThis.removeEventListener?.('online', done);
          resolve();
        };
        const timer = setTimeout(done, ms);
        globalThis.addEventListener?.('online', done, { once: true });
        signal.addEventListener('abort', done, { once: true });
      });

    const run = async (): Promise<void> => {
      while (!signal.aborted) {
        onState?.(failures === 0 ? 'connecting' : 'reconnecting');
        try {
          const response = await this.#fetch('/applications/events', {
            signal,
            headers: { Accept: 'text/event-stream' },
          });
          if (!response.body) throw new ApiError('unavailable', 'Поток событий недоступен.');
          onState?.('live');
          failures = 0;
          const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
          for (;;) {
            const { value, done } = await reader.read();
            if (done) break;
            for (const event of parser.push(value)) {
              if (event.event !== 'status') continue;
              const data = parseJson(event.data);
              if (isStatusEvent(data)) onEvent(data);
            }
          }
        } catch {
          // Dropped, refused or unreachable: try again below, more slowly after each failure in a row.
          if (signal.aborted) return;
          failures += 1;
        }
        if (signal.aborted) return;
        onState?.('reconnecting');
        await wait(Math.min(retryMs * 2 ** Math.max(0, failures - 1), 60_000));
      }
    };
    void run();
  }

  async #fetch(path: string, init: RequestInit): Promise<Response> {
    const token = await this.#options.accessToken();
    if (!token) throw new ApiError('unauthorized', 'Войдите, чтобы увидеть свои заявления.', 401);
    const headers = new Headers(init.headers);
    headers.set('Authorization', `Bearer ${token}`);
    let response: Response;
    try {
      response = await (this.#options.fetch ?? fetch)(`${this.#options.apiBase}${path}`, { ...init, headers });
    } catch (error) {
      if (init.signal?.aborted) throw error;
      throw networkError(error);
    }
    if (!response.ok) throw await errorFromResponse(response);
    return response;
  }

  async #json<T>(path: string, shape: Shape<T>, init: RequestInit): Promise<T> {
    const response = await this.#fetch(path, init);
    const body: unknown = await response.json().catch(() => undefined);
    if (!shape(body)) throw unexpected();
    return body;
  }

  async #xhrUpload(path: string, form: FormData, key: string, options: UploadOptions): Promise<unknown> {
    const token = await this.#options.accessToken();
    if (!token) throw new ApiError('unauthorized', 'Войдите, чтобы загрузить документ.', 401);
    return new Promise((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open('POST', `${this.#options.apiBase}${path}`);
      xhr.setRequestHeader('Authorization', `Bearer ${token}`);
      xhr.setRequestHeader('Idempotency-Key', key);
      xhr.upload.onprogress = (event) => {
        if (event.lengthComputable) options.onProgress?.(event.loaded / event.total);
      };
      xhr.onload = () => {
        const response = new Response(xhr.responseText, {
          status: xhr.status,
          headers: { 'Content-Type': xhr.getResponseHeader('content-type') ?? '' },
        });
        if (response.ok) resolve(response.json());
        else void errorFromResponse(response).then(reject);
      };
      xhr.onerror = () => reject(networkError(new Error('upload failed')));
      xhr.onabort = () => reject(new DOMException('Upload aborted', 'AbortError'));
      options.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
      xhr.send(form);
    });
  }
}
