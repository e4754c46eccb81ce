import type {
  ExportFormat,
  PaymentCategory,
  PaymentClarification,
  PaymentDetail,
  PaymentKindCode,
  PaymentPage,
  PaymentStatus,
  PaymentSummary,
  UpcomingPayments,
} from '@gos-elements/contracts';
import type { ApiClientOptions } from './applications.js';
import { ApiError } from './problem.js';
import { readJson, request } from './transport.js';

/** What a page filters payments by; every field optional. */
export interface PaymentFilterParams {
  /** Operation date on or after, `YYYY-MM-DD`. */
  readonly from?: string;
  /** Operation date on or before, `YYYY-MM-DD`. */
  readonly to?: string;
  readonly kinds?: readonly PaymentKindCode[];
  readonly categories?: readonly PaymentCategory[];
  readonly statuses?: readonly PaymentStatus[];
  /** Only payments for this child (`Beneficiary.id`). */
  readonly beneficiary?: string;
}

export interface PaymentOrderParams {
  readonly sort?: 'date' | 'amount';
  readonly order?: 'asc' | 'desc';
}

export interface PaymentListParams extends PaymentFilterParams, PaymentOrderParams {
  readonly page?: number;
  readonly pageSize?: number;
}

export interface ClarificationOptions {
  readonly signal?: AbortSignal;
  /** Sent as `Idempotency-Key`: keep it for retries of the same request (a new one per new request). */
  readonly idempotencyKey?: string;
}

export interface ExportOptions {
  readonly signal?: AbortSignal;
  /**
   * Called as the file arrives, with the bytes received and the size when the server knows it (a streamed export
   * usually does not: show the bytes, not a percentage).
   */
  readonly onProgress?: (received: number, total: number | undefined) => void;
}

export interface ExportedFile {
  readonly blob: Blob;
  /** The server's name for it (`Выписка о выплатах 24.11.2026.csv`), for the download link's `download`. */
  readonly fileName: string;
}

type Shape<T> = (value: unknown) => value is T;
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

// As with the applications: the contract test holds the server to its shapes; these only refuse what is not even the
// right kind of object (a proxy's HTML page), without zod in the browser.
const isPage: Shape<PaymentPage> = (value): value is PaymentPage =>
  isObject(value) && Array.isArray(value['items']) && isObject(value['totals']);
const isSummary: Shape<PaymentSummary> = (value): value is PaymentSummary =>
  isObject(value) && isObject(value['current']) && isObject(value['previous']);
const isUpcoming: Shape<UpcomingPayments> = (value): value is UpcomingPayments =>
  isObject(value) && Array.isArray(value['items']);
const isDetail: Shape<PaymentDetail> = (value): value is PaymentDetail =>
  isObject(value) && typeof value['id'] === 'string' && isObject(value['amount']);
const isClarification: Shape<PaymentClarification> = (value): value is PaymentClarification =>
  isObject(value) && isObject(value['application']);

const newKey = (): string => globalThis.crypto.randomUUID();

/** Lists go comma-separated, one parameter each (`kinds=edv,housing-compensation`), as the API reads them. */
export function paymentQuery(params: object): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    query.set(name, Array.isArray(value) ? value.join(',') : String(value));
  }
  return query.size > 0 ? `?${query}` : '';
}

/** The file name of a `Content-Disposition`: the RFC 5987 `filename*` (Russian) first, else the plain one. */
export function dispositionFileName(header: string | null, fallback: string): string {
  if (!header) return fallback;
  const extended = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header)?.[1];
  if (extended) {
    try {
      return decodeURIComponent(extended.trim());
    } catch {
      // A malformed escape: the plain name below is still usable.
    }
  }
  return /filename\s*=\s*"([^"]*)"/i.exec(header)?.[1] ?? fallback;
}

/**
 * The citizen cabinet's payments API for `<gos-benefits-history>`: bearer token from the session on every call,
 * failures as {@link ApiError} (`account-level-too-low` for a simplified account, with the server's explanation),
 * an `AbortSignal` on everything.
 */
export class PaymentsClient {
  readonly #options: ApiClientOptions;

  constructor(options: ApiClientOptions) {
    this.#options = options;
  }

  list(params: PaymentListParams = {}, signal?: AbortSignal): Promise<PaymentPage> {
    return this.#json(`/payments${paymentQuery(params)}`, isPage, { signal });
  }

  /** Sums by month and kind for the period and for the same dates a year (or more) earlier. Default: paid only. */
  summary(params: PaymentFilterParams = {}, signal?: AbortSignal): Promise<PaymentSummary> {
    return this.#json(`/payments/summary${paymentQuery(params)}`, isSummary, { signal });
  }

  upcoming(signal?: AbortSignal): Promise<UpcomingPayments> {
    return this.#json('/payments/upcoming', isUpcoming, { signal });
  }

  get(id: string, signal?: AbortSignal): Promise<PaymentDetail> {
    return this.#json(`/payments/${encodeURIComponent(id)}`, isDetail, { signal });
  }

  /** «Запросить разъяснение»: the appeal is filed in «Мои заявления»; retry with the same key to be safe. */
  requestClarification(id: string, text: string, options: ClarificationOptions = {}): Promise<PaymentClarification> {
    return this.#json(`/payments/${encodeURIComponent(id)}/clarification`, isClarification, {
      method: 'POST',
      signal: options.signal,
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': options.idempotencyKey ?? newKey() },
      body: JSON.stringify({ text }),
    });
  }

  /**
   * Where the export is: it needs the bearer token, so a plain link cannot open it — use {@link export}, which
   * downloads it with the token and reports progress.
   */
  exportUrl(format: ExportFormat, params: PaymentFilterParams & PaymentOrderParams = {}): string {
    return `${this.#options.apiBase}/payments/export${paymentQuery({ format, ...params })}`;
  }

  /** Downloads the filtered payments as CSV or PDF, reporting the bytes as they arrive. */
  async export(
    format: ExportFormat,
    params: PaymentFilterParams & PaymentOrderParams = {},
    options: ExportOptions = {},
  ): Promise<ExportedFile> {
    const response = await this.#fetch(this.exportUrl(format, params).slice(this.#options.apiBase.length), {
      signal: options.signal,
    });
    const fileName = dispositionFileName(response.headers.get('content-disposition'), `payments.${format}`);
    const length = Number(response.headers.get('content-length'));
    const total = Number.isFinite(length) && length > 0 ? length : undefined;
    const type = response.headers.get('content-type') ?? '';
    if (!options.onProgress || !response.body) return { blob: await response.blob(), fileName };
    const parts: Uint8Array[] = [];
    let received = 0;
    const reader = response.body.getReader();
    options.onProgress(0, total);
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      parts.push(value);
      received += value.byteLength;
      options.onProgress(received, total);
    }
    return { blob: new Blob(parts as BlobPart[], { type }), fileName };
  }

  async #fetch(path: string, init: RequestInit): Promise<Response> {
    const token = await this.#options.accessToken();
    if (!token) throw new ApiError('unauthorized', 'Войдите, чтобы увидеть свои выплаты.', 401);
    const headers = new Headers(init.headers);
    headers.set('Authorization', `Bearer ${token}`);
    return request(`${this.#options.apiBase}${path}`, { ...init, headers }, this.#options.fetch);
  }

  async #json<T>(path: string, shape: Shape<T>, init: RequestInit): Promise<T> {
    return readJson(await this.#fetch(path, init), shape);
  }
}
