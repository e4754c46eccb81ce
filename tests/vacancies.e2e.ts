// «Работа России» on the demo site against the mock backend: a job seeker searches signed out («бухгалтер» in a
// region with a salary floor) and gets the figures the API gives, opens a vacancy, keeps it in favourites, is asked to
// sign in to respond and comes back to the same vacancy signed in (the favourite now in the account), responds and
// sees it in «Мои отклики»; then saves the search, a matching vacancy is published through the dev endpoint, and the
// new match arrives live (the tab's badge) and as an e-mail in the dev outbox with a link to the vacancy.
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { formatViolations, runAxe } from './support/axe.js';
import { launchBrowser, openPage } from './support/browser.js';

const backendUrl = inject('backendUrl');
const demoUrl = inject('demoUrl');

// The seeded unemployed job seeker (README): no second factor, a résumé seeded on first start.
const SOKOLOV = { phone: '+79265550404', password: 'Solo!Demo2026', email: 'a.sokolov@example.ru' };
const TATARSTAN = { code: '1600000000000', name: 'Республика Татарстан' };
const SALARY_FLOOR = 40_000;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const search = (page: Page): Locator => page.locator('gos-vacancy-search');
const flat = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

interface Found {
  total: number;
  items: { id: string; jobName: string }[];
}

async function apiSearch(query: Record<string, string>): Promise<Found> {
  const response = await fetch(`${backendUrl}/api/v1/vacancies?${new URLSearchParams(query)}`);
  expect(response.status).toBe(200);
  return (await response.json()) as Found;
}

function plural(n: number): string {
  const tens = n % 100;
  const ones = n % 10;
  if (tens >= 11 && tens <= 14) return 'вакансий';
  if (ones === 1) return 'вакансия';
  if (ones >= 2 && ones <= 4) return 'вакансии';
  return 'вакансий';
}

describe('<gos-vacancy-search> on the «Работа России» demo page', () => {
  test('search signed out, favourite, sign in to respond, «Мои отклики», a saved search notified of a new vacancy', async () => {
    const opened = await openPage(browser, `${demoUrl}/trudvsem.html`);
    const { page } = opened;
    try {
      // The region: Tatarstan by typing, Moscow (the page's preset) removed; the words; the salary floor.
      const regionBox = search(page).getByRole('combobox', { name: 'Регион' });
      await regionBox.fill('Татар');
      await search(page)
        .getByRole('option', { name: new RegExp(TATARSTAN.name) })
        .click();
      await search(page).getByRole('button', { name: 'Убрать регион: Москва' }).click();
      await search(page).getByRole('combobox', { name: 'Должность, профессия или компания' }).fill('бухгалтер');
      await search(page).getByRole('button', { name: 'Найти', exact: true }).click();
      const salary = search(page).getByLabel('Зарплата от, ₽ в месяц');
      await salary.fill(String(SALARY_FLOOR));
      await salary.press('Enter');

      const expected = await apiSearch({
        q: 'бухгалтер',
        regions: TATARSTAN.code,
        salaryFrom: String(SALARY_FLOOR),
      });
      expect(expected.total).toBeGreaterThan(0);
      const heading = search(page).locator('#results-title');
      await expect
        .poll(() => heading.textContent().then(flat))
        .toBe(`Найдено ${expected.total} ${plural(expected.total)}`);
      const url = new URL(page.url());
      expect(url.searchParams.get('vac-q')).toBe('бухгалтер');
      expect(url.searchParams.get('vac-region')).toBe(TATARSTAN.code);
      expect(url.searchParams.get('vac-salary')).toBe(String(SALARY_FLOOR));
      const first = expected.items[0]!;
      await expect.poll(() => search(page).locator('[part="result"]').first().getAttribute('data-id')).toBe(first.id);
      expect(formatViolations(await runAxe(page))).toBe('');

      // The vacancy, kept in favourites (in this browser: signed out), and «Откликнуться» asks to sign in.
      await search(page).locator(`.title-link[data-id="${first.id}"]`).click();
      await expect.poll(() => search(page).locator('#detail-title').textContent().then(flat)).toBe(first.jobName);
      expect(new URL(page.url()).searchParams.get('vac-vacancy')).toBe(first.id);
      const star = search(page).locator('.detail [part="favourite"]');
      await star.click();
      await expect.poll(() => star.getAttribute('aria-pressed')).toBe('true');
      const apply = search(page).locator('[part="apply"]');
      await apply.getByText('Войдите через Госуслуги, чтобы откликнуться').waitFor();
      expect(formatViolations(await runAxe(page))).toBe('');

      const signedInAt = page.url();
      await apply.getByRole('button', { name: 'Войти через Госуслуги' }).click();
      await page.waitForURL((target) => target.href.startsWith(backendUrl));
      await page.getByLabel('Телефон, почта или СНИЛС').fill(SOKOLOV.phone);
      await page.getByLabel('Пароль').fill(SOKOLOV.password);
      // The element's first request with the job seeker's token: the test asks the API with it too.
      const meRequest = page.waitForRequest((request) => /\/api\/v1\/me\//.test(request.url()));
      await page.getByRole('button', { name: 'Войти' }).click();
      await page.waitForURL((target) => target.href.startsWith(`${demoUrl}/trudvsem.html`));
      // The callback is replaced by the address the sign-in started from: the same search, the same vacancy.
      await expect.poll(() => page.url()).toBe(signedInAt);
      await expect.poll(() => search(page).locator('#detail-title').textContent().then(flat)).toBe(first.jobName);
      const token = ((await meRequest).headers()['authorization'] ?? '').replace(/^Bearer /, '');
      expect(token).not.toBe('');
      const me = async <T>(path: string): Promise<T> => {
        const response = await fetch(`${backendUrl}/api/v1/me/${path}`, {
          headers: { Authorization: `Bearer ${token}` },
        });
        expect(response.status).toBe(200);
        return (await response.json()) as T;
      };
      // The favourite kept signed out is the account's now.
      await expect
        .poll(async () =>
          (await me<{ items: { vacancyId: string }[] }>('favorites')).items.map((item) => item.vacancyId),
        )
        .toContain(first.id);

      // Respond with the drafted cover letter, and find it in «Мои отклики».
      const letter = apply.getByLabel('Сопроводительное письмо');
      await expect.poll(() => letter.inputValue()).toContain(first.jobName);
      await apply.getByRole('button', { name: 'Откликнуться' }).click();
      await apply.getByText('Отклик отправлен').waitFor();
      const responses = await me<{ items: { vacancy: { id: string }; status: string }[] }>('responses');
      expect(responses.items.find((response) => response.vacancy.id === first.id)?.status).toBe('sent');
      await search(page).getByRole('tab', { name: 'Мои отклики' }).click();
      const panel = search(page).getByRole('tabpanel');
      await panel.getByText(first.jobName).first().waitFor();
      expect(flat(await panel.textContent())).toContain('Отправлен');
      expect(formatViolations(await runAxe(page))).toBe('');

      // Save the search (notify by e-mail), publish a matching vacancy, and see the news arrive.
      await search(page).getByRole('tab', { name: 'Поиск', exact: true }).click();
      await search(page).getByRole('button', { name: '← К результатам' }).click();
      await search(page).locator('#results-title').waitFor();
      await search(page).getByRole('button', { name: 'Сохранить поиск' }).click();
      await search(page).getByLabel('Уведомления о новых вакансиях').selectOption({ label: 'По электронной почте' });
      await search(page).getByRole('button', { name: 'Сохранить', exact: true }).click();
      await search(page)
        .locator('.save-search [role="status"]')
        .getByText(/Поиск «.*» сохранён/)
        .waitFor();
      const saved = await me<{ items: { id: string; channel: string; query: Record<string, unknown> }[] }>(
        'saved-searches',
      );
      expect(saved.items).toHaveLength(1);
      expect(saved.items[0]).toMatchObject({
        channel: 'email',
        query: { q: 'бухгалтер', regions: [TATARSTAN.code], salaryFrom: SALARY_FLOOR },
      });

      const published = await fetch(`${backendUrl}/dev/vacancies`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          jobName: 'Главный бухгалтер',
          region: { code: TATARSTAN.code },
          salary: { text: 'от 90000 до 120000', min: 90_000, max: 120_000, currency: 'RUB' },
          duty: '<p>Ведение бухгалтерского и налогового учёта.</p>',
        }),
      });
      expect(published.status).toBe(201);
      const vacancy = (await published.json()) as { id: string };
      const tab = search(page).getByRole('tab', { name: /Сохранённые поиски/ });
      await expect.poll(() => tab.textContent().then(flat), { timeout: 10_000 }).toMatch(/1, 1 новая/);

      const outbox = await fetch(`${backendUrl}/dev/outbox?to=${encodeURIComponent(SOKOLOV.email)}`);
      const { messages } = (await outbox.json()) as { messages: { subject?: string; text: string }[] };
      const mail = messages.find((message) => message.text.includes(vacancy.id));
      expect(mail?.subject).toMatch(/Новая вакансия/);
      expect(mail?.text).toContain('Главный бухгалтер');
      expect(mail?.text).toContain(`/trudvsem.html?vac-vacancy=${vacancy.id}`);

      await tab.click();
      await search(page).getByRole('tabpanel').getByText(/1 нов/).first().waitFor();
      expect(formatViolations(await runAxe(page))).toBe('');

      expect(opened.problems.pageErrors).toEqual([]);
      // Searches replaced by newer ones are aborted by the element on purpose.
      const failed = opened.problems.failedRequests.filter(
        (line) => !/\/api\/v1\/vacancies(\/suggest)?\?.*: net::ERR_ABORTED$/.test(line),
      );
      expect(failed, failed.join('\n')).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});
