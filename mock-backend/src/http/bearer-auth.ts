import type { Request, Response } from 'express';
import type { Provider } from 'oidc-provider';
import { UNAUTHORIZED } from '../cabinet/problems.js';
import type { AccountId } from '../identity/types.js';
import { HttpProblem } from './problem.js';

function unauthorized(detail: string): HttpProblem {
  return new HttpProblem({ status: 401, code: 'unauthorized', title: UNAUTHORIZED.title, detail });
}

function bearerToken(req: Request): string | undefined {
  const match = /^Bearer ([A-Za-z0-9._~+/-]+=*)$/.exec(req.get('authorization') ?? '');
  return match?.[1];
}

/**
 * The account behind the request's bearer token: an access token of our own OpenID provider, looked up (with
 * its expiry and grant checked) through the provider's own models. Throws 401 problem+json with a
 * `WWW-Authenticate` challenge otherwise. Responses carrying personal data are never cached.
 */
export async function authenticatedAccount(provider: Provider, req: Request, res: Response): Promise<AccountId> {
  res.set('Cache-Control', 'no-store');
  const value = bearerToken(req);
  if (value === undefined) {
    res.set('WWW-Authenticate', 'Bearer');
    throw unauthorized(UNAUTHORIZED.missing);
  }
  const token = await provider.AccessToken.find(value);
  const grant = token?.grantId ? await provider.Grant.find(token.grantId) : undefined;
  if (!token || !token.isValid || token.accountId === undefined || !grant || grant.accountId !== token.accountId) {
    res.set('WWW-Authenticate', 'Bearer error="invalid_token"');
    throw unauthorized(UNAUTHORIZED.invalid);
  }
  return token.accountId;
}
