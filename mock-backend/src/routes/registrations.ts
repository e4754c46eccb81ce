import {
  clarifyRegistrationEndpoint,
  completeRegistrationEndpoint,
  confirmContactEndpoint,
  consentDocumentEndpoint,
  discardRegistrationEndpoint,
  getRegistrationEndpoint,
  giveConsentEndpoint,
  lookupInnEndpoint,
  REGISTRATION_TOKEN_HEADER,
  registrationEventsEndpoint,
  resendContactCodeEndpoint,
  setPersonalDataEndpoint,
  setRegistrationPasswordEndpoint,
  startRegistrationChecksEndpoint,
  startRegistrationEndpoint,
  uploadRegistrationDocumentEndpoint,
} from '@gos-elements/contracts';
import { Router, type Request, type Response } from 'express';
import { jsonBody } from '../http/body.js';
import { sendEventStream } from '../http/event-stream.js';
import { readSingleFile } from '../http/multipart.js';
import { problemInstance } from '../http/problem.js';
import { apiRateLimit } from '../http/rate-limit.js';
import type { Limits } from '../limits.js';
import { RegistrationApi, type Answer } from '../registration/api.js';
import { expressPath, sendAnswer } from '../http/answer.js';

export interface RegistrationsRouterOptions {
  readonly api: RegistrationApi;
  readonly limits: Limits;
}

/**
 * Account registration over HTTP. After the start, every call carries the resume token in the `Registration-Token`
 * header (never in the URL, which ends up in logs); the start and the code endpoints have a per-IP budget on top of
 * the per-recipient limit the domain keeps.
 */
export function registrationsRouter({ api, limits }: RegistrationsRouterOptions): Router {
  const router = Router();
  const codesLimit = apiRateLimit(limits.rateLimits.codes, 'registration-codes');
  const json = jsonBody(limits);
  /** Runs `handle` with the token, or answers 401 without it. */
  const withToken =
    (handle: (token: string, req: Request, res: Response) => Answer | Promise<Answer>) =>
    async (req: Request, res: Response) => {
      const token = req.get(REGISTRATION_TOKEN_HEADER)?.trim();
      sendAnswer(res, token ? await handle(token, req, res) : RegistrationApi.missingToken(problemInstance(req)));
    };
  const channel = (req: Request) => String(req.params['channel']);

  router.get(consentDocumentEndpoint.path, (_req, res) => sendAnswer(res, api.consentDocument()));

  router.post(startRegistrationEndpoint.path, codesLimit, json, (req, res) => {
    sendAnswer(res, api.start(req.body, req.get('idempotency-key') ?? null, problemInstance(req)));
  });

  router.get(
    getRegistrationEndpoint.path,
    withToken((token, req) => api.get(token, problemInstance(req))),
  );

  router.delete(
    discardRegistrationEndpoint.path,
    withToken((token, req) => api.discard(token, problemInstance(req))),
  );

  router.post(
    expressPath(confirmContactEndpoint.path),
    codesLimit,
    json,
    withToken((token, req) => api.confirmContact(token, channel(req), req.body, problemInstance(req))),
  );

  router.post(
    expressPath(resendContactCodeEndpoint.path),
    codesLimit,
    withToken((token, req) => api.resendCode(token, channel(req), problemInstance(req))),
  );

  router.put(
    setPersonalDataEndpoint.path,
    json,
    withToken((token, req) => api.setPersonalData(token, req.body, problemInstance(req))),
  );

  router.post(
    lookupInnEndpoint.path,
    json,
    withToken((token, req) => api.lookupInn(token, req.body, problemInstance(req))),
  );

  router.post(
    uploadRegistrationDocumentEndpoint.path,
    withToken(async (token, req) => {
      const { fields, fileName, bytes } = await readSingleFile(req, limits.uploads.registration.maxBytes);
      const upload = { slot: fields['slot'], fileName, bytes };
      return api.upload(token, upload, req.get('idempotency-key') ?? null, problemInstance(req));
    }),
  );

  router.post(
    startRegistrationChecksEndpoint.path,
    withToken((token, req) => api.startChecks(token, problemInstance(req))),
  );

  router.post(
    clarifyRegistrationEndpoint.path,
    json,
    withToken((token, req) => api.clarify(token, req.body, problemInstance(req))),
  );

  router.put(
    setRegistrationPasswordEndpoint.path,
    json,
    withToken((token, req) => api.setPassword(token, req.body, problemInstance(req))),
  );

  router.put(
    giveConsentEndpoint.path,
    json,
    withToken((token, req) => api.consent(token, req.body, problemInstance(req))),
  );

  router.post(
    completeRegistrationEndpoint.path,
    json,
    withToken((token, req) => api.complete(token, req.body, problemInstance(req))),
  );

  router.get(registrationEventsEndpoint.path, (req, res) => {
    const token = req.get(REGISTRATION_TOKEN_HEADER)?.trim();
    const current = token ? api.get(token, problemInstance(req)) : RegistrationApi.missingToken(problemInstance(req));
    if (!token || current.status !== 200) {
      sendAnswer(res, current);
      return;
    }
    sendEventStream(req, res, {
      retryMs: 3000,
      sources: [
        {
          event: 'registration',
          initial: current.body,
          subscribe: (write) => api.registrations.subscribe(token, write),
        },
      ],
    });
  });

  return router;
}
