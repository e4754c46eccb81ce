import * as client from 'openid-client';
import { afterEach, describe, expect, it } from 'vitest';
import { systemClock } from '../clock.js';
import { seededUser, type SeededUserKey } from '../identity/index.js';
import type { FactorUsed } from '../identity/types.js';
import { startTestBackend, type RunningBackend } from '../test-support.js';
import { TestBrowser, formByAction, textOf } from './test-browser.js';
import {
  DEMO_POST_LOGOUT_URI,
  DEMO_REDIRECT_URI,
  authorization,
  demoClient,
  exchange,
  signIn,
  submitPassword,
} from './test-flow.js';

const servers: RunningBackend[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function backend(): Promise<RunningBackend> {
  const server = await startTestBackend();
  servers.push(server);
  return server;
}

const FLOWS: readonly {
  user: SeededUserKey;
  factor?: FactorUsed;
  amr: string[];
  identifier: 'phone' | 'email' | 'snils';
}[] = [
  { user: 'confirmed-sms', factor: 'sms', amr: ['pwd', 'sms', 'mfa'], identifier: 'phone' },
  { user: 'confirmed-sms', factor: 'email', amr: ['pwd', 'email', 'mfa'], identifier: 'snils' },
  { user: 'simplified-email', factor: 'email', amr: ['pwd', 'email', 'mfa'], identifier: 'email' },
  { user: 'standard-totp', factor: 'totp', amr: ['pwd', 'otp', 'mfa'], identifier: 'snils' },
  { user: 'standard-totp', factor: 'backup-code', amr: ['pwd', 'backup', 'mfa'], identifier: 'phone' },
  { user: 'no-second-factor', amr: ['pwd'], identifier: 'email' },
];

describe('sign-in with openid-client (code + PKCE) for each seeded factor', () => {
  it.each(FLOWS)('$user with $factor: tokens, id token, userinfo, refresh rotation, logout', async (flow) => {
    const server = await backend();
    const user = seededUser(flow.user);
    const config = await demoClient(server);
    const browser = new TestBrowser();
    const auth = await authorization(config);
    const identifier = flow.identifier === 'snils' ? (user.snils ?? user.phone) : user[flow.identifier];

    const callback = await signIn(server, browser, auth.url, user, {
      identifier,
      clock: systemClock,
      ...(flow.factor ? { factor: flow.factor } : {}),
    });
    const tokens = await exchange(config, callback, auth);

    const claims = tokens.claims();
    expect(claims).toMatchObject({
      iss: server.backend.issuer,
      aud: 'gos-demo',
      sub: user.oid,
      amr: flow.amr,
      account_level: user.level,
      'urn:esia:sbj': { typ: 'P', oid: user.oid, is_tru: user.level === 'confirmed' },
    });
    // Personal data stays out of the ID token (it travels as id_token_hint in logout URLs).
    expect(claims).not.toHaveProperty('snils');
    // First-party SPA without prompt=consent: a session-bound refresh token, no offline_access.
    expect(tokens.scope).not.toContain('offline_access');
    expect(tokens.refresh_token).toEqual(expect.any(String));

    const info = await client.fetchUserInfo(config, tokens.access_token, user.oid);
    expect(info).toMatchObject({
      sub: user.oid,
      lastName: user.person.lastName,
      firstName: user.person.firstName,
      family_name: user.person.lastName,
      given_name: user.person.firstName,
      email: user.email,
      phone_number: user.phone,
      account_level: user.level,
    });
    if (user.snils) expect(info['snils']).toBe(user.snils);
    const passport = user.person.documents[0];
    if (passport) {
      expect(info['id_doc']).toEqual({
        type: 'RF_PASSPORT',
        series: passport.series,
        number: passport.number,
        issueDate: passport.issueDate,
        issueId: passport.issueId,
        issuedBy: passport.issuedBy,
      });
    }
    const [day, month, year] = user.person.birthDate.split('.');
    expect(info['birthdate']).toBe(`${year}-${month}-${day}`);

    // Rotation: the new refresh token works, the used one is refused.
    const refreshed = await client.refreshTokenGrant(config, tokens.refresh_token!);
    expect(refreshed.refresh_token).toEqual(expect.any(String));
    expect(refreshed.refresh_token).not.toBe(tokens.refresh_token);
    expect(refreshed.claims()?.sub).toBe(user.oid);
    expect((await client.fetchUserInfo(config, refreshed.access_token, user.oid)).sub).toBe(user.oid);
    const second = await client.refreshTokenGrant(config, refreshed.refresh_token!);
    await expect(client.refreshTokenGrant(config, refreshed.refresh_token!)).rejects.toMatchObject({
      error: 'invalid_grant',
    });
    // Replaying a rotated-out token means it leaked: the whole token family goes.
    await expect(client.refreshTokenGrant(config, second.refresh_token!)).rejects.toMatchObject({
      error: 'invalid_grant',
    });

    // RP-initiated logout: our Russian confirmation page, then back to the site; the session is gone.
    const logoutUrl = client.buildEndSessionUrl(config, {
      id_token_hint: tokens.id_token!,
      post_logout_redirect_uri: DEMO_POST_LOGOUT_URI,
      state: 'bye',
    });
    const confirm = await browser.navigate(logoutUrl);
    expect(confirm.status).toBe(200);
    expect(confirm.body).toContain('lang="ru"');
    expect(textOf(confirm.body)).toContain('Выйти из Госуслуг');
    expect(confirm.body).not.toContain('googleapis');
    const done = await browser.submit(confirm, '/session/end/confirm', { logout: 'yes' }, DEMO_POST_LOGOUT_URI);
    expect(done.url).toBe(`${DEMO_POST_LOGOUT_URI}?state=bye`);

    const again = await browser.navigate((await authorization(config)).url, { stopAt: DEMO_REDIRECT_URI });
    expect(again.url).toMatch(/\/interaction\//);
    expect(formByAction(again.body, '/login')).toBeDefined();
  });
});

describe('offline access', () => {
  it('is granted with prompt=consent and outlives the logout; the session-bound token does not', async () => {
    const server = await backend();
    const user = seededUser('no-second-factor');
    const config = await demoClient(server);
    const browser = new TestBrowser();
    const offline = await authorization(config, { extra: { prompt: 'consent' } });
    const offlineTokens = await exchange(
      config,
      await signIn(server, browser, offline.url, user, { clock: systemClock }),
      offline,
    );
    expect(offlineTokens.scope).toContain('offline_access');

    const online = await authorization(config, { scope: 'openid fullname' });
    const onlineTokens = await exchange(
      config,
      await browser.navigate(online.url, { stopAt: DEMO_REDIRECT_URI }),
      online,
    );
    expect(onlineTokens.refresh_token).toEqual(expect.any(String));

    const confirm = await browser.navigate(
      client.buildEndSessionUrl(config, {
        id_token_hint: onlineTokens.id_token!,
        post_logout_redirect_uri: DEMO_POST_LOGOUT_URI,
      }),
    );
    await browser.submit(confirm, '/session/end/confirm', { logout: 'yes' }, DEMO_POST_LOGOUT_URI);

    await expect(client.refreshTokenGrant(config, onlineTokens.refresh_token!)).rejects.toMatchObject({
      error: 'invalid_grant',
    });
    expect((await client.refreshTokenGrant(config, offlineTokens.refresh_token!)).access_token).toEqual(
      expect.any(String),
    );
  });
});

describe('the login page', () => {
  it('is a Russian, accessible, self-contained form in light DOM', async () => {
    const server = await backend();
    const config = await demoClient(server);
    const page = await new TestBrowser().navigate((await authorization(config)).url);

    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toContain('no-store');
    expect(page.body).toContain('<html lang="ru">');
    expect(page.body).toMatch(/<label class="field__label" for="identifier">/);
    expect(page.body).toMatch(/<input[^>]*id="identifier"[^>]*autocomplete="username"/);
    expect(page.body).toMatch(/<input[^>]*id="password"[^>]*type="password"[^>]*autocomplete="current-password"/);
    expect(page.body).not.toMatch(/<script>|<style|\sstyle=|\son\w+="/); // no inline code (CSP)
    expect(page.body).not.toMatch(/https?:\/\/(?!localhost)/); // nothing from elsewhere
    const css = await fetch(`${server.url}/assets/interaction/interaction.css`);
    expect(css.status).toBe(200);
    expect(await css.text()).not.toContain('@import');
    expect((await fetch(`${server.url}/assets/interaction/interaction.js`)).status).toBe(200);
  });

  it('answers an unknown identifier and a wrong password with the same page', async () => {
    const server = await backend();
    const config = await demoClient(server);
    const user = seededUser('no-second-factor');
    const attempt = async (identifier: string): Promise<{ status: number; body: string }> => {
      const browser = new TestBrowser();
      const page = await browser.navigate((await authorization(config)).url);
      const uid = /\/interaction\/([^/"]+)\/login/.exec(page.body)?.[1] ?? '';
      const answer = await submitPassword(browser, page, identifier, 'Wrong!Password1');
      return { status: answer.status, body: answer.body.replaceAll(uid, 'UID').replaceAll(identifier, 'ID') };
    };

    const known = await attempt(user.phone);
    const unknown = await attempt('+79990000000');
    expect(known.status).toBe(401);
    expect(textOf(known.body)).toContain('Неверный логин или пароль');
    expect(unknown).toEqual(known);
  });

  it('refuses an authorization request without PKCE, and one with plain PKCE', async () => {
    const server = await backend();
    const config = await demoClient(server);
    const browser = new TestBrowser();
    for (const extra of [{}, { code_challenge: 'x'.repeat(43), code_challenge_method: 'plain' }] as Record<
      string,
      string
    >[]) {
      const url = client.buildAuthorizationUrl(config, {
        redirect_uri: DEMO_REDIRECT_URI,
        scope: 'openid',
        state: 'no-pkce',
        ...extra,
      });
      const answer = await browser.navigate(url, { stopAt: DEMO_REDIRECT_URI });
      const params = new URL(answer.url).searchParams;
      expect(params.get('error')).toBe('invalid_request');
      expect(params.get('state')).toBe('no-pkce');
      expect(params.get('code')).toBeNull();
    }
  });

  it('accepts any page of a configured origin as redirect URI, and refuses other origins with a Russian page', async () => {
    const server = await backend();
    const config = await demoClient(server);
    const storybook = await authorization(config, { redirectUri: 'http://localhost:6006/iframe.html' });
    const page = await new TestBrowser().navigate(storybook.url);
    expect(page.url).toMatch(/\/interaction\//);

    const evil = await authorization(config, { redirectUri: 'http://localhost:5174/pages/cabinet.html' });
    const refused = await new TestBrowser().navigate(evil.url);
    expect(refused.status).toBe(400);
    expect(refused.body).toContain('lang="ru"');
    expect(textOf(refused.body)).toContain('Адрес возврата на сайт не зарегистрирован');
    expect(refused.body).not.toContain('googleapis');
  });
});

describe('the second-factor page', () => {
  it('shows the masked destination, time and attempts left, and counts wrong codes', async () => {
    const server = await backend();
    const config = await demoClient(server);
    const user = seededUser('confirmed-sms');
    const browser = new TestBrowser();
    const login = await browser.navigate((await authorization(config)).url);
    const page = await submitPassword(browser, login, user.phone, user.password);

    expect(page.body).toMatch(/<input[^>]*id="code"[^>]*autocomplete="one-time-code"[^>]*inputmode="numeric"/);
    const text = textOf(page.body);
    expect(text).toContain('+7 (***) ***-01-01');
    expect(text).toMatch(/Код действует ещё \d+ с/);
    expect(text).toContain('Осталось попыток ввода: 3');
    expect(text).toContain('Код на электронную почту'); // switch to another enabled factor
    expect(text).toContain('Резервный код');
    expect(page.body).toMatch(/<button[^>]*disabled[^>]*>\s*Отправить код ещё раз/); // cooldown

    const wrong = await browser.submit(page, '/code', { code: '000000' });
    expect(wrong.status).toBe(401);
    expect(textOf(wrong.body)).toContain('Неверный код. Осталось попыток: 2.');
    expect(wrong.body).toContain('data-error-summary');

    const early = await browser.submit(wrong, '/resend');
    expect(early.status).toBe(429);
    expect(Number(early.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});

describe('per-IP rate limits', () => {
  it('answers 429 with Retry-After once the sign-in budget is spent', async () => {
    const { DEFAULT_LIMITS } = await import('../limits.js');
    const server = await startTestBackend({
      limits: { ...DEFAULT_LIMITS, rateLimits: { ...DEFAULT_LIMITS.rateLimits, signIn: { windowMs: 60_000, max: 2 } } },
    });
    servers.push(server);
    const config = await demoClient(server);
    const browser = new TestBrowser();
    const page = await browser.navigate((await authorization(config)).url);
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await submitPassword(browser, page, '+79990000000', 'x')).status);
    expect(statuses).toEqual([401, 401, 429]);
    const limited = await submitPassword(browser, page, '+79990000000', 'x');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(textOf(limited.body)).toContain('Слишком много попыток');
  });
});
