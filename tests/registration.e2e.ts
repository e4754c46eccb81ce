// «Регистрация» on the demo's Минтруд site against the mock backend: a new person registers with codes from the
// dev outbox, a reload at a step resumes there with everything typed, the checks pass, the account is created and
// the login button signs the new person in and shows their name; bad data is refused with specific messages.
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { formatViolations, runAxe } from './support/axe.js';
import { launchBrowser, openPage } from './support/browser.js';
import { latestCodeFor } from './support/outbox.js';

const backendUrl = inject('backendUrl');
const demoUrl = inject('demoUrl');

// A person the simulated registries know (README, «Registration»).
const ELENA = {
  lastName: 'Новикова',
  firstName: 'Елена',
  middleName: 'Сергеевна',
  birthDate: '14031991',
  snils: '15723498184',
  passport: '4511302876',
  issueDate: '02042011',
  divisionCode: '770001',
  phone: '+79267770001',
  email: 'elena.novikova.e2e@example.ru',
  password: 'Vesna!Sad2026',
};

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const wizard = (page: Page): Locator => page.locator('gos-registration-wizard');
const field = (page: Page, label: string | RegExp): Locator =>
  typeof label === 'string' ? wizard(page).getByLabel(label, { exact: true }) : wizard(page).getByLabel(label);
const heading = (page: Page, name: string) => wizard(page).getByRole('heading', { level: 3, name }).waitFor();
const next = (page: Page) => wizard(page).getByRole('button', { name: 'Продолжить' }).click();

/** Types like a person at a keyboard, key by key (the wizard formats as it goes). */
async function typeInto(page: Page, label: string | RegExp, text: string): Promise<void> {
  const input = field(page, label);
  await input.click();
  await input.pressSequentially(text);
}

/** Reloads the page: the wizard must come back at the same step, saying it resumed. */
async function reloadAt(page: Page, step: string): Promise<void> {
  await page.reload();
  await heading(page, step);
  await wizard(page).getByText('Вы продолжаете регистрацию').waitFor();
}

async function confirmContacts(page: Page, phone: string, email: string): Promise<void> {
  await typeInto(page, 'Мобильный телефон', phone.slice(2));
  await typeInto(page, /^\s*Электронная почта/, email);
  await next(page);
  await heading(page, 'Подтверждение');
  // Codes are never kept, but the step is: both prompts are there again, for the codes already sent.
  await reloadAt(page, 'Подтверждение');
  for (const [factor, to] of [
    ['sms', phone],
    ['email', email],
  ] as const) {
    const prompt = wizard(page).locator(`gos-otp-prompt[factor="${factor}"]`);
    await prompt.locator('input').fill(await latestCodeFor(to));
    await prompt.waitFor({ state: 'detached' });
  }
}

const png = (): Buffer => {
  const bytes = Buffer.alloc(64);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]).copy(bytes);
  bytes.writeUInt32BE(1200, 16);
  bytes.writeUInt32BE(800, 20);
  return bytes;
};

describe('<gos-registration-wizard> on the demo site', () => {
  test('a new person registers, a reload resumes at the step, the checks pass and the login button signs them in', async () => {
    const opened = await openPage(browser, `${demoUrl}/mintrud.html`);
    const { page } = opened;
    try {
      await page.getByRole('link', { name: 'Регистрация', exact: true }).click();
      await page.waitForURL(`${demoUrl}/registration.html`);
      await heading(page, 'Контакты');
      expect(formatViolations(await runAxe(page))).toBe('');
      await confirmContacts(page, ELENA.phone, ELENA.email);

      await heading(page, 'Личные данные');
      await typeInto(page, 'Фамилия', ELENA.lastName);
      await typeInto(page, 'Имя', ELENA.firstName);
      await typeInto(page, /^\s*Отчество/, ELENA.middleName);
      await wizard(page).getByLabel('Женский').check();
      await typeInto(page, 'Дата рождения', ELENA.birthDate);
      await typeInto(page, 'СНИЛС', ELENA.snils);
      expect(await field(page, 'СНИЛС').inputValue()).toBe('157-234-981 84');

      // A reload here: the same step, every typed field back.
      await reloadAt(page, 'Личные данные');
      expect(await field(page, 'Фамилия').inputValue()).toBe(ELENA.lastName);
      expect(await field(page, 'Дата рождения').inputValue()).toBe('14.03.1991');
      expect(await field(page, 'СНИЛС').inputValue()).toBe('157-234-981 84');
      expect(await wizard(page).getByLabel('Женский').isChecked()).toBe(true);

      await typeInto(page, 'Место рождения', 'г. Энск');
      await typeInto(page, 'Серия и номер', ELENA.passport);
      await typeInto(page, 'Дата выдачи', ELENA.issueDate);
      await typeInto(page, 'Код подразделения', ELENA.divisionCode);
      await typeInto(page, 'Кем выдан', 'ОВД района Энский');
      await wizard(page).getByRole('button', { name: 'Найти мой ИНН' }).click();
      await expect.poll(() => field(page, /^\s*ИНН/).inputValue()).toBe('771582936440');
      await next(page);

      await heading(page, 'Документы');
      await field(page, 'Разворот паспорта с фотографией').setInputFiles({
        name: 'main.png',
        mimeType: 'image/png',
        buffer: png(),
      });
      await wizard(page).locator('p.hint', { hasText: 'Загружено: main.png' }).waitFor();
      // The scan sent is the server's: after a reload it is still there.
      await reloadAt(page, 'Документы');
      await wizard(page).locator('p.hint', { hasText: 'Загружено: main.png' }).waitFor();
      await field(page, 'Страница паспорта с регистрацией').setInputFiles({
        name: 'reg.png',
        mimeType: 'image/png',
        buffer: png(),
      });
      await wizard(page).locator('p.hint', { hasText: 'Загружено: reg.png' }).waitFor();
      await next(page);

      await heading(page, 'Пароль');
      // The password field is the page's own (light DOM): password managers see it.
      const password = page.locator('gos-registration-wizard > [slot="password"] input[autocomplete="new-password"]');
      await password.fill(ELENA.password);
      await next(page);

      await heading(page, 'Согласие');
      await reloadAt(page, 'Согласие');
      await wizard(page)
        .getByLabel(/Я даю согласие/)
        .check();
      await next(page);

      await heading(page, 'Проверка ответов');
      // Everything typed on the way, back on the summary after a reload (the password only as «задан»).
      await reloadAt(page, 'Проверка ответов');
      expect(await wizard(page).locator('dl').nth(1).textContent()).toMatch(/Новикова.*157-234-981 84.*771582936440/s);
      expect(await wizard(page).locator('dl').first().textContent()).toContain('+7 (926) 777-00-01');
      expect(formatViolations(await runAxe(page))).toBe('');
      await wizard(page).getByRole('button', { name: 'Отправить на проверку' }).click();

      await heading(page, 'Результат');
      await wizard(page).getByRole('button', { name: 'Завершить регистрацию' }).click();
      await wizard(page).getByText('Учётная запись создана.').waitFor();
      expect(formatViolations(await runAxe(page))).toBe('');

      // «Войти»: the provider's page, the new phone and password, the SMS code, and back here, signed in.
      await wizard(page).getByRole('button', { name: 'Войти' }).click();
      await page.waitForURL((url) => url.href.startsWith(backendUrl));
      await page.getByLabel('Телефон, почта или СНИЛС').fill(ELENA.phone);
      await page.getByLabel('Пароль').fill(ELENA.password);
      await page.getByRole('button', { name: 'Войти' }).click();
      const code = page.locator('form[data-otp-prompt] gos-otp-prompt input');
      await code.waitFor();
      await code.fill(await latestCodeFor(ELENA.phone));
      await page.waitForURL((url) => url.href.startsWith(`${demoUrl}/registration.html`));
      await page.locator('gos-login-button').getByText('Новикова Е. С.').waitFor();
      expect(opened.problems.pageErrors).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  test('a bad SNILS, a person aged 17 and a passport issued before 14 are refused with specific messages', async () => {
    const opened = await openPage(browser, `${demoUrl}/registration.html`);
    const { page } = opened;
    try {
      await confirmContacts(page, '+79267770002', 'refused.e2e@example.ru');
      await heading(page, 'Личные данные');
      const year = new Date().getFullYear();
      await typeInto(page, 'Фамилия', 'Петрова');
      await typeInto(page, 'Имя', 'Анна');
      await wizard(page).getByLabel('Женский').check();
      await typeInto(page, 'Дата рождения', `0101${year - 17}`);
      await typeInto(page, 'Место рождения', 'г. Энск');
      await typeInto(page, 'СНИЛС', '11223344596');
      await typeInto(page, 'Серия и номер', '4511302877');
      await typeInto(page, 'Дата выдачи', `0101${year - 5}`);
      await typeInto(page, 'Код подразделения', '770001');
      await typeInto(page, 'Кем выдан', 'ОВД');
      await next(page);
      const summary = wizard(page).locator('.error-summary');
      await summary.waitFor();
      const text = (await summary.textContent()) ?? '';
      expect(text).toMatch(/не меньше 18 лет/);
      expect(text).toMatch(/СНИЛС: контрольное число не совпадает/);
      expect(formatViolations(await runAxe(page))).toBe('');

      // Old enough, but the passport was issued at 10.
      await field(page, 'Дата рождения').fill('');
      await typeInto(page, 'Дата рождения', '01012000');
      await field(page, 'Дата выдачи').fill('');
      await typeInto(page, 'Дата выдачи', '01012010');
      await next(page);
      await expect.poll(async () => (await summary.textContent()) ?? '').toMatch(/Паспорт выдаётся с 14 лет/);
      expect(await summary.textContent()).not.toMatch(/не меньше 18 лет/);
      expect(opened.problems.pageErrors).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});
