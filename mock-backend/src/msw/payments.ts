// MSW handlers for the payments API: the same PaymentsApi as the Express routes, behind `fetch` interception, for
// Storybook, component tests and the contract test. No Node APIs: they run in the browser as well as under msw/node.
import {
  exportPaymentsEndpoint,
  getPaymentEndpoint,
  listPaymentsEndpoint,
  paymentSummaryEndpoint,
  PROBLEM_CONTENT_TYPE,
  problemTypeUri,
  requestPaymentClarificationEndpoint,
  upcomingPaymentsEndpoint,
  type ProblemDetails,
} from '@gos-elements/contracts';
import { http, HttpResponse, type HttpHandler } from 'msw';
import { unauthorizedProblem, type StoredAnswer } from '../cabinet/index.js';
import { csvChunks } from '../export/csv.js';
import type { ExportTable } from '../export/table.js';
import { toReadableStream } from '../export/web-stream.js';
import type { PaymentsApi, Viewer } from '../payments/index.js';

/** A viewer as the handlers know one: the account, its level, and the name printed on statements. */
export interface MockViewer extends Viewer {
  readonly name?: string;
}

export interface PaymentHandlerOptions {
  /** Origin the API is served from, e.g. `https://cabinet.example.test` (no trailing slash). */
  readonly baseUrl: string;
  /** The citizen (and account level) a bearer token stands for; undefined for an unknown token. */
  readonly viewerOf: (token: string) => MockViewer | undefined;
  /**
   * Writes the PDF statement (the backend's writer is Node-only): tests under msw/node pass it; in a browser there
   * is none and a PDF export answers 501 `export-unavailable`.
   */
  readonly pdf?: (table: ExportTable, options: { generatedAt: Date }) => ReadableStream<Uint8Array>;
  /** The time printed on a PDF statement. */
  readonly now?: () => number;
}

/** `/api/v1/payments/{id}` → `/api/v1/payments/:id`. */
const route = (path: string) => path.replace(/\{(\w+)\}/g, ':$1');

function json(answer: StoredAnswer & { replayed?: boolean }): HttpResponse<string> {
  const headers: Record<string, string> = {
    'Content-Type': answer.status >= 400 ? PROBLEM_CONTENT_TYPE : 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  };
  if (answer.replayed) headers['Idempotent-Replayed'] = 'true';
  return new HttpResponse(JSON.stringify(answer.body), { status: answer.status, headers });
}

const BEARER = /^Bearer ([A-Za-z0-9._~+/-]+=*)$/;

export function paymentHandlers(api: PaymentsApi, options: PaymentHandlerOptions): HttpHandler[] {
  const url = (path: string) => `${options.baseUrl}${route(path)}`;
  const instance = (request: Request) => new URL(request.url).pathname;
  const query = (request: Request) => new URL(request.url).searchParams;
  const idOf = (params: Record<string, unknown>) => String(params['id']);

  /** The viewer, or the 401 answer (the same body and challenge as the Express routes). */
  const authenticate = (request: Request): MockViewer | HttpResponse<string> => {
    const token = BEARER.exec(request.headers.get('authorization') ?? '')?.[1];
    const viewer = token === undefined ? undefined : options.viewerOf(token);
    if (viewer !== undefined) return viewer;
    const { problem, challenge } = unauthorizedProblem(token === undefined ? 'missing' : 'invalid', instance(request));
    return new HttpResponse(JSON.stringify(problem), {
      status: 401,
      headers: { 'Content-Type': PROBLEM_CONTENT_TYPE, 'WWW-Authenticate': challenge, 'Cache-Control': 'no-store' },
    });
  };

  return [
    http.get(url(listPaymentsEndpoint.path), ({ request }) => {
      const viewer = authenticate(request);
      if (viewer instanceof Response) return viewer;
      return json(api.list(viewer, query(request), instance(request)));
    }),

    http.get(url(paymentSummaryEndpoint.path), ({ request }) => {
      const viewer = authenticate(request);
      if (viewer instanceof Response) return viewer;
      return json(api.summary(viewer, query(request), instance(request)));
    }),

    http.get(url(upcomingPaymentsEndpoint.path), ({ request }) => {
      const viewer = authenticate(request);
      if (viewer instanceof Response) return viewer;
      return json(api.upcoming(viewer, instance(request)));
    }),

    http.get(url(exportPaymentsEndpoint.path), ({ request }) => {
      const viewer = authenticate(request);
      if (viewer instanceof Response) return viewer;
      const prepared = api.export(viewer, query(request), viewer.name ?? '', instance(request));
      if (!('table' in prepared)) return json(prepared);
      if (prepared.format === 'pdf' && !options.pdf) return json(pdfUnavailable(instance(request)));
      const body =
        prepared.format === 'csv'
          ? toReadableStream(csvChunks(prepared.table))
          : (options.pdf?.(prepared.table, { generatedAt: new Date(options.now?.() ?? Date.now()) }) ??
            new ReadableStream());
      return new HttpResponse(body, {
        status: 200,
        headers: {
          'Content-Type': prepared.mediaType,
          'Content-Disposition': prepared.disposition,
          'Cache-Control': 'no-store',
        },
      });
    }),

    http.get(url(getPaymentEndpoint.path), ({ request, params }) => {
      const viewer = authenticate(request);
      if (viewer instanceof Response) return viewer;
      return json(api.get(viewer, idOf(params), instance(request)));
    }),

    http.post(url(requestPaymentClarificationEndpoint.path), async ({ request, params }) => {
      const viewer = authenticate(request);
      if (viewer instanceof Response) return viewer;
      const text = await request.text();
      let body: unknown = undefined;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        return json(malformedJson(instance(request)));
      }
      const key = request.headers.get('idempotency-key');
      return json(api.clarify(viewer, idOf(params), body, key, instance(request)));
    }),
  ];
}

/** The body the Express error handler gives unparseable JSON (http/errors.ts), so a client sees one answer. */
function malformedJson(instance: string): StoredAnswer {
  const body: ProblemDetails = {
    type: problemTypeUri('malformed-json'),
    title: 'Некорректный JSON в теле запроса',
    status: 400,
    code: 'malformed-json',
    detail: 'Тело запроса не удалось разобрать как JSON. Проверьте синтаксис: кавычки, запятые, скобки.',
    instance,
  };
  return { status: 400, body };
}

function pdfUnavailable(instance: string): StoredAnswer {
  const body: ProblemDetails = {
    type: problemTypeUri('export-unavailable'),
    title: 'Выгрузка в PDF недоступна',
    status: 501,
    code: 'export-unavailable',
    detail: 'В этой демонстрационной среде выписку в PDF сформировать нельзя. Выгрузите CSV.',
    instance,
  };
  return { status: 501, body };
}
