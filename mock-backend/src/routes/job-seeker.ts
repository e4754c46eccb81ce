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
  removeFavoriteEndpoint,
  removeResumeFileEndpoint,
  respondToVacancyEndpoint,
  saveResumeEndpoint,
  updateSavedSearchEndpoint,
  uploadResumeFileEndpoint,
  withdrawResponseEndpoint,
} from '@gos-elements/contracts';
import { Router, type Request, type Response } from 'express';
import type { Provider } from 'oidc-provider';
import { expressPath, sendAnswer } from '../http/answer.js';
import { authenticatedAccount } from '../http/bearer-auth.js';
import { jsonBody } from '../http/body.js';
import { readSingleFile } from '../http/multipart.js';
import { problemInstance } from '../http/problem.js';
import type { JobSeekerApi } from '../job-seeker/index.js';
import type { Limits } from '../limits.js';

export interface JobSeekerRouterOptions {
  readonly provider: Provider;
  readonly api: JobSeekerApi;
  readonly limits: Limits;
  /** Serve `POST /dev/vacancies` and `POST /dev/responses/{id}/status` (never in production). */
  readonly devEndpoints: boolean;
}

function queryStrings(req: Request): Record<string, string> {
  const query: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.query)) if (typeof value === 'string') query[name] = value;
  return query;
}

/**
 * The job seeker's `/api/v1/me/…` over HTTP (and responding to a vacancy): bearer access tokens of our own provider,
 * each account's own data only (another's ids are «not found»), `Idempotency-Key` where the contract says so. The
 * notifications also go out live on the cabinet's event stream (routes/applications.ts).
 */
export function jobSeekerRouter({ provider, api, limits, devEndpoints }: JobSeekerRouterOptions): Router {
  const router = Router();
  const owner = async (req: Request, res: Response) => String(await authenticatedAccount(provider, req, res));
  const key = (req: Request) => req.get('idempotency-key') ?? null;
  const param = (req: Request, name: string) => String(req.params[name]);

  router.get(listFavoritesEndpoint.path, async (req, res) => {
    sendAnswer(res, api.favorites(await owner(req, res), problemInstance(req)));
  });
  router.put(expressPath(addFavoriteEndpoint.path), async (req, res) => {
    sendAnswer(res, api.addFavorite(await owner(req, res), param(req, 'vacancyId'), problemInstance(req)));
  });
  router.delete(expressPath(removeFavoriteEndpoint.path), async (req, res) => {
    sendAnswer(res, api.removeFavorite(await owner(req, res), param(req, 'vacancyId'), problemInstance(req)));
  });

  router.get(getResumeEndpoint.path, async (req, res) => {
    sendAnswer(res, api.resume(await owner(req, res), problemInstance(req)));
  });
  router.put(saveResumeEndpoint.path, jsonBody(limits), async (req, res) => {
    sendAnswer(res, api.saveResume(await owner(req, res), req.body, problemInstance(req)));
  });
  router.put(uploadResumeFileEndpoint.path, async (req, res) => {
    const seeker = await owner(req, res);
    const { fileName, bytes } = await readSingleFile(req, limits.jobSeeker.resumeFile.maxBytes);
    sendAnswer(res, api.uploadResumeFile(seeker, { fileName, bytes }, key(req), problemInstance(req)));
  });
  router.get(getResumeFileEndpoint.path, async (req, res) => {
    const file = api.resumeFile(await owner(req, res), problemInstance(req));
    if (!('bytes' in file)) {
      sendAnswer(res, file);
      return;
    }
    res
      .status(200)
      .type(file.mediaType)
      .set({ 'Content-Disposition': file.disposition, 'Cache-Control': 'no-store' })
      .send(Buffer.from(file.bytes));
  });
  router.delete(removeResumeFileEndpoint.path, async (req, res) => {
    sendAnswer(res, api.removeResumeFile(await owner(req, res), problemInstance(req)));
  });

  router.post(expressPath(respondToVacancyEndpoint.path), jsonBody(limits), async (req, res) => {
    const seeker = await owner(req, res);
    sendAnswer(res, api.respond(seeker, param(req, 'id'), req.body, key(req), problemInstance(req)));
  });
  router.get(listResponsesEndpoint.path, async (req, res) => {
    sendAnswer(res, api.responses(await owner(req, res), problemInstance(req)));
  });
  router.post(expressPath(withdrawResponseEndpoint.path), async (req, res) => {
    sendAnswer(res, api.withdrawResponse(await owner(req, res), param(req, 'id'), problemInstance(req)));
  });

  router.get(listSavedSearchesEndpoint.path, async (req, res) => {
    sendAnswer(res, api.savedSearches(await owner(req, res), problemInstance(req)));
  });
  router.post(createSavedSearchEndpoint.path, jsonBody(limits), async (req, res) => {
    const seeker = await owner(req, res);
    sendAnswer(res, api.createSavedSearch(seeker, req.body, key(req), problemInstance(req)));
  });
  router.patch(expressPath(updateSavedSearchEndpoint.path), jsonBody(limits), async (req, res) => {
    const seeker = await owner(req, res);
    sendAnswer(res, api.updateSavedSearch(seeker, param(req, 'id'), req.body, problemInstance(req)));
  });
  router.delete(expressPath(deleteSavedSearchEndpoint.path), async (req, res) => {
    sendAnswer(res, api.deleteSavedSearch(await owner(req, res), param(req, 'id'), problemInstance(req)));
  });

  router.get(listNotificationsEndpoint.path, async (req, res) => {
    sendAnswer(res, api.notifications(await owner(req, res), queryStrings(req), problemInstance(req)));
  });
  router.post(markNotificationsReadEndpoint.path, jsonBody(limits), async (req, res) => {
    sendAnswer(res, api.markNotificationsRead(await owner(req, res), req.body, problemInstance(req)));
  });

  if (devEndpoints) {
    router.post(devPublishVacancyEndpoint.path, jsonBody(limits), (req, res) => {
      sendAnswer(res, api.publishVacancy(req.body, problemInstance(req)));
    });
    router.post(expressPath(devSetResponseStatusEndpoint.path), jsonBody(limits), (req, res) => {
      sendAnswer(res, api.setResponseStatus(param(req, 'id'), req.body, problemInstance(req)));
    });
  }

  return router;
}
