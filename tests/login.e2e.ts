// Sign-in on a host page, end to end: <gos-login-button> on the demo pages against the mock identity provider —
// redirect and popup sign-in with a second factor from the dev outbox, return to the exact page and hash, reload,
// a second tab, sign-out in one tab reaching the other, the provider being unreachable and coming back, and two
// tabs living through rotating refresh-token renewals.
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { formatViolations, runAxe } from './support/axe.js';
import { launchBrowser, openPage } from './support/browser.js';
import { latestCodeFor } from './support/outbox.js';

const backendUrl = inject('backendUrl');
const demoUrl = inject('demoUrl');

// Seeded users (README, mock-backend/src/identity/seed.ts).
const SMIRNOVA = { phone: '+79165550101', password: 'Sms!Demo2026', shortName: 'Смирнова А. С.' };
const SOKOLOV = { phone: '+79265550404', password: 'Solo!Demo2026', shortName: 'Соколов А. В.' };
const KUZNETSOVA = { phone: '+79035550303', password: 'Mail!Demo2026', shortName: 'Кузнецова М. О.' };

const SIGN_IN = 'Войти через Госуслуги';
const SESSION_KEY = `gos.session.${backendUrl}/oidc|gos-demo`;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

// Scoped to the login button: «Мои заявления» on the same page invites to sign in with the same words.
const signInButton = (page: Page): Locator =>
  page.locator('gos-login-button').getByRole('button', { name: SIGN_IN, exact: true });
const accountButton = (page: Page, shortName: string): Locator =>
  page.locator('gos-login-button').getByRole('button', { name: shortName });

/** The provider's pages: password, then (when the account has one) the code from the dev outbox. */
async function signInAtProvider(page: Page, user: { phone: string; password: string }, codeTo?: string) {
  await page.waitForURL((url) => url.href.startsWith(backendUrl));
  await page.getByLabel('Телефон, почта или СНИЛС').fill(user.phone);
  await page.getByLabel('Пароль').fill(user.password);
  await page.getByRole('button', { name: 'Войти' }).click();
  if (codeTo) {
    const input = page.locator('form[data-otp-prompt] gos-otp-prompt input');
    await input.waitFor();
    await input.fill(await latestCodeFor(codeTo));
  }
}

/** The session's tokens as this tab keeps them (sessionStorage), or null. */
function storedSession(page: Page): Promise<{ accessToken: string; refreshToken?: string } | null> {
  return page.evaluate((key) => JSON.parse(sessionStorage.getItem(key) ?? 'null'), SESSION_KEY);
}

/** Starts recording the gos-* events that reach the document. */
async function recordElementEvents(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: { type: string; detail: unknown }[] = [];
    Object.assign(window, { gosEvents: seen });
    for (const type of ['gos-login', 'gos-logout', 'gos-session-expired', 'gos-error']) {
      document.addEventListener(type, (event) => seen.push({ type, detail: (event as CustomEvent).detail }));
    }
  });
}

function elementEvents(page: Page): Promise<{ type: string; detail: unknown }[]> {
  return page.evaluate(() => (window as unknown as { gosEvents: { type: string; detail: unknown }[] }).gosEvents);
}

async function refreshStatus(refreshToken: string): Promise<number> {
  const response = await fetch(`${backendUrl}/oidc/token`, {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: refreshToken, client_id: 'gos-demo' }),
  });
  return response.status;
}

async function userinfoStatus(accessToken: string): Promise<number> {
  const response = await fetch(`${backendUrl}/oidc/me`, { headers: { authorization: `Bearer ${accessToken}` } });
  return response.status;
}

describe('<gos-login-button> on the demo site', () => {
  test('redirect sign-in returns to the same page and hash; reload, a second tab and sign-out in both', async () => {
    const opened = await openPage(browser, `${demoUrl}/mintrud.html?from=e2e#services-title`);
    const { page, context } = opened;
    const second = await context.newPage();
    try {
      await signInButton(page).click();
      await signInAtProvider(page, SMIRNOVA, SMIRNOVA.phone);

      await page.waitForURL(`${demoUrl}/mintrud.html?from=e2e#services-title`);
      const account = accountButton(page, SMIRNOVA.shortName);
      await account.waitFor();
      expect(await page.locator('gos-login-button').evaluate((el) => el.shadowRoot?.textContent ?? '')).toMatch(
        /Подтвержд/,
      );
      // Tokens live in this tab's sessionStorage, never in localStorage.
      expect(await storedSession(page)).not.toBeNull();
      expect(await page.evaluate(() => JSON.stringify({ ...localStorage }))).not.toMatch(/token|eyJ/i);
      expect(formatViolations(await runAxe(page))).toBe('');

      // A reload keeps the session without a trip to the provider.
      const authorizeRequests: string[] = [];
      page.on('request', (request) => {
        if (request.url().startsWith(`${backendUrl}/oidc/auth`)) authorizeRequests.push(request.url());
      });
      await page.reload();
      await accountButton(page, SMIRNOVA.shortName).waitFor();
      expect(authorizeRequests).toEqual([]);

      // Another tab of the site is signed in too: the first tab shares its session.
      await second.goto(`${demoUrl}/szn.html`);
      await accountButton(second, SMIRNOVA.shortName).waitFor();

      // Sign-out in the second tab signs out the first, and ends the session at the provider.
      await accountButton(second, SMIRNOVA.shortName).click();
      await second.locator('gos-login-button').getByRole('button', { name: 'Выйти' }).click();
      await second.waitForURL((url) => url.href.startsWith(backendUrl));
      await signInButton(page).waitFor();
      await second.getByRole('button', { name: 'Выйти из Госуслуг' }).click();
      await second.waitForURL(`${demoUrl}/szn.html`);
      await signInButton(second).waitFor();
      expect(await storedSession(page)).toBeNull();
      expect(await storedSession(second)).toBeNull();
      expect(opened.describeProblems()).toBe('');
    } finally {
      await opened.close();
    }
  });

  test('popup mode signs in without leaving the page, and an open tab of the site is signed in too', async () => {
    const opened = await openPage(browser, `${demoUrl}/trudvsem.html`);
    const { page, context } = opened;
    const other = await context.newPage();
    try {
      await other.goto(`${demoUrl}/mintrud.html`);
      await signInButton(other).waitFor();
      const [popup] = await Promise.all([page.waitForEvent('popup'), signInButton(page).click()]);
      await signInAtProvider(popup, KUZNETSOVA, 'maria.kuznetsova@example.ru');
      await popup.waitForEvent('close');
      await accountButton(page, KUZNETSOVA.shortName).waitFor();
      expect(page.url()).toBe(`${demoUrl}/trudvsem.html`);
      await accountButton(other, KUZNETSOVA.shortName).waitFor();
      expect(opened.describeProblems()).toBe('');
    } finally {
      await opened.close();
    }
  });

  test('popup mode falls back to a redirect when the browser blocks the window', async () => {
    const opened = await openPage(browser, `${demoUrl}/trudvsem.html#widget-title`);
    const { page } = opened;
    try {
      // What a popup blocker does: window.open returns null.
      await page.evaluate(() => {
        window.open = () => null;
      });
      await signInButton(page).click();
      await signInAtProvider(page, SOKOLOV);
      await page.waitForURL(`${demoUrl}/trudvsem.html#widget-title`);
      await accountButton(page, SOKOLOV.shortName).waitFor();
    } finally {
      await opened.close();
    }
  });

  test('with the provider unreachable the button explains and offers a retry, and recovers when it is back', async () => {
    const opened = await openPage(browser, `${demoUrl}/mintrud.html`);
    const { page, context } = opened;
    try {
      // What the browser sees when the backend is stopped: connections to it are refused.
      await context.route(`${backendUrl}/**`, (route) => route.abort('connectionrefused'));
      await signInButton(page).click();
      const alert = page.locator('gos-login-button').getByRole('alert');
      await expect(alert.textContent({ timeout: 10_000 })).resolves.toMatch(/недоступ/);
      await page.locator('gos-login-button').getByRole('button', { name: 'Повторить' }).waitFor();

      await context.unroute(`${backendUrl}/**`);
      await signInButton(page).waitFor({ timeout: 20_000 });
      await signInButton(page).click();
      await page.waitForURL((url) => url.href.startsWith(`${backendUrl}/`));
      // The refused connections are the test's own doing; nothing else may have failed.
      opened.problems.failedRequests.length = 0;
      opened.problems.consoleErrors.splice(0, Infinity);
      expect(opened.describeProblems()).toBe('');
    } finally {
      await opened.close();
    }
  });

  test('an idle session is warned a minute ahead, can be kept, and then ends here and at the provider', async () => {
    const context = await browser.newContext({ locale: 'ru-RU' });
    await context.clock.install();
    try {
      const page = await context.newPage();
      await page.goto(`${demoUrl}/mintrud.html`);
      await signInButton(page).click();
      await signInAtProvider(page, SOKOLOV);
      await accountButton(page, SOKOLOV.shortName).waitFor();
      await recordElementEvents(page);

      // Fourteen minutes without a key press or click: the warning, with the focus on «Продолжить работу».
      await context.clock.fastForward('14:00');
      const dialog = page.getByRole('alertdialog', { name: 'Сеанс скоро завершится' });
      await dialog.waitFor();
      const keep = page.getByRole('button', { name: 'Продолжить работу' });
      await expect(keep.evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement)).resolves.toBe(true);
      expect(formatViolations(await runAxe(page))).toBe('');
      await page.keyboard.press('Enter');
      await dialog.waitFor({ state: 'hidden' });

      // Kept: another fourteen minutes bring the warning back; a minute later the session ends.
      await context.clock.fastForward('14:00');
      await dialog.waitFor();
      const refreshToken = (await storedSession(page))?.refreshToken;
      await context.clock.fastForward('01:00');
      await signInButton(page).waitFor();
      await expect(page.locator('gos-login-button [part~="notice"]').textContent()).resolves.toMatch(/бездействия/);
      expect(await storedSession(page)).toBeNull();
      expect(await elementEvents(page)).toContainEqual({ type: 'gos-session-expired', detail: { reason: 'idle' } });
      // The refresh token was revoked at the provider, not just forgotten here.
      expect(await refreshStatus(refreshToken!)).toBe(400);
    } finally {
      await context.close();
    }
  });

  test('a session revoked at the provider is detected at the next renewal and reported', async () => {
    const context = await browser.newContext({ locale: 'ru-RU' });
    await context.clock.install();
    try {
      const page = await context.newPage();
      await page.goto(`${demoUrl}/szn.html`);
      await signInButton(page).click();
      await signInAtProvider(page, SOKOLOV);
      await accountButton(page, SOKOLOV.shortName).waitFor();
      await recordElementEvents(page);
      const revocation = await fetch(`${backendUrl}/oidc/token/revocation`, {
        method: 'POST',
        body: new URLSearchParams({
          client_id: 'gos-demo',
          token: (await storedSession(page))!.refreshToken!,
          token_type_hint: 'refresh_token',
        }),
      });
      expect(revocation.status).toBe(200);

      await context.clock.fastForward('09:30');
      await signInButton(page).waitFor();
      await expect(page.locator('gos-login-button [part~="notice"]').textContent()).resolves.toMatch(
        /завершён на Госуслугах/,
      );
      expect(await elementEvents(page)).toContainEqual({ type: 'gos-session-expired', detail: { reason: 'revoked' } });
    } finally {
      await context.close();
    }
  });

  test('two tabs stay signed in through rotating refresh-token renewals, and the follower takes over', async () => {
    const context: BrowserContext = await browser.newContext({ locale: 'ru-RU' });
    // The access token lives 10 minutes; a fake clock gets there without waiting.
    await context.clock.install();
    const renewals: number[] = [];
    context.on('response', (response) => {
      const request = response.request();
      if (request.url() === `${backendUrl}/oidc/token` && /grant_type=refresh_token/.test(request.postData() ?? '')) {
        renewals.push(response.status());
      }
    });
    try {
      const first = await context.newPage();
      await first.goto(`${demoUrl}/mintrud.html`);
      await signInButton(first).click();
      await signInAtProvider(first, SOKOLOV);
      await accountButton(first, SOKOLOV.shortName).waitFor();
      const second = await context.newPage();
      await second.goto(`${demoUrl}/szn.html`);
      await accountButton(second, SOKOLOV.shortName).waitFor();
      const initial = await storedSession(first);

      // Nine and a half minutes on, one tab (the leader) renews and hands the new tokens to the other.
      await context.clock.fastForward('09:30');
      await expect.poll(() => renewals, { timeout: 15_000 }).toEqual([200]);
      await expect.poll(async () => (await storedSession(second))?.refreshToken).not.toBe(initial?.refreshToken);
      expect((await storedSession(first))?.refreshToken).toBe((await storedSession(second))?.refreshToken);

      // The first tab goes away; the second takes over and renews with the rotated token it was given.
      await first.close();
      await second.keyboard.press('Shift');
      await context.clock.fastForward('09:30');
      await expect.poll(() => renewals, { timeout: 15_000 }).toEqual([200, 200]);
      await accountButton(second, SOKOLOV.shortName).waitFor();
      const renewed = await storedSession(second);
      expect(renewed?.refreshToken).not.toBe(initial?.refreshToken);
      expect(await userinfoStatus(renewed!.accessToken)).toBe(200);
    } finally {
      await context.close();
    }
  });
});
