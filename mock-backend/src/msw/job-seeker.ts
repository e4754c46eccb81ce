// MSW handlers for the job seeker's API: the same JobSeekerApi as the Express routes, behind `fetch` interception,
// for Storybook, component tests and the contract test. No Node APIs: they run in the browser as well as under
// msw/node.
import {
  addFavoriteEndpoint,
  createSavedSearchEndpoint,
  deleteSavedSearchEndpoint,
  devPublishVacancyEndpoint,
  devSetResponseStatusEndpoint,
  getResumeEndpoint,
  getResumeFileEndpoint,
  listFavoritesEndpoint,
  listNotificationsEndpoint,
  listResponsesEndpoint,
  listSavedSearchesEndpoint,
  markNotificationsReadEndpoint,
  PROBLEM_CONTENT_TYPE,
  removeFavoriteEndpoint,
  removeResumeFileEndpoint,
  respondToVacancyEndpoint,
  saveResumeEndpoint,
  updateSavedSearchEndpoint,
  uploadResumeFileEndpoint,
  withdrawResponseEndpoint,
} from '@gos-elements/contracts';
import { http, HttpResponse, type HttpHandler } from 'msw';
import { unauthorizedProblem, type StoredAnswer } from '../cabinet/index.js';
import type { JobSeekerApi } from '../job-seeker/index.js';
import { readSingleFile } from './multipart.js';

export interface JobSeekerHandlerOptions {
  /** Origin the API is served from, e.g. `https://trud.example.test` (no trailing slash). */
  readonly baseUrl: string;
  /** The account a bearer token stands for; undefined for an unknown token. */
  readonly ownerOf: (token: string) => string | undefined;
  /** Also serve `POST /dev/vacancies` and `POST /dev/responses/{id}/status`. */
  readonly devEndpoints?: boolean;
}

/** `/api/v1/me/favorites/{vacancyId}` → `/api/v1/me/favorites/:vacancyId`. */
const route = (path: string) => path.replace(/\{(\w+)\}/g, ':$1');

/** An answer as `sendAnswer` writes it behind Express: problem+json for errors, no body for 204. */
function reply(answer: StoredAnswer & { readonly replayed?: boolean }): HttpResponse<string> {
  const headers: Record<string, string> = { 'Cache-Control': 'no-store' };
  if (answer.replayed) headers['Idempotent-Replayed'] = 'true';
  if (answer.status === 204) return new HttpResponse(null, { status: 204, headers });
  headers['Content-Type'] = answer.status >= 400 ? PROBLEM_CONTENT_TYPE : 'application/json; charset=utf-8';
  return new HttpResponse(JSON.stringify(answer.body), { status: answer.status, headers });
}

/** The JSON body, undefined when there is none; a malformed one fails the schema like any wrong value. */
async function jsonOf(request: Request): Promise<unknown> {
  const text = await request.text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return Symbol('malformed JSON');
  }
}

const BEARER = /^Bearer ([A-Za-z0-9._~+/-]+=*)$/;

export function jobSeekerHandlers(api: JobSeekerApi, options: JobSeekerHandlerOptions): HttpHandler[] {
  const url = (path: string) => `${options.baseUrl}${route(path)}`;
  const instance = (request: Request) => new URL(request.url).pathname;
  const key = (request: Request) => request.headers.get('idempotency-key');
  const param = (params: Record<string, unknown>, name: string) => String(params[name]);

  /** The owner, or the 401 answer (the same body and challenge as the Express routes). */
  const authenticate = (request: Request): string | HttpResponse<string> => {
    const token = BEARER.exec(request.headers.get('authorization') ?? '')?.[1];
    const owner = token === undefined ? undefined : options.ownerOf(token);
    if (owner !== undefined) return owner;
    const { problem, challenge } = unauthorizedProblem(token === undefined ? 'missing' : 'invalid', instance(request));
    return new HttpResponse(JSON.stringify(problem), {
      status: 401,
      headers: { 'Content-Type': PROBLEM_CONTENT_TYPE, 'WWW-Authenticate': challenge, 'Cache-Control': 'no-store' },
    });
  };

  type Resolver = (input: {
    readonly request: Request;
    readonly params: Record<string, unknown>;
    readonly owner: string;
  }) => Promise<Response> | Response;
  /** A handler for the signed-in account only. */
  const signedIn =
    (resolve: Resolver) =>
    ({ request, params }: { request: Request; params: Record<string, unknown> }) => {
      const owner = authenticate(request);
      return typeof owner === 'string' ? resolve({ request, params, owner }) : owner;
    };

  const handlers: HttpHandler[] = [
    http.get(
      url(listFavoritesEndpoint.path),
      signedIn(({ request, owner }) => reply(api.favorites(owner, instance(request)))),
    ),
    http.put(
      url(addFavoriteEndpoint.path),
      signedIn(({ request, params, owner }) =>
        reply(api.addFavorite(owner, param(params, 'vacancyId'), instance(request))),
      ),
    ),
    http.delete(
      url(removeFavoriteEndpoint.path),
      signedIn(({ request, params, owner }) =>
        reply(api.removeFavorite(owner, param(params, 'vacancyId'), instance(request))),
      ),
    ),

    http.get(
      url(getResumeEndpoint.path),
      signedIn(({ request, owner }) => reply(api.resume(owner, instance(request)))),
    ),
    http.put(
      url(saveResumeEndpoint.path),
      signedIn(async ({ request, owner }) => reply(api.saveResume(owner, await jsonOf(request), instance(request)))),
    ),
    http.put(
      url(uploadResumeFileEndpoint.path),
      signedIn(async ({ request, owner }) => {
        const read = await readSingleFile(request, instance(request));
        if (!('fields' in read)) return reply(read);
        const upload = { fileName: read.fileName, bytes: read.bytes };
        return reply(api.uploadResumeFile(owner, upload, key(request), instance(request)));
      }),
    ),
    http.get(
      url(getResumeFileEndpoint.path),
      signedIn(({ request, owner }) => {
        const file = api.resumeFile(owner, instance(request));
        if (!('bytes' in file)) return reply(file);
        return new HttpResponse(file.bytes, {
          status: 200,
          headers: {
            'Content-Type': file.mediaType,
            'Content-Disposition': file.disposition,
            'Cache-Control': 'no-store',
          },
        });
      }),
    ),
    http.delete(
      url(removeResumeFileEndpoint.path),
      signedIn(({ request, owner }) => reply(api.removeResumeFile(owner, instance(request)))),
    ),

    http.post(
      url(respondToVacancyEndpoint.path),
      signedIn(async ({ request, params, owner }) =>
        reply(api.respond(owner, param(params, 'id'), await jsonOf(request), key(request), instance(request))),
      ),
    ),
    http.get(
      url(listResponsesEndpoint.path),
      signedIn(({ request, owner }) => reply(api.responses(owner, instance(request)))),
    ),
    http.post(
      url(withdrawResponseEndpoint.path),
      signedIn(({ request, params, owner }) =>
        reply(api.withdrawResponse(owner, param(params, 'id'), instance(request))),
      ),
    ),

    http.get(
      url(listSavedSearchesEndpoint.path),
      signedIn(({ request, owner }) => reply(api.savedSearches(owner, instance(request)))),
    ),
    http.post(
      url(createSavedSearchEndpoint.path),
      signedIn(async ({ request, owner }) =>
        reply(api.createSavedSearch(owner, await jsonOf(request), key(request), instance(request))),
      ),
    ),
    http.patch(
      url(updateSavedSearchEndpoint.path),
      signedIn(async ({ request, params, owner }) =>
        reply(api.updateSavedSearch(owner, param(params, 'id'), await jsonOf(request), instance(request))),
      ),
    ),
    http.delete(
      url(deleteSavedSearchEndpoint.path),
      signedIn(({ request, params, owner }) =>
        reply(api.deleteSavedSearch(owner, param(params, 'id'), instance(request))),
      ),
    ),

    http.get(
      url(listNotificationsEndpoint.path),
      signedIn(({ request, owner }) => {
        const query = Object.fromEntries(new URL(request.url).searchParams);
        return reply(api.notifications(owner, query, instance(request)));
      }),
    ),
    http.post(
      url(markNotificationsReadEndpoint.path),
      signedIn(async ({ request, owner }) =>
        reply(api.markNotificationsRead(owner, await jsonOf(request), instance(request))),
      ),
    ),
  ];

  if (options.devEndpoints) {
    handlers.push(
      http.post(url(devPublishVacancyEndpoint.path), async ({ request }) =>
        reply(api.publishVacancy(await jsonOf(request), instance(request))),
      ),
      http.post(url(devSetResponseStatusEndpoint.path), async ({ request, params }) =>
        reply(api.setResponseStatus(param(params, 'id'), await jsonOf(request), instance(request))),
      ),
    );
  }
  return handlers;
}
