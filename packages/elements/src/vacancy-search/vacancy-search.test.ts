// <gos-vacancy-search> against the backend's own vacancy search through MSW's service worker.
import type { VacancySearchResult } from '@gos-elements/contracts';
import type { SessionHandle } from '@gos-elements/core';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { nothing } from 'lit';
import { http, type HttpHandler } from 'msw';
import {
  MOCK_JOB_SEEKER,
  mockJobSeeker,
  type MockJobSeeker,
} from '../../../../mock-backend/src/msw/mock-job-seeker.js';
import type { MockVacancies } from '../../../../mock-backend/src/msw/mock-vacancies.js';
import '../config/define.js';
import { serve } from '../internal/mock-service-worker.fixtures.js';
import { FakeSession, signedIn } from '../login-button/login-button.fixtures.js';
import { LOCAL_FAVOURITES_KEY } from './account/local-favourites.js';
import type { GosVacancySearchElement } from './vacancy-search.js';
import {
  neverAnswers,
  rateLimited,
  unavailable,
  unreachable,
  VACANCIES_API,
  vacanciesBackend,
} from './vacancy-search.fixtures.js';
import './define.js';

const MOSCOW = '7700000000000';

// One generated backend for the whole file (it only answers reads): building it takes a moment.
let shared: MockVacancies | undefined;
const backend = () => (shared ??= vacanciesBackend());

interface MountOptions {
  readonly handlers?: HttpHandler[];
  readonly syncUrl?: string;
  readonly pageSize?: number;
  readonly region?: string;
  readonly compact?: boolean;
  readonly searchPage?: string;
  readonly width?: string;
  readonly lang?: string;
  readonly session?: SessionHandle;
}

async function mount(options: MountOptions = {}) {
  await serve(...(options.handlers ?? backend().handlers));
  const wrapper = await fixture(
    html`<div style=${options.width ? `inline-size: ${options.width}` : ''}>
      <gos-config api-base=${VACANCIES_API}>
        <gos-vacancy-search
          lang=${options.lang ?? 'ru'}
          page-size=${options.pageSize ?? 20}
          sync-url=${options.syncUrl ?? nothing}
          region=${options.region ?? nothing}
          search-page=${options.searchPage ?? nothing}
          ?compact=${options.compact ?? false}
          .session=${options.session}
        ></gos-vacancy-search>
      </gos-config>
    </div>`,
  );
  const el = wrapper.querySelector<GosVacancySearchElement>('gos-vacancy-search')!;
  await el.updateComplete;
  return el;
}

const root = (el: GosVacancySearchElement) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: GosVacancySearchElement, selector: string) =>
  root(el).querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: GosVacancySearchElement, selector: string) => [
  ...root(el).querySelectorAll<T>(selector),
];
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const announcement = (el: GosVacancySearchElement) => text($(el, '[data-live="search"]'));
const titles = (el: GosVacancySearchElement) => $$(el, '.result .title-link').map((link) => text(link));
const settled = (el: GosVacancySearchElement, what = 'the results') =>
  waitUntil(() => $(el, 'ol.list[aria-busy="false"]') && !$(el, '.busy'), what, { timeout: 4000 });

/** What the API answers for the same search: the figures the element must show. */
async function searched(query: string): Promise<VacancySearchResult> {
  const response = await fetch(`${VACANCIES_API}/vacancies?${query}`);
  return (await response.json()) as VacancySearchResult;
}

/** Types into a field as a person does (value, then an input event). */
function typeInto(input: HTMLInputElement, value: string): void {
  input.focus();
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/** Sends the search form as pressing «Найти» does. */
function search(el: GosVacancySearchElement, words: string): void {
  typeInto($<HTMLInputElement>(el, '#q')!, words);
  $<HTMLFormElement>(el, 'form.search')!.requestSubmit();
}

afterEach(() => {
  history.replaceState(null, '', location.pathname);
  localStorage.removeItem(LOCAL_FAVOURITES_KEY);
});

describe('<gos-vacancy-search>', () => {
  it('shows a skeleton while the first answer is on its way', async () => {
    const el = await mount({ handlers: neverAnswers });
    expect($(el, '.results[aria-busy="true"] .skeleton')).not.to.equal(null);
    expect(text($(el, '.results [role="status"]'))).to.equal('Ищем вакансии…');
    await expect(el).to.be.accessible();
  });

  it('finds vacancies by the words, announcing the count once the answer is in', async () => {
    const el = await mount();
    await settled(el);
    const events: CustomEvent[] = [];
    el.addEventListener('gos-search', (event) => events.push(event));
    search(el, 'бухгалтер');
    const api = await searched('q=бухгалтер&pageSize=20');
    await waitUntil(
      () => announcement(el) === `Найдено ${api.total} ${plural(api.total)}`,
      `«Найдено ${api.total} вакансий»`,
    );
    await settled(el);
    expect(text($(el, '#results-title'))).to.equal(`Найдено ${api.total} ${plural(api.total)}`);
    expect(titles(el)).to.deep.equal(api.items.map((item) => item.jobName));
    const first = $(el, '.result')!;
    expect(text(first.querySelector('.company'))).to.contain(api.items[0]!.company.name);
    expect(text(first.querySelector('.salary'))).to.match(/₽|не указана/);
    expect(first.querySelector('time')?.getAttribute('datetime')).to.equal(api.items[0]!.createdAt);
    expect(events).to.have.length(1);
    expect(events[0]!.detail).to.deep.equal({ query: { q: 'бухгалтер' } });
    expect(events[0]!.bubbles && events[0]!.composed).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('searches after a pause in typing, not on every key, and keeps the results on screen meanwhile', async () => {
    const el = await mount();
    await settled(el);
    const asked: string[] = [];
    await serve(
      http.get(`${VACANCIES_API}/vacancies`, ({ request }) => void asked.push(new URL(request.url).search)),
      ...backend().handlers,
    );
    const input = $<HTMLInputElement>(el, '#q')!;
    for (const prefix of ['п', 'по', 'пов', 'пова', 'повар']) typeInto(input, prefix);
    await el.updateComplete;
    expect($$(el, '.result').length).to.equal(20);
    const api = await searched('q=повар');
    await waitUntil(() => announcement(el) === `Найдено ${api.total} ${plural(api.total)}`, 'the count');
    expect(asked.filter((query) => query.includes('q=') && query.includes('pageSize=20'))).to.have.length(1);
    expect(titles(el).every((title) => /повар/i.test(title))).to.equal(true);
  });

  it('suggests job titles: arrows move through them, Enter picks one and searches, Escape closes', async () => {
    const el = await mount();
    await settled(el);
    const input = $<HTMLInputElement>(el, '#q')!;
    typeInto(input, 'бух');
    await waitUntil(() => $$(el, '#q-suggestions [role="option"]').length > 0, 'the suggestions');
    expect(input.getAttribute('aria-expanded')).to.equal('true');
    expect(input.getAttribute('aria-controls')).to.equal('q-suggestions');
    await expect(el).to.be.accessible();

    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    const options = $$(el, '#q-suggestions [role="option"]');
    expect(input.getAttribute('aria-activedescendant')).to.equal(options[1]!.id);
    expect(options[1]!.getAttribute('aria-selected')).to.equal('true');
    await sendKeys({ press: 'Escape' });
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    expect(root(el).activeElement).to.equal(input);

    await sendKeys({ press: 'ArrowDown' });
    const picked = text($$(el, '#q-suggestions [role="option"]')[0]);
    const searchedFor = oneEvent(el, 'gos-search');
    await sendKeys({ press: 'Enter' });
    expect((await searchedFor).detail.query.q).to.equal(picked);
    expect(input.value).to.equal(picked);
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    const api = await searched(`q=${encodeURIComponent(picked)}`);
    await waitUntil(() => announcement(el) === `Найдено ${api.total} ${plural(api.total)}`, 'the search');
  });

  it('narrows at once when a filter is ticked, and the counts follow the other filters', async () => {
    const el = await mount();
    search(el, 'бухгалтер');
    await waitUntil(() => announcement(el).startsWith('Найдено'), 'the first search');
    await settled(el);
    const partTime = $<HTMLInputElement>(el, 'input[name="employment"][value="part"]')!;
    const before = await searched('q=бухгалтер');
    expect(text(partTime.closest('label'))).to.equal(`Частичная занятость (${before.facets.employment.part})`);

    partTime.click();
    const api = await searched('q=бухгалтер&employment=part');
    expect(api.total).to.equal(before.facets.employment.part);
    await waitUntil(() => announcement(el) === `Найдено ${api.total} ${plural(api.total)}`, 'the narrowed count');
    await settled(el);
    expect(partTime.checked).to.equal(true);
    // The employment counts stay those of the other filters; the schedule counts are now of part-time work.
    expect(text(partTime.closest('label'))).to.equal(`Частичная занятость (${api.facets.employment.part})`);
    const flexible = $<HTMLInputElement>(el, 'input[name="schedule"][value="flexible"]')!;
    expect(text(flexible.closest('label'))).to.contain(`(${api.facets.schedule.flexible})`);
    expect($$(el, '.result').length).to.equal(api.items.length);

    $<HTMLInputElement>(el, 'input[name="experience"][value="none"]')!.click();
    const withExperience = await searched('q=бухгалтер&employment=part&experience=none');
    await waitUntil(
      () => text($(el, '#results-title')) === `Найдено ${withExperience.total} ${plural(withExperience.total)}`,
      'experience',
    );
    await expect(el).to.be.accessible();
  });

  it('filters by salary after a pause in typing, and only with a stated salary when asked', async () => {
    const el = await mount();
    search(el, 'повар');
    await waitUntil(() => announcement(el).startsWith('Найдено'), 'the first search');
    const events: CustomEvent[] = [];
    el.addEventListener('gos-search', (event) => events.push(event));
    const salary = $<HTMLInputElement>(el, '#salary')!;
    typeInto(salary, '60 000');
    const api = await searched('q=повар&salaryFrom=60000');
    await waitUntil(() => text($(el, '#results-title')) === `Найдено ${api.total} ${plural(api.total)}`, 'salary');
    // A pause in typing searches; leaving the field commits the search, reported once.
    expect(events).to.have.length(0);
    salary.dispatchEvent(new Event('change', { bubbles: true }));
    expect(events.map((event) => event.detail.query)).to.deep.equal([{ q: 'повар', salaryFrom: 60000 }]);
    $<HTMLInputElement>(el, 'input[name="withSalaryOnly"]')!.click();
    const stated = await searched('q=повар&salaryFrom=60000&withSalaryOnly=true');
    await waitUntil(
      () => text($(el, '#results-title')) === `Найдено ${stated.total} ${plural(stated.total)}`,
      'stated',
    );
    await settled(el);
    expect($$(el, '.result .salary').some((salary) => /не указана/.test(text(salary)))).to.equal(false);
  });

  it('keeps the search box, and the focus and text in it, when the job seeker’s tabs arrive', async () => {
    await serve(...backend().handlers);
    const wrapper = await fixture(
      html`<gos-config api-base=${VACANCIES_API}><gos-vacancy-search lang="ru"></gos-vacancy-search></gos-config>`,
    );
    const el = wrapper.querySelector<GosVacancySearchElement>('gos-vacancy-search')!;
    await el.updateComplete;
    const input = $<HTMLInputElement>(el, '#q')!;
    typeInto(input, 'пов');
    await waitUntil(() => $(el, '[role="tablist"]'), 'the tabs');
    await el.updateComplete;
    expect($(el, '#q')).to.equal(input);
    expect(root(el).activeElement).to.equal(input);
    expect(input.value).to.equal('пов');
  });

  it('chooses regions by typing, shows them as chips with counts, and removes them', async () => {
    const el = await mount();
    await settled(el);
    const input = $<HTMLInputElement>(el, '#region')!;
    typeInto(input, 'мос');
    await el.updateComplete;
    const options = $$(el, '#region-options [role="option"]');
    expect(options.map((option) => text(option).replace(/ \(\d+\)$/, ''))).to.deep.equal([
      'Москва',
      'Московская область',
    ]);
    const all = await searched('pageSize=1');
    expect(text(options[0])).to.equal(`Москва (${all.facets.regions[MOSCOW]})`);
    expect(input.getAttribute('aria-activedescendant')).to.equal(options[0]!.id);
    await expect(el).to.be.accessible();

    await sendKeys({ press: 'Enter' });
    const api = await searched(`regions=${MOSCOW}`);
    await waitUntil(() => announcement(el) === `Найдено ${api.total} ${plural(api.total)}`, 'Moscow');
    const remove = $<HTMLButtonElement>(el, '.chip button')!;
    expect(remove.getAttribute('aria-label')).to.equal('Убрать регион: Москва');
    expect(input.value).to.equal('');
    expect(root(el).activeElement).to.equal(input);
    await settled(el);
    expect($$(el, '.result').every((result) => text(result).includes('Москва'))).to.equal(true);

    remove.click();
    await waitUntil(() => !$(el, '.chip'), 'the chip removed');
    expect(root(el).activeElement).to.equal(input);
    await waitUntil(() => announcement(el) === `Найдено ${all.total} ${plural(all.total)}`, 'all regions');
  });

  it('adds the next page with «Показать ещё» and puts the focus on the first new vacancy', async () => {
    const el = await mount();
    search(el, 'водитель');
    await waitUntil(() => announcement(el).startsWith('Найдено'), 'the search');
    await settled(el);
    const more = [...$$<HTMLButtonElement>(el, '.more button')].find((b) => /Показать ещё/.test(text(b)))!;
    more.focus();
    more.click();
    await waitUntil(() => $$(el, '.result').length === 40, 'the second page');
    const api = await searched('q=водитель&page=2&pageSize=20');
    const links = $$(el, '.result .title-link');
    await waitUntil(() => root(el).activeElement === links[20], 'the focus on the 21st vacancy');
    expect(text(links[20])).to.equal(api.items[0]!.jobName);
    expect(announcement(el)).to.equal('Добавлено 20 вакансий');
    expect(text($(el, '.more .hint'))).to.equal(`Показано 40 из ${api.total}`);
  });

  it('opens a vacancy in place of the list and brings the focus back to its title', async () => {
    const el = await mount();
    search(el, 'бухгалтер');
    await waitUntil(() => announcement(el).startsWith('Найдено'), 'the search');
    await settled(el);
    const link = $$<HTMLElement>(el, '.result .title-link')[2]!;
    const id = link.dataset['id']!;
    const opened = oneEvent(el, 'gos-vacancy-open');
    link.focus();
    link.click();
    expect((await opened).detail).to.deep.equal({ id });
    await waitUntil(() => $(el, '#detail-title'), 'the vacancy');
    await waitUntil(() => root(el).activeElement === $(el, '#detail-title'), 'the focus on its title');
    expect($(el, 'ol.list')).to.equal(null);

    const detail = (await (await fetch(`${VACANCIES_API}/vacancies/${id}`)).json()) as { jobName: string };
    expect(text($(el, '#detail-title'))).to.equal(detail.jobName);
    const part = $(el, '[part="detail"]')!;
    expect(part.querySelectorAll('.duty li').length).to.be.greaterThan(0);
    expect(part.querySelector('.duty script, .duty [onclick]')).to.equal(null);
    const map = [...part.querySelectorAll<HTMLAnchorElement>('a')].find((a) =>
      a.href.startsWith('https://yandex.ru/maps/'),
    )!;
    expect(map.target).to.equal('_blank');
    expect(map.rel).to.contain('noopener');
    expect(map.href).to.match(/\?pt=[\d.]+,[\d.]+&z=16$/);
    expect(part.querySelector('a[href^="tel:"], a[href^="mailto:"]')).not.to.equal(null);
    expect(text(part)).to.match(/Опубликована/);
    await expect(el).to.be.accessible();

    $<HTMLButtonElement>(el, '.back')!.click();
    await waitUntil(() => $(el, 'ol.list'), 'the list back');
    await waitUntil(
      () => root(el).activeElement === $(el, `.title-link[data-id="${id}"]`),
      'the focus back on the title',
    );
  });

  it('says a vacancy was taken down when its link is old', async () => {
    history.replaceState(null, '', `${location.pathname}?job-vacancy=removed-vacancy`);
    const el = await mount({ syncUrl: 'job-' });
    await waitUntil(() => /Вакансия снята с публикации/.test(text($(el, '[part="detail"]'))), 'the 404');
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '.back')!.click();
    await waitUntil(() => $(el, 'ol.list'), 'the list');
    expect(location.search).to.equal('');
  });

  it('restores a shared link exactly, and moves through the search with back and forward', async () => {
    history.replaceState(
      null,
      '',
      `${location.pathname}?host=1&job-q=%D0%B2%D0%BE%D0%B4%D0%B8%D1%82%D0%B5%D0%BB%D1%8C&job-employment=full&job-region=${MOSCOW},5000000000000&job-pages=2`,
    );
    const el = await mount({ syncUrl: 'job-' });
    const events: Event[] = [];
    el.addEventListener('gos-search', (event) => events.push(event));
    await waitUntil(() => $$(el, '.result').length > 0, 'the restored results');
    await settled(el);
    const api = await searched(`q=водитель&employment=full&regions=${MOSCOW},5000000000000`);
    expect($<HTMLInputElement>(el, '#q')!.value).to.equal('водитель');
    expect($<HTMLInputElement>(el, 'input[name="employment"][value="full"]')!.checked).to.equal(true);
    expect($$(el, '.chip').map((chip) => text(chip.querySelector('span')))).to.deep.equal([
      'Москва',
      'Московская область',
    ]);
    expect($$(el, '.result').length).to.equal(Math.min(40, api.total));

    $<HTMLInputElement>(el, 'input[name="withSalaryOnly"]')!.click();
    await waitUntil(() => location.search.includes('job-salary-only=1'), 'the URL');
    expect(location.search).to.contain('host=1');
    expect(location.search).not.to.contain('job-pages');
    await settled(el);
    const id = $<HTMLElement>(el, '.result .title-link')!.dataset['id']!;
    $<HTMLElement>(el, '.result .title-link')!.click();
    await waitUntil(() => location.search.includes(`job-vacancy=${id}`), 'the vacancy in the URL');
    await waitUntil(() => $(el, '#detail-title'), 'the vacancy');

    history.back();
    await waitUntil(() => $(el, 'ol.list'), 'back to the list');
    expect($<HTMLInputElement>(el, 'input[name="withSalaryOnly"]')!.checked).to.equal(true);
    history.back();
    await waitUntil(() => !$<HTMLInputElement>(el, 'input[name="withSalaryOnly"]')!.checked, 'back before the tick');
    await settled(el);
    expect($$(el, '.result').length).to.equal(Math.min(40, api.total));
    history.forward();
    history.forward();
    await waitUntil(() => $(el, '#detail-title'), 'forward to the vacancy');
    // Restoring is not the citizen searching: only the tick was announced to the host.
    expect(events).to.have.length(1);
  });

  it('keeps typing out of the history: one entry for the words, replaced while typing', async () => {
    const el = await mount({ syncUrl: '' });
    await settled(el);
    const length = history.length;
    const input = $<HTMLInputElement>(el, '#q')!;
    typeInto(input, 'пов');
    await waitUntil(() => location.search === '?q=%D0%BF%D0%BE%D0%B2', 'the first words');
    typeInto(input, 'повар');
    await waitUntil(() => location.search === '?q=%D0%BF%D0%BE%D0%B2%D0%B0%D1%80', 'the next words');
    expect(history.length).to.equal(length + 1);
  });

  it('drops an answer that comes after a newer search', async () => {
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    let stale: 'asked' | 'answered' | undefined;
    const el = await mount({
      handlers: [
        http.get(`${VACANCIES_API}/vacancies`, async ({ request }) => {
          if (new URL(request.url).searchParams.get('q') !== 'бухгалтер') return undefined;
          stale = 'asked';
          await gate;
          stale = 'answered';
          return undefined;
        }),
        ...backend().handlers,
      ],
    });
    await settled(el);
    search(el, 'бухгалтер');
    await waitUntil(() => stale === 'asked', 'the first search asked');
    search(el, 'повар');
    const api = await searched('q=повар');
    await waitUntil(() => announcement(el) === `Найдено ${api.total} ${plural(api.total)}`, 'the newer search');
    // The older answer arrives only now, after the newer one is on screen: it must change nothing.
    release();
    await waitUntil(() => stale === 'answered', 'the older answer sent');
    await el.updateComplete;
    expect(titles(el).every((title) => /повар/i.test(title))).to.equal(true);
    expect(announcement(el)).to.equal(`Найдено ${api.total} ${plural(api.total)}`);
  });

  it('says when nothing is found, offering similar titles and fewer filters', async () => {
    const el = await mount();
    await settled(el);
    $<HTMLInputElement>(el, 'input[name="quota"]')!.click();
    search(el, 'бухгалтерр');
    await waitUntil(() => announcement(el) === 'Найдено 0 вакансий', 'nothing');
    const empty = $(el, '.notice.empty')!;
    expect(text(empty)).to.contain('Возможно, вы искали:');
    expect(text(empty)).to.contain('убрать часть фильтров');
    await expect(el).to.be.accessible();
    const suggestion = [...empty.querySelectorAll<HTMLButtonElement>('.did-you-mean button')].find(
      (button) => text(button) === 'Бухгалтер',
    )!;
    suggestion.click();
    await waitUntil(() => $<HTMLInputElement>(el, '#q')!.value === 'Бухгалтер', 'the suggestion taken');
    await waitUntil(() => /^Найдено [1-9]/.test(announcement(el)), 'found');
  });

  it('says the service is unavailable, and searches again on «Повторить»', async () => {
    const el = await mount({ handlers: unavailable });
    await waitUntil(() => $(el, '.notice.error'), 'the error');
    expect(text($(el, '.notice.error'))).to.contain('Не удалось загрузить вакансии. Попробуйте через несколько минут.');
    await expect(el).to.be.accessible();
    await serve(...backend().handlers);
    [...$$<HTMLButtonElement>(el, '.notice.error button')].find((b) => /Повторить/.test(text(b)))!.click();
    await waitUntil(() => $$(el, '.result').length === 20, 'the results');
  });

  it('says when there were too many requests', async () => {
    const el = await mount({ handlers: rateLimited });
    await waitUntil(() => /Слишком много запросов подряд/.test(text($(el, '.notice.error'))), 'the 429');
    await expect(el).to.be.accessible();
  });

  it('says when the connection is lost, and searches again when it is back', async () => {
    let online = false;
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => online });
    try {
      const el = await mount({ handlers: unreachable });
      await waitUntil(() => /Нет подключения к интернету/.test(text($(el, '.notice.error'))), 'offline');
      expect(text($(el, '.base > .notice[role="status"]'))).to.contain('Нет подключения');
      await expect(el).to.be.accessible();
      await serve(...backend().handlers);
      online = true;
      dispatchEvent(new Event('online'));
      await waitUntil(() => $$(el, '.result').length === 20, 'the results when back online');
      expect($(el, '.notice.error')).to.equal(null);
    } finally {
      delete (navigator as { onLine?: boolean }).onLine;
    }
  });

  it('preselects its region when the link names none', async () => {
    const el = await mount({ region: MOSCOW, syncUrl: 'job-' });
    await settled(el);
    expect(text($(el, '.chip span'))).to.equal('Москва');
    const api = await searched(`regions=${MOSCOW}`);
    expect(text($(el, '#results-title'))).to.equal(`Найдено ${api.total} ${plural(api.total)}`);
    $<HTMLButtonElement>(el, '.chip button')!.click();
    await waitUntil(() => location.search === '?job-region=', 'the removal in the URL');
  });

  it('in compact mode leads to the search page with the words and region filled in', async () => {
    const el = await mount({ compact: true, syncUrl: 'job-', searchPage: '/trudvsem.html' });
    expect($(el, '[part="filters"]')).to.equal(null);
    expect($(el, '[part="results"]')).to.equal(null);
    const region = $<HTMLSelectElement>(el, '#compact-region')!;
    region.value = MOSCOW;
    region.dispatchEvent(new Event('change'));
    typeInto($<HTMLInputElement>(el, '#q')!, 'повар');
    const searchedFor = oneEvent(el, 'gos-search');
    el.addEventListener('gos-search', (event) => event.preventDefault(), { once: true });
    $<HTMLButtonElement>(el, 'form.search button[type="submit"]')!.click();
    const { detail } = await searchedFor;
    expect(detail.query).to.deep.equal({ q: 'повар', regions: [MOSCOW] });
    expect(detail.href).to.equal(
      `${location.origin}/trudvsem.html?job-q=%D0%BF%D0%BE%D0%B2%D0%B0%D1%80&job-region=${MOSCOW}`,
    );
    await expect(el).to.be.accessible();
  });

  it('folds the filters behind «Фильтры» at 320 px without scrolling sideways', async () => {
    const el = await mount({ width: '320px' });
    await settled(el);
    const toggle = $<HTMLButtonElement>(el, '.filters-toggle')!;
    expect(getComputedStyle(toggle).display).not.to.equal('none');
    expect(getComputedStyle($(el, '[part="filters"]')!).display).to.equal('none');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(getComputedStyle($(el, '[part="filters"]')!).display).not.to.equal('none');
    const base = $(el, '.base')!;
    expect(base.scrollWidth).to.be.at.most(base.clientWidth + 1);
    await expect(el).to.be.accessible();
  });

  it('speaks English when the page does', async () => {
    const el = await mount({ lang: 'en' });
    await settled(el);
    expect(text($(el, '#title'))).to.equal('Job search');
    expect(text($(el, '#results-title'))).to.match(/^\d+ vacancies found$/);
    expect(text($(el, 'label[for="q"]'))).to.equal('Job title, profession or company');
    await expect(el).to.be.accessible();
  });
});

describe('<gos-vacancy-search> for a job seeker', () => {
  /** The job seeker's API over the same vacancies as the search (Соколов with his résumé). */
  async function mountWithAccount(session: FakeSession): Promise<{ el: GosVacancySearchElement; mock: MockJobSeeker }> {
    const mock = mockJobSeeker({ origin: new URL(VACANCIES_API).origin, vacancies: backend() });
    const el = await mount({ handlers: [...mock.handlers, ...backend().handlers], syncUrl: 'vac-', session });
    return { el, mock };
  }
  const onServer = (mock: MockJobSeeker) =>
    (mock.api.favorites(MOCK_JOB_SEEKER.owner, '/').body as { items: { vacancyId: string }[] }).items.map(
      (item) => item.vacancyId,
    );

  it('keeps a favourite while signed out, asks to sign in to apply, and after sign-in merges it and applies', async () => {
    const session = new FakeSession({ status: 'signed-out' });
    const { el, mock } = await mountWithAccount(session);
    await settled(el);
    const first = $(el, '.result')!;
    const id = first.getAttribute('data-id')!;
    const title = text(first.querySelector('.title-link'));
    const star = first.querySelector<HTMLButtonElement>('[part="favourite"]')!;
    expect(star.getAttribute('aria-label')).to.equal(`Добавить в избранное: ${title}`);
    star.click();
    await el.updateComplete;
    expect(star.getAttribute('aria-pressed')).to.equal('true');
    expect(onServer(mock)).to.deep.equal([]);

    first.querySelector<HTMLElement>('.title-link')!.click();
    await waitUntil(() => $(el, '#detail-title'), 'the vacancy');
    expect(new URL(location.href).searchParams.get('vac-vacancy')).to.equal(id);
    await waitUntil(() => /Войдите через Госуслуги, чтобы откликнуться/.test(text($(el, '[part="apply"]'))));
    $(el, '[part="apply"] .button')!.click();
    expect(session.calls).to.deep.equal(['signIn redirect']);
    await expect(el).to.be.accessible();

    // Back from the identity provider on the same address: the same vacancy, signed in.
    session.set(signedIn('standard'));
    await waitUntil(() => onServer(mock).includes(id), 'the favourite merged into the account', { timeout: 4000 });
    await waitUntil(() => localStorage.getItem(LOCAL_FAVOURITES_KEY) === null, 'the browser’s copy cleared');
    await waitUntil(() => $<HTMLTextAreaElement>(el, '#acc-cover-letter'), 'the cover letter');
    expect($<HTMLTextAreaElement>(el, '#acc-cover-letter')!.value).to.contain(text($(el, '#detail-title')));
    $<HTMLButtonElement>(el, '[data-action="respond"]')!.click();
    await waitUntil(() => /Отклик отправлен/.test(text($(el, '[part="apply"]'))), 'the response sent');
    await expect(el).to.be.accessible();

    $<HTMLButtonElement>(el, '#acc-tab-responses')!.click();
    await waitUntil(() => /Отправлен/.test(text($(el, '[role="tabpanel"]'))), '«Мои отклики»');
    expect(text($(el, '[role="tabpanel"]'))).to.contain(title);
    expect(new URL(location.href).searchParams.get('vac-tab')).to.equal('responses');
    await expect(el).to.be.accessible();
  });
});

function plural(n: number): string {
  const tens = n % 100;
  const ones = n % 10;
  if (tens >= 11 && tens <= 14) return 'вакансий';
  if (ones === 1) return 'вакансия';
  if (ones >= 2 && ones <= 4) return 'вакансии';
  return 'вакансий';
}
