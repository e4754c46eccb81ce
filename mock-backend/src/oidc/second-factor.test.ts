import { afterEach, describe, expect, it } from 'vitest';
import { FakeClock } from '../clock.js';
import { seededUser } from '../identity/index.js';
import { DEFAULT_LIMITS } from '../limits.js';
import { startTestBackend, type RunningBackend } from '../test-support.js';
import { TestBrowser, textOf } from './test-browser.js';
import { DEMO_REDIRECT_URI, authorization, demoClient, sentCode, submitPassword } from './test-flow.js';

const servers: RunningBackend[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

const { otp } = DEFAULT_LIMITS;

describe('the second-factor page on the domain clock', () => {
  it('honours the resend cooldown, refuses an expired code and the code after the last wrong attempt', async () => {
    const clock = new FakeClock();
    const server = await startTestBackend({ clock });
    servers.push(server);
    const config = await demoClient(server);
    const user = seededUser('confirmed-sms');
    const browser = new TestBrowser();
    let page = await submitPassword(
      browser,
      await browser.navigate((await authorization(config)).url),
      user.phone,
      user.password,
    );
    const first = sentCode(server, user.phone);

    // Too early: 429 with Retry-After, nothing sent.
    const early = await browser.submit(page, '/resend');
    expect(early.status).toBe(429);
    expect(early.headers.get('retry-after')).toBe(String(otp.resendCooldownMs / 1000));
    expect(server.backend.identity.outbox.list({ to: user.phone })).toHaveLength(1);

    // After the cooldown a new code goes out and the old one stops working.
    clock.advance(otp.resendCooldownMs);
    page = await browser.submit(early, '/resend');
    expect(page.status).toBe(200);
    expect(textOf(page.body)).toContain('Новый код отправлен');
    const second = sentCode(server, user.phone);
    expect(server.backend.identity.outbox.list({ to: user.phone })).toHaveLength(2);

    // Expired.
    clock.advance(otp.lifetimeMs);
    const expired = await browser.submit(page, '/code', { code: second });
    expect(textOf(expired.body)).toContain('Срок действия кода истёк');

    // A fresh code; every wrong attempt counts down; after the last one even the right code is refused.
    clock.advance(otp.resendCooldownMs);
    page = await browser.submit(expired, '/resend');
    const third = sentCode(server, user.phone);
    expect(third).not.toBe(first);
    for (let left = otp.maxAttempts - 1; left >= 0; left--) {
      page = await browser.submit(page, '/code', { code: third === '000000' ? '111111' : '000000' });
      expect(page.status).toBe(401);
    }
    const refused = await browser.submit(page, '/code', { code: third });
    expect(refused.status).toBe(401);
    expect(textOf(refused.body)).toContain('исчерпаны');

    // A new code gets the user in.
    clock.advance(otp.resendCooldownMs);
    page = await browser.submit(refused, '/resend');
    const passed = await browser.submit(page, '/code', { code: sentCode(server, user.phone) }, DEMO_REDIRECT_URI);
    expect(passed.url.startsWith(DEMO_REDIRECT_URI)).toBe(true);
    const results = server.backend.identity.journal.latest(user.oid, 10).map((entry) => entry.result);
    expect(results).toEqual(['success', 'wrong-code', 'wrong-code', 'wrong-code', 'wrong-code', 'code-expired']);
  });
});
