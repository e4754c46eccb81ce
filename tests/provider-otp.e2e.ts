// The identity provider's second-factor page, as a citizen meets it: the plain code form is enhanced with
// <gos-otp-prompt> from the elements bundle; the code from the dev outbox, typed in, signs in and returns the
// browser to the site with an authorization code.
import { createHash, randomBytes } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { formatViolations, runAxe } from './support/axe.js';
import { launchBrowser, openPage } from './support/browser.js';
import { latestCodeFor } from './support/outbox.js';

const backendUrl = inject('backendUrl');
const demoUrl = inject('demoUrl');

// Seeded user «confirmed-sms» (README, mock-backend/src/identity/seed.ts).
const PHONE = '+79165550101';
const PASSWORD = 'Sms!Demo2026';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

function authorizationUrl(redirectUri: string): string {
  const verifier = randomBytes(32).toString('base64url');
  const params = new URLSearchParams({
    client_id: 'gos-demo',
    response_type: 'code',
    redirect_uri: redirectUri,
    scope: 'openid fullname',
    state: randomBytes(8).toString('hex'),
    code_challenge: createHash('sha256').update(verifier).digest('base64url'),
    code_challenge_method: 'S256',
  });
  return `${backendUrl}/oidc/auth?${params}`;
}

describe('second-factor page with <gos-otp-prompt>', () => {
  test('signs in with the SMS code typed into the prompt and returns to the site', async () => {
    const redirectUri = `${demoUrl}/mintrud.html`;
    const opened = await openPage(browser, authorizationUrl(redirectUri));
    const { page } = opened;
    try {
      await page.getByLabel('Телефон, почта или СНИЛС').fill(PHONE);
      await page.getByLabel('Пароль').fill(PASSWORD);
      await page.getByRole('button', { name: 'Войти' }).click();

      const prompt = page.locator('form[data-otp-prompt] gos-otp-prompt');
      await prompt.waitFor();
      await expect(prompt.getAttribute('destination')).resolves.toBe('+7 (***) ***-01-01');
      const input = prompt.locator('input');
      await expect(
        input.evaluate((element) => element === (element.getRootNode() as ShadowRoot).activeElement),
      ).resolves.toBe(true);
      expect(await page.locator('form[action$="/resend"]').isHidden()).toBe(true);
      expect(formatViolations(await runAxe(page))).toBe('');

      const code = await latestCodeFor(PHONE);
      await Promise.all([page.waitForURL((url) => url.href.startsWith(`${redirectUri}?code=`)), input.fill(code)]);
      expect(opened.describeProblems()).toBe('');
    } finally {
      await opened.close();
    }
  });
});
