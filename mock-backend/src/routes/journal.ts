import { myJournalEndpoint, type SignInJournal } from '@gos-elements/contracts';
import { Router, type Request } from 'express';
import type { Provider } from 'oidc-provider';
import { HttpProblem } from '../http/problem.js';
import type { Journal } from '../identity/types.js';
import type { Limits } from '../limits.js';

export interface JournalRouterOptions {
  readonly provider: Provider;
  readonly journal: Journal;
  readonly limits: Limits;
}

function unauthorized(detail: string): HttpProblem {
  return new HttpProblem({ status: 401, code: 'unauthorized', title: 'Требуется вход', detail });
}

function bearerToken(req: Request): string | undefined {
  const match = /^Bearer ([A-Za-z0-9._~+/-]+=*)$/.exec(req.get('authorization') ?? '');
  return match?.[1];
}

/**
 * `GET /api/v1/me/journal`: the signed-in user's latest sign-in attempts. The bearer token is an access token of
 * our own OpenID provider, looked up (and its expiry and grant checked) through the provider's own models.
 */
export function journalRouter({ provider, journal, limits }: JournalRouterOptions): Router {
  const router = Router();

  router.get(myJournalEndpoint.path, async (req, res) => {
    res.set('Cache-Control', 'no-store');
    const challenge = (error: string): void => void res.set('WWW-Authenticate', `Bearer error="${error}"`);
    const value = bearerToken(req);
    if (value === undefined) {
      res.set('WWW-Authenticate', 'Bearer');
      throw unauthorized('Передайте access token Госуслуг в заголовке Authorization: Bearer <token>.');
    }
    const token = await provider.AccessToken.find(value);
    const grant = token?.grantId ? await provider.Grant.find(token.grantId) : undefined;
    if (!token || !token.isValid || token.accountId === undefined || !grant || grant.accountId !== token.accountId) {
      challenge('invalid_token');
      throw unauthorized('Access token недействителен или истёк. Войдите заново.');
    }
    const body: SignInJournal = {
      entries: journal.latest(token.accountId, limits.journal.pageSize).map((entry) => ({
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
