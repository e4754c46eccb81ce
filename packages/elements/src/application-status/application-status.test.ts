import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { FakeSession, signedIn } from '../login-button/login-button.fixtures.js';
import { FakeApplicationsApi } from './application-status.fixtures.js';
import type { GosApplicationStatusElement } from './application-status.js';
import './define.js';

async function mount(
  options: { api?: FakeApplicationsApi; signedOut?: boolean; applicationId?: string; pageSize?: number } = {},
) {
  const api = options.api ?? new FakeApplicationsApi();
  const session = new FakeSession(options.signedOut ? { status: 'signed-out' } : signedIn('confirmed'));
  const el = await fixture<GosApplicationStatusElement>(
    html`<gos-application-status
      lang="ru"
      application-id=${options.applicationId ?? ''}
      page-size=${options.pageSize ?? 10}
      .session=${session}
      .client=${api}
    ></gos-application-status>`,
  );
  await settle(el);
  return { el, api, session };
}

async function settle(el: GosApplicationStatusElement): Promise<void> {
  for (let i = 0; i < 4; i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await el.updateComplete;
  }
}

const root = (el: GosApplicationStatusElement) => el.shadowRoot!;
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const items = (el: GosApplicationStatusElement) => [...root(el).querySelectorAll('[part="item"]')];

describe('<gos-application-status>', () => {
  it('invites a signed-out citizen to sign in with the page’s session', async () => {
    const { el, session, api } = await mount({ signedOut: true });
    expect(text(root(el).querySelector('[part="notice"]'))).to.match(/Войдите через Госуслуги/);
    root(el).querySelector<HTMLButtonElement>('.notice button')!.click();
    expect(session.calls).to.deep.equal(['signIn redirect']);
    expect(api.calls).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('lists the applications with number, service, status and last change', async () => {
    const { el } = await mount();
    expect(items(el)).to.have.length(8);
    expect(text(items(el)[0])).to.match(
      /Заявление № 2026-000101.*Ежемесячная.*Требуется доработка.*Изменено 10 ноября 2026/,
    );
    expect(text(root(el).querySelector('.hint'))).to.equal('8 заявлений');
    await expect(el).to.be.accessible();
  });

  it('filters by status and pages through the list', async () => {
    const { el, api } = await mount({ pageSize: 3 });
    expect(text(root(el).querySelector('[part="pager"] span'))).to.equal('Страница 1 из 3');
    const next = [...root(el).querySelectorAll<HTMLButtonElement>('[part="pager"] button')][1]!;
    next.click();
    await settle(el);
    expect(text(items(el)[0])).to.match(/2026-000104/);
    const select = root(el).querySelector<HTMLSelectElement>('select')!;
    select.value = 'issued';
    select.dispatchEvent(new Event('change'));
    await settle(el);
    expect(items(el).map((item) => text(item))).to.have.length(1);
    expect(api.calls).to.include('list issued 1');
    select.value = 'draft';
    select.dispatchEvent(new Event('change'));
    await settle(el);
    await expect(el).to.be.accessible();
  });

  it('shows loading, empty and error states, and retries', async () => {
    const pending = new FakeApplicationsApi();
    pending.pending = true;
    const loading = await mount({ api: pending });
    expect(text(root(loading.el).querySelector('[part="notice"]'))).to.equal('Загружаем заявления…');
    await expect(loading.el).to.be.accessible();

    const empty = await mount({ api: new FakeApplicationsApi([]) });
    expect(text(root(empty.el).querySelector('[part="notice"]'))).to.equal('Заявлений пока нет.');

    const failing = new FakeApplicationsApi();
    failing.fail = new Error('boom');
    const { el } = await mount({ api: failing });
    const alert = root(el).querySelector('[role="alert"]')!;
    expect(text(alert)).to.match(/Не удалось загрузить заявления/);
    await expect(el).to.be.accessible();
    failing.fail = undefined;
    alert.querySelector('button')!.click();
    await settle(el);
    expect(items(el)).to.have.length(8);
  });

  it('opens an application: progress, history, result, and back to the list with focus restored', async () => {
    const { el } = await mount();
    const opener = root(el).querySelector<HTMLButtonElement>('[data-id="app-2026-000105"]')!;
    opener.focus();
    opener.click();
    await settle(el);
    expect(el.getAttribute('application-id')).to.equal('app-2026-000105');
    const heading = root(el).querySelector('h3')!;
    expect(root(el).activeElement === heading, 'focus on the heading').to.equal(true);
    expect(text(root(el).querySelector('[aria-current="step"]'))).to.equal('Результат (текущий этап)');
    expect(text(root(el).querySelector('[part="history"]'))).to.match(/Выдано.*Комментарий ведомства/);
    expect(text(root(el).querySelector('[part="detail"]'))).to.match(/Скачать результат/);
    await expect(el).to.be.accessible();
    root(el).querySelector<HTMLButtonElement>('.detail > .link')!.click();
    await settle(el);
    const back = root(el).activeElement === root(el).querySelector('[data-id="app-2026-000105"]');
    expect(back, 'focus back on the application').to.equal(true);
  });

  it('checks a file before upload, uploads a requested document, and refreshes', async () => {
    const { el, api } = await mount({ applicationId: 'app-2026-000101' });
    const input = root(el).querySelector<HTMLInputElement>('input[type=file]')!;
    const form = input.form!;
    const pick = (file: File) => {
      const transfer = new DataTransfer();
      transfer.items.add(file);
      input.files = transfer.files;
    };
    pick(new File(['MZ'], 'virus.exe', { type: 'application/x-msdownload' }));
    form.requestSubmit();
    await settle(el);
    expect(text(root(el).querySelector('.message-error'))).to.equal('Этот тип файла не подходит.');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();
    pick(new File(['%PDF-1.4'], 'spravka.pdf', { type: 'application/pdf' }));
    form.requestSubmit();
    await settle(el);
    expect(api.calls).to.include('upload app-2026-000101 req-2026-000101 spravka.pdf');
    await waitUntil(() => text(root(el).querySelector('[part="detail"] .badge')) === 'На проверке');
  });

  it('withdraws after confirmation', async () => {
    const { el, api } = await mount({ applicationId: 'app-2026-000102' });
    root(el).querySelector<HTMLButtonElement>('.detail p > .button.secondary')!.click();
    await settle(el);
    expect(text(root(el).querySelector('#cancel-question'))).to.match(/Отозвать заявление\?/);
    await expect(el).to.be.accessible();
    root(el).querySelector<HTMLButtonElement>('[role="group"] .button:not(.secondary)')!.click();
    await settle(el);
    expect(api.calls).to.include('cancel app-2026-000102');
  });

  it('updates live and announces the change politely', async () => {
    const { el, api } = await mount();
    api.emit('app-2026-000103', 'in-review');
    await settle(el);
    expect(text(root(el).querySelector('[aria-live="polite"]'))).to.equal('Заявление № 2026-000103: На проверке');
    expect(text(items(el).find((item) => text(item).includes('000103')))).to.match(/На проверке/);
  });
});
