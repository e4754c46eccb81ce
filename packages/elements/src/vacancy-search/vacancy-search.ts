import {
  EDUCATION_LEVEL_CODES,
  EMPLOYMENT_TYPE_CODES,
  EXPERIENCE_BAND_CODES,
  POSTED_WITHIN_BUCKETS,
  QUALIFICATION_LEVEL_CODES,
  SCHEDULE_CODES,
  SPECIALISATION_CODES,
  VACANCY_QUERY_MAX,
  VACANCY_SORTS,
  type VacancyDetail,
  type VacancyFacets,
  type VacancySort,
  type VacancySummary,
  type VacancyTitleSuggestions,
} from '@gos-elements/contracts';
import type { Locale, SessionHandle } from '@gos-elements/core';
import type { sessionFor as SessionFor } from '@gos-elements/core/session/session';
import { ApiError } from '@gos-elements/core/api/problem';
import { VacanciesClient, type VacancySearchParams } from '@gos-elements/core/api/vacancies';
import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { toggledCodes } from '../internal/code-list.js';
import { GosElement } from '../internal/gos-element.js';
import { LocalizeController } from '../internal/localize.js';
import { moscowToday } from '../internal/moscow-date.js';
import { sessionOptionsOf } from '../internal/page-session.js';
import { controlStyles } from '../styles/controls.styles.js';
import {
  contactHref,
  dateText,
  defaultView,
  FILTER_KEYS,
  isFiltered,
  mapHref,
  matchRegions,
  maxPages,
  parseDuty,
  parseSalary,
  postedText,
  queryWithView,
  regionTitle,
  salaryText,
  savedQueryOf,
  searchKey,
  searchPageHref,
  searchParamsOf,
  viewFromQuery,
  viewOfSavedQuery,
  withoutFilters,
  type DutyNode,
  type SearchView,
} from './vacancy-search.logic.js';
import { ACCOUNT_TABS, tabId, tabPanelId } from './account/tab-ids.js';
import type { AccountTab } from './account/account.messages.js';
import { accountStyles } from './account/account.styles.js';
import type { AccountView } from './account/account-view.js';
import type { JobSeekerApi } from './account/job-seeker.controller.js';
import type { GosSearchDetail, GosVacancyOpenDetail } from './vacancy-search.events.js';
import { messages } from './vacancy-search.messages.js';
import { styles } from './vacancy-search.styles.js';

/** What the element needs of the vacancy API; `VacanciesClient` from `@gos-elements/core` is one. */
export type VacanciesApi = Pick<VacanciesClient, 'search' | 'suggest' | 'get'>;

export type {
  GosSearchDetail,
  GosSearchEvent,
  GosVacancyOpenDetail,
  GosVacancyOpenEvent,
} from './vacancy-search.events.js';

/** Typing in the search box or the salary field waits this long for a pause before searching. */
const TYPING_DELAY_MS = 300;
const SUGGESTION_LIMIT = 8;

/** The results shown: every page loaded so far of one search. */
interface Results {
  readonly key: string;
  readonly items: readonly VacancySummary[];
  readonly total: number;
  readonly facets: VacancyFacets;
  readonly suggestions: readonly string[];
  readonly pages: number;
}

/** How a change reaches the address bar: a history entry of its own, or in place of the current one. */
type UrlWrite = 'push' | 'replace' | 'typing';

/** The section a URL names (`<prefix>tab`), the search when it names none or an unknown one. */
function tabFromQuery(search: string, prefix: string): AccountTab {
  const value = new URLSearchParams(search).get(`${prefix}tab`);
  return ACCOUNT_TABS.find((tab) => tab === value) ?? 'search';
}

const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);

/**
 * «Поиск вакансий»: the public vacancy search of «Работа России» — words with job-title suggestions, a region
 * type-ahead over the 89 regions, filters with the number each would find, results with «Показать ещё», and a
 * vacancy's details in place of the list. With `sync-url` the whole search (and the open vacancy) lives in the
 * URL, so back/forward and shared links work. `compact` is the small form for a home page that leads to the full
 * search page.
 *
 * @tagname gos-vacancy-search
 * @summary Vacancy search: words, region, filters with counts, results, details; URL state; compact form.
 *
 * @fires gos-search - The citizen committed a search (submitted it, picked a suggestion, changed a filter or the
 *   order): `detail: { query }`; in `compact` mode also `href`, and cancelling the event keeps the page.
 * @fires gos-vacancy-open - The citizen opened a vacancy: `detail: { id }`.
 *
 * @csspart base - Everything the element renders.
 * @csspart search - The search form (words, and in `compact` mode the region).
 * @csspart filters - The filter form.
 * @csspart results - The results: count, order, list and «Показать ещё».
 * @csspart result - One vacancy in the list.
 * @csspart detail - The open vacancy.
 * @csspart notice - Loading, empty, offline and error messages.
 *
 * @cssprop --gos-vacancy-search-gap - Space between blocks. Default: `--gos-space-3`.
 * @cssprop --gos-vacancy-search-filters-width - Width of the filter column on a wide element. Default: `18rem`.
 */
export class GosVacancySearchElement extends GosElement {
  static override styles = [GosElement.styles, controlStyles, styles, accountStyles];

  readonly #localize = new LocalizeController(this, messages);

  /** Base URL of the vacancy API; by default `<gos-config api-base>`. */
  @property({ attribute: 'api-base' }) apiBase?: string;

  /**
   * Keep the search, its filters, the pages shown and the open vacancy in the URL query (back/forward, shared
   * links). The value prefixes the parameter names (`sync-url="job-"` gives `job-q`, `job-region`…); empty for
   * none. In `compact` mode it names the parameters of the search page.
   */
  @property({ attribute: 'sync-url' }) syncUrl?: string;

  /** Only the search box, the region and «Найти», which leads to `search-page`. */
  @property({ type: Boolean }) compact = false;

  /** The full search page the compact form leads to (e.g. `trudvsem.html`); by default this page. */
  @property({ attribute: 'search-page' }) searchPage?: string;

  /** Vacancies per page (1–100, default 20). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 20;

  /** A region code chosen when the URL names none (e.g. `7700000000000` for Moscow). */
  @property() region?: string;

  /** The API to use; by default a `VacanciesClient` at `api-base`. */
  @property({ attribute: false }) client?: VacanciesApi;

  /** The session to use; by default the page's shared session with the `<gos-config>` identity provider. */
  @property({ attribute: false }) session?: SessionHandle;

  /** The job seeker's API (favourites, responses, saved searches, résumé); by default at `api-base` with the session. */
  @property({ attribute: false }) accountClient?: JobSeekerApi;

  /** The section shown: the search, or one of the job seeker's (in the URL as `tab` with `sync-url`). */
  @state() private tab: AccountTab = 'search';

  @state() private view: SearchView = defaultView();
  /** What the search box and the salary field show (the search follows after a pause in typing). */
  @state() private draftQ = '';
  @state() private draftSalary = '';
  @state() private suggestFor = '';
  @state() private suggestOpen = false;
  @state() private suggestActive = -1;
  @state() private regionText = '';
  @state() private regionOpen = false;
  @state() private regionActive = -1;
  @state() private filtersOpen = false;
  @state() private offline = typeof navigator !== 'undefined' && navigator.onLine === false;
  @state() private announcement = '';

  #defaultClient?: { key: string; client: VacanciesApi };
  /** The job seeker's part, once loaded (after the first render; never in `compact` mode). */
  #account?: AccountView;
  #accountLoading = false;
  /**
   * The page's session code (oidc-client-ts), loaded after the first render: the search works signed out, so it does
   * not wait for it; a page with `<gos-login-button>` has it already.
   */
  #sessionFor?: typeof SessionFor;
  #sessionLoading = false;
  #initialised = false;
  #typingTimer?: ReturnType<typeof setTimeout>;
  /** Whether the current history entry is the one typing started (later keystrokes replace it). */
  #typingEntry = false;
  #announceNext = false;
  /** The search last reported with `gos-search` (or restored): a commit of the same search is not reported again. */
  #reportedKey = '';
  /** After «Показать ещё»: the index of the first new result, to be focused once it is in. */
  #focusIndex?: number;
  /** After «К результатам»: the vacancy whose title gets the focus back. */
  #focusReturn?: string;
  #focusDetail = false;
  #aborted = false;
  #today = moscowToday();
  #last?: Results;

  readonly #results = new Task(this, {
    args: () => [this.#api, this.compact ? '' : searchKey(this.view), this.view.pages, this.compact] as const,
    task: ([api, key, pages, compact], { signal }) =>
      api && !compact ? this.#search(api, key, pages, signal) : Promise.resolve(undefined),
    onComplete: (results) => {
      if (!results) return;
      const before = this.#last;
      this.#last = results;
      if (!this.#announceNext) return;
      this.#announceNext = false;
      const appended = before?.key === results.key && results.items.length > before.items.length;
      this.#announce(
        appended
          ? this.#localize.msg('moreLoaded', results.items.length - before.items.length)
          : this.#localize.msg('found', results.total),
      );
    },
  });

  readonly #suggestions = new Task(this, {
    args: () => [this.#api, this.suggestFor] as const,
    task: ([api, q], { signal }): Promise<VacancyTitleSuggestions['items']> =>
      api && q.trim().length >= 2
        ? api.suggest(q.trim(), { limit: SUGGESTION_LIMIT, signal }).then((answer) => answer.items)
        : Promise.resolve([]),
  });

  readonly #detail = new Task(this, {
    args: () => [this.#api, this.compact ? '' : this.view.open] as const,
    task: ([api, id], { signal }): Promise<VacancyDetail | undefined> =>
      api && id ? api.get(id, signal) : Promise.resolve(undefined),
  });

  get #api(): VacanciesApi | undefined {
    if (this.client) return this.client;
    const apiBase = this.apiBase || this.gosConfig.apiBase;
    if (!apiBase) return undefined;
    if (this.#defaultClient?.key !== apiBase) {
      this.#defaultClient = { key: apiBase, client: new VacanciesClient({ apiBase }) };
    }
    return this.#defaultClient.client;
  }

  get #pageSize(): number {
    return Number.isFinite(this.pageSize) ? Math.min(100, Math.max(1, Math.round(this.pageSize))) : 20;
  }

  get #defaults(): SearchView {
    return defaultView(this.region);
  }

  get #locale(): Locale {
    return this.#localize.locale;
  }

  // ——— Lifecycle ———

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('online', this.#onConnectivity);
    addEventListener('offline', this.#onConnectivity);
    addEventListener('popstate', this.#onPopState);
    this.#today = moscowToday();
    if (this.syncUrl !== undefined || !this.#initialised) this.#readUrl();
    this.#initialised = true;
    if (this.#aborted) {
      // Requests cut short when the element left the page are asked again now that it is back.
      this.#aborted = false;
      void this.#results.run();
      void this.#detail.run();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('online', this.#onConnectivity);
    removeEventListener('offline', this.#onConnectivity);
    removeEventListener('popstate', this.#onPopState);
    clearTimeout(this.#typingTimer);
    // @lit/task aborts a run when its arguments change, not when the host leaves the page.
    for (const task of [this.#results, this.#suggestions, this.#detail]) {
      if (task.status === TaskStatus.PENDING) {
        task.abort();
        this.#aborted = true;
      }
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('syncUrl') && changed.get('syncUrl') === undefined && this.syncUrl !== undefined) this.#readUrl();
    if (this.compact) return;
    const options = sessionOptionsOf(this.gosConfig);
    if (options && !this.session && !this.#sessionFor) this.#loadSession();
    if (!this.#account) {
      this.#loadAccount();
      return;
    }
    this.#account.connect({
      session: this.session ?? (options && this.#sessionFor?.(options)),
      apiBase: this.apiBase || this.gosConfig.apiBase,
      client: this.accountClient,
    });
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.#focusIndex !== undefined && this.#results.status === TaskStatus.COMPLETE) {
      const link = this.renderRoot.querySelectorAll<HTMLElement>('.result .title-link')[this.#focusIndex];
      this.#focusIndex = undefined;
      link?.focus();
    }
    if (this.#focusReturn !== undefined && !this.view.open && this.#results.status !== TaskStatus.PENDING) {
      const id = this.#focusReturn;
      this.#focusReturn = undefined;
      const title = this.renderRoot.querySelector<HTMLElement>(`.title-link[data-id="${CSS.escape(id)}"]`);
      (title ?? this.renderRoot.querySelector<HTMLElement>('#results-title'))?.focus();
    }
    if (this.#focusDetail && this.view.open) {
      const heading = this.renderRoot.querySelector<HTMLElement>('#detail-title');
      const container = this.renderRoot.querySelector<HTMLElement>('.detail');
      const focused = this.shadowRoot?.activeElement;
      if (heading) {
        this.#focusDetail = false;
        // While it loads the detail itself holds the focus; the title takes it once it is in.
        if (!focused || focused === container) heading.focus();
      } else if (!focused) {
        container?.focus();
      }
    }
    const active = this.renderRoot.querySelector('[role="option"].active');
    active?.scrollIntoView?.({ block: 'nearest' });
  }

  #loadAccount(): void {
    if (this.#accountLoading) return;
    this.#accountLoading = true;
    import('./account/account-view.js').then(
      ({ AccountView }) => {
        this.#account = new AccountView(this, {
          selectTab: (tab) => this.#selectTab(tab),
          openVacancy: (id) => this.#openFromAccount(id),
          openSearch: (query) => {
            this.#selectTab('search');
            this.#change(viewOfSavedQuery(query));
          },
        });
        this.requestUpdate();
      },
      (error: unknown) => {
        this.#accountLoading = false;
        console.warn('gos-vacancy-search: the job seeker’s part did not load', error);
      },
    );
  }

  #loadSession(): void {
    if (this.#sessionLoading) return;
    this.#sessionLoading = true;
    import('@gos-elements/core/session/session').then(
      ({ sessionFor }) => {
        this.#sessionFor = sessionFor;
        this.requestUpdate();
      },
      (error: unknown) => {
        // A chunk that failed to load (a flaky network) is asked again at the next update.
        this.#sessionLoading = false;
        console.warn('gos-vacancy-search: the sign-in code did not load', error);
      },
    );
  }

  readonly #onConnectivity = (): void => {
    this.offline = navigator.onLine === false;
    if (this.offline) return;
    if (this.#results.status === TaskStatus.ERROR) void this.#results.run();
    if (this.#detail.status === TaskStatus.ERROR) void this.#detail.run();
  };

  readonly #onPopState = (): void => {
    if (this.syncUrl === undefined) return;
    const open = this.view.open;
    this.#readUrl();
    // Back from a vacancy: the focus returns to its title, as with «К результатам».
    if (open && !this.view.open) this.#focusReturn = open;
  };

  // ——— Searching ———

  async #search(api: VacanciesApi, key: string, pages: number, signal: AbortSignal): Promise<Results> {
    const params = JSON.parse(key) as VacancySearchParams;
    const pageSize = this.#pageSize;
    const fetchPages = (from: number, to: number) =>
      Promise.all(range(from, to).map((page) => api.search({ ...params, page, pageSize }, signal)));
    const last = this.#last;
    if (last?.key === key && pages > last.pages) {
      // «Показать ещё»: only the new pages.
      const more = await fetchPages(last.pages + 1, pages);
      return { ...last, items: [...last.items, ...more.flatMap((answer) => answer.items)], pages };
    }
    if (last?.key === key && pages < last.pages) {
      // Back in history to fewer pages: nothing to ask.
      return { ...last, items: last.items.slice(0, pages * pageSize), pages };
    }
    const answers = await fetchPages(1, pages);
    const [first] = answers;
    if (!first) throw new Error('no page');
    return {
      key,
      items: answers.flatMap((answer) => answer.items),
      total: first.total,
      facets: first.facets,
      suggestions: first.suggestions ?? [],
      pages,
    };
  }

  #announce(text: string): void {
    // The same words twice in a row are announced again: the live region's text must change.
    this.announcement = this.announcement === text ? `${text}\u00a0` : text;
  }

  // ——— The view and the URL ———

  #readUrl(): void {
    const prefix = this.syncUrl;
    this.view =
      prefix === undefined || this.compact
        ? this.#defaults
        : viewFromQuery(location.search, prefix, this.#defaults, this.#pageSize);
    this.tab = prefix === undefined || this.compact ? this.tab : tabFromQuery(location.search, prefix);
    this.draftQ = this.view.q;
    this.draftSalary = this.view.salaryFrom ? String(this.view.salaryFrom) : '';
    this.suggestOpen = false;
    this.#typingEntry = false;
    this.#reportedKey = searchKey(this.view);
  }

  #writeUrl(mode: UrlWrite): void {
    const prefix = this.syncUrl;
    if (prefix === undefined || this.compact) return;
    const search = queryWithView(location.search, this.view, prefix, this.#defaults);
    if (search === location.search) {
      if (mode === 'push') this.#typingEntry = false;
      return;
    }
    const url = `${location.pathname}${search}${location.hash}`;
    if (mode === 'replace' || (mode === 'typing' && this.#typingEntry)) {
      history.replaceState(history.state, '', url);
    } else {
      history.pushState(history.state, '', url);
      this.#typingEntry = mode === 'typing';
    }
  }

  /**
   * Applies a change the citizen made: back to the first page and the list (unless told otherwise), the URL, and
   * for a committed change the `gos-search` event.
   */
  #change(patch: Partial<SearchView>, mode: UrlWrite = 'push'): void {
    const next: SearchView = { ...this.view, pages: 1, open: '', ...patch };
    if (searchKey(next) !== searchKey(this.view)) this.#announceNext = true;
    this.view = next;
    this.#writeUrl(mode);
    // Typing is reported once it is committed (Enter, «Найти», leaving the salary field), not at every pause.
    if (mode === 'push' && searchKey(next) !== this.#reportedKey) this.#fireSearch();
  }

  /** Shows a section; with `sync-url` it gets a history entry of its own (back returns to the one before). */
  #selectTab(tab: AccountTab): void {
    if (tab === this.tab) return;
    this.tab = tab;
    const prefix = this.syncUrl;
    if (prefix === undefined) return;
    const query = new URLSearchParams(location.search);
    if (tab === 'search') query.delete(`${prefix}tab`);
    else query.set(`${prefix}tab`, tab);
    const search = query.size > 0 ? `?${query}` : '';
    history.pushState(history.state, '', `${location.pathname}${search}${location.hash}`);
  }

  /** A vacancy opened from a job seeker's list: the search section with its details. */
  #openFromAccount(id: string): void {
    this.#selectTab('search');
    this.view = { ...this.view, open: id };
    this.#focusDetail = true;
    this.#writeUrl('push');
    this.dispatchEvent(
      new CustomEvent<GosVacancyOpenDetail>('gos-vacancy-open', { detail: { id }, bubbles: true, composed: true }),
    );
  }

  #fireSearch(href?: string): boolean {
    this.#reportedKey = searchKey(this.view);
    return this.dispatchEvent(
      new CustomEvent<GosSearchDetail>('gos-search', {
        detail: { query: searchParamsOf(this.view), ...(href ? { href } : {}) },
        bubbles: true,
        composed: true,
        cancelable: true,
      }),
    );
  }

  #afterTyping(apply: () => void): void {
    clearTimeout(this.#typingTimer);
    this.#typingTimer = setTimeout(apply, TYPING_DELAY_MS);
  }

  #onSearchInput(event: Event): void {
    this.draftQ = (event.target as HTMLInputElement).value;
    this.suggestActive = -1;
    this.suggestOpen = true;
    this.#afterTyping(() => {
      this.suggestFor = this.draftQ;
      if (!this.compact) this.#change({ q: this.draftQ }, 'typing');
    });
  }

  #onSearchKeydown(event: KeyboardEvent): void {
    const items = this.#suggestionItems;
    const open = this.suggestOpen && items.length > 0;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (items.length === 0) return;
        event.preventDefault();
        const step = event.key === 'ArrowDown' ? 1 : -1;
        this.suggestOpen = true;
        this.suggestActive = open
          ? (this.suggestActive + step + items.length) % items.length
          : step > 0
            ? 0
            : items.length - 1;
        break;
      }
      case 'Enter': {
        const item = open ? items[this.suggestActive] : undefined;
        if (item) {
          event.preventDefault();
          this.#pickSuggestion(item.title);
        }
        break;
      }
      case 'Escape':
        if (open) {
          event.preventDefault();
          this.suggestOpen = false;
          this.suggestActive = -1;
        }
        break;
    }
  }

  get #suggestionItems(): VacancyTitleSuggestions['items'] {
    return this.suggestFor.trim() === this.draftQ.trim() || this.#suggestions.status === TaskStatus.COMPLETE
      ? (this.#suggestions.value ?? [])
      : [];
  }

  #pickSuggestion(title: string): void {
    this.draftQ = title;
    this.suggestFor = title;
    this.suggestOpen = false;
    this.suggestActive = -1;
    this.#submit();
  }

  /** The search form was sent (button, Enter, a suggestion): the words and salary as typed, at once. */
  #submit(event?: Event): void {
    event?.preventDefault();
    clearTimeout(this.#typingTimer);
    this.suggestOpen = false;
    if (this.compact) {
      const view = { ...this.view, q: this.draftQ.trim() };
      const href = searchPageHref(this.searchPage || location.href, location.href, view, this.syncUrl ?? '');
      this.view = view;
      if (this.#fireSearch(href)) location.assign(href);
      return;
    }
    const patch = { q: this.draftQ, salaryFrom: parseSalary(this.draftSalary) };
    // The same search sent again is still the citizen's search: it is reported again.
    this.#reportedKey = '';
    this.#change(patch, 'push');
  }

  // ——— Filters ———

  #toggleRegion(code: string): void {
    const chosen = this.view.regions.includes(code);
    this.#change({ regions: chosen ? this.view.regions.filter((r) => r !== code) : [...this.view.regions, code] });
  }

  #removeRegion(code: string, index: number): void {
    this.#toggleRegion(code);
    // The focus moves to the next chip's button, or back to the region field when none is left.
    void this.updateComplete.then(() => {
      const buttons = this.renderRoot.querySelectorAll<HTMLElement>('.chip button');
      (buttons[Math.min(index, buttons.length - 1)] ?? this.renderRoot.querySelector<HTMLElement>('#region'))?.focus();
    });
  }

  get #regionOptions() {
    return matchRegions(this.regionText, this.#locale);
  }

  #onRegionKeydown(event: KeyboardEvent): void {
    const options = this.#regionOptions;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        if (options.length === 0) return;
        const step = event.key === 'ArrowDown' ? 1 : -1;
        if (!this.regionOpen) {
          this.regionOpen = true;
          this.regionActive = step > 0 ? 0 : options.length - 1;
        } else {
          this.regionActive = (this.regionActive + step + options.length) % options.length;
        }
        break;
      }
      case 'Enter': {
        // Enter never sends the filter form: it picks the highlighted region.
        event.preventDefault();
        const region = this.regionOpen ? options[Math.max(0, this.regionActive)] : undefined;
        if (region) this.#pickRegion(region.code);
        break;
      }
      case 'Escape':
        if (this.regionOpen) {
          event.preventDefault();
          this.regionOpen = false;
          this.regionActive = -1;
        }
        break;
      case 'Backspace': {
        const last = this.view.regions[this.view.regions.length - 1];
        if (this.regionText === '' && last) this.#toggleRegion(last);
        break;
      }
    }
  }

  #pickRegion(code: string): void {
    this.#toggleRegion(code);
    this.regionText = '';
    this.regionOpen = false;
    this.regionActive = -1;
  }

  #onSalaryInput(event: Event): void {
    this.draftSalary = (event.target as HTMLInputElement).value;
    this.#afterTyping(() => this.#change({ salaryFrom: parseSalary(this.draftSalary) }, 'typing'));
  }

  #commitSalary(): void {
    clearTimeout(this.#typingTimer);
    this.#change({ salaryFrom: parseSalary(this.draftSalary) }, 'push');
  }

  #resetFilters(): void {
    const next = withoutFilters(this.view, this.#defaults);
    this.draftSalary = next.salaryFrom ? String(next.salaryFrom) : '';
    this.#change(next);
  }

  #searchFor(q: string): void {
    this.draftQ = q;
    this.#change({ q });
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#results-title')?.focus());
  }

  // ——— Pages and details ———

  #showMore(): void {
    const shown = this.#last?.items.length ?? 0;
    this.#focusIndex = shown;
    this.#announceNext = true;
    this.view = { ...this.view, pages: this.view.pages + 1 };
    this.#writeUrl('replace');
  }

  #open(event: MouseEvent, id: string): void {
    // A new tab or window (Ctrl-, Shift-, middle click) opens the link as it is.
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    this.view = { ...this.view, open: id };
    this.#focusDetail = true;
    this.#writeUrl('push');
    this.dispatchEvent(
      new CustomEvent<GosVacancyOpenDetail>('gos-vacancy-open', { detail: { id }, bubbles: true, composed: true }),
    );
  }

  #close(): void {
    this.#focusReturn = this.view.open;
    this.view = { ...this.view, open: '' };
    this.#writeUrl('push');
  }

  #hrefOf(id: string): string | undefined {
    const prefix = this.syncUrl;
    if (prefix === undefined) return undefined;
    return `${location.pathname}${queryWithView(location.search, { ...this.view, open: id }, prefix, this.#defaults)}`;
  }

  // ——— Formatting ———

  #salary(salary: VacancySummary['salary']): string {
    const msg = this.#localize;
    return salaryText(salary, this.#locale, {
      from: (amount) => msg.msg('salaryFrom', amount),
      upTo: (amount) => msg.msg('salaryUpTo', amount),
      notGiven: msg.msg('salaryNotGiven'),
    });
  }

  #problem(error: unknown, fallback: 'error' | 'detailError'): string {
    const msg = this.#localize;
    if (error instanceof ApiError) {
      if (error.status === 429 || error.code === 'rate-limited') return msg.msg('rateLimited');
      if (error.code === 'offline' || (error.status === 0 && this.offline)) return msg.msg('offline');
      return `${msg.msg(fallback)} ${error.status ? error.message : ''}`.trim();
    }
    return this.offline ? msg.msg('offline') : msg.msg(fallback);
  }

  /** How many filters narrow the search (the «Фильтры» button says it when the form is folded). */
  get #filterCount(): number {
    const defaults = this.#defaults;
    return FILTER_KEYS.filter((key) => JSON.stringify(this.view[key]) !== JSON.stringify(defaults[key])).length;
  }

  // ——— Rendering ———

  protected override render(): TemplateResult {
    const msg = this.#localize;
    return html`<section
      class="surface base ${this.compact ? 'compact' : ''}"
      part="base"
      lang=${msg.lang}
      aria-labelledby="title"
    >
      <h2 id="title" class=${this.compact ? 'visually-hidden' : 'title'}>
        ${msg.msg(this.compact ? 'compactTitle' : 'title')}
      </h2>
      ${this.offline ? html`<p class="notice" part="notice" role="status">${msg.msg('offline')}</p>` : nothing}
      ${this.compact ? this.#renderSearchForm() : this.#renderSections()}
      <p class="visually-hidden" role="status" aria-live="polite" data-live="search">${this.announcement}</p>
    </section>`;
  }

  /**
   * The tabs once the job seeker's part is in, and the active section. One template before and after it loads, so
   * the search panel's DOM (and the focus in its fields) stays when the tabs arrive.
   */
  #renderSections(): TemplateResult {
    const account = this.#account;
    const tab = account ? this.tab : 'search';
    return html`${account ? account.tabs(tab) : nothing}
      <div
        class=${account ? 'account-tabpanel' : 'section'}
        role=${account ? 'tabpanel' : nothing}
        id=${account ? tabPanelId(tab) : nothing}
        aria-labelledby=${account ? tabId(tab) : nothing}
        tabindex=${account ? '0' : nothing}
      >
        ${tab === 'search' || !account ? this.renderSearchPanel() : account.panel(tab)}
      </div>
      ${account ? account.live() : nothing}`;
  }

  /** The search panel: the form, the filters and the results or the open vacancy. Tabs may add panels beside it. */
  protected renderSearchPanel(): TemplateResult {
    return html`<div class="panel">
      ${this.#renderSearchForm()}
      <div class="layout">
        <div class="side">${this.#renderFilters()}</div>
        <div class="main">${this.view.open ? this.#renderDetail() : this.#renderResults()}</div>
      </div>
    </div>`;
  }

  /** The actions on a vacancy in the list and in its details: ☆ (kept in the browser while signed out). */
  protected renderVacancyActions(vacancy: VacancySummary | VacancyDetail): TemplateResult | typeof nothing {
    return this.#account?.favourite(vacancy, !('duty' in vacancy)) ?? nothing;
  }

  #renderSearchForm(): TemplateResult {
    const msg = this.#localize;
    const items = this.#suggestionItems;
    const open = this.suggestOpen && items.length > 0;
    return html`<form class="search" part="search" role="search" aria-labelledby="title" @submit=${this.#submit}>
      <div class="field query">
        <label id="q-label" for="q">${msg.msg('searchLabel')}</label>
        <div class="combo">
          <input
            id="q"
            type="text"
            role="combobox"
            aria-labelledby="q-label"
            autocomplete="off"
            spellcheck="false"
            maxlength=${VACANCY_QUERY_MAX}
            placeholder=${msg.msg('searchPlaceholder')}
            aria-autocomplete="list"
            aria-controls="q-suggestions"
            aria-expanded=${open ? 'true' : 'false'}
            aria-activedescendant=${open && this.suggestActive >= 0 ? `q-suggestion-${this.suggestActive}` : nothing}
            .value=${this.draftQ}
            @input=${this.#onSearchInput}
            @keydown=${this.#onSearchKeydown}
            @blur=${() => (this.suggestOpen = false)}
          />
          <ul
            id="q-suggestions"
            class="listbox"
            role="listbox"
            aria-label=${msg.msg('suggestions')}
            ?hidden=${!open}
            @mousedown=${(event: Event) => {
              const title = optionValue(event);
              if (title) this.#pickSuggestion(title);
            }}
          >
            ${
              open
                ? items.map(
                    (item, index) =>
                      html`<li
                        id=${`q-suggestion-${index}`}
                        role="option"
                        class=${index === this.suggestActive ? 'active' : ''}
                        aria-selected=${index === this.suggestActive ? 'true' : 'false'}
                        data-value=${item.title}
                      >
                        ${item.title}
                      </li>`,
                  )
                : nothing
            }
          </ul>
        </div>
      </div>
      ${this.compact ? this.#renderCompactRegion() : nothing}
      <button type="submit" class="button">${msg.msg('find')}</button>
    </form>`;
  }

  #renderCompactRegion(): TemplateResult {
    const msg = this.#localize;
    return html`<div class="field">
      <label for="compact-region">${msg.msg('region')}</label>
      <select
        id="compact-region"
        @change=${(event: Event) => {
          const code = (event.target as HTMLSelectElement).value;
          this.view = { ...this.view, regions: code ? [code] : [] };
        }}
      >
        <option value="" ?selected=${this.view.regions.length === 0}>${msg.msg('allRegions')}</option>
        ${matchRegions('', this.#locale).map(
          (region) =>
            html`<option value=${region.code} ?selected=${this.view.regions[0] === region.code}>
              ${this.#locale === 'ru' ? region.title : region.titleEn}
            </option>`,
        )}
      </select>
    </div>`;
  }

  #renderFilters(): TemplateResult {
    const msg = this.#localize;
    const view = this.view;
    const facets = this.#last?.facets;
    const count = this.#filterCount;
    const counted = (n: number | undefined) => (n === undefined ? nothing : html` <span class="count">(${n})</span>`);
    const checkbox = (
      name: string,
      value: string,
      label: string,
      checked: boolean,
      n: number | undefined,
      on: (checked: boolean) => void,
    ) =>
      html`<label class="choice">
        <input
          type="checkbox"
          name=${name}
          value=${value}
          .checked=${checked}
          @change=${(event: Event) => on((event.target as HTMLInputElement).checked)}
        />
        <span>${label}${counted(n)}</span>
      </label>`;
    const radios = <T extends string | number>(
      name: string,
      legend: string,
      values: readonly T[],
      current: T,
      label: (value: T) => string,
      countOf: (value: T) => number | undefined,
      patch: (value: T) => Partial<SearchView>,
    ) =>
      html`<fieldset class="group">
        <legend>${legend}</legend>
        ${values.map(
          (value) =>
            html`<label class="choice">
              <input
                type="radio"
                name=${name}
                value=${String(value)}
                .checked=${value === current}
                @change=${() => this.#change(patch(value))}
              />
              <span>${label(value)}${counted(countOf(value))}</span>
            </label>`,
        )}
      </fieldset>`;
    return html`<button
        type="button"
        class="button secondary filters-toggle"
        aria-expanded=${this.filtersOpen ? 'true' : 'false'}
        aria-controls="filters"
        @click=${() => (this.filtersOpen = !this.filtersOpen)}
      >
        ${msg.msg('filtersChosen', count)}
      </button>
      <form
        id="filters"
        class="filters ${this.filtersOpen ? 'open' : ''}"
        part="filters"
        aria-label=${msg.msg('filters')}
        @submit=${(event: Event) => {
          event.preventDefault();
          this.#commitSalary();
        }}
      >
        ${this.#renderRegionCombobox(facets)}
        <div class="field">
          <label for="specialisation">${msg.msg('specialisation')}</label>
          <select
            id="specialisation"
            @change=${(event: Event) =>
              this.#change({
                specialisation: (event.target as HTMLSelectElement).value as SearchView['specialisation'],
              })}
          >
            <option value="" ?selected=${view.specialisation === ''}>${msg.msg('anySpecialisation')}</option>
            ${SPECIALISATION_CODES.map(
              (code) =>
                html`<option value=${code} ?selected=${view.specialisation === code}>
                  ${msg.msg('spec', code)}${facets ? ` (${facets.specialisation[code] ?? 0})` : ''}
                </option>`,
            )}
          </select>
        </div>
        <div class="field">
          <label for="salary">${msg.msg('salary')}</label>
          <input
            id="salary"
            type="text"
            inputmode="numeric"
            autocomplete="off"
            maxlength="10"
            .value=${this.draftSalary}
            @input=${this.#onSalaryInput}
            @change=${this.#commitSalary}
          />
        </div>
        ${checkbox('withSalaryOnly', '1', msg.msg('withSalaryOnly'), view.withSalaryOnly, facets?.withSalary, (on) =>
          this.#change({ withSalaryOnly: on }),
        )}
        <fieldset class="group">
          <legend>${msg.msg('conditions')}</legend>
          ${checkbox('remote', '1', msg.msg('remote'), view.remote, facets?.remote, (on) => this.#change({ remote: on }))}
          ${checkbox('socialPackage', '1', msg.msg('socialPackage'), view.socialPackage, facets?.socialPackage, (on) =>
            this.#change({ socialPackage: on }),
          )}
          ${checkbox('quota', '1', msg.msg('quota'), view.quota, facets?.quota, (on) => this.#change({ quota: on }))}
        </fieldset>
        <fieldset class="group">
          <legend>${msg.msg('employment')}</legend>
          ${EMPLOYMENT_TYPE_CODES.map((code) =>
            checkbox(
              'employment',
              code,
              msg.msg('employmentType', code),
              view.employment.includes(code),
              facets?.employment[code],
              (on) => this.#change({ employment: toggledCodes(view.employment, code, on, EMPLOYMENT_TYPE_CODES) }),
            ),
          )}
        </fieldset>
        <fieldset class="group">
          <legend>${msg.msg('schedule')}</legend>
          ${SCHEDULE_CODES.map((code) =>
            checkbox(
              'schedule',
              code,
              msg.msg('scheduleType', code),
              view.schedule.includes(code),
              facets?.schedule[code],
              (on) => this.#change({ schedule: toggledCodes(view.schedule, code, on, SCHEDULE_CODES) }),
            ),
          )}
        </fieldset>
        ${radios(
          'experience',
          msg.msg('experience'),
          ['', ...EXPERIENCE_BAND_CODES] as const,
          view.experience,
          (code) => (code ? msg.msg('experienceBand', code) : msg.msg('any')),
          (code) => (code ? facets?.experience[code] : undefined),
          (experience) => ({ experience }),
        )}
        ${radios(
          'education',
          msg.msg('education'),
          ['', ...EDUCATION_LEVEL_CODES] as const,
          view.education,
          (code) => (code ? msg.msg('educationLevel', code) : msg.msg('any')),
          (code) => (code ? facets?.education[code] : undefined),
          (education) => ({ education }),
        )}
        ${radios(
          'qualification',
          msg.msg('qualification'),
          ['', ...QUALIFICATION_LEVEL_CODES] as const,
          view.qualification,
          (code) => (code ? msg.msg('qualificationLevel', code) : msg.msg('any')),
          (code) => (code ? facets?.qualification[code] : undefined),
          (qualification) => ({ qualification }),
        )}
        ${radios(
          'posted',
          msg.msg('posted'),
          [0, ...POSTED_WITHIN_BUCKETS] as const,
          view.postedWithinDays,
          (days) => (days ? msg.msg('postedWithin', days) : msg.msg('postedAny')),
          (days) => (days ? facets?.postedWithin[String(days) as '1'] : undefined),
          (postedWithinDays) => ({ postedWithinDays }),
        )}
        ${
          isFiltered(view, this.#defaults)
            ? html`<button type="button" class="button secondary" @click=${this.#resetFilters}>
                ${msg.msg('reset')}
              </button>`
            : nothing
        }
      </form>`;
  }

  #renderRegionCombobox(facets: VacancyFacets | undefined): TemplateResult {
    const msg = this.#localize;
    const options = this.regionOpen ? this.#regionOptions : [];
    const open = this.regionOpen;
    const chosen = this.view.regions;
    return html`<div class="field region">
      <label id="region-label" for="region">${msg.msg('region')}</label>
      ${
        chosen.length > 0
          ? html`<ul class="chips" aria-label=${msg.msg('regionsChosen')}>
              ${chosen.map((code, index) => {
                const name = regionTitle(code, this.#locale);
                return html`<li class="chip">
                  <span>${name}</span>
                  <button
                    type="button"
                    aria-label=${msg.msg('regionRemove', name)}
                    @click=${() => this.#removeRegion(code, index)}
                  >
                    <span aria-hidden="true">×</span>
                  </button>
                </li>`;
              })}
            </ul>`
          : nothing
      }
      <div class="combo">
        <input
          id="region"
          type="text"
          role="combobox"
          aria-labelledby="region-label"
          autocomplete="off"
          spellcheck="false"
          placeholder=${msg.msg('regionPlaceholder')}
          aria-autocomplete="list"
          aria-controls="region-options"
          aria-expanded=${open ? 'true' : 'false'}
          aria-activedescendant=${
            open && options[this.regionActive] ? `region-${options[this.regionActive]?.code}` : nothing
          }
          .value=${this.regionText}
          @input=${(event: Event) => {
            this.regionText = (event.target as HTMLInputElement).value;
            this.regionOpen = true;
            this.regionActive = this.regionText.trim() ? 0 : -1;
          }}
          @keydown=${this.#onRegionKeydown}
          @click=${() => (this.regionOpen = !this.regionOpen)}
          @blur=${() => {
            this.regionOpen = false;
            this.regionActive = -1;
          }}
        />
        <ul
          id="region-options"
          class="listbox"
          role="listbox"
          aria-multiselectable="true"
          aria-label=${msg.msg('region')}
          ?hidden=${!open}
          @mousedown=${(event: Event) => {
            const code = optionValue(event);
            if (code) this.#pickRegion(code);
          }}
        >
          ${options.map((region, index) => {
            const selected = chosen.includes(region.code);
            const n = facets?.regions[region.code];
            return html`<li
              id=${`region-${region.code}`}
              role="option"
              class=${index === this.regionActive ? 'active' : ''}
              aria-selected=${selected ? 'true' : 'false'}
              data-value=${region.code}
            >
              <span class="check" aria-hidden="true">${selected ? '✓' : ''}</span>
              <span>${this.#locale === 'ru' ? region.title : region.titleEn}${n === undefined ? '' : ` (${n})`}</span>
            </li>`;
          })}
          ${
            open && options.length === 0
              ? html`<li role="option" aria-disabled="true" aria-selected="false" class="none">
                  ${msg.msg('regionNone')}
                </li>`
              : nothing
          }
        </ul>
      </div>
    </div>`;
  }

  #renderResults(): TemplateResult {
    const status = this.#results.status;
    const last = this.#last;
    const current = last && last.key === searchKey(this.view) ? last : undefined;
    if (status === TaskStatus.ERROR) {
      const error = this.#results.error;
      // A failed «Показать ещё» keeps what is shown; a failed new search shows the problem alone.
      return html`${this.#renderError(this.#problem(error, 'error'), () => void this.#results.run())}
      ${current ? this.#renderList(current, false) : nothing}`;
    }
    if (!last) {
      return status === TaskStatus.PENDING || status === TaskStatus.INITIAL ? this.#renderSkeleton() : html``;
    }
    return this.#renderList(last, status === TaskStatus.PENDING);
  }

  #renderSkeleton(): TemplateResult {
    return html`<div class="results" part="results" aria-busy="true">
      <p class="visually-hidden" role="status">${this.#localize.msg('loading')}</p>
      <ul class="skeleton" aria-hidden="true">
        ${[0, 1, 2].map(() => html`<li class="result placeholder"><span></span><span></span><span></span></li>`)}
      </ul>
    </div>`;
  }

  #renderError(text: string, retry: () => void): TemplateResult {
    return html`<div class="notice error" part="notice" role="alert">
      <p>${text}</p>
      <button type="button" class="button secondary" @click=${retry}>${this.#localize.msg('retry')}</button>
    </div>`;
  }

  #renderList(results: Results, busy: boolean): TemplateResult {
    const msg = this.#localize;
    const view = this.view;
    const more = results.items.length < results.total && results.pages < maxPages(this.#pageSize);
    return html`<section class="results" part="results" aria-labelledby="results-title">
      <div class="results-head">
        <h3 id="results-title" tabindex="-1">${msg.msg('found', results.total)}</h3>
        <div class="field sort">
          <label for="sort">${msg.msg('sort')}</label>
          <select
            id="sort"
            @change=${(event: Event) => this.#change({ sort: (event.target as HTMLSelectElement).value as VacancySort })}
          >
            ${VACANCY_SORTS.map(
              (sort) => html`<option value=${sort} ?selected=${view.sort === sort}>${msg.msg('sortBy', sort)}</option>`,
            )}
          </select>
        </div>
      </div>
      ${
        busy
          ? html`<p class="busy hint">
              <span class="spinner decorative" aria-hidden="true"></span>${msg.msg('updating')}
            </p>`
          : nothing
      }
      ${this.#account?.saveSearch(savedQueryOf(view)) ?? nothing}
      ${results.total === 0 ? this.#renderEmpty(results) : nothing}
      <ol
        class="list"
        aria-busy=${busy ? 'true' : 'false'}
        aria-labelledby="results-title"
        ?hidden=${results.total === 0}
      >
        ${results.items.map((item) => this.#renderResult(item))}
      </ol>
      ${
        results.total > 0
          ? html`<div class="more">
              <p class="hint">${msg.msg('shown', results.items.length, results.total)}</p>
              ${
                more
                  ? html`<button
                      type="button"
                      class="button secondary"
                      aria-disabled=${busy ? 'true' : 'false'}
                      @click=${() => !busy && this.#showMore()}
                    >
                      ${msg.msg('more')}
                    </button>`
                  : nothing
              }
            </div>`
          : nothing
      }
    </section>`;
  }

  #renderEmpty(results: Results): TemplateResult {
    const msg = this.#localize;
    const filtered = isFiltered(this.view, this.#defaults);
    return html`<div class="notice empty" part="notice">
      <p>${msg.msg('empty')}</p>
      ${
        results.suggestions.length > 0
          ? html`<p>${msg.msg('didYouMean')}</p>
              <ul class="did-you-mean">
                ${results.suggestions.map(
                  (title) =>
                    html`<li>
                      <button type="button" class="link" @click=${() => this.#searchFor(title)}>${title}</button>
                    </li>`,
                )}
              </ul>`
          : nothing
      }
      <p>${msg.msg('emptyHints')}</p>
      <ul>
        ${this.view.q ? html`<li>${msg.msg('hintWords')}</li>` : nothing}
        ${filtered ? html`<li>${msg.msg('hintFilters')}</li>` : nothing}
        ${this.view.salaryFrom ? html`<li>${msg.msg('hintSalary')}</li>` : nothing}
      </ul>
      ${
        filtered
          ? html`<button type="button" class="button secondary" @click=${this.#resetFilters}>
              ${msg.msg('reset')}
            </button>`
          : nothing
      }
    </div>`;
  }

  #renderResult(item: VacancySummary): TemplateResult {
    const msg = this.#localize;
    const href = this.#hrefOf(item.id);
    const open = (event: MouseEvent) => this.#open(event, item.id);
    const actions = this.renderVacancyActions(item);
    return html`<li class="result" part="result" data-id=${item.id}>
      <h4 class="result-title">
        ${
          href
            ? html`<a class="title-link" data-id=${item.id} href=${href} @click=${open}>${item.jobName}</a>`
            : html`<button type="button" class="title-link link" data-id=${item.id} @click=${open}>
                ${item.jobName}
              </button>`
        }
      </h4>
      <p class="company">${item.company.name}${item.verifiedEmployer ? this.#renderVerified() : nothing}</p>
      <p class="salary">${this.#salary(item.salary)}</p>
      <p class="meta hint">
        <span>${item.region.name}</span>
        <span>${msg.msg('scheduleType', item.schedule)}</span>
        ${item.remote ? html`<span>${msg.msg('remoteMark')}</span>` : nothing}
        <span><time datetime=${item.createdAt}>${postedText(item.createdAt, this.#today, this.#locale)}</time></span>
      </p>
      <p class="snippet">${item.snippet}</p>
      ${actions === nothing ? nothing : html`<div class="vacancy-actions">${actions}</div>`}
    </li>`;
  }

  #renderVerified(): TemplateResult {
    return html` <span class="verified"
      ><span class="decorative" aria-hidden="true">✓ </span>${this.#localize.msg('verified')}</span
    >`;
  }

  #renderDetail(): TemplateResult {
    const msg = this.#localize;
    const status = this.#detail.status;
    const detail = this.#detail.value;
    const error = this.#detail.error;
    const notFound = error instanceof ApiError && (error.status === 404 || error.code === 'vacancy-not-found');
    return html`<article
      class="detail"
      part="detail"
      tabindex="-1"
      aria-labelledby=${detail && status === TaskStatus.COMPLETE ? 'detail-title' : 'detail-status'}
      aria-busy=${status === TaskStatus.PENDING ? 'true' : 'false'}
    >
      <button type="button" class="link back" @click=${this.#close}>${msg.msg('back')}</button>
      ${
        status === TaskStatus.PENDING || status === TaskStatus.INITIAL
          ? html`<p id="detail-status" class="notice" part="notice" role="status">${msg.msg('detailLoading')}</p>`
          : nothing
      }
      ${
        status === TaskStatus.ERROR
          ? notFound
            ? html`<div id="detail-status" class="notice" part="notice" role="alert">
                <h3 class="detail-heading">${msg.msg('notFound')}</h3>
                <p>${msg.msg('notFoundHint')}</p>
              </div>`
            : html`<div id="detail-status">
                ${this.#renderError(this.#problem(error, 'detailError'), () => void this.#detail.run())}
              </div>`
          : nothing
      }
      ${detail && status === TaskStatus.COMPLETE ? this.#renderVacancy(detail) : nothing}
    </article>`;
  }

  #renderVacancy(vacancy: VacancyDetail): TemplateResult {
    const msg = this.#localize;
    const locale = this.#locale;
    const row = (label: string, value: unknown) =>
      html`<div class="row">
        <dt>${label}</dt>
        <dd>${value}</dd>
      </div>`;
    const actions = this.renderVacancyActions(vacancy);
    const { requirement } = vacancy;
    const contacts = vacancy.contacts.map((contact) => {
      const href = contactHref(contact);
      return html`<li>${href ? html`<a href=${href}>${contact.value}</a>` : contact.value}</li>`;
    });
    return html`<h3 id="detail-title" class="detail-heading" tabindex="-1">${vacancy.jobName}</h3>
      <p class="company">
        ${
          vacancy.company.url
            ? html`<a href=${vacancy.company.url} target="_blank" rel="noopener noreferrer"
                >${vacancy.company.name}<span class="visually-hidden"> ${msg.msg('newTab')}</span></a
              >`
            : vacancy.company.name
        }${vacancy.verifiedEmployer ? this.#renderVerified() : nothing}
      </p>
      <p class="salary">${this.#salary(vacancy.salary)}</p>
      ${actions === nothing ? nothing : html`<div class="vacancy-actions">${actions}</div>`}
      <dl class="facts">
        ${row(msg.msg('regionLabel'), vacancy.region.name)}
        ${
          vacancy.addresses.length
            ? row(
                msg.msg('addresses'),
                html`<ul class="plain">
                  ${vacancy.addresses.map(
                    (address) =>
                      html`<li>
                        ${address.location}
                        <a href=${mapHref(address)} target="_blank" rel="noopener noreferrer"
                          >${msg.msg('map')}<span class="visually-hidden"> ${msg.msg('newTab')}</span></a
                        >
                      </li>`,
                  )}
                </ul>`,
              )
            : nothing
        }
        ${row(
          msg.msg('conditionsLabel'),
          [
            msg.msg('employmentType', vacancy.employment),
            msg.msg('scheduleType', vacancy.schedule),
            ...(vacancy.remote ? [msg.msg('remote')] : []),
            ...(vacancy.socialPackage ? [msg.msg('socialPackage')] : []),
          ].join(', '),
        )}
        ${row(
          msg.msg('requirements'),
          [
            `${msg.msg('education')}: ${msg.msg('educationLevel', requirement.education).toLowerCase()}`,
            msg.msg('experienceYears', requirement.experience),
            `${msg.msg('qualification')}: ${msg.msg('qualificationLevel', requirement.qualification).toLowerCase()}`,
          ].join('; '),
        )}
        ${row(msg.msg('workPlaces'), vacancy.workPlaces)}
        ${
          vacancy.socialProtected.length
            ? row(msg.msg('quotaFor'), vacancy.socialProtected.map((group) => msg.msg('socialGroup', group)).join('; '))
            : nothing
        }
        ${
          contacts.length
            ? row(
                msg.msg('contacts'),
                html`<ul class="plain">
                  ${contacts}
                </ul>`,
              )
            : nothing
        }
        ${vacancy.contactPerson ? row(msg.msg('contactPerson'), vacancy.contactPerson) : nothing}
        ${row(msg.msg('publishedLabel'), html`<time datetime=${vacancy.createdAt}>${dateText(vacancy.createdAt, locale)}</time>`)}
        ${
          vacancy.modifiedAt !== vacancy.createdAt
            ? row(
                msg.msg('updatedLabel'),
                html`<time datetime=${vacancy.modifiedAt}>${dateText(vacancy.modifiedAt, locale)}</time>`,
              )
            : nothing
        }
      </dl>
      <section class="duty" aria-labelledby="duty-title">
        <h4 id="duty-title">${msg.msg('duties')}</h4>
        ${dutyTemplate(parseDuty(vacancy.duty))}
      </section>
      ${
        vacancy.sourceUrl
          ? html`<p>
              <a href=${vacancy.sourceUrl} target="_blank" rel="noopener noreferrer"
                >${msg.msg('source')}<span class="visually-hidden"> ${msg.msg('newTab')}</span></a
              >
            </p>`
          : nothing
      }
      ${this.#account?.apply(vacancy) ?? nothing}`;
  }
}

/**
 * The value of the option a press landed on. The press is taken on `mousedown`, whose default is cancelled, so the
 * focus stays in the field the options belong to (the keyboard chooses from there).
 */
function optionValue(event: Event): string | undefined {
  event.preventDefault();
  const option = (event.target as Element).closest('[role="option"]:not([aria-disabled="true"])');
  return option?.getAttribute('data-value') ?? undefined;
}

/** The duties' tree as templates: each allowed tag written out, so no HTML string ever reaches the DOM. */
function dutyTemplate(nodes: readonly DutyNode[]): unknown[] {
  return nodes.map((node) => {
    if (typeof node === 'string') return node;
    const children = dutyTemplate(node.children);
    switch (node.tag) {
      case 'p':
        return html`<p>${children}</p>`;
      case 'br':
        return html`<br />`;
      case 'ul':
        return html`<ul>
          ${children}
        </ul>`;
      case 'ol':
        return html`<ol>
          ${children}
        </ol>`;
      case 'li':
        return html`<li>${children}</li>`;
      case 'b':
        return html`<b>${children}</b>`;
      case 'strong':
        return html`<strong>${children}</strong>`;
      case 'i':
        return html`<i>${children}</i>`;
      case 'em':
        return html`<em>${children}</em>`;
      case 'a':
        return html`<a href=${node.href ?? ''} rel="noopener noreferrer nofollow">${children}</a>`;
    }
  });
}
