// The element against the backend's own cabinet (domain + MSW handlers) through MSW's service worker: the real
// client, real requests, the answers the backend gives.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { delay, getResponse, http, HttpResponse, type HttpHandler } from 'msw';
import type { MockCabinet } from '../../../../mock-backend/src/msw/mock-cabinet.js';
import '../config/define.js';
import { serve } from '../internal/mock-service-worker.fixtures.js';
import { FakeSession, signedIn } from '../login-button/login-button.fixtures.js';
import { CABINET_API, cabinet, neverAnswers, SEEDED, unavailable } from './application-status.fixtures.js';
import type { GosApplicationStatusElement } from './application-status.js';
import './define.js';

interface MountOptions {
  cabinet?: MockCabinet;
  /** Handlers in front of the cabinet's. */
  handlers?: HttpHandler[];
  signedOut?: boolean;
  applicationId?: string;
  pageSize?: number;
}

/** Every request the element sent to the cabinet, as `METHOD path?query`. */
let requests: string[] = [];
const recorder = http.all(`${CABINET_API}/*`, ({ request }) => {
  const url = new URL(request.url);
  requests.push(`${request.method} ${url.pathname.replace('/api/v1', '')}${url.search}`);
  return undefined;
});

async function mount(options: MountOptions = {}) {
  const mock = options.cabinet ?? cabinet();
  requests = [];
  await serve(recorder, ...(options.handlers ?? []), ...mock.handlers);
  const session = new FakeSession(options.signedOut ? { status: 'signed-out' } : signedIn('confirmed'));
  const config = await fixture(
    html`<gos-config api-base=${CABINET_API}>
      <gos-application-status
        lang="ru"
        application-id=${options.applicationId ?? ''}
        page-size=${options.pageSize ?? 10}
        .session=${session}
      ></gos-application-status>
    </gos-config>`,
  );
  const el = config.querySelector<GosApplicationStatusElement>('gos-application-status')!;
  await el.updateComplete;
  return { el, cabinet: mock, session };
}

const root = (el: GosApplicationStatusElement) => el.shadowRoot!;
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const items = (el: GosApplicationStatusElement) => [...root(el).querySelectorAll('[part="item"]')];
const $ = <T extends HTMLElement = HTMLElement>(el: GosApplicationStatusElement, selector: string) =>
  root(el).querySelector<T>(selector);
const shows = (el: GosApplicationStatusElement, selector: string, pattern: RegExp) =>
  waitUntil(() => pattern.test(text($(el, selector))), `${selector} shows ${pattern}`);
const badge = (el: GosApplicationStatusElement) => text($(el, '[part="detail"] [part="badge"]'));

function pick(input: HTMLInputElement, file: File): void {
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

const pdf = (name = 'spravka.pdf') =>
  new File(['%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n'], name, { type: 'application/pdf' });

describe('<gos-application-status>', () => {
  it('invites a signed-out citizen to sign in with the page’s session, asking the cabinet nothing', async () => {
    const { el, session } = await mount({ signedOut: true });
    expect(text($(el, '[part="notice"]'))).to.match(/Войдите через Госуслуги/);
    $(el, '.notice button')!.click();
    expect(session.calls).to.deep.equal(['signIn redirect']);
    expect(requests).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('lists the applications with number, service, status and last change', async () => {
    const { el } = await mount();
    await waitUntil(() => items(el).length === 8, 'the seeded applications');
    expect(text(items(el)[0])).to.match(
      /Заявление № 2026-000101.*Распоряжение средствами материнского капитала.*Черновик.*Изменено 20 ноября 2026/,
    );
    expect(text($(el, '.hint'))).to.equal('8 заявлений');
    expect(requests).to.include('GET /applications?page=1&pageSize=10');
    await expect(el).to.be.accessible();
  });

  it('filters by status and pages through the list', async () => {
    const { el } = await mount({ pageSize: 3 });
    await shows(el, '[part="pager"] span', /^Страница 1 из 3$/);
    [...root(el).querySelectorAll<HTMLButtonElement>('[part="pager"] button')][1]!.click();
    await shows(el, '[part="pager"] span', /^Страница 2 из 3$/);
    expect(items(el).map(text).join(' ')).to.match(/2026-000104/);
    const select = $<HTMLSelectElement>(el, 'select')!;
    select.value = 'issued';
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => items(el).length === 1 && /Выдано/.test(text(items(el)[0])), 'only the issued one');
    expect(requests).to.include('GET /applications?status=issued&page=1&pageSize=3');
    expect($(el, '[part="pager"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('filters by the period of submission', async () => {
    const { el } = await mount();
    await waitUntil(() => items(el).length === 8);
    const from = $<HTMLInputElement>(el, 'input#from')!;
    from.value = '2026-11-15';
    from.dispatchEvent(new Event('change'));
    await waitUntil(() => items(el).length === 2, 'the two submitted since 15 November');
    expect(requests).to.include('GET /applications?from=2026-11-15&page=1&pageSize=10');
    expect($<HTMLInputElement>(el, 'input#to')!.min).to.equal('2026-11-15');
    const to = $<HTMLInputElement>(el, 'input#to')!;
    to.value = '2026-11-16';
    to.dispatchEvent(new Event('change'));
    await shows(el, '[part="notice"]', /^Нет заявлений, подходящих под условия\.$/);
    await expect(el).to.be.accessible();
  });

  it('shows the loading state while the cabinet has not answered', async () => {
    const { el } = await mount({ handlers: neverAnswers });
    expect(text($(el, '[part="notice"]'))).to.equal('Загружаем заявления…');
    await expect(el).to.be.accessible();
  });

  it('shows the empty state for a citizen with no applications', async () => {
    const { el } = await mount({ cabinet: cabinet({ empty: true }) });
    await shows(el, '[part="notice"]', /^Заявлений пока нет\.$/);
    await expect(el).to.be.accessible();
  });

  it('shows the error with the cabinet’s explanation, and retries', async () => {
    const healthy = cabinet();
    const { el } = await mount({ cabinet: healthy, handlers: unavailable });
    await shows(el, '[role="alert"]', /Не удалось загрузить заявления\. Попробуйте через несколько минут\./);
    await expect(el).to.be.accessible();
    await serve(...healthy.handlers);
    $(el, '[role="alert"] button')!.click();
    await waitUntil(() => items(el).length === 8, 'the list after a retry');
  });

  it('opens an application: progress, history, result, and back to the list with focus restored', async () => {
    const { el } = await mount();
    await waitUntil(() => items(el).length === 8);
    const opener = $(el, `[data-id="${SEEDED.issued}"]`)!;
    opener.focus();
    opener.click();
    await waitUntil(() => root(el).activeElement === $(el, '.detail h3'), 'focus on the heading');
    expect(el.getAttribute('application-id')).to.equal(SEEDED.issued);
    expect(text($(el, '[aria-current="step"]'))).to.equal('Результат (текущий этап)');
    expect(text($(el, '[part="history"]'))).to.match(/Выдано.*Справка сформирована/);
    await expect(el).to.be.accessible();
    $(el, '.detail > .link')!.click();
    await waitUntil(() => root(el).activeElement === $(el, `[data-id="${SEEDED.issued}"]`), 'focus back on it');
  });

  it('downloads the result, and says so when the download fails', async () => {
    const healthy = cabinet();
    const { el } = await mount({ cabinet: healthy, applicationId: SEEDED.issued });
    await shows(el, '[part="detail"]', /Скачать результат/);
    const saved: Blob[] = [];
    const createObjectURL = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob) => (saved.push(blob), 'blob:saved');
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = () => undefined;
    try {
      $(el, '[part="detail"] .button')!.click();
      await waitUntil(() => saved.length === 1, 'the result saved');
      expect(await saved[0]!.slice(0, 5).text()).to.equal('%PDF-');
      await serve(...unavailable, ...healthy.handlers);
      $(el, '[part="detail"] .button')!.click();
      await shows(el, '[part="detail"] .message-error', /Не удалось скачать результат\. Сервис не ответил/);
      await expect(el).to.be.accessible();
    } finally {
      URL.createObjectURL = createObjectURL;
      HTMLAnchorElement.prototype.click = click;
    }
  });

  it('checks a chosen file at once, and refuses what the cabinet refuses, with its reason', async () => {
    const { el, cabinet: mock } = await mount({ applicationId: SEEDED['action-required'] });
    await waitUntil(() => $(el, 'input[type=file]'), 'the upload form');
    const input = $<HTMLInputElement>(el, 'input[type=file]')!;
    pick(input, new File(['MZ'], 'virus.exe', { type: 'application/x-msdownload' }));
    await shows(el, '.message-error', /^Этот файл не подходит: принимаются PDF, JPEG, PNG\.$/);
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();

    pick(input, new File([new Uint8Array(6 * 1024 * 1024)], 'scan.pdf', { type: 'application/pdf' }));
    await shows(el, '.message-error', /^Файл больше 5 МБ\./);

    // Renamed: the name and type say PDF, the content is a program. Only the cabinet can tell.
    pick(input, new File(['MZ\x90\x00'], 'spravka.pdf', { type: 'application/pdf' }));
    await waitUntil(() => text($(el, '.message-error')) === '', 'passes the checks in the page');
    input.form!.requestSubmit();
    await shows(el, '.message-error', /Тип файла определяется по содержимому/);
    expect(root(el).activeElement).to.equal(input);
    // Refused, not lost: a new attempt is a new upload, not a retry of this one.
    expect(text($(el, 'form .button'))).to.equal('Загрузить');
    expect(mock.api.applications.get('citizen', SEEDED['action-required']).documents).to.deep.equal([]);
  });

  it('uploads a requested document with progress, and the application goes back to review', async () => {
    const { el, cabinet: mock } = await mount({ applicationId: SEEDED['action-required'] });
    await waitUntil(() => $(el, 'input[type=file]'), 'the upload form');
    const input = $<HTMLInputElement>(el, 'input[type=file]')!;
    pick(input, pdf());
    input.form!.requestSubmit();
    await waitUntil(() => badge(el) === 'На проверке', 'the new status');
    const application = mock.api.applications.get('citizen', SEEDED['action-required']);
    expect(application.documents.map((document) => document.fileName)).to.deep.equal(['spravka.pdf']);
    expect($(el, 'input[type=file]')).to.equal(null);
    expect(text($(el, '[aria-live="polite"]'))).to.equal('Файл «spravka.pdf» загружен.');
    await expect(el).to.be.accessible();
  });

  it('retries a failed upload with the same Idempotency-Key, so the cabinet keeps one copy', async () => {
    const healthy = cabinet();
    const keys: string[] = [];
    let dropAnswer = true;
    // The first attempt reaches the cabinet, but its answer is lost on the way back.
    const lossy = http.post(`${CABINET_API}/applications/:id/documents`, async ({ request }) => {
      keys.push(request.headers.get('idempotency-key') ?? '');
      if (!dropAnswer) return undefined;
      dropAnswer = false;
      await getResponse(healthy.handlers, request.clone());
      return HttpResponse.error();
    });
    // No event stream here: it would tell the page that the upload went through after all.
    const silent = http.get(`${CABINET_API}/applications/events`, () => delay('infinite'));
    const { el } = await mount({
      cabinet: healthy,
      applicationId: SEEDED['action-required'],
      handlers: [lossy, silent],
    });
    await waitUntil(() => $(el, 'input[type=file]'), 'the upload form');
    const input = $<HTMLInputElement>(el, 'input[type=file]')!;
    pick(input, pdf());
    input.form!.requestSubmit();
    await shows(el, '.message-error', /Сервис не ответил/);
    expect(text($(el, 'form .button'))).to.equal('Загрузить ещё раз');
    input.form!.requestSubmit();
    await waitUntil(() => badge(el) === 'На проверке', 'the new status');
    expect(keys).to.have.length(2);
    expect(keys[1]).to.equal(keys[0]);
    expect(healthy.api.applications.get('citizen', SEEDED['action-required']).documents).to.have.length(1);
  });

  it('takes a dropped file', async () => {
    const { el } = await mount({ applicationId: SEEDED['action-required'] });
    await waitUntil(() => $(el, 'form.upload'), 'the upload form');
    const form = $<HTMLFormElement>(el, 'form.upload')!;
    const transfer = new DataTransfer();
    transfer.items.add(new File(['GIF89a'], 'photo.gif', { type: 'image/gif' }));
    form.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    await el.updateComplete;
    expect(form.classList.contains('dropping')).to.equal(true);
    form.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    await shows(el, '.message-error', /^Этот файл не подходит/);
    expect($<HTMLInputElement>(el, 'input[type=file]')!.files?.[0]?.name).to.equal('photo.gif');
    expect(form.classList.contains('dropping')).to.equal(false);
  });

  it('withdraws after confirmation, with focus on the safe answer first', async () => {
    const { el, cabinet: mock } = await mount({ applicationId: SEEDED['in-review'] });
    await waitUntil(() => $(el, '[data-action="cancel"]'), 'the withdraw button');
    $(el, '[data-action="cancel"]')!.click();
    await waitUntil(() => root(el).activeElement === $(el, '[data-action="keep"]'), 'focus on «Не отзывать»');
    expect(text($(el, '#cancel-question'))).to.match(/Отозвать заявление\?/);
    await expect(el).to.be.accessible();
    $(el, '[role="group"]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await waitUntil(() => root(el).activeElement === $(el, '[data-action="cancel"]'), 'focus back on withdraw');

    $(el, '[data-action="cancel"]')!.click();
    await waitUntil(() => $(el, '[data-action="confirm-cancel"]'));
    $(el, '[data-action="confirm-cancel"]')!.click();
    await waitUntil(() => badge(el) === 'Отменено', 'withdrawn');
    expect(mock.api.applications.get('citizen', SEEDED['in-review']).status).to.equal('cancelled');
    expect(text($(el, '[aria-live="polite"]'))).to.equal('Заявление № 2026-000103 отозвано.');
    await waitUntil(() => root(el).activeElement === $(el, '.detail h3'), 'focus on the heading');
  });

  it('says why a withdrawal failed', async () => {
    const healthy = cabinet();
    // Just before the citizen confirms, the department decides: it cannot be withdrawn any more.
    const decided = http.post(`${CABINET_API}/applications/:id/cancel`, () => {
      healthy.api.applications.setStatus(SEEDED['in-review'], 'approved');
      return undefined;
    });
    const { el } = await mount({ cabinet: healthy, applicationId: SEEDED['in-review'], handlers: [decided] });
    await waitUntil(() => $(el, '[data-action="cancel"]'));
    $(el, '[data-action="cancel"]')!.click();
    await waitUntil(() => $(el, '[data-action="confirm-cancel"]'));
    $(el, '[data-action="confirm-cancel"]')!.click();
    await shows(el, '[part="detail"] .message-error', /Не удалось отозвать заявление\. По этому заявлению уже принято/);
    await waitUntil(() => badge(el) === 'Одобрено', 'the decision arrives live');
    expect(text($(el, '[part="detail"] .message-error'))).to.match(/Не удалось отозвать/);
    await expect(el).to.be.accessible();
  });

  it('updates live and announces the change politely', async () => {
    const { el, cabinet: mock } = await mount();
    await waitUntil(() => items(el).length === 8);
    await waitUntil(() => requests.includes('GET /applications/events'), 'the event stream');
    mock.api.applications.setStatus(SEEDED.accepted, 'in-review');
    await shows(el, '[aria-live="polite"]', /^Заявление № 2026-000102: На проверке$/);
    await waitUntil(() => /На проверке/.test(text(items(el).find((item) => text(item).includes('000102')))));
  });

  it('after the event stream drops and comes back, shows what changed meanwhile', async () => {
    const healthy = cabinet();
    let streams = 0;
    let listShown!: () => void;
    const shown = new Promise<void>((resolve) => (listShown = resolve));
    // The first stream ends (once the list is on screen) and asks the client to come back soon; the next attempt
    // finds the cabinet unreachable, and while it is, the department approves an application; then it is back.
    const flaky = http.get(`${CABINET_API}/applications/events`, async () => {
      streams += 1;
      if (streams === 1) {
        await shown;
        return new HttpResponse('retry: 50\n\n', { headers: { 'Content-Type': 'text/event-stream' } });
      }
      if (streams === 2) {
        healthy.api.applications.setStatus(SEEDED.accepted, 'approved');
        return HttpResponse.error();
      }
      return undefined;
    });
    const { el } = await mount({ cabinet: healthy, handlers: [flaky] });
    const accepted = () => text(items(el).find((item) => text(item).includes('000102')));
    await waitUntil(() => /Принято/.test(accepted()), 'the list as it was');
    listShown();
    await waitUntil(() => /Одобрено/.test(accepted()), 'the change made while the stream was down');
    expect(streams).to.equal(3);
  });
});
