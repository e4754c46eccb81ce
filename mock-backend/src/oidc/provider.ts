import Provider, { interactionPolicy, type Client, type KoaContextWithOIDC } from 'oidc-provider';
import { renderErrorPage, renderLogoutConfirmPage, renderLoggedOutPage } from '../pages/provider-pages.js';
import { sqliteAdapter } from './adapter.js';
import { accountClaims, CLAIMS_BY_SCOPE } from './claims.js';
import { allowRedirectsByOrigin, clientOrigins, type ConfiguredClients } from './clients.js';
import { loadOrCreateKeys } from './keys.js';
import type { OidcDependencies } from './ports.js';

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Where the provider sends the browser for login and consent; served by `interactionRouter`. */
export function interactionPath(uid: string): string {
  return `/interaction/${encodeURIComponent(uid)}`;
}

/** Reason of the login check that re-prompts when a confirmed-only client meets a session of a lower account. */
export const CONFIRMED_ACCOUNT_REQUIRED = 'confirmed_account_required';

function interactionPolicyFor(
  deps: OidcDependencies,
  clients: ConfiguredClients,
): ReturnType<typeof interactionPolicy.base> {
  const policy = interactionPolicy.base();
  // Without this an existing session of a standard account would get a code for a confirmed-only client with no
  // page in between: ask for a login instead, and the login page explains why.
  policy.get('login')?.checks.add(
    new interactionPolicy.Check(CONFIRMED_ACCOUNT_REQUIRED, 'the client accepts confirmed accounts only', (ctx) => {
      const { client, session } = ctx.oidc;
      const accountId = session?.accountId;
      if (!client || accountId === undefined || !clients.policy(client.clientId)?.confirmedOnly) {
        return interactionPolicy.Check.NO_NEED_TO_PROMPT;
      }
      const account = deps.identity.accounts.findById(accountId);
      return account?.level === 'confirmed'
        ? interactionPolicy.Check.NO_NEED_TO_PROMPT
        : interactionPolicy.Check.REQUEST_PROMPT;
    }),
  );
  return policy;
}

/**
 * The OpenID provider: oidc-provider configured for the mock. Mount `provider.callback()` at `/oidc`; the issuer
 * must be `<external base URL>/oidc`.
 */
export function createOidcProvider(issuer: string, deps: OidcDependencies, clients: ConfiguredClients): Provider {
  const keys = loadOrCreateKeys(deps.db);

  const provider = new Provider(issuer, {
    adapter: sqliteAdapter(deps.db),
    clients: clients.metadata,
    extraClientMetadata: { properties: ['person_filter'] },
    jwks: { keys: keys.signing as Readonly<Record<string, unknown>>[] },
    cookies: {
      keys: keys.cookies,
      long: { httpOnly: true, sameSite: 'lax' },
      short: { httpOnly: true, sameSite: 'lax' },
    },
    claims: structuredClone(CLAIMS_BY_SCOPE),
    scopes: ['openid', 'offline_access'],
    responseTypes: ['code'],
    // Every client, confidential ones too, must send an S256 code_challenge (oidc-provider 9 knows no `plain`).
    pkce: { required: () => true },
    // Refresh tokens rotate on every use; the used one is then refused (and presenting it again revokes the
    // whole grant: a replayed refresh token means it leaked).
    rotateRefreshToken: true,
    // OpenID Connect grants `offline_access` only with `prompt=consent`; such refresh tokens outlive the session.
    // First-party SPAs (oidc-client-ts renewing silently) also get one without it, bound to the session: it
    // stops working at logout.
    issueRefreshToken: (_ctx: KoaContextWithOIDC, client: Client, source: { scopes: Set<string> }) =>
      client.grantTypeAllowed('refresh_token') &&
      (source.scopes.has('offline_access') || clients.policy(client.clientId)?.firstParty === true),
    features: {
      devInteractions: { enabled: false },
      userinfo: { enabled: true },
      revocation: { enabled: true },
      // No resource servers here: access tokens are for userinfo and our own API.
      resourceIndicators: { enabled: false },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: (ctx: KoaContextWithOIDC, form: string) => {
          ctx.type = 'html';
          ctx.body = renderLogoutConfirmPage(form, ctx.oidc.client?.clientName);
        },
        postLogoutSuccessSource: (ctx: KoaContextWithOIDC) => {
          ctx.type = 'html';
          ctx.body = renderLoggedOutPage(ctx.oidc.client?.clientName);
        },
      },
    },
    ttl: {
      AccessToken: 10 * MINUTE,
      AuthorizationCode: MINUTE,
      IdToken: HOUR,
      RefreshToken: 14 * DAY,
      Interaction: HOUR,
      Session: 14 * DAY,
      Grant: 14 * DAY,
    },
    clientBasedCORS: (_ctx: KoaContextWithOIDC, origin: string, client: Parameters<typeof clientOrigins>[1]) =>
      clientOrigins(clients, client).includes(origin),
    findAccount: async (_ctx, sub) => {
      const account = deps.identity.accounts.findById(sub);
      if (account === undefined) return undefined;
      return { accountId: account.id, claims: () => accountClaims(account) };
    },
    interactions: {
      policy: interactionPolicyFor(deps, clients),
      url: (_ctx, interaction) => interactionPath(interaction.uid),
    },
    renderError: (ctx, out) => {
      ctx.type = 'html';
      ctx.body = renderErrorPage({ error: out['error'], description: out['error_description'] });
    },
  });

  allowRedirectsByOrigin(provider, clients);
  provider.on('server_error', (_ctx, error) => deps.logger.error({ err: error }, 'oidc-provider server error'));
  return provider;
}
