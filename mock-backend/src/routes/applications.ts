import {
  applicationEventsEndpoint,
  cancelApplicationEndpoint,
  getApplicationEndpoint,
  getApplicationResultEndpoint,
  listApplicationsEndpoint,
  setApplicationStatusEndpoint,
  uploadApplicationDocumentEndpoint,
} from '@gos-elements/contracts';
import { Router, type Request, type Response } from 'express';
import type { Provider } from 'oidc-provider';
import type { CabinetApi, UploadRequest } from '../cabinet/index.js';
import { authenticatedAccount } from '../http/bearer-auth.js';
import { jsonBody } from '../http/body.js';
import { cabinetEventSources, type OwnerEventSource } from '../cabinet/event-sources.js';
import { sendEventStream } from '../http/event-stream.js';
import { readSingleFile } from '../http/multipart.js';
import { problemInstance } from '../http/problem.js';
import type { Limits } from '../limits.js';
import { expressPath, sendAnswer } from '../http/answer.js';

export interface ApplicationsRouterOptions {
  readonly provider: Provider;
  readonly api: CabinetApi;
  readonly limits: Limits;
  /** Serve `POST /dev/applications/{id}/status` (never in production). */
  readonly devEndpoints: boolean;
  /**
   * What else the cabinet's event stream carries for the signed-in citizen besides `status` (the job seeker's
   * `notification`): one stream per page for everything live.
   */
  readonly alsoStreamed?: readonly OwnerEventSource[];
}

function queryStrings(req: Request): Record<string, string> {
  const query: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.query)) if (typeof value === 'string') query[name] = value;
  return query;
}

/** The application upload's parts: the request it answers and the file. */
async function readUpload(req: Request, maxBytes: number): Promise<UploadRequest> {
  const { fields, fileName, bytes } = await readSingleFile(req, maxBytes);
  return { requestId: fields['requestId'], fileName, bytes };
}

/**
 * The citizen cabinet's applications over HTTP: bearer access tokens of our own provider, each citizen's own
 * applications only, `Idempotency-Key` on POSTs, server-sent events for status changes.
 */
export function applicationsRouter({
  provider,
  api,
  limits,
  devEndpoints,
  alsoStreamed = [],
}: ApplicationsRouterOptions): Router {
  const router = Router();
  const owner = async (req: Request, res: Response) => String(await authenticatedAccount(provider, req, res));

  router.get(listApplicationsEndpoint.path, async (req, res) => {
    sendAnswer(res, api.list(await owner(req, res), queryStrings(req), problemInstance(req)));
  });

  router.get(applicationEventsEndpoint.path, async (req, res) => {
    const citizen = await owner(req, res);
    sendEventStream(req, res, { retryMs: 5000, sources: cabinetEventSources(api, citizen, alsoStreamed) });
  });

  router.get(expressPath(getApplicationEndpoint.path), async (req, res) => {
    sendAnswer(res, api.get(await owner(req, res), String(req.params['id']), problemInstance(req)));
  });

  router.post(expressPath(uploadApplicationDocumentEndpoint.path), async (req, res) => {
    const citizen = await owner(req, res);
    const upload = await readUpload(req, limits.uploads.applications.maxBytes);
    sendAnswer(
      res,
      api.upload(citizen, String(req.params['id']), upload, req.get('idempotency-key') ?? null, problemInstance(req)),
    );
  });

  router.post(expressPath(cancelApplicationEndpoint.path), jsonBody(limits), async (req, res) => {
    const citizen = await owner(req, res);
    const id = String(req.params['id']);
    sendAnswer(res, api.cancel(citizen, id, req.body, req.get('idempotency-key') ?? null, problemInstance(req)));
  });

  router.get(expressPath(getApplicationResultEndpoint.path), async (req, res) => {
    const result = api.result(await owner(req, res), String(req.params['id']), problemInstance(req));
    if (!('bytes' in result)) {
      sendAnswer(res, result);
      return;
    }
    res
      .status(200)
      .type(result.mediaType)
      .set('Content-Disposition', result.disposition)
      .send(Buffer.from(result.bytes));
  });

  if (devEndpoints) {
    router.post(expressPath(setApplicationStatusEndpoint.path), jsonBody(limits), (req, res) => {
      sendAnswer(res, api.setStatus(String(req.params['id']), req.body, problemInstance(req)));
    });
  }

  return router;
}
