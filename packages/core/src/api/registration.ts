import type {
  ClarificationInput,
  ConsentDocument,
  ContactChannel,
  InnLookup,
  PersonalDataInput,
  Registration,
  RegistrationDocumentSlot,
  StartedRegistration,
} from '@gos-elements/contracts';
import { ApiError } from './problem.js';
import { followEventStream, readJson, request, uploadWithProgress, type WatchOptions } from './transport.js';

export interface RegistrationClientOptions {
  /** Base URL of the backend's API, e.g. `https://api.example.ru/api/v1` (no trailing slash). */
  readonly apiBase: string;
  /** The resume token of the registration in progress; undefined before it starts. */
  readonly token: () => string | undefined;
  readonly fetch?: typeof fetch;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
// As with the applications: the contract test holds the server to its shapes; this only refuses what is not even
// the right kind of object (a proxy's HTML page), without zod in the browser.
const isRegistration = (value: unknown): value is Registration =>
  isObject(value) && typeof value['state'] === 'string' && isObject(value['contacts']);
const isStarted = (value: unknown): value is StartedRegistration =>
  isObject(value) && typeof value['token'] === 'string' && isRegistration(value['registration']);
const isInn = (value: unknown): value is { inn: string } => isObject(value) && typeof value['inn'] === 'string';
const isConsent = (value: unknown): value is ConsentDocument =>
  isObject(value) && typeof value['version'] === 'string' && Array.isArray(value['text']);

const newKey = (): string => globalThis.crypto.randomUUID();

/** Registration of an account, step by step, for `<gos-registration-wizard>`; failures as {@link ApiError}. */
export class RegistrationClient {
  readonly #options: RegistrationClientOptions;

  constructor(options: RegistrationClientOptions) {
    this.#options = options;
  }

  consentDocument(signal?: AbortSignal): Promise<ConsentDocument> {
    return this.#json('/registrations/consent', isConsent, { signal }, false);
  }

  start(contacts: { phone: string; email?: string }, idempotencyKey = newKey()): Promise<StartedRegistration> {
    return this.#json(
      '/registrations',
      isStarted,
      { method: 'POST', body: JSON.stringify(contacts), headers: { 'Idempotency-Key': idempotencyKey } },
      false,
    );
  }

  get(signal?: AbortSignal): Promise<Registration> {
    return this.#json('/registrations/current', isRegistration, { signal });
  }

  async discard(): Promise<void> {
    await this.#fetch('/registrations/current', { method: 'DELETE' });
  }

  confirmContact(channel: ContactChannel, code: string): Promise<Registration> {
    return this.#send('POST', `/contacts/${channel}/confirm`, { code });
  }

  resendCode(channel: ContactChannel): Promise<Registration> {
    return this.#send('POST', `/contacts/${channel}/code`);
  }

  setPersonalData(data: PersonalDataInput): Promise<Registration> {
    return this.#send('PUT', '/personal-data', data);
  }

  lookupInn(query: InnLookup): Promise<{ inn: string }> {
    return this.#json('/registrations/current/inn', isInn, { method: 'POST', body: JSON.stringify(query) });
  }

  /** A scan for a slot; keep `idempotencyKey` for a retry of the same file. */
  async upload(
    slot: RegistrationDocumentSlot,
    file: File,
    options: { idempotencyKey?: string; onProgress?: (share: number) => void; signal?: AbortSignal } = {},
  ): Promise<Registration> {
    const form = new FormData();
    form.set('slot', slot);
    form.set('file', file, file.name);
    const key = options.idempotencyKey ?? newKey();
    const path = '/registrations/current/documents';
    if (options.onProgress && typeof XMLHttpRequest !== 'undefined') {
      const body = await uploadWithProgress({
        url: `${this.#options.apiBase}${path}`,
        headers: { ...this.#tokenHeader(), 'Idempotency-Key': key },
        body: form,
        signal: options.signal,
        onProgress: options.onProgress,
      });
      if (!isRegistration(body)) throw unexpected();
      return body;
    }
    return this.#json(path, isRegistration, {
      method: 'POST',
      body: form,
      signal: options.signal,
      headers: { 'Idempotency-Key': key },
    });
  }

  startChecks(): Promise<Registration> {
    return this.#send('POST', '/checks');
  }

  clarify(answer: ClarificationInput): Promise<Registration> {
    return this.#send('POST', '/clarifications', answer);
  }

  setPassword(password: string): Promise<Registration> {
    return this.#send('PUT', '/password', { password });
  }

  consent(version: string): Promise<Registration> {
    return this.#send('PUT', '/consent', { version, accepted: true });
  }

  complete(level: 'simplified' | 'standard'): Promise<Registration> {
    return this.#send('POST', '/complete', { level });
  }

  /** The registration each time it changes (the registries answering), until `signal` aborts. */
  watch(onChange: (registration: Registration) => void, options: WatchOptions): void {
    followEventStream(
      (signal) => this.#fetch('/registrations/current/events', { signal, headers: { Accept: 'text/event-stream' } }),
      (event) => {
        if (event.event !== 'registration') return;
        let data: unknown;
        try {
          data = JSON.parse(event.data);
        } catch {
          return;
        }
        if (isRegistration(data)) onChange(data);
      },
      options,
    );
  }

  #send(method: 'POST' | 'PUT', path: string, body?: unknown): Promise<Registration> {
    return this.#json(`/registrations/current${path}`, isRegistration, {
      method,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  }

  #tokenHeader(): Record<string, string> {
    const token = this.#options.token();
    if (!token) throw new ApiError('not-found', 'Регистрация ещё не начата.', 404);
    return { 'Registration-Token': token };
  }

  #fetch(path: string, init: RequestInit, withToken = true): Promise<Response> {
    const headers = new Headers(init.headers);
    if (withToken) for (const [name, value] of Object.entries(this.#tokenHeader())) headers.set(name, value);
    if (typeof init.body === 'string') headers.set('Content-Type', 'application/json');
    return request(`${this.#options.apiBase}${path}`, { ...init, headers }, this.#options.fetch);
  }

  async #json<T>(path: string, shape: (value: unknown) => value is T, init: RequestInit, withToken = true): Promise<T> {
    return readJson(await this.#fetch(path, init, withToken), shape);
  }
}

function unexpected(): ApiError {
  return new ApiError('unexpected-response', 'Сервис ответил в неожиданном формате.', 502);
}
