import type { Client, Provider } from 'oidc-provider';
import type { Config } from '../config.js';

/**
 * The clients the provider knows, from configuration (no dynamic registration), with the policy our pages apply
 * to each: whether consent is skipped and whether only confirmed accounts may sign in.
 */
export interface ClientPolicy {
  readonly clientId: string;
  readonly name: string;
  /** First-party clients (our own demo and Storybook) get no consent screen: the grant is created silently. */
  readonly firstParty: boolean;
  /**
   * ESIA's `person_filter=conf_acc`: only confirmed accounts may sign in. A client metadata flag rather than an
   * authorization parameter, so the user cannot strip it from the URL.
   */
  readonly confirmedOnly: boolean;
  /**
   * Origins on which any path is an acceptable redirect / post-logout URI (public SPA clients only). Confidential
   * clients match their registered URIs exactly.
   */
  readonly redirectOrigins: readonly string[];
}

export interface ConfiguredClients {
  /** `clients` option of oidc-provider. */
  readonly metadata: readonly Readonly<Record<string, unknown>>[];
  /** Origins of every registered redirect URI (the sign-in form ends with a redirect there). */
  readonly redirectUriOrigins: readonly string[];
  policy(clientId: unknown): ClientPolicy | undefined;
}

export const DEMO_CLIENT_ID = 'gos-demo';
export const PARTNER_CLIENT_ID = 'gos-partner';

function originsOf(uris: readonly string[]): string[] {
  return [...new Set(uris.map((uri) => new URL(uri).origin))];
}

const DEMO_CLIENT_NAME = 'Демонстрационный портал gos-elements';
const PARTNER_CLIENT_NAME = 'Партнёрский сервис (пример)';

export function configuredClients(config: Pick<Config, 'corsOrigins' | 'oidc'>): ConfiguredClients {
  const demoRoots = config.corsOrigins.map((origin) => `${origin}/`);
  const partnerRoots = originsOf(config.oidc.partnerRedirectUris).map((origin) => `${origin}/`);

  const metadata = [
    {
      client_id: DEMO_CLIENT_ID,
      client_name: DEMO_CLIENT_NAME,
      application_type: 'web',
      token_endpoint_auth_method: 'none',
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      // oidc-provider wants at least one registered URI; any other path on these origins is let through by
      // `allowRedirectsByOrigin` below.
      redirect_uris: demoRoots,
      post_logout_redirect_uris: demoRoots,
    },
    {
      client_id: PARTNER_CLIENT_ID,
      client_secret: config.oidc.partnerSecret,
      client_name: PARTNER_CLIENT_NAME,
      application_type: 'web',
      token_endpoint_auth_method: 'client_secret_basic',
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      redirect_uris: [...config.oidc.partnerRedirectUris],
      post_logout_redirect_uris: partnerRoots,
      person_filter: 'conf_acc',
    },
  ];

  const policies = new Map<string, ClientPolicy>([
    [
      DEMO_CLIENT_ID,
      {
        clientId: DEMO_CLIENT_ID,
        name: DEMO_CLIENT_NAME,
        firstParty: true,
        confirmedOnly: false,
        redirectOrigins: [...config.corsOrigins],
      },
    ],
    [
      PARTNER_CLIENT_ID,
      {
        clientId: PARTNER_CLIENT_ID,
        name: PARTNER_CLIENT_NAME,
        firstParty: false,
        confirmedOnly: true,
        redirectOrigins: [],
      },
    ],
  ]);

  return {
    metadata,
    redirectUriOrigins: originsOf(metadata.flatMap((client) => client.redirect_uris)),
    policy: (clientId) => (typeof clientId === 'string' ? policies.get(clientId) : undefined),
  };
}

/** A URL whose origin is one of `origins`: http(s), no credentials, no fragment. */
export function isUrlOnOrigins(value: string, origins: readonly string[]): boolean {
  if (origins.length === 0 || value.includes('#')) return false;
  const url = URL.parse(value);
  if (url === null || (url.protocol !== 'http:' && url.protocol !== 'https:')) return false;
  if (url.username !== '' || url.password !== '') return false;
  return origins.includes(url.origin);
}

/**
 * Lets public SPA clients return to any page of their origins. The demo site has many pages and
 * `<gos-login-button>` returns the user to the page they signed in from; Storybook serves stories from
 * `iframe.html?...`. Listing every page would break each time a page is added, and the origin is what the browser
 * security model protects anyway (PKCE binds the code to the page's verifier). oidc-provider checks redirects
 * through `Client#redirectUriAllowed` / `postLogoutRedirectUriAllowed`, so these are wrapped — on this provider's
 * own Client class only.
 */
export function allowRedirectsByOrigin(provider: Provider, clients: ConfiguredClients): void {
  const prototype = provider.Client.prototype;
  const redirectAllowed = prototype.redirectUriAllowed;
  const postLogoutAllowed = prototype.postLogoutRedirectUriAllowed;
  const origins = (client: Client): readonly string[] => clients.policy(client.clientId)?.redirectOrigins ?? [];

  prototype.redirectUriAllowed = function redirectUriAllowed(this: Client, value: string): boolean {
    return redirectAllowed.call(this, value) || isUrlOnOrigins(value, origins(this));
  };
  prototype.postLogoutRedirectUriAllowed = function postLogoutRedirectUriAllowed(this: Client, value: string): boolean {
    return postLogoutAllowed.call(this, value) || isUrlOnOrigins(value, origins(this));
  };
}

/** CORS for the provider's token, userinfo and revocation endpoints: the client's own origins only. */
export function clientOrigins(clients: ConfiguredClients, client: Client): readonly string[] {
  const policy = clients.policy(client.clientId);
  const registered = client.redirectUris.map((uri) => URL.parse(uri)?.origin).filter((o) => o !== undefined);
  return [...new Set([...(policy?.redirectOrigins ?? []), ...registered])];
}

/** For the CSP `form-action` of the sign-in pages: Chromium applies it to the redirects after a form post. */
export function formActionOrigins(clients: ConfiguredClients): readonly string[] {
  return clients.redirectUriOrigins;
}
