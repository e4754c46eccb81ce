import * as client from 'openid-client';
import { afterEach, describe, expect, it } from 'vitest';
import { systemClock } from '../clock.js';
import { seededUser } from '../identity/index.js';
import { startTestBackend, type RunningBackend } from '../test-support.js';
import { TestBrowser, textOf } from './test-browser.js';
import { PARTNER_REDIRECT_URI, authorization, demoClient, exchange, partnerClient, signIn } from './test-flow.js';

const servers: RunningBackend[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

const PARTNER_SCOPE = 'openid fullname snils';

describe('a client that accepts confirmed accounts only (gos-partner, person_filter=conf_acc)', () => {
  it('refuses a standard account with a clear page and access_denied to the client', async () => {
    const server = await startTestBackend();
    servers.push(server);
    const config = await partnerClient(server);
    const user = seededUser('no-second-factor');
    const auth = await authorization(config, { redirectUri: PARTNER_REDIRECT_URI, scope: PARTNER_SCOPE });
    const browser = new TestBrowser();

    const refusal = await signIn(server, browser, auth.url, user, { clock: systemClock, stopAt: PARTNER_REDIRECT_URI });
    expect(refusal.status).toBe(403);
    expect(textOf(refusal.body)).toContain('принимает только подтверждённые учётные записи');
    expect(textOf(refusal.body)).toContain('стандартная');

    const back = await browser.submit(refusal, '/abort', {}, PARTNER_REDIRECT_URI);
    const params = new URL(back.url).searchParams;
    expect(params.get('error')).toBe('access_denied');
    expect(params.get('error_description')).toContain('conf_acc');
    expect(params.get('state')).toBe(auth.state);
    expect(server.backend.identity.journal.latest(user.oid, 1)[0]?.result).toBe('level-too-low');
  });

  it('lets a confirmed account in after consent, with client_secret_basic at the token endpoint', async () => {
    const server = await startTestBackend();
    servers.push(server);
    const config = await partnerClient(server);
    const user = seededUser('confirmed-sms');
    const auth = await authorization(config, { redirectUri: PARTNER_REDIRECT_URI, scope: PARTNER_SCOPE });
    const browser = new TestBrowser();

    const consent = await signIn(server, browser, auth.url, user, { clock: systemClock, stopAt: PARTNER_REDIRECT_URI });
    expect(consent.status).toBe(200);
    expect(textOf(consent.body)).toContain('запрашивает доступ к вашим данным');
    expect(textOf(consent.body)).toContain('СНИЛС');
    const callback = await browser.submit(consent, '/consent', {}, PARTNER_REDIRECT_URI);
    const tokens = await exchange(config, callback, auth);
    expect(tokens.claims()).toMatchObject({
      sub: user.oid,
      account_level: 'confirmed',
      'urn:esia:sbj': { is_tru: true },
    });
    expect((await client.fetchUserInfo(config, tokens.access_token, user.oid))['snils']).toBe(user.snils);
  });

  it('asks a signed-in standard account to sign in again with a confirmed one', async () => {
    const server = await startTestBackend();
    servers.push(server);
    const browser = new TestBrowser();
    const demo = await demoClient(server);
    const demoAuth = await authorization(demo);
    await exchange(
      demo,
      await signIn(server, browser, demoAuth.url, seededUser('no-second-factor'), { clock: systemClock }),
      demoAuth,
    );

    const partner = await partnerClient(server);
    const auth = await authorization(partner, { redirectUri: PARTNER_REDIRECT_URI, scope: PARTNER_SCOPE });
    const page = await browser.navigate(auth.url, { stopAt: PARTNER_REDIRECT_URI });
    expect(page.url).toMatch(/\/interaction\//);
    expect(textOf(page.body)).toContain('Войдите с подтверждённой учётной записью');
  });

  it('is refused without its secret', async () => {
    const server = await startTestBackend();
    servers.push(server);
    const wrong = await client.discovery(
      new URL(server.backend.issuer),
      'gos-partner',
      undefined,
      client.ClientSecretBasic('not-the-secret'),
      {
        execute: [client.allowInsecureRequests],
      },
    );
    await expect(client.refreshTokenGrant(wrong, 'whatever')).rejects.toMatchObject({ status: 401 });
  });
});
