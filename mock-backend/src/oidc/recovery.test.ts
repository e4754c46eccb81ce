import * as client from 'openid-client';
import { afterEach, describe, expect, it } from 'vitest';
import { systemClock } from '../clock.js';
import { seededUser } from '../identity/index.js';
import { startTestBackend, type RunningBackend } from '../test-support.js';
import { TestBrowser, textOf, type Page } from './test-browser.js';
import { DEMO_REDIRECT_URI, authorization, demoClient, exchange, sentCode, signIn } from './test-flow.js';

const servers: RunningBackend[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function backend(): Promise<RunningBackend> {
  const server = await startTestBackend();
  servers.push(server);
  return server;
}

const NEW_PASSWORD = 'Novyi!Parol2026';

/** Starts recovery for an identifier; returns the code page (the same whether or not the account exists). */
async function requestCode(server: RunningBackend, browser: TestBrowser, identifier: string): Promise<Page> {
  const start = await browser.navigate(`${server.url}/recovery`);
  expect(start.status).toBe(200);
  return browser.submit(start, '/recovery', { identifier });
}

describe('password recovery', () => {
  it('code to the phone → new password → every session, grant and refresh token of the account revoked', async () => {
    const server = await backend();
    const user = seededUser('confirmed-sms');
    const config = await demoClient(server);
    const signedIn = new TestBrowser();
    const auth = await authorization(config, { extra: { prompt: 'consent' } });
    const tokens = await exchange(config, await signIn(server, signedIn, auth.url, user, { clock: systemClock }), auth);
    expect(tokens.refresh_token).toEqual(expect.any(String));

    const browser = new TestBrowser();
    const codePage = await requestCode(server, browser, user.phone);
    expect(textOf(codePage.body)).toContain('Если учётная запись с такими данными существует');
    const passwordPage = await browser.submit(codePage, '/code', { code: sentCode(server, user.phone) });
    expect(passwordPage.status).toBe(200);
    expect(passwordPage.body).toMatch(/<input[^>]*id="password"[^>]*autocomplete="new-password"/);

    // Every failed rule of the core policy is listed, each as its own error.
    const weak = await browser.submit(passwordPage, '/password', { password: 'anna', confirmation: 'anna' });
    expect(weak.status).toBe(400);
    const summary = /<ul class="error-summary__list">([\s\S]*?)<\/ul>/.exec(weak.body)?.[1] ?? '';
    const items = textOf(summary.replaceAll('</li>', '|</li>'))
      .split('|')
      .map((item) => item.trim())
      .filter(Boolean);
    expect(items).toEqual(
      expect.arrayContaining([
        expect.stringContaining('не короче'),
        'Добавьте заглавную букву',
        'Добавьте цифру',
        expect.stringContaining('специальный символ'),
      ]),
    );
    expect(items.length).toBeGreaterThanOrEqual(5); // and the name «Анна» in it

    const done = await browser.submit(weak, '/password', { password: NEW_PASSWORD, confirmation: NEW_PASSWORD });
    expect(done.status).toBe(200);
    expect(textOf(done.body)).toContain('Пароль изменён');

    await expect(client.refreshTokenGrant(config, tokens.refresh_token!)).rejects.toMatchObject({
      error: 'invalid_grant',
    });
    await expect(client.fetchUserInfo(config, tokens.access_token, user.oid)).rejects.toBeDefined();
    // The old browser session is gone too: the next authorization asks for the password again.
    const again = await signedIn.navigate((await authorization(config)).url, { stopAt: DEMO_REDIRECT_URI });
    expect(again.url).toMatch(/\/interaction\//);

    const fresh = await authorization(config);
    const callback = await signIn(
      server,
      new TestBrowser(),
      fresh.url,
      { ...user, password: NEW_PASSWORD },
      { clock: systemClock },
    );
    expect((await exchange(config, callback, fresh)).claims()?.sub).toBe(user.oid);
    expect(server.backend.identity.journal.latest(user.oid, 5).map((entry) => entry.result)).toContain(
      'password-reset',
    );
  });

  it('answers the same way whether or not the identifier names an account', async () => {
    const server = await backend();
    const user = seededUser('no-second-factor');
    const flowId = (page: Page): string => /\/recovery\/([^/"]+)\/code/.exec(page.body)?.[1] ?? '';

    const known = new TestBrowser();
    const unknown = new TestBrowser();
    const knownPage = await requestCode(server, known, user.email);
    const unknownPage = await requestCode(server, unknown, 'nobody@example.ru');
    expect(unknownPage.status).toBe(knownPage.status);
    expect(unknownPage.body.replace(flowId(unknownPage), 'FLOW')).toBe(
      knownPage.body.replace(flowId(knownPage), 'FLOW'),
    );
    expect(server.backend.identity.outbox.list({ to: 'nobody@example.ru' })).toEqual([]);

    // Wrong codes count down the same way, to the same end.
    for (let attempt = 0; attempt < 4; attempt++) {
      const a = await known.submit(knownPage, '/code', { code: '000000' });
      const b = await unknown.submit(unknownPage, '/code', { code: '000000' });
      expect(b.status).toBe(a.status);
      expect(b.body.replace(flowId(unknownPage), 'FLOW')).toBe(a.body.replace(flowId(knownPage), 'FLOW'));
    }
  });
});
