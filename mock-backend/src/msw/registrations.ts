// MSW handlers for registration: the same RegistrationApi as the Express routes, for Storybook, the component tests
// and the contract test. No Node APIs: they run in the browser as well as under msw/node.
import {
  clarifyRegistrationEndpoint,
  completeRegistrationEndpoint,
  confirmContactEndpoint,
  consentDocumentEndpoint,
  discardRegistrationEndpoint,
  getRegistrationEndpoint,
  giveConsentEndpoint,
  lookupInnEndpoint,
  PROBLEM_CONTENT_TYPE,
  REGISTRATION_TOKEN_HEADER,
  registrationEventsEndpoint,
  resendContactCodeEndpoint,
  setPersonalDataEndpoint,
  setRegistrationPasswordEndpoint,
  startRegistrationChecksEndpoint,
  startRegistrationEndpoint,
  uploadRegistrationDocumentEndpoint,
  type Endpoint,
} from '@gos-elements/contracts';
import { http, HttpResponse, type HttpHandler } from 'msw';
import { RegistrationApi, type Answer } from '../registration/api.js';
import { eventStreamResponse } from './event-stream.js';
import { readSingleFile } from './multipart.js';

export interface RegistrationHandlerOptions {
  /** Origin the API is served from, e.g. `https://registration.example.test` (no trailing slash). */
  readonly baseUrl: string;
}

const route = (path: string) => path.replace(/\{(\w+)\}/g, ':$1');

function reply(answer: Answer & { replayed?: boolean }): HttpResponse<string> {
  const headers: Record<string, string> = { 'Cache-Control': 'no-store', ...answer.headers };
  if (answer.replayed) headers['Idempotent-Replayed'] = 'true';
  if (answer.status === 204) return new HttpResponse(null, { status: 204, headers });
  headers['Content-Type'] = answer.status >= 400 ? PROBLEM_CONTENT_TYPE : 'application/json; charset=utf-8';
  return new HttpResponse(JSON.stringify(answer.body), { status: answer.status, headers });
}

/** The request's JSON body; a malformed one is passed on as something no schema accepts. */
async function jsonOf(request: Request): Promise<unknown> {
  const text = await request.text();
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return Symbol('malformed');
  }
}

export function registrationHandlers(api: RegistrationApi, options: RegistrationHandlerOptions): HttpHandler[] {
  const url = (endpoint: Endpoint) => `${options.baseUrl}${route(endpoint.path)}`;
  const instance = (request: Request) => new URL(request.url).pathname;
  const token = (request: Request) => request.headers.get(REGISTRATION_TOKEN_HEADER)?.trim() || undefined;
  /** Answers with `handle(token)`, or 401 without the token. */
  const withToken =
    (handle: (token: string, request: Request, params: Record<string, unknown>) => Answer | Promise<Answer>) =>
    async ({ request, params }: { request: Request; params: Record<string, unknown> }) => {
      const value = token(request);
      return reply(value ? await handle(value, request, params) : RegistrationApi.missingToken(instance(request)));
    };
  const channel = (params: Record<string, unknown>) => String(params['channel']);

  return [
    http.get(url(consentDocumentEndpoint), () => reply(api.consentDocument())),

    http.post(url(startRegistrationEndpoint), async ({ request }) =>
      reply(api.start(await jsonOf(request), request.headers.get('idempotency-key'), instance(request))),
    ),

    http.get(url(registrationEventsEndpoint), ({ request }) => {
      const value = token(request);
      const current = value ? api.get(value, instance(request)) : RegistrationApi.missingToken(instance(request));
      if (!value || current.status !== 200) return reply(current);
      return eventStreamResponse(request, {
        retryMs: 3000,
        sources: [
          {
            event: 'registration',
            initial: current.body,
            subscribe: (write) => api.registrations.subscribe(value, write),
          },
        ],
      });
    }),

    http.get(
      url(getRegistrationEndpoint),
      withToken((value, request) => api.get(value, instance(request))),
    ),

    http.delete(
      url(discardRegistrationEndpoint),
      withToken((value, request) => api.discard(value, instance(request))),
    ),

    http.post(
      url(confirmContactEndpoint),
      withToken(async (value, request, params) =>
        api.confirmContact(value, channel(params), await jsonOf(request), instance(request)),
      ),
    ),

    http.post(
      url(resendContactCodeEndpoint),
      withToken((value, request, params) => api.resendCode(value, channel(params), instance(request))),
    ),

    http.put(
      url(setPersonalDataEndpoint),
      withToken(async (value, request) => api.setPersonalData(value, await jsonOf(request), instance(request))),
    ),

    http.post(
      url(lookupInnEndpoint),
      withToken(async (value, request) => api.lookupInn(value, await jsonOf(request), instance(request))),
    ),

    http.post(
      url(uploadRegistrationDocumentEndpoint),
      withToken(async (value, request) => {
        const read = await readSingleFile(request, instance(request));
        if (!('fields' in read)) return read;
        const upload = { slot: read.fields['slot'], fileName: read.fileName, bytes: read.bytes };
        return api.upload(value, upload, request.headers.get('idempotency-key'), instance(request));
      }),
    ),

    http.post(
      url(startRegistrationChecksEndpoint),
      withToken((value, request) => api.startChecks(value, instance(request))),
    ),

    http.post(
      url(clarifyRegistrationEndpoint),
      withToken(async (value, request) => api.clarify(value, await jsonOf(request), instance(request))),
    ),

    http.put(
      url(setRegistrationPasswordEndpoint),
      withToken(async (value, request) => api.setPassword(value, await jsonOf(request), instance(request))),
    ),

    http.put(
      url(giveConsentEndpoint),
      withToken(async (value, request) => api.consent(value, await jsonOf(request), instance(request))),
    ),

    http.post(
      url(completeRegistrationEndpoint),
      withToken(async (value, request) => api.complete(value, await jsonOf(request), instance(request))),
    ),
  ];
}
