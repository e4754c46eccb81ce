import {
  exportPaymentsEndpoint,
  getPaymentEndpoint,
  listPaymentsEndpoint,
  paymentSummaryEndpoint,
  requestPaymentClarificationEndpoint,
  upcomingPaymentsEndpoint,
} from '@gos-elements/contracts';
import { Router, type Request, type Response } from 'express';
import type { Provider } from 'oidc-provider';
import type { Clock } from '../clock.js';
import { csvChunks } from '../export/csv.js';
import { pipeChunks } from '../export/node-stream.js';
import { pdfStream } from '../export/pdf.js';
import { authenticatedAccount } from '../http/bearer-auth.js';
import { jsonBody } from '../http/body.js';
import { problemInstance } from '../http/problem.js';
import { searchParams } from '../http/search-params.js';
import type { AccountService } from '../identity/types.js';
import type { Limits } from '../limits.js';
import type { PaymentsApi, Viewer } from '../payments/index.js';
import { expressPath, sendAnswer } from '../http/answer.js';

export interface PaymentsRouterOptions {
  readonly provider: Provider;
  readonly api: PaymentsApi;
  /** Where the account's level and name come from: the level decides access, the name goes on the statement. */
  readonly accounts: Pick<AccountService, 'findById'>;
  readonly limits: Limits;
  readonly clock: Clock;
}

/**
 * The citizen cabinet's payments over HTTP: bearer access tokens of our own provider, standard or confirmed accounts
 * only (403 `account-level-too-low` with the way up otherwise), each citizen's own payments only, `Idempotency-Key`
 * on the clarification request, exports streamed as they are written.
 */
export function paymentsRouter({ provider, api, accounts, limits, clock }: PaymentsRouterOptions): Router {
  const router = Router();
  const viewer = async (req: Request, res: Response): Promise<Viewer & { readonly name: string }> => {
    const owner = String(await authenticatedAccount(provider, req, res));
    const account = accounts.findById(owner);
    const person = account?.profile;
    return {
      owner,
      // An account that disappeared under a valid token has no level to speak of: the lowest one.
      level: account?.level ?? 'simplified',
      name: person ? [person.lastName, person.firstName, person.middleName].filter(Boolean).join(' ') : '',
    };
  };

  router.get(listPaymentsEndpoint.path, async (req, res) => {
    sendAnswer(res, api.list(await viewer(req, res), searchParams(req), problemInstance(req)));
  });

  router.get(paymentSummaryEndpoint.path, async (req, res) => {
    sendAnswer(res, api.summary(await viewer(req, res), searchParams(req), problemInstance(req)));
  });

  router.get(upcomingPaymentsEndpoint.path, async (req, res) => {
    sendAnswer(res, api.upcoming(await viewer(req, res), problemInstance(req)));
  });

  router.get(exportPaymentsEndpoint.path, async (req, res) => {
    const who = await viewer(req, res);
    const prepared = api.export(who, searchParams(req), who.name, problemInstance(req));
    if (!('table' in prepared)) {
      sendAnswer(res, prepared);
      return;
    }
    res.status(200).type(prepared.mediaType).set('Content-Disposition', prepared.disposition);
    await pipeChunks(
      prepared.format === 'csv'
        ? csvChunks(prepared.table)
        : pdfStream(prepared.table, { generatedAt: new Date(clock.now()) }),
      res,
    );
  });

  router.get(expressPath(getPaymentEndpoint.path), async (req, res) => {
    sendAnswer(res, api.get(await viewer(req, res), String(req.params['id']), problemInstance(req)));
  });

  router.post(expressPath(requestPaymentClarificationEndpoint.path), jsonBody(limits), async (req, res) => {
    const who = await viewer(req, res);
    const id = String(req.params['id']);
    sendAnswer(res, api.clarify(who, id, req.body, req.get('idempotency-key') ?? null, problemInstance(req)));
  });

  return router;
}
