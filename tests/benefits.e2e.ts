// «Выплаты и пособия» on the demo's social-protection page against the mock backend: a citizen signs in, filters
// last year's paid payments, sees totals that match the API (summed here page by page), the filter lands in the URL
// and survives a reload, and both statements download: a CSV with a row per payment and a PDF a PDF reader can read.
import { readFile } from 'node:fs/promises';
import type { Browser, Locator, Page } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { formatViolations, runAxe } from './support/axe.js';
import { launchBrowser, openPage } from './support/browser.js';
import { latestCodeFor } from './support/outbox.js';

const backendUrl = inject('backendUrl');
const demoUrl = inject('demoUrl');

// The seeded family with two children (README): SMS code as the second factor.
const SMIRNOVA = { phone: '+79165550101', password: 'Sms!Demo2026', name: 'Смирнова Анна Сергеевна' };

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const history = (page: Page): Locator => page.locator('gos-benefits-history');

async function signIn(page: Page): Promise<void> {
  await page.locator('gos-login-button').getByRole('button', { name: 'Войти через Госуслуги' }).click();
  await page.waitForURL((url) => url.href.startsWith(backendUrl));
  await page.getByLabel('Телефон, почта или СНИЛС').fill(SMIRNOVA.phone);
  await page.getByLabel('Пароль').fill(SMIRNOVA.password);
  await page.getByRole('button', { name: 'Войти' }).click();
  const code = page.locator('form[data-otp-prompt] gos-otp-prompt input');
  await code.waitFor();
  await code.fill(await latestCodeFor(SMIRNOVA.phone));
  await page.waitForURL((url) => url.href.startsWith(`${demoUrl}/szn.html`));
}

interface ListedPage {
  items: { amount: { kopecks: number }; status: string }[];
  total: number;
  totals: { count: number; paidSum: { kopecks: number } };
}

/** Every payment of the query, page by page, as the API lists them. */
async function everyPayment(token: string, query: string): Promise<ListedPage['items']> {
  const items: ListedPage['items'] = [];
  for (let page = 1; ; page += 1) {
    const response = await fetch(`${backendUrl}/api/v1/payments?${query}&pageSize=100&page=${page}`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as ListedPage;
    items.push(...body.items);
    if (items.length >= body.total) return items;
  }
}

const rubles = (kopecks: number) =>
  new Intl.NumberFormat('ru-RU', { style: 'currency', currency: 'RUB' }).format(kopecks / 100).replace(/\s/g, ' ');

describe('<gos-benefits-history> on the demo site', () => {
  test('a citizen filters last year’s paid payments; totals match the API; CSV and PDF statements download', async () => {
    const opened = await openPage(browser, `${demoUrl}/szn.html`);
    const { page } = opened;
    try {
      await history(page).getByText('Войдите через Госуслуги, чтобы увидеть свои выплаты').waitFor();
      await signIn(page);
      // The element's own request carries the citizen's access token: the test asks the API with it too.
      const listRequest = page.waitForRequest((request) => /\/api\/v1\/payments\?/.test(request.url()));
      await history(page).locator('table[part="table"]').waitFor();
      const token = ((await listRequest).headers()['authorization'] ?? '').replace(/^Bearer /, '');
      expect(token).not.toBe('');
      expect(formatViolations(await runAxe(page))).toBe('');

      await history(page).locator('#period').selectOption({ label: 'Прошлый год' });
      await history(page).getByRole('checkbox', { name: 'Выплачено' }).check();
      const year = new Date().getFullYear() - 1;
      await expect.poll(() => new URL(page.url()).searchParams.get('pay-status')).toBe('paid');
      expect(new URL(page.url()).searchParams.get('pay-period')).toBe('last-year');

      const paid = await everyPayment(token, `from=${year}-01-01&to=${year}-12-31&statuses=paid`);
      expect(paid.length).toBeGreaterThan(12);
      expect(paid.every((payment) => payment.status === 'paid')).toBe(true);
      const sum = paid.reduce((total, payment) => total + payment.amount.kopecks, 0);
      const totals = history(page).locator('[part="totals"]');
      await expect
        .poll(() => totals.textContent().then((text) => text?.replace(/\s+/g, ' ')))
        .toContain(`Найдено ${paid.length} выплат`);
      expect((await totals.textContent())?.replace(/\s+/g, ' ')).toContain(`выплачено ${rubles(sum)}`);
      expect(await history(page).locator('table[part="table"] caption').textContent()).toContain(
        `с 01.01.${year} по 31.12.${year}`,
      );
      expect(formatViolations(await runAxe(page))).toBe('');

      // A shared link (or a reload) restores the view.
      await page.reload();
      await expect
        .poll(() => totals.textContent().then((text) => text?.replace(/\s+/g, ' ')))
        .toContain(`Найдено ${paid.length} выплат`);
      expect(await history(page).getByRole('checkbox', { name: 'Выплачено' }).isChecked()).toBe(true);

      const [csv] = await Promise.all([
        page.waitForEvent('download'),
        history(page).getByRole('button', { name: 'Скачать CSV' }).click(),
      ]);
      expect(csv.suggestedFilename()).toMatch(/^Выписка о выплатах \d\d\.\d\d\.\d{4}\.csv$/);
      const csvBytes = await readFile((await csv.path())!);
      expect([...csvBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const lines = csvBytes.toString('utf8').slice(1).split('\r\n');
      expect(lines[0]).toMatch(/^Дата операции;Вид выплаты;/);
      // Header, then a row per payment up to the empty line before the totals.
      expect(lines.indexOf('') - 1).toBe(paid.length);

      const [pdf] = await Promise.all([
        page.waitForEvent('download'),
        history(page).getByRole('button', { name: 'Скачать PDF' }).click(),
      ]);
      expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);
      const document = await getDocumentProxy(new Uint8Array(await readFile((await pdf.path())!)));
      const { text } = await extractText(document, { mergePages: true });
      const flat = text.replace(/\s+/g, ' ');
      expect(flat).toContain(`Получатель: ${SMIRNOVA.name}`);
      expect(flat).toContain(`Период: с 01.01.${year} по 31.12.${year}`);
      expect(flat).toContain(`Выплачено, ₽ ${(sum / 100).toFixed(2).replace('.', ',')}`);
      await history(page)
        .getByText(/Файл «.*\.pdf» скачан/)
        .waitFor({ state: 'attached' });
      expect(opened.problems.pageErrors).toEqual([]);
      // Chromium logs the export's fetch as aborted when the download (a navigation to the blob) starts while its
      // loader is still closing — after the element read the whole body, as the files checked above show.
      const failed = opened.problems.failedRequests.filter(
        (line) => !/\/api\/v1\/payments\/export\?.*: net::ERR_ABORTED$/.test(line),
      );
      expect(failed, failed.join('\n')).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});
