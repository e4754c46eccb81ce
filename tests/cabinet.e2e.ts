// «Мои заявления» on the demo's social-protection page against the mock cabinet: sign in, see the seeded
// applications, a status change from the dev endpoint arrives without a reload, a requested PDF moves an
// application on, bad files are refused with clear messages, an offline spell is caught up on, and another citizen
// sees only their own.
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { formatViolations, runAxe } from './support/axe.js';
import { launchBrowser, openPage } from './support/browser.js';
import { latestCodeFor } from './support/outbox.js';

const backendUrl = inject('backendUrl');
const demoUrl = inject('demoUrl');

// Seeded users without a second factor / with an e-mail code (README).
const SOKOLOV = { phone: '+79265550404', password: 'Solo!Demo2026', shortName: 'Соколов А. В.' };
const KUZNETSOVA = { phone: '+79035550303', password: 'Mail!Demo2026', email: 'maria.kuznetsova@example.ru' };

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function signIn(page: Page, user: { phone: string; password: string; email?: string }): Promise<void> {
  await page.locator('gos-login-button').getByRole('button', { name: 'Войти через Госуслуги' }).click();
  await page.waitForURL((url) => url.href.startsWith(backendUrl));
  await page.getByLabel('Телефон, почта или СНИЛС').fill(user.phone);
  await page.getByLabel('Пароль').fill(user.password);
  await page.getByRole('button', { name: 'Войти' }).click();
  if (user.email) {
    const input = page.locator('form[data-otp-prompt] gos-otp-prompt input');
    await input.waitFor();
    await input.fill(await latestCodeFor(user.email));
  }
  await page.waitForURL((url) => url.href.startsWith(`${demoUrl}/szn.html`));
}

const cabinet = (page: Page): Locator => page.locator('gos-application-status');
const items = (page: Page): Locator => cabinet(page).locator('[part="item"]');

async function numbers(page: Page): Promise<string[]> {
  await items(page).first().waitFor();
  return (await items(page).locator('button').allTextContents()).map((text) => text.replace(/\D+/, '').trim());
}

describe('<gos-application-status> on the demo site', () => {
  test('a citizen sees their applications; changes arrive live; a requested PDF moves one on; bad files are refused', async () => {
    const opened = await openPage(browser, `${demoUrl}/szn.html`);
    const { page } = opened;
    try {
      await expect(
        cabinet(page).getByText('Войдите через Госуслуги, чтобы увидеть').textContent(),
      ).resolves.toBeTruthy();
      await signIn(page, SOKOLOV);
      expect(await numbers(page)).toHaveLength(8);
      expect(formatViolations(await runAxe(page))).toBe('');

      // The department moves an application (dev endpoint): the list shows it without a reload.
      const accepted = items(page).filter({ hasText: 'Принято' }).first();
      const number = (await accepted.locator('button').textContent())!.replace(/\D+/, '').trim();
      const changed = await fetch(`${backendUrl}/dev/applications/app-${number}/status`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ status: 'approved', comment: 'Решение принято' }),
      });
      expect(changed.status).toBe(200);
      await items(page).filter({ hasText: number }).filter({ hasText: 'Одобрено' }).waitFor();
      await cabinet(page).getByText(`Заявление № ${number}: Одобрено`).waitFor({ state: 'attached' });

      // «Требуется доработка»: bad files are refused with clear messages, a PDF moves it back to review.
      await items(page).filter({ hasText: 'Требуется доработка' }).first().locator('button').click();
      const file = cabinet(page).locator('input[type=file]');
      const submit = cabinet(page).getByRole('button', { name: 'Загрузить' });
      const error = cabinet(page).locator('.message-error');
      const big = Buffer.alloc(6 * 1024 * 1024);
      big.write('%PDF-1.4');
      await file.setInputFiles({ name: 'spravka.pdf', mimeType: 'application/pdf', buffer: big });
      await submit.click();
      await expect.poll(() => error.textContent()).toMatch(/^Файл больше 5 МБ\./);
      const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(1024)]);
      await file.setInputFiles({ name: 'spravka.pdf', mimeType: 'application/pdf', buffer: exe });
      await submit.click();
      await expect.poll(() => error.textContent()).toMatch(/Этот файл не подходит.*по содержимому/);
      expect(formatViolations(await runAxe(page))).toBe('');
      const pdf = Buffer.from('%PDF-1.4\n1 0 obj\n<< >>\nendobj\ntrailer\n<< >>\n%%EOF\n');
      await file.setInputFiles({ name: 'spravka.pdf', mimeType: 'application/pdf', buffer: pdf });
      await submit.click();
      await cabinet(page).locator('[part="detail"] .badge').first().filter({ hasText: 'На проверке' }).waitFor();
      expect(opened.problems.pageErrors).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  test('offline, the list says so; back online it shows what changed meanwhile and goes on live', async () => {
    const opened = await openPage(browser, `${demoUrl}/szn.html`);
    const { page } = opened;
    try {
      await signIn(page, SOKOLOV);
      const draft = items(page).filter({ hasText: 'Черновик' }).first();
      const number = (await draft.locator('button').textContent())!.replace(/\D+/, '').trim();
      const setStatus = (status: string) =>
        fetch(`${backendUrl}/dev/applications/app-${number}/status`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ status }),
        });

      await page.context().setOffline(true);
      await cabinet(page).getByText('Нет подключения к интернету').first().waitFor();
      expect(formatViolations(await runAxe(page))).toBe('');
      // The department moves it while this page cannot hear about it.
      expect((await setStatus('accepted')).status).toBe(200);

      await page.context().setOffline(false);
      await items(page).filter({ hasText: number }).filter({ hasText: 'Принято' }).waitFor();
      await expect.poll(() => cabinet(page).getByText('Нет подключения к интернету').count()).toBe(0);
      // And the event stream is back: the next change arrives by itself, and is announced.
      expect((await setStatus('in-review')).status).toBe(200);
      await items(page).filter({ hasText: number }).filter({ hasText: 'На проверке' }).waitFor();
      await cabinet(page).getByText(`Заявление № ${number}: На проверке`).waitFor({ state: 'attached' });
      expect(opened.problems.pageErrors).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  test('another citizen sees only their own applications', async () => {
    const first = await openPage(browser, `${demoUrl}/szn.html`);
    const second = await openPage(browser, `${demoUrl}/szn.html`);
    try {
      await signIn(first.page, SOKOLOV);
      await signIn(second.page, KUZNETSOVA);
      const mine = await numbers(first.page);
      const theirs = await numbers(second.page);
      expect(mine).toHaveLength(8);
      expect(theirs).toHaveLength(8);
      expect(mine.filter((number) => theirs.includes(number))).toEqual([]);
    } finally {
      await first.close();
      await second.close();
    }
  });
});
