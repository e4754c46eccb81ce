// The job seeker's panels without <gos-vacancy-search>: a test-only host element that uses the controller and renders
// the render modules, against the backend's own job seeker (domain + MSW handlers) through MSW's service worker —
// the real JobSeekerClient, real requests, the backend's answers, notifications over the real event stream.
import { VacancySearchQuerySchema, type SavedSearchQuery, type VacancySummary } from '@gos-elements/contracts';
import type { SessionHandle } from '@gos-elements/core';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html as litHtml, type PropertyValues, type TemplateResult } from 'lit';
import { http, HttpResponse, type HttpHandler } from 'msw';
import {
  MOCK_JOB_SEEKER,
  MOCK_JOB_SEEKER_TOKEN,
  mockJobSeeker,
  type MockJobSeeker,
} from '../../../../../mock-backend/src/msw/mock-job-seeker.js';
import { mockVacancies } from '../../../../../mock-backend/src/msw/mock-vacancies.js';
import '../../config/define.js';
import { GosElement } from '../../internal/gos-element.js';
import { serve } from '../../internal/mock-service-worker.fixtures.js';
import { FakeSession, signedIn } from '../../login-button/login-button.fixtures.js';
import { controlStyles } from '../../styles/controls.styles.js';
import { renderAccountTabs, renderTabPanel, type AccountTab } from './account-tabs.js';
import { accountStyles } from './account.styles.js';
import { renderApplyPanel } from './apply-panel.js';
import { renderFavouriteButton } from './favourite-button.js';
import { renderFavouritesPanel } from './favourites-panel.js';
import { JobSeekerController } from './job-seeker.controller.js';
import { LOCAL_FAVOURITES_KEY } from './local-favourites.js';
import { renderAccountLive } from './panel-parts.js';
import { renderResponsesPanel } from './responses-panel.js';
import { renderResumePanel } from './resume-panel.js';
import { renderSavedSearchesPanel, renderSaveSearchForm } from './saved-searches-panel.js';

const ORIGIN = 'https://trud.gos-elements.test';
const API = `${ORIGIN}/api/v1`;
const NOW = Date.parse('2026-11-20T09:00:00Z');

/** What <gos-vacancy-search> will do, reduced to the account: tabs, results with ☆, the open vacancy's apply panel. */
class TestAccountHost extends GosElement {
  static override styles = [GosElement.styles, controlStyles, accountStyles];
  static override properties = {
    session: { attribute: false },
    tab: { attribute: false },
    results: { attribute: false },
    open: { attribute: false },
  };

  declare session: SessionHandle | undefined;
  declare tab: AccountTab;
  declare results: VacancySummary[];
  /** The vacancy in the detail view. */
  declare open: VacancySummary | undefined;
  readonly query: SavedSearchQuery = { q: 'водитель' };
  readonly opened: string[] = [];
  readonly openedSearches: SavedSearchQuery[] = [];
  readonly account = new JobSeekerController(this);

  constructor() {
    super();
    this.tab = 'search';
    this.results = [];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.account.connect({ session: this.session, apiBase: this.gosConfig.apiBase });
  }

  #select = (tab: AccountTab) => {
    this.tab = tab;
  };

  protected override render(): TemplateResult {
    return litHtml`<div class="surface" lang=${this.account.localize.lang}>
      ${renderAccountTabs(this.account, this.tab, this.#select)}
      ${renderTabPanel(this.tab, this.#panel())}
      ${renderAccountLive(this.account)}
    </div>`;
  }

  #panel(): TemplateResult {
    const account = this.account;
    const openVacancy = (id: string) => this.opened.push(id);
    switch (this.tab) {
      case 'favourites':
        return renderFavouritesPanel(account, { onOpenVacancy: openVacancy });
      case 'responses':
        return renderResponsesPanel(account, { onOpenVacancy: openVacancy });
      case 'saved-searches':
        return renderSavedSearchesPanel(account, {
          onOpenSearch: (query) => {
            this.openedSearches.push(query);
            this.tab = 'search';
          },
        });
      case 'resume':
        return renderResumePanel(account);
      default:
        return litHtml`<h2 class="visually-hidden">Результаты</h2>
          <ul class="results">
            ${this.results.map((vacancy) => litHtml`<li>${vacancy.jobName} ${renderFavouriteButton(account, vacancy)}</li>`)}
          </ul>
          ${renderSaveSearchForm(account, this.query, { onOpenSavedSearches: () => this.#select('saved-searches') })}
          ${
            this.open
              ? renderApplyPanel(account, this.open, {
                  onOpenResume: () => this.#select('resume'),
                  onOpenResponses: () => this.#select('responses'),
                })
              : ''
          }`;
    }
  }
}
customElements.define('test-gos-account', TestAccountHost);

interface MountOptions {
  signedOut?: boolean;
  /** Start without a résumé. */
  noResume?: boolean;
  /** Handlers in front of the mock's. */
  handlers?: HttpHandler[];
  tab?: AccountTab;
  open?: boolean;
  lang?: string;
}

/** Every request sent to the API, as `METHOD path`. */
let requests: string[] = [];
const recorder = http.all(`${API}/*`, ({ request }) => {
  const url = new URL(request.url);
  requests.push(`${request.method} ${url.pathname.replace('/api/v1', '')}`);
  return undefined;
});

async function mount(options: MountOptions = {}) {
  const clock = { now: () => NOW };
  const vacancies = mockVacancies({ origin: ORIGIN, count: 60, clock, seed: 3 });
  const mock: MockJobSeeker = mockJobSeeker({
    origin: ORIGIN,
    clock,
    vacancies,
    tokens: {
      [MOCK_JOB_SEEKER_TOKEN]: { ...MOCK_JOB_SEEKER, ...(options.noResume ? { resume: 'none' as const } : {}) },
    },
  });
  requests = [];
  await serve(recorder, ...(options.handlers ?? []), ...mock.handlers, ...vacancies.handlers);
  const results = vacancies.index.search(VacancySearchQuerySchema.parse({}), '2026-11-20').items.slice(0, 3);
  const session = new FakeSession(options.signedOut ? { status: 'signed-out' } : signedIn('confirmed'));
  const config = await fixture(
    html`<gos-config api-base=${API}>
      <test-gos-account
        lang=${options.lang ?? 'ru'}
        .session=${session}
        .results=${results}
        .tab=${options.tab ?? 'search'}
        .open=${options.open ? results[0] : undefined}
      ></test-gos-account>
    </gos-config>`,
  );
  const el = config.querySelector<TestAccountHost>('test-gos-account')!;
  await el.updateComplete;
  return { el, mock, session, results };
}

const root = (el: TestAccountHost) => el.shadowRoot!;
const $ = <T extends HTMLElement = HTMLElement>(el: TestAccountHost, selector: string) =>
  root(el).querySelector<T>(selector);
const $$ = (el: TestAccountHost, selector: string) => [...root(el).querySelectorAll<HTMLElement>(selector)];
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const shows = (el: TestAccountHost, selector: string, pattern: RegExp) =>
  waitUntil(() => pattern.test(text($(el, selector))), `${selector} shows ${pattern}`, { timeout: 3000 });
const live = (el: TestAccountHost) => text($(el, '[data-live="account"]'));
const focused = (el: TestAccountHost) => root(el).activeElement as HTMLElement | null;
const loaded = (el: TestAccountHost) =>
  waitUntil(
    () =>
      el.account.favourites.status === 'ready' &&
      el.account.responses.status === 'ready' &&
      el.account.savedSearches.status === 'ready' &&
      el.account.resume.status === 'ready',
    'the account loaded',
    { timeout: 3000 },
  );

function type(input: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

function pick(input: HTMLInputElement, file: File): void {
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

beforeEach(() => localStorage.removeItem(LOCAL_FAVOURITES_KEY));

describe('job seeker account panels', () => {
  it('keeps favourites in the browser while signed out, and merges them into the account after sign-in', async () => {
    const { el, mock, session, results } = await mount({ signedOut: true });
    const star = $(el, `[data-favourite="${results[0]!.id}"]`)!;
    expect(star.getAttribute('aria-label')).to.equal(`Добавить в избранное: ${results[0]!.jobName}`);
    expect(star.getAttribute('aria-pressed')).to.equal('false');
    star.click();
    await el.updateComplete;
    expect(star.getAttribute('aria-pressed')).to.equal('true');
    expect(live(el)).to.match(/добавлена в избранное в этом браузере/);
    expect(JSON.parse(localStorage.getItem(LOCAL_FAVOURITES_KEY)!).items[0].vacancy.id).to.equal(results[0]!.id);
    $(el, `[data-favourite="${results[1]!.id}"]`)!.click();
    expect(requests).to.deep.equal([]);
    await expect(el).to.be.accessible();

    el.tab = 'favourites';
    await el.updateComplete;
    expect(text($(el, '.favourites'))).to.match(/Избранное хранится только в этом браузере/);
    expect($$(el, '[part="favourite-item"]')).to.have.length(2);
    await expect(el).to.be.accessible();

    // A reload keeps them (another controller reads the same storage).
    session.set(signedIn('confirmed'));
    await waitUntil(() => localStorage.getItem(LOCAL_FAVOURITES_KEY) === null, 'local favourites cleared');
    await waitUntil(
      () => $$(el, '[part="favourite-item"]').length === 2 && !/браузере/.test(text($(el, '.favourites'))),
    );
    const onServer = (mock.api.favorites(MOCK_JOB_SEEKER.owner, '/').body as { items: { vacancyId: string }[] }).items;
    expect(onServer.map((item) => item.vacancyId).sort()).to.deep.equal([results[0]!.id, results[1]!.id].sort());
    expect(requests.filter((request) => request.startsWith('PUT /me/favorites/'))).to.have.length(2);
    await waitUntil(() => /перенесено в личный кабинет: 2 вакансии/.test(live(el)), 'the merge announced');
    await expect(el).to.be.accessible();
  });

  it('keeps a favourite pressed when the list it was read too early for arrives after the save', async () => {
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    // The first list is read before the ☆ (nothing kept yet) and answered after the save.
    const slowList = http.get(`${API}/me/favorites`, async () => {
      await gate;
      return HttpResponse.json({ items: [], total: 0 });
    });
    const { el, mock, results } = await mount({ handlers: [slowList] });
    const id = results[0]!.id;
    await waitUntil(() => el.account.signedIn && el.account.favourites.status === 'loading', 'the list asked for');
    await el.updateComplete;
    const star = $(el, `[data-favourite="${id}"]`)!;
    star.click();
    const saved = () =>
      (mock.api.favorites(MOCK_JOB_SEEKER.owner, '/').body as { items: { vacancyId: string }[] }).items.some(
        (item) => item.vacancyId === id,
      );
    await waitUntil(() => saved() && !el.account.pendingFavourites.has(id), 'the favourite saved');
    expect(localStorage.getItem(LOCAL_FAVOURITES_KEY)).to.equal(null);
    const beforeList = el.account.favourites;
    release();
    await waitUntil(() => el.account.favourites !== beforeList, 'the early list answered');
    await el.updateComplete;
    console.log('DEBUG', JSON.stringify(el.account.favourites).slice(0, 300), requests.join(' | '));
    expect(star.getAttribute('aria-pressed')).to.equal('true');
    expect(el.account.isFavourite(id)).to.equal(true);
  });

  it('puts a favourite back when the server refuses it, and says so', async () => {
    const failing = http.put(`${API}/me/favorites/:id`, () =>
      HttpResponse.json({ code: 'unavailable', title: 'Сервис временно недоступен', status: 503 }, { status: 503 }),
    );
    const { el, results } = await mount({ handlers: [failing] });
    await loaded(el);
    const star = $(el, `[data-favourite="${results[0]!.id}"]`)!;
    star.click();
    await el.updateComplete;
    expect(star.getAttribute('aria-pressed')).to.equal('true');
    await waitUntil(() => star.getAttribute('aria-pressed') === 'false', 'rolled back');
    expect(text($(el, '[data-live="account-alert"]'))).to.match(
      /Не удалось добавить .* в избранное\. Сервис не ответил/,
    );
  });

  it('asks a signed-out job seeker to sign in to apply', async () => {
    const { el, session } = await mount({ signedOut: true, open: true });
    expect(text($(el, '[part="apply"]'))).to.match(/Войдите через Госуслуги, чтобы откликнуться/);
    $(el, '[part="apply"] .button')!.click();
    expect(session.calls).to.deep.equal(['signIn redirect']);
    await expect(el).to.be.accessible();
  });

  it('invites a job seeker without a résumé to fill it in', async () => {
    const { el } = await mount({ noResume: true, open: true });
    await shows(el, '[part="apply"]', /заполните резюме/);
    $(el, '[data-apply="needs-resume"] .button')!.click();
    await el.updateComplete;
    expect(el.tab).to.equal('resume');
    await expect(el).to.be.accessible();
  });

  it('applies with a cover letter drafted from the résumé, and «Мои отклики» shows it sent', async () => {
    const { el, mock, results } = await mount({ open: true });
    await waitUntil(() => $(el, '#acc-cover-letter'), 'the cover letter');
    const letter = $<HTMLTextAreaElement>(el, '#acc-cover-letter')!;
    expect(letter.value).to.contain(`«${results[0]!.jobName}»`);
    expect(letter.value).to.contain(results[0]!.company.name);
    expect(letter.value).to.contain('«Водитель категории C»');
    expect(letter.value).to.match(/Соколов Алексей Викторович$/);
    expect(text($(el, '#acc-cover-letter-count'))).to.equal(`${letter.value.length} из 3000 символов`);
    await expect(el).to.be.accessible();

    type(letter, '');
    $(el, '[data-action="respond"]')!.click();
    await shows(el, '#acc-apply-error', /^Напишите сопроводительное письмо\.$/);
    expect(focused(el)).to.equal($(el, '#acc-cover-letter'));
    expect(letter.getAttribute('aria-invalid')).to.equal('true');

    type($<HTMLTextAreaElement>(el, '#acc-cover-letter')!, 'Здравствуйте! Готов выйти в любую смену.');
    $(el, '[data-action="respond"]')!.click();
    await waitUntil(() => focused(el) === $(el, '[data-focus="apply-result"]'), 'focus on the result');
    expect(text($(el, '[data-apply="sent"]'))).to.match(/Отклик отправлен/);
    expect(live(el)).to.match(/Отклик на вакансию .* отправлен\./);
    const sent = (mock.api.responses(MOCK_JOB_SEEKER.owner, '/').body as { items: { coverLetter: string }[] }).items;
    expect(sent.map((item) => item.coverLetter)).to.deep.equal(['Здравствуйте! Готов выйти в любую смену.']);
    await expect(el).to.be.accessible();

    $(el, '[data-apply="sent"] .link')!.click();
    await el.updateComplete;
    expect(el.tab).to.equal('responses');
    expect(text($(el, '[part="response"] [part="badge"]'))).to.equal('Отправлен');
    await expect(el).to.be.accessible();
  });

  it('says so when the vacancy already has a response (409), with its status', async () => {
    const { el, mock, results } = await mount({ open: true });
    await waitUntil(() => $(el, '#acc-cover-letter'), 'the cover letter');
    // Sent meanwhile from another tab.
    mock.api.respond(MOCK_JOB_SEEKER.owner, results[0]!.id, { coverLetter: 'Из другой вкладки' }, null, '/');
    $(el, '[data-action="respond"]')!.click();
    await shows(el, '[data-apply="existing"]', /Вы уже откликнулись на эту вакансию\. Статус отклика: Отправлен\./);
    expect(requests.filter((request) => request.startsWith('POST /vacancies/'))).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('retries an unanswered response with the same Idempotency-Key', async () => {
    const keys: string[] = [];
    let drop = true;
    const lossy = http.post(`${API}/vacancies/:id/responses`, ({ request }) => {
      keys.push(request.headers.get('idempotency-key') ?? '');
      if (!drop) return undefined;
      drop = false;
      return HttpResponse.error();
    });
    const { el } = await mount({ open: true, handlers: [lossy] });
    await waitUntil(() => $(el, '#acc-cover-letter'), 'the cover letter');
    $(el, '[data-action="respond"]')!.click();
    await shows(el, '#acc-apply-error', /Сервис не ответил/);
    $(el, '[data-action="respond"]')!.click();
    await waitUntil(() => $(el, '[data-apply="sent"]'), 'sent on the retry');
    expect(keys).to.have.length(2);
    expect(keys[1]).to.equal(keys[0]);
  });

  it('withdraws a response after a confirmation whose safe answer has the focus', async () => {
    const { el, mock, results } = await mount({ tab: 'responses' });
    mock.api.respond(MOCK_JOB_SEEKER.owner, results[1]!.id, { coverLetter: 'Здравствуйте!' }, null, '/');
    await el.account.reload('responses');
    await waitUntil(() => $(el, '[data-action="withdraw"]'), 'the withdraw button');
    $(el, '[data-action="withdraw"]')!.click();
    await waitUntil(() => focused(el) === $(el, '[data-action="keep"]'), '«Не отзывать» focused');
    expect(text($(el, '.confirm'))).to.match(/Отозвать отклик на вакансию/);
    await expect(el).to.be.accessible();
    $(el, '.confirm')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await waitUntil(() => focused(el) === $(el, '[data-action="withdraw"]'), 'focus back on «Отозвать отклик»');
    $(el, '[data-action="withdraw"]')!.click();
    await waitUntil(() => $(el, '[data-action="confirm-withdraw"]'));
    $(el, '[data-action="confirm-withdraw"]')!.click();
    await shows(el, '[part="response"] [part="badge"]', /^Отозван$/);
    expect(live(el)).to.match(/отозван\./);
    expect($(el, '[data-action="withdraw"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('saves a search, and a new match arriving on the event stream bumps the unread badge', async () => {
    const { el, mock } = await mount();
    await loaded(el);
    $(el, '[data-action="save-search"]')!.click();
    await waitUntil(() => focused(el) === $(el, '#acc-save-search-name'), 'focus on the name');
    await expect(el).to.be.accessible();
    type($<HTMLInputElement>(el, '#acc-save-search-name')!, 'Водитель в Москве');
    const channel = $<HTMLSelectElement>(el, '#acc-save-search-channel')!;
    channel.value = 'email';
    channel.dispatchEvent(new Event('change'));
    ($(el, 'form.save-search') as HTMLFormElement).requestSubmit();
    await shows(el, '.save-search [role="status"]', /Поиск «Водитель в Москве» сохранён\./);
    expect(focused(el)).to.equal($(el, '[data-action="save-search"]'));

    // A vacancy published now matches: the notification comes over the event stream.
    await waitUntil(() => requests.includes('GET /applications/events'), 'the event stream open');
    mock.api.publishVacancy({ jobName: 'Водитель погрузчика' }, '/dev/vacancies');
    mock.api.publishVacancy({ jobName: 'Водитель автобуса' }, '/dev/vacancies');
    const tab = () => $(el, '#acc-tab-saved-searches')!;
    await waitUntil(() => text(tab()) === 'Сохранённые поиски2, 2 новых', 'the badge', { timeout: 3000 });
    expect(live(el)).to.match(/Новая вакансия по поиску «Водитель в Москве»: Водитель автобуса\./);
    await expect(el).to.be.accessible();

    tab().click();
    await el.updateComplete;
    expect(text($(el, '[part="saved-search"] [part="badge"]'))).to.equal('2 новых');
    await expect(el).to.be.accessible();
    $(el, '[data-action="open-search"]')!.click();
    await el.updateComplete;
    expect(el.openedSearches).to.deep.equal([{ q: 'водитель' }]);
    await waitUntil(() => requests.includes('POST /me/notifications/read'), 'marked read');
    expect(text(tab())).to.equal('Сохранённые поиски');
  });

  it('renames a saved search in place, changes its channel and deletes it after a confirmation', async () => {
    const { el, mock } = await mount({ tab: 'saved-searches' });
    mock.api.createSavedSearch(MOCK_JOB_SEEKER.owner, { name: 'Водители', query: { q: 'водитель' } }, null, '/');
    await el.account.reload('savedSearches');
    await waitUntil(() => $(el, '[data-action="rename"]'));
    $(el, '[data-action="rename"]')!.click();
    await waitUntil(() => focused(el)?.id.startsWith('acc-rename-'), 'focus in the name field');
    type(focused(el) as HTMLInputElement, '   ');
    ($(el, 'form.rename') as HTMLFormElement).requestSubmit();
    await shows(el, '[part="saved-search"] .message-error', /^Назовите поиск\.$/);
    type(focused(el) as HTMLInputElement, 'Водители погрузчиков');
    ($(el, 'form.rename') as HTMLFormElement).requestSubmit();
    await waitUntil(() => focused(el) === $(el, '[data-action="open-search"]'), 'focus on the renamed search');
    expect(text($(el, '[data-action="open-search"]'))).to.equal('Водители погрузчиков');
    const select = $<HTMLSelectElement>(el, '[part="saved-search"] select')!;
    select.value = 'sms';
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => /По СМС/i.test(live(el)), 'the channel changed');
    $(el, '[data-action="delete"]')!.click();
    await waitUntil(() => focused(el) === $(el, '[data-action="keep"]'), '«Не удалять» focused');
    await expect(el).to.be.accessible();
    $(el, '[data-action="confirm-delete"]')!.click();
    await waitUntil(() => focused(el) === $(el, '#acc-saved-title'), 'focus on the heading');
    expect(text($(el, '.saved-searches'))).to.match(/Сохранённых поисков нет/);
  });

  it('checks the résumé form, announces the errors and focuses the first, then saves it', async () => {
    const { el, mock } = await mount({ noResume: true, tab: 'resume' });
    await waitUntil(() => $(el, '[data-action="save-resume"]'), 'the form, loaded on demand', { timeout: 3000 });
    await expect(el).to.be.accessible();
    $(el, '[data-action="save-resume"]')!.click();
    await waitUntil(() => focused(el) === $(el, '#acc-r-desiredPosition'), 'focus on the first invalid field');
    expect(text($(el, '#acc-r-summary'))).to.match(/^Резюме не сохранено: проверьте 3 поля\./);
    expect($(el, '#acc-r-desiredPosition')!.getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#acc-r-desiredPosition')!.getAttribute('aria-describedby')).to.equal('acc-r-desiredPosition-error');
    await expect(el).to.be.accessible();

    type($<HTMLInputElement>(el, '#acc-r-desiredPosition')!, 'Кладовщик');
    const region = $<HTMLSelectElement>(el, '#acc-r-region')!;
    region.value = '7700000000000';
    region.dispatchEvent(new Event('change'));
    type($<HTMLInputElement>(el, '#acc-r-contacts-phone')!, '8 926 555-04-04');
    // A skill longer than the server takes: only the server says so, and its error lands on the skills.
    const skills = $<HTMLInputElement>(el, '#acc-r-skills')!;
    type(skills, 'Погрузчик');
    skills.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    type($<HTMLInputElement>(el, '#acc-r-skills')!, `${'очень '.repeat(12)}длинный навык,`);
    await el.updateComplete;
    expect($$(el, '.chip')).to.have.length(2);
    $(el, '[data-action="save-resume"]')!.click();
    await waitUntil(() => focused(el) === $(el, '#acc-r-skills'), 'focus on the skills');
    expect(text($(el, '#acc-r-summary'))).to.match(/проверьте 1 поле/);
    // Nothing typed is lost.
    expect($<HTMLInputElement>(el, '#acc-r-desiredPosition')!.value).to.equal('Кладовщик');
    $$(el, '.chip-remove')[1]!.click();
    $(el, '[data-action="save-resume"]')!.click();
    await waitUntil(() => /Резюме сохранено/.test(live(el)), 'saved');
    expect(text($(el, '.resume > .hint'))).to.match(/^Обновлено \d+ \S+ \d{4}/);
    const saved = mock.api.resume(MOCK_JOB_SEEKER.owner, '/').body as { desiredPosition: string; contacts: object };
    expect(saved.desiredPosition).to.equal('Кладовщик');
    expect(saved.contacts).to.deep.equal({ phone: '+79265550404' });
    await expect(el).to.be.accessible();
  });

  it('refuses a résumé file that is too big or not really a PDF or DOCX in the page, and attaches a good one', async () => {
    const { el } = await mount({ tab: 'resume' });
    await waitUntil(() => $(el, '#acc-r-file'), 'the file field', { timeout: 3000 });
    const input = $<HTMLInputElement>(el, '#acc-r-file')!;
    pick(input, new File([new Uint8Array(3 * 1024 * 1024)], 'resume.pdf', { type: 'application/pdf' }));
    await shows(el, '#acc-r-file-error', /^Файл больше 2 МБ\./);
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();
    pick(input, new File(['MZ\x90\x00 not a pdf'], 'resume.pdf', { type: 'application/pdf' }));
    await shows(el, '#acc-r-file-error', /^Этот файл не подходит: принимаются только PDF и документы Word/);
    (input.form as HTMLFormElement).requestSubmit();
    await waitUntil(() => focused(el) === input, 'focus on the file field');
    expect(requests.filter((request) => request.includes('/resume/file'))).to.deep.equal([]);

    pick(input, new File(['%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n'], 'Соколов.pdf'));
    await waitUntil(() => text($(el, '#acc-r-file-error')) === '', 'passes the checks');
    (input.form as HTMLFormElement).requestSubmit();
    await waitUntil(() => focused(el) === $(el, '[data-action="download-file"]'), 'focus on the attached file');
    expect(text($(el, '.resume-file'))).to.match(/Прикреплён файл «Соколов\.pdf»/);
    expect(live(el)).to.equal('Файл «Соколов.pdf» прикреплён к резюме.');
    await expect(el).to.be.accessible();
  });

  it('moves between tabs with the arrow keys, Home and End, showing each at once', async () => {
    const { el } = await mount();
    await loaded(el);
    $(el, '#acc-tab-search')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => focused(el) === $(el, '#acc-tab-favourites'));
    expect(el.tab).to.equal('favourites');
    expect($(el, '#acc-tab-favourites')!.getAttribute('aria-selected')).to.equal('true');
    expect($(el, '#acc-tab-favourites')!.getAttribute('aria-controls')).to.equal('acc-panel-favourites');
    expect($(el, '[role="tabpanel"]')!.getAttribute('aria-labelledby')).to.equal('acc-tab-favourites');
    expect($$(el, '[role="tab"][tabindex="0"]')).to.have.length(1);
    await sendKeys({ press: 'End' });
    await waitUntil(() => focused(el) === $(el, '#acc-tab-resume'));
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => focused(el) === $(el, '#acc-tab-search'), 'wraps to the first');
    await sendKeys({ press: 'ArrowLeft' });
    await waitUntil(() => focused(el) === $(el, '#acc-tab-resume'), 'wraps to the last');
    await sendKeys({ press: 'Home' });
    await waitUntil(() => focused(el) === $(el, '#acc-tab-search'));
    expect(el.tab).to.equal('search');
    await expect(el).to.be.accessible();
  });

  it('marks a favourite that has been taken down, and still lists it', async () => {
    const takenDown = http.get(`${API}/me/favorites`, () =>
      HttpResponse.json({
        items: [
          {
            vacancyId: 'gone-1',
            addedAt: '2026-11-01T09:00:00Z',
            vacancy: {
              id: 'gone-1',
              jobName: 'Кассир',
              company: { name: 'ООО «Был»' },
              region: { code: '7700000000000', name: 'г. Москва' },
            },
            current: null,
          },
        ],
        total: 1,
      }),
    );
    const { el } = await mount({ tab: 'favourites', handlers: [takenDown] });
    await shows(el, '[part="favourite-item"]', /Кассир Снята с публикации ООО «Был» · г\. Москва/);
    expect($(el, '[part="favourite-item"] button.link')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('speaks English where the page does', async () => {
    const { el } = await mount({ signedOut: true, open: true, lang: 'en' });
    expect($$(el, '[role="tab"]').map(text)).to.deep.equal([
      'Search',
      'Favourites',
      'My applications',
      'Saved searches',
      'My CV',
    ]);
    expect(text($(el, '[part="apply"]'))).to.match(/Sign in with Gosuslugi to apply/);
    await expect(el).to.be.accessible();
  });

  it('reflows at 320 px: the résumé form scrolls only vertically', async () => {
    const { el } = await mount({ tab: 'resume' });
    el.style.cssText = 'display: block; inline-size: 320px';
    await waitUntil(() => $(el, '#acc-r-file'), 'the form', { timeout: 3000 });
    $(el, '[data-action="add-experience"]')!.click();
    await el.updateComplete;
    expect(el.scrollWidth).to.be.at.most(320);
  });

  it('stops following notifications when signed out or disconnected', async () => {
    const { el, session } = await mount();
    await waitUntil(() => requests.includes('GET /applications/events'), 'the event stream open');
    session.set({ status: 'signed-out' });
    await el.updateComplete;
    expect(el.account.favourites.status).to.equal('idle');
    expect(text($(el, '#acc-tab-saved-searches'))).to.equal('Сохранённые поиски');
  });
});
