import { afterEach, describe, expect, it } from 'vitest';
import { FakeClock } from '../clock.js';
import { seededUser } from '../identity/index.js';
import { DEFAULT_LIMITS } from '../limits.js';
import { startTestBackend, type RunningBackend } from '../test-support.js';
import { TestBrowser, textOf } from './test-browser.js';
import { DEMO_REDIRECT_URI, authorization, demoClient, submitPassword } from './test-flow.js';

const servers: RunningBackend[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

describe('password lockout on the login page', () => {
  it('locks after three wrong passwords, says until when (Moscow time), and lets in after the period', async () => {
    // 09:30 UTC = 12:30 МСК; the lock lasts Limits.password.lockoutMs (15 min) → «до 12:45».
    const clock = new FakeClock(Date.UTC(2026, 10, 24, 9, 30, 0));
    const server = await startTestBackend({ clock });
    servers.push(server);
    const config = await demoClient(server);
    const user = seededUser('no-second-factor');
    const browser = new TestBrowser();
    let page = await browser.navigate((await authorization(config)).url);

    for (let attempt = 1; attempt < DEFAULT_LIMITS.password.maxFailures; attempt++) {
      page = await submitPassword(browser, page, user.email, `Wrong!${attempt}x2026`);
      expect(page.status).toBe(401);
    }
    // The third wrong password locks the account, and the page says until when.
    const third = await submitPassword(browser, page, user.email, 'Wrong!3x2026');
    expect(third.status).toBe(423);
    expect(textOf(third.body)).toContain('Вход заблокирован до 12:45 (МСК)');
    expect(third.body).toContain('data-error-summary');
    // Even the right password is refused while locked.
    const locked = await submitPassword(browser, third, user.email, user.password);
    expect(locked.status).toBe(423);
    expect(textOf(locked.body)).toContain('до 12:45');

    clock.advance(DEFAULT_LIMITS.password.lockoutMs);
    const passed = await submitPassword(browser, locked, user.email, user.password);
    expect(passed.url.startsWith(DEMO_REDIRECT_URI)).toBe(true);
    expect(new URL(passed.url).searchParams.get('code')).toEqual(expect.any(String));

    const journal = server.backend.identity.journal.latest(user.oid, 10).map((entry) => entry.result);
    expect(journal).toEqual(['success', 'locked', 'locked', 'wrong-password', 'wrong-password']);
  });

  it('shows the seeded locked account as locked', async () => {
    const server = await startTestBackend();
    servers.push(server);
    const config = await demoClient(server);
    const user = seededUser('locked');
    const browser = new TestBrowser();
    const page = await submitPassword(
      browser,
      await browser.navigate((await authorization(config)).url),
      user.phone,
      user.password,
    );
    expect(page.status).toBe(423);
    expect(textOf(page.body)).toMatch(/Вход заблокирован до \d\d:\d\d \(МСК\)/);
  });
});
