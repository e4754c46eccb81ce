/**
 * Sign-in flows for the provider's tests (not used by the app): openid-client 6 as an independent relying party,
 * the {@link TestBrowser} as the person at the keyboard, codes read from the outbox or computed from the published
 * TOTP secret.
 */
import * as client from 'openid-client';
import { Secret, TOTP } from 'otpauth';
import { expect } from 'vitest';
import type { Clock } from '../clock.js';
import { SEEDED_TOTP_SECRET, type SeededUser } from '../identity/index.js';
import { codeIn } from '../identity/test-support.js';
import type { FactorUsed } from '../identity/types.js';
import type { RunningBackend } from '../test-support.js';
import { formsIn, textOf, type Page, type TestBrowser } from './test-browser.js';

/** A page of the demo site on a configured CORS origin: any path there is an accepted redirect URI. */
export const DEMO_REDIRECT_URI = 'http://localhost:5173/pages/cabinet.html';
export const DEMO_POST_LOGOUT_URI = 'http://localhost:5173/';
export const PARTNER_REDIRECT_URI = 'http://localhost:3000/callback';
export const PARTNER_SECRET = 'gos-partner-dev-secret';

export const DEMO_SCOPE = 'openid fullname birthdate gender snils inn id_doc email mobile offline_access';

export async function demoClient(server: RunningBackend): Promise<client.Configuration> {
  return client.discovery(new URL(server.backend.issuer), 'gos-demo', undefined, client.None(), {
    execute: [client.allowInsecureRequests],
  });
}

export async function partnerClient(server: RunningBackend): Promise<client.Configuration> {
  return client.discovery(
    new URL(server.backend.issuer),
    'gos-partner',
    undefined,
    client.ClientSecretBasic(PARTNER_SECRET),
    {
      execute: [client.allowInsecureRequests],
    },
  );
}

export interface Authorization {
  readonly url: URL;
  readonly verifier: string;
  readonly state: string;
  readonly nonce: string;
  readonly redirectUri: string;
}

export async function authorization(
  config: client.Configuration,
  options: { redirectUri?: string; scope?: string; extra?: Record<string, string> } = {},
): Promise<Authorization> {
  const verifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const nonce = client.randomNonce();
  const redirectUri = options.redirectUri ?? DEMO_REDIRECT_URI;
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri,
    scope: options.scope ?? DEMO_SCOPE,
    code_challenge: await client.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    state,
    nonce,
    ...options.extra,
  });
  return { url, verifier, state, nonce, redirectUri };
}

/** The current code for the seeded authenticator app, at the domain's time. */
export function totpCode(clock: Clock): string {
  return TOTP.generate({
    secret: Secret.fromBase32(SEEDED_TOTP_SECRET),
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    timestamp: clock.now(),
  });
}

/** The latest code the outbox "sent" to the user on that channel. */
export function sentCode(server: RunningBackend, to: string): string {
  const [message] = server.backend.identity.outbox.list({ to, limit: 1 });
  if (!message) throw new Error(`nothing sent to ${to}`);
  return codeIn(message.text);
}

export function codeFor(server: RunningBackend, user: SeededUser, factor: FactorUsed, clock: Clock): string {
  switch (factor) {
    case 'sms':
      return sentCode(server, user.phone);
    case 'email':
      return sentCode(server, user.email);
    case 'totp':
      return totpCode(clock);
    case 'backup-code': {
      const code = user.backupCodes[0];
      if (!code) throw new Error(`${user.key} has no backup codes`);
      return code;
    }
  }
}

/** Fills in the login form of an interaction page. */
export async function submitPassword(
  browser: TestBrowser,
  page: Page,
  identifier: string,
  password: string,
  stopAt = DEMO_REDIRECT_URI,
): Promise<Page> {
  return browser.submit(page, '/login', { identifier, password }, stopAt);
}

export interface SignInOptions {
  readonly identifier?: string;
  /** The factor to confirm with; defaults to the user's first (or none). `backup-code` switches to it first. */
  readonly factor?: FactorUsed;
  readonly clock: Clock;
  readonly stopAt?: string;
}

/**
 * From the authorization URL to the redirect back to the client: login form, then (if the user has factors) the
 * second-factor page. Returns the last page — the callback URL when everything passed.
 */
export async function signIn(
  server: RunningBackend,
  browser: TestBrowser,
  start: URL,
  user: SeededUser,
  options: SignInOptions,
): Promise<Page> {
  const stopAt = options.stopAt ?? DEMO_REDIRECT_URI;
  const loginPage = await browser.navigate(start, { stopAt });
  expect(loginPage.status, textOf(loginPage.body)).toBe(200);
  let page = await submitPassword(browser, loginPage, options.identifier ?? user.phone, user.password, stopAt);
  const factor = options.factor ?? user.factors[0];
  if (factor === undefined) return page;

  expect(page.status, textOf(page.body)).toBe(200);
  if (factor !== user.factors[0]) {
    const switchForm = formsIn(page.body).find(
      (form) => form.action.endsWith('/factor') && form.fields['factor'] === factor,
    );
    if (!switchForm) throw new Error(`no switch to ${factor} on the page`);
    page = await browser.navigate(new URL(switchForm.action, page.url), { form: switchForm.fields, stopAt });
    expect(page.status).toBe(200);
  }
  return browser.submit(page, '/code', { code: codeFor(server, user, factor, options.clock) }, stopAt);
}

/** Exchanges the callback for tokens, validating the ID token (signature, iss, aud, nonce) and PKCE. */
export async function exchange(
  config: client.Configuration,
  callback: Page,
  auth: Authorization,
): Promise<client.TokenEndpointResponse & client.TokenEndpointResponseHelpers> {
  expect(callback.url.startsWith(auth.redirectUri), `ended at ${callback.url}: ${textOf(callback.body)}`).toBe(true);
  return client.authorizationCodeGrant(config, new URL(callback.url), {
    pkceCodeVerifier: auth.verifier,
    expectedState: auth.state,
    expectedNonce: auth.nonce,
    idTokenExpected: true,
  });
}
