import { myJournalEndpoint, type SignInJournal } from '@gos-elements/contracts';
import { Router } from 'express';
import type { Provider } from 'oidc-provider';
import { authenticatedAccount } from '../http/bearer-auth.js';
import type { Journal } from '../identity/types.js';
import type { Limits } from '../limits.js';

export interface JournalRouterOptions {
  readonly provider: Provider;
  readonly journal: Journal;
  readonly limits: Limits;
}

/**
 * `GET /api/v1/me/journal`: the signed-in user's latest sign-in attempts.
 */
export function journalRouter({ provider, journal, limits }: JournalRouterOptions): Router {
  const router = Router();

  router.get(myJournalEndpoint.path, async (req, res) => {
    const accountId = await authenticatedAccount(provider, req, res);
    const body: SignInJournal = {
      entries: journal.latest(accountId, limits.journal.pageSize).map((entry) => ({
        at: new Date(entry.at).toISOString(),
        ip: entry.ip,
        userAgent: entry.userAgent,
        result: entry.result,
        ...(entry.factor === undefined ? {} : { factor: entry.factor }),
      })),
    };
    res.json(body);
  });

  return router;
}
