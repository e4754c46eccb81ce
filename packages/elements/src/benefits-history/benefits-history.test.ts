// <gos-benefits-history> against the backend's own payments domain and API through MSW's service worker.
import type { AccountLevel, PaymentPage } from '@gos-elements/contracts';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { nothing } from 'lit';
import { http } from 'msw';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { MockPayments } from '../../../../mock-backend/src/msw/mock-payments.js';
import '../config/define.js';
import { serve } from '../internal/mock-service-worker.fixtures.js';
import { FakeSession, signedIn } from '../login-button/login-button.fixtures.js';
import type { GosBenefitsHistoryElement } from './benefits-history.js';
import { CITIZEN_TOKEN, PAYMENTS_API, paymentsBackend } from './benefits-history.fixtures.js';
import { moscowToday, periodOf } from './benefits-history.logic.js';
import './define.js';

interface MountOptions {
  readonly backend?: MockPayments;
  readonly level?: AccountLevel;
  readonly signedOut?: boolean;
  readonly syncUrl?: string;
  readonly pageSize?: number;
}

async function mount(options: MountOptions = {}) {
  const backend = options.backend ?? paymentsBackend({ ...(options.level ? { level: options.level } : {}) });
  await serve(...backend.handlers);
  const session = new FakeSession(options.signedOut ? { status: 'signed-out' } : signedIn('confirmed'));
  const config = await fixture(
    html`<gos-config api-base=${PAYMENTS_API}>
      <gos-benefits-history
        lang="ru"
        page-size=${options.pageSize ?? 20}
        sync-url=${options.syncUrl ?? nothing}
        upgrade-href="https://www.gosuslugi.ru/help/faq/login/2"
        applications-href="/applications.html"
        .session=${session}
      ></gos-benefits-history>
    </gos-config>`,
  );
  const el = config.querySelector<GosBenefitsHistoryElement>('gos-benefits-history')!;
  await el.updateComplete;
  return { el, backend };
}

const root = (el: GosBenefitsHistoryElement) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: GosBenefitsHistoryElement, selector: string) =>
  root(el).querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: GosBenefitsHistoryElement, selector: string) => [
  ...root(el).querySelectorAll<T>(selector),
];
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const loaded = (el: GosBenefitsHistoryElement) =>
  waitUntil(
    () => $(el, '.results[aria-busy="false"] table[part="table"], .results[aria-busy="false"] > .notice'),
    'the payments',
    {
      timeout: 4000,
    },
  );

/** What the API answers for the same query: the figures the element must show. */
async function listed(query: string): Promise<PaymentPage> {
  const response = await fetch(`${PAYMENTS_API}/payments?${query}`, {
    headers: { Authorization: `Bearer ${CITIZEN_TOKEN}` },
  });
  return (await response.json()) as PaymentPage;
}

const rubles = (kopecks: number) =>
  new Intl.NumberFormat('ru-RU', { style: 'currency', currency: 'RUB' }).format(kopecks / 100);
const announcement = (el: GosBenefitsHistoryElement) => text($(el, '.base > [aria-live="polite"]'));

afterEach(() => {
  history.replaceState(null, '', location.pathname);
});

describe('<gos-benefits-history>', () => {
  it('invites a signed-out citizen to sign in', async () => {
    const { el } = await mount({ signedOut: true });
    expect(text($(el, '.notice'))).to.match(/Войдите через Госуслуги/);
    await expect(el).to.be.accessible();
  });

  it('tells a simplified account why it sees nothing and how to raise its level', async () => {
    const { el } = await mount({ level: 'simplified' });
    await waitUntil(() => /стандартной или подтверждённой/.test(text($(el, '.notice'))), 'the refusal');
    expect($<HTMLAnchorElement>(el, '.notice a')?.href).to.equal('https://www.gosuslugi.ru/help/faq/login/2');
    expect($(el, 'table[part="table"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows the last 12 months: totals of the filtered set, a real table, the schedule and the chart', async () => {
    const { el } = await mount();
    await loaded(el);
    const { from, to } = periodOf({ period: '12-months', from: '', to: '' }, moscowToday());
    const api = await listed(`from=${from}&to=${to}&pageSize=20`);
    expect(api.total).to.be.greaterThan(20);
    expect(text($(el, '.totals'))).to.contain(`Найдено ${api.total} выплат`);
    expect(text($(el, '.totals'))).to.contain(rubles(api.totals.paidSum.kopecks).replace(/\s/g, ' '));

    const table = $(el, 'table[part="table"]')!;
    expect(text(table.querySelector('caption'))).to.match(
      /^Выплаты с \d\d\.\d\d\.\d{4} по \d\d\.\d\d\.\d{4}, страница 1 из \d+$/,
    );
    expect(table.getAttribute('aria-rowcount')).to.equal(String(api.total + 1));
    const rows = $$(el, 'table[part="table"] > tbody > tr');
    expect(rows).to.have.length(20);
    expect(rows.map((row) => row.getAttribute('aria-rowindex'))).to.deep.equal(
      Array.from({ length: 20 }, (_, index) => String(index + 2)),
    );
    expect(text(rows[0]?.querySelector('td.amount'))).to.equal(
      rubles(api.items[0]!.amount.kopecks).replace(/\s/g, ' '),
    );
    expect($$(el, 'table[part="table"] th[scope="col"]')).to.have.length(6);
    expect($(el, 'table[part="table"] th[aria-sort="descending"]')?.textContent).to.contain('Дата');

    await waitUntil(() => $(el, '.upcoming li'), 'the schedule');
    await waitUntil(() => $(el, '.chart svg, .chart table'), 'the chart');
    await expect(el).to.be.accessible();
  });

  it('sorts by amount from either end, saying so with aria-sort', async () => {
    const { el } = await mount();
    await loaded(el);
    const amountHeader = () => $$(el, 'table[part="table"] th').find((th) => /Сумма/.test(th.textContent ?? ''))!;
    amountHeader().querySelector('button')!.click();
    await waitUntil(() => amountHeader().getAttribute('aria-sort') === 'descending', 'sorted');
    await loaded(el);
    const amounts = () =>
      $$(el, 'table[part="table"] td.amount').map((cell) =>
        Number((cell.textContent ?? '').replace(/[^\d,]/g, '').replace(',', '.')),
      );
    const descending = amounts();
    expect(descending).to.deep.equal([...descending].sort((a, b) => b - a));
    amountHeader().querySelector('button')!.click();
    await waitUntil(() => amountHeader().getAttribute('aria-sort') === 'ascending', 'ascending');
    await waitUntil(() => amounts()[0]! <= amounts().at(-1)!, 'the ascending page');
    await expect(el).to.be.accessible();
  });

  it('filters by status and kind, announces the count politely, and says when nothing matches', async () => {
    const { el } = await mount();
    await loaded(el);
    const check = (name: string, value: string) =>
      $<HTMLInputElement>(el, `input[name="${name}"][value="${value}"]`)!.click();
    $<HTMLSelectElement>(el, '#period')!.value = 'all';
    $<HTMLSelectElement>(el, '#period')!.dispatchEvent(new Event('change'));
    check('status', 'returned');
    const api = await listed('statuses=returned');
    await waitUntil(() => announcement(el) === `Найдено ${api.total} выплаты`, `«Найдено ${api.total} выплаты»`);
    expect($$(el, 'table[part="table"] > tbody > tr').every((row) => /Возвращено банком/.test(text(row)))).to.equal(
      true,
    );
    expect(text($(el, '.totals'))).to.contain(`Найдено ${api.total}`);

    check('kind', 'old-age-pension');
    await waitUntil(() => /Нет выплат, подходящих под условия/.test(text($(el, '.results'))), 'nothing matches');
    expect(announcement(el)).to.equal('Найдено 0 выплат');
    await expect(el).to.be.accessible();
  });

  it('shows one child’s payments in the per-child view', async () => {
    const { el } = await mount();
    await loaded(el);
    const child = $<HTMLSelectElement>(el, '#child')!;
    const option = [...child.options].find((candidate) => candidate.value !== '')!;
    child.value = option.value;
    child.dispatchEvent(new Event('change'));
    const api = await listed(
      `beneficiary=${option.value}&${new URLSearchParams(periodOf({ period: '12-months', from: '', to: '' }, moscowToday()))}`,
    );
    await waitUntil(() => announcement(el).startsWith(`Найдено ${api.total} `), 'the child’s payments');
    const rows = $$(el, 'table[part="table"] > tbody > tr');
    expect(rows.length).to.be.greaterThan(0);
    expect(rows.every((row) => text(row).includes(option.text.trim()))).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('says when the connection is lost, and reloads when it is back', async () => {
    const { el, backend } = await mount();
    await loaded(el);
    const asked: string[] = [];
    await serve(
      http.get(`${PAYMENTS_API}/payments`, ({ request }) => void asked.push(request.url)),
      ...backend.handlers,
    );
    let online = false;
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => online });
    try {
      dispatchEvent(new Event('offline'));
      await waitUntil(() => /Нет подключения к интернету/.test(text($(el, '.notice[role="status"]'))), 'offline');
      await expect(el).to.be.accessible();
      online = true;
      dispatchEvent(new Event('online'));
      await waitUntil(() => !$(el, '.base > .notice[role="status"]'), 'back online');
      // What changed while offline is read again.
      await waitUntil(() => asked.length === 1, 'the payments reloaded');
    } finally {
      delete (navigator as { onLine?: boolean }).onLine;
    }
  });

  it('keeps the view in the URL: a shared link restores it, back and forward move through it', async () => {
    history.replaceState(
      null,
      '',
      `${location.pathname}?host=1&pay-period=all&pay-status=rejected&pay-sort=amount-asc`,
    );
    const { el } = await mount({ syncUrl: 'pay-' });
    await loaded(el);
    expect($<HTMLSelectElement>(el, '#period')!.value).to.equal('all');
    expect($<HTMLInputElement>(el, 'input[name="status"][value="rejected"]')!.checked).to.equal(true);
    const amount = $$(el, 'table[part="table"] th').find((th) => /Сумма/.test(th.textContent ?? ''))!;
    expect(amount.getAttribute('aria-sort')).to.equal('ascending');
    const api = await listed('statuses=rejected&sort=amount&order=asc');
    expect(text($(el, '.totals'))).to.contain(`Найдено ${api.total}`);

    $<HTMLInputElement>(el, 'input[name="status"][value="returned"]')!.click();
    await waitUntil(() => location.search.includes('pay-status=rejected%2Creturned'), 'the URL');
    expect(location.search).to.contain('host=1');

    history.back();
    await waitUntil(() => !$<HTMLInputElement>(el, 'input[name="status"][value="returned"]')!.checked, 'back');
    expect($<HTMLInputElement>(el, 'input[name="status"][value="rejected"]')!.checked).to.equal(true);
    history.forward();
    await waitUntil(() => $<HTMLInputElement>(el, 'input[name="status"][value="returned"]')!.checked, 'forward');
  });

  it('opens a payment in place with its statement, and files a clarification request', async () => {
    const { el, backend } = await mount();
    await loaded(el);
    const first = $$(el, 'table[part="table"] > tbody > tr')[0]!;
    const toggle = first.querySelector<HTMLButtonElement>('button[aria-expanded]')!;
    toggle.click();
    await waitUntil(() => /Правовое основание/.test(text($(el, '.detail-row'))), 'the statement');
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect($(el, '.detail-row')?.getAttribute('aria-rowindex')).to.equal('3');
    expect($$(el, 'table[part="table"] > tbody > tr')[2]?.getAttribute('aria-rowindex')).to.equal('4');
    expect(Number($(el, 'table[part="table"]')!.getAttribute('aria-rowcount'))).to.be.greaterThan(21);
    await expect(el).to.be.accessible();

    [...$$<HTMLButtonElement>(el, '.detail-row button')].find((b) => /разъяснение/.test(b.textContent ?? ''))!.click();
    await waitUntil(() => root(el).activeElement === $(el, '#clarify-text'), 'focus in the question');
    $<HTMLFormElement>(el, 'form.clarify')!.requestSubmit();
    await waitUntil(() => /Напишите, что нужно разъяснить/.test(text($(el, '#clarify-error'))), 'the empty question');
    const question = $<HTMLTextAreaElement>(el, '#clarify-text')!;
    question.value = 'Почему сумма в этом месяце меньше обычной?';
    question.dispatchEvent(new Event('input'));
    $<HTMLFormElement>(el, 'form.clarify')!.requestSubmit();
    await waitUntil(() => /Запрос отправлен: заявление №/.test(text($(el, '.detail-row'))), 'the request filed');
    const applications = backend.cabinet.list('citizen', {}, '/');
    expect(JSON.stringify(applications.body)).to.contain('Запрос о разъяснении выплаты');
    await expect(el).to.be.accessible();
  });

  it('exports CSV, and says clearly when a PDF cannot be made', async () => {
    const { el } = await mount();
    await loaded(el);
    const button = (format: string) =>
      $$<HTMLButtonElement>(el, '.export button').find((b) => b.textContent?.includes(format))!;
    button('CSV').click();
    await waitUntil(() => /Файл «Выписка о выплатах .*\.csv» скачан/.test(announcement(el)), 'the CSV');
    // In the browser the mock has no PDF writer (the backend has): the refusal is shown, not swallowed.
    button('PDF').click();
    await waitUntil(() => /Не удалось скачать выписку/.test(text($(el, '.export [role="alert"]'))), 'the error');
    await expect(el).to.be.accessible();
  });

  it('pages through 10,000 payments with true row indices', async () => {
    const { el } = await mount({ backend: paymentsBackend({ profile: 'load' }), pageSize: 100 });
    await loaded(el);
    $<HTMLSelectElement>(el, '#period')!.value = 'all';
    $<HTMLSelectElement>(el, '#period')!.dispatchEvent(new Event('change'));
    await waitUntil(() => $(el, 'table[part="table"]')?.getAttribute('aria-rowcount') === '10001', 'all 10,000', {
      timeout: 5000,
    });
    $$<HTMLButtonElement>(el, '.pager button')
      .find((b) => /Последняя/.test(b.textContent ?? ''))!
      .click();
    await waitUntil(() => /страница 100 из 100/.test(text($(el, 'table[part="table"] caption'))), 'the last page', {
      timeout: 5000,
    });
    const rows = $$(el, 'table[part="table"] > tbody > tr');
    expect(rows[0]?.getAttribute('aria-rowindex')).to.equal('9902');
    expect(rows.at(-1)?.getAttribute('aria-rowindex')).to.equal('10001');
    await waitUntil(
      () => root(el).activeElement === $(el, 'table[part="table"]'),
      `focus on the table, not ${root(el).activeElement?.outerHTML.slice(0, 80)}`,
    );
  });

  it('turns rows into cards on a narrow screen without losing a value', async () => {
    await setViewport({ width: 360, height: 800 });
    try {
      const { el } = await mount();
      await loaded(el);
      const cell = $(el, 'table[part="table"] td.amount')!;
      expect(getComputedStyle(cell).display).to.equal('grid');
      expect(getComputedStyle(cell, '::before').content).to.equal('"Сумма"');
      expect(getComputedStyle($(el, 'table[part="table"] thead')!).position).to.equal('absolute');
      await expect(el).to.be.accessible();
    } finally {
      await setViewport({ width: 1280, height: 800 });
    }
  });

  it('reaches the chart with Tab and moves through months with the arrows, or shows it as a table', async () => {
    const { el } = await mount();
    await loaded(el);
    await waitUntil(() => $(el, '.chart [data-month][tabindex="0"]'), 'the chart');
    const months = $$(el, '.chart [data-month]');
    months[0]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(root(el).activeElement).to.equal(months[1]);
    expect(months[1]!.getAttribute('aria-label')).to.match(/₽/);
    const toggle = $<HTMLButtonElement>(el, '.chart button[aria-pressed]')!;
    toggle.click();
    await waitUntil(() => $(el, '.chart table'), 'the table alternative');
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    await expect(el).to.be.accessible();
  });
});
