// MSW handlers for the applications API: the same CabinetApi as the Express routes, behind `fetch` interception,
// for Storybook, component tests and the contract test. No Node APIs: they run in the browser's service worker
// page as well as under msw/node.
import {
  applicationEventsEndpoint,
  cancelApplicationEndpoint,
  getApplicationEndpoint,
  getApplicationResultEndpoint,
  listApplicationsEndpoint,
  PROBLEM_CONTENT_TYPE,
  setApplicationStatusEndpoint,
  uploadApplicationDocumentEndpoint,
} from '@gos-elements/contracts';
import { http, HttpResponse, type HttpHandler } from 'msw';
import { unauthorizedProblem, type CabinetApi, type StoredAnswer } from '../cabinet/index.js';
import { cabinetEventSources, type OwnerEventSource } from '../cabinet/event-sources.js';
import { eventStreamResponse } from './event-stream.js';
import { readSingleFile } from './multipart.js';

export interface CabinetHandlerOptions {
  /** Origin the API is served from, e.g. `https://cabinet.example.test` (no trailing slash). */
  readonly baseUrl: string;
  /** The citizen a bearer token stands for; undefined for an unknown token. */
  readonly ownerOf: (token: string) => string | undefined;
  /** Also serve `POST /dev/applications/{id}/status`. */
  readonly devEndpoints?: boolean;
  /** What else the event stream carries besides `status` (the job seeker's `notification`), as behind Express. */
  readonly alsoStreamed?: readonly OwnerEventSource[];
}

/** `/api/v1/applications/{id}` → `/api/v1/applications/:id`. */
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

export function cabinetHandlers(api: CabinetApi, options: CabinetHandlerOptions): HttpHandler[] {
  const url = (path: string) => `${options.baseUrl}${route(path)}`;

  /** The owner, or the 401 answer (the same body and challenge as the Express routes). */
  const authenticate = (request: Request): string | HttpResponse<string> => {
    const token = BEARER.exec(request.headers.get('authorization') ?? '')?.[1];
    const owner = token === undefined ? undefined : options.ownerOf(token);
    if (owner !== undefined) return owner;
    const { problem, challenge } = unauthorizedProblem(
      token === undefined ? 'missing' : 'invalid',
      new URL(request.url).pathname,
    );
    return new HttpResponse(JSON.stringify(problem), {
      status: 401,
      headers: { 'Content-Type': PROBLEM_CONTENT_TYPE, 'WWW-Authenticate': challenge, 'Cache-Control': 'no-store' },
    });
  };
  const instance = (request: Request) => new URL(request.url).pathname;
  const idOf = (params: Record<string, unknown>) => String(params['id']);

  const handlers: HttpHandler[] = [
    http.get(url(listApplicationsEndpoint.path), ({ request }) => {
      const owner = authenticate(request);
      if (typeof owner !== 'string') return owner;
      const query = Object.fromEntries(new URL(request.url).searchParams);
      return json(api.list(owner, query, instance(request)));
    }),

    http.get(url(applicationEventsEndpoint.path), ({ request }) => {
      const owner = authenticate(request);
      if (typeof owner !== 'string') return owner;
      return eventStreamResponse(request, {
        retryMs: 5000,
        sources: cabinetEventSources(api, owner, options.alsoStreamed),
      });
    }),

    http.get(url(getApplicationEndpoint.path), ({ request, params }) => {
      const owner = authenticate(request);
      if (typeof owner !== 'string') return owner;
      return json(api.get(owner, idOf(params), instance(request)));
    }),

    http.post(url(uploadApplicationDocumentEndpoint.path), async ({ request, params }) => {
      const owner = authenticate(request);
      if (typeof owner !== 'string') return owner;
      const read = await readSingleFile(request, instance(request));
      if (!('fields' in read)) return json(read);
      const upload = { requestId: read.fields['requestId'], fileName: read.fileName, bytes: read.bytes };
      return json(api.upload(owner, idOf(params), upload, request.headers.get('idempotency-key'), instance(request)));
    }),

    http.post(url(cancelApplicationEndpoint.path), async ({ request, params }) => {
      const owner = authenticate(request);
      if (typeof owner !== 'string') return owner;
      const text = await request.text();
      let body: unknown = undefined;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        body = Symbol('malformed');
      }
      return json(api.cancel(owner, idOf(params), body, request.headers.get('idempotency-key'), instance(request)));
    }),

    http.get(url(getApplicationResultEndpoint.path), ({ request, params }) => {
      const owner = authenticate(request);
      if (typeof owner !== 'string') return owner;
      const result = api.result(owner, idOf(params), instance(request));
      if (!('bytes' in result)) return json(result);
      return new HttpResponse(result.bytes, {
        status: 200,
        headers: {
          'Content-Type': result.mediaType,
          'Content-Disposition': result.disposition,
          'Cache-Control': 'no-store',
        },
      });
    }),
  ];

  if (options.devEndpoints) {
    handlers.push(
      http.post(url(setApplicationStatusEndpoint.path), async ({ request, params }) =>
        json(api.setStatus(idOf(params), await request.json().catch(() => undefined), instance(request))),
      ),
    );
  }
  return handlers;
}
