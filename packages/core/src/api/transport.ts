// What every cabinet client needs of the network beyond a JSON call: an event stream that comes back after drops,
// and an upload that reports its progress. Shared so each client does not write them again.
import { ApiError, errorFromResponse, networkError } from './problem.js';
import { EventStreamParser, type ServerSentEvent } from './sse.js';

export type EventStreamState = 'connecting' | 'live' | 'reconnecting';

export interface WatchOptions {
  readonly signal: AbortSignal;
  readonly onState?: (state: EventStreamState) => void;
}

/**
 * Follows a server-sent event stream opened by `open` (over `fetch`, so credentials go in headers, not the URL),
 * reconnecting after a drop — at the server's `retry:` pace, slower after each failure, at once when the browser
 * comes back online — until `signal` aborts.
 */
export function followEventStream(
  open: (signal: AbortSignal) => Promise<Response>,
  onEvent: (event: ServerSentEvent) => void,
  { signal, onState }: WatchOptions,
): void {
  let retryMs = 5_000;
  let failures = 0;
  const parser = new EventStreamParser((ms) => (retryMs = ms));
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
        const response = await open(signal);
        if (!response.body) throw new ApiError('unavailable', 'Поток событий недоступен.');
        onState?.('live');
        failures = 0;
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          for (const event of parser.push(value)) onEvent(event);
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

export interface ProgressUpload {
  readonly url: string;
  /** POST by default; PUT where the upload replaces a resource's one file (the résumé's). */
  readonly method?: 'POST' | 'PUT';
  readonly headers: Readonly<Record<string, string>>;
  readonly body: FormData;
  readonly signal?: AbortSignal | undefined;
  /** The share sent (0–1), where the browser reports upload progress. */
  readonly onProgress: (share: number) => void;
}

/** A multipart upload over XMLHttpRequest (fetch reports no upload progress); resolves with the JSON answer. */
export function uploadWithProgress({
  url,
  method = 'POST',
  headers,
  body,
  signal,
  onProgress,
}: ProgressUpload): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(method, url);
    for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
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
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(body);
  });
}

/** A request to the backend: a failure to reach it or a non-2xx answer becomes an {@link ApiError}. */
export async function request(url: string, init: RequestInit, fetcher: typeof fetch = fetch): Promise<Response> {
  let response: Response;
  try {
    response = await fetcher(url, init);
  } catch (error) {
    if (init.signal?.aborted) throw error;
    throw networkError(error);
  }
  if (!response.ok) throw await errorFromResponse(response);
  return response;
}

/**
 * The answer's JSON if it has the expected shape. The browser trusts the backend's shapes (the contract tests hold
 * it to them) but not blindly: a body that is not even the right kind of object — a proxy's HTML page, a captive
 * portal — is an error, not data.
 */
export async function readJson<T>(response: Response, shape: (value: unknown) => value is T): Promise<T> {
  const body: unknown = await response.json().catch(() => undefined);
  if (!shape(body)) throw new ApiError('unexpected-response', 'Сервис ответил в неожиданном формате.', 502);
  return body;
}
