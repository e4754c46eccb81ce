import {
  CLARIFICATION_TEXT_MAX,
  PAYMENT_KIND_CODES,
  PAYMENT_STATUS_CODES,
  type Beneficiary,
  type Payment,
  type PaymentDetail,
  type PaymentKindCode,
  type PaymentPage,
  type PaymentStatus,
  type PaymentSummary,
  type UpcomingPayments,
} from '@gos-elements/contracts';
import type { Locale, SessionHandle } from '@gos-elements/core';
import { PaymentsClient } from '@gos-elements/core/api/payments';
import { ApiError } from '@gos-elements/core/api/problem';
import { formatMoney } from '@gos-elements/core/i18n/format';
import { sessionFor } from '@gos-elements/core/session/session';
import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { toggledCodes } from '../internal/code-list.js';
import { GosElement } from '../internal/gos-element.js';
import { SessionFollower, sessionOptionsOf } from '../internal/page-session.js';
import { LocalizeController } from '../internal/localize.js';
import { controlStyles } from '../styles/controls.styles.js';
import {
  byteSize,
  DEFAULT_VIEW,
  filtersOf,
  isNarrowed,
  moscowToday,
  pageCount,
  PERIOD_PRESETS,
  periodOf,
  queryWithView,
  viewFromQuery,
  type HistoryView,
  type PeriodPreset,
  type SortKey,
} from './benefits-history.logic.js';
import { messages } from './benefits-history.messages.js';
import { styles } from './benefits-history.styles.js';
import { paymentsChart, paymentsComparison } from './payments-chart.js';
import { paymentsChartMessages } from './payments-chart.messages.js';
import { paymentsChartStyles } from './payments-chart.styles.js';

/** What the element needs of the payments API; `PaymentsClient` from `@gos-elements/core` is one. */
export type PaymentsApi = Pick<
  PaymentsClient,
  'list' | 'summary' | 'upcoming' | 'get' | 'requestClarification' | 'export'
>;

export interface GosPaymentsFilterDetail {
  readonly view: HistoryView;
}
export type GosPaymentsFilterEvent = CustomEvent<GosPaymentsFilterDetail>;

/** What the account level refusal is called by the API. */
const LEVEL_TOO_LOW = 'account-level-too-low';

/** A payment's statement as it loads. */
type DetailState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly value: PaymentDetail }
  | { readonly status: 'error'; readonly message: string };

interface Clarification {
  readonly id: string;
  readonly text: string;
  readonly status: 'editing' | 'sending' | 'sent';
  readonly error?: string;
  readonly number?: string;
  /** Kept across retries of the same request, so a repeat after a lost answer files it once. */
  readonly key: string;
}

/**
 * «Выплаты и пособия»: the signed-in citizen's payment history — what was paid, when, for what, on what basis and
 * what comes next. Filters (period presets, kinds, statuses, a child), totals of the filtered set, a chart by month
 * stacked by kind with a table alternative and a comparison with the same months a year earlier, a sortable table
 * whose rows open in place with the payment's statement, the upcoming schedule, CSV and PDF statements, and
 * «Запросить разъяснение», which files a request in «Мои заявления».
 *
 * Signed out, it invites the citizen to sign in with the page's session (the one `<gos-login-button>` shows); a
 * simplified account is told why it sees nothing and how to raise its level.
 *
 * @tagname gos-benefits-history
 * @summary The citizen's benefit payments: filters, totals, chart, table with details, upcoming, exports.
 *
 * @fires gos-payments-filter - The citizen changed the filters, the order or the page: `detail: { view }`.
 * @fires gos-error - A request failed: `detail: { code, detail }`.
 *
 * @csspart base - Everything the element renders.
 * @csspart filters - The filter form.
 * @csspart totals - The totals of the filtered payments.
 * @csspart chart - The chart and its comparison.
 * @csspart table - The payments table.
 * @csspart badge - A status badge.
 * @csspart pager - The page buttons.
 * @csspart upcoming - The upcoming payments.
 * @csspart export - The export buttons.
 * @csspart notice - Loading, empty, offline, level and error messages.
 *
 * @cssprop --gos-benefits-history-gap - Space between blocks. Default: `--gos-space-3`.
 */
export class GosBenefitsHistoryElement extends GosElement {
  static override styles = [GosElement.styles, controlStyles, paymentsChartStyles, styles];

  readonly #localize = new LocalizeController(this, messages);

  /** Payments per page (1–100, default 20). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 20;

  /**
   * Keep the filters, order and page in the URL query, so back/forward and shared links work. The value prefixes
   * the parameter names (`sync-url="pay-"` gives `pay-period`, `pay-page`…); empty for none.
   */
  @property({ attribute: 'sync-url' }) syncUrl?: string;

  /** Where a simplified account learns how to raise its level. */
  @property({ attribute: 'upgrade-href' }) upgradeHref?: string;

  /** The page with «Мои заявления», linked after a clarification request. */
  @property({ attribute: 'applications-href' }) applicationsHref?: string;

  /** The session to use; by default the page's shared session with the `<gos-config>` identity provider. */
  @property({ attribute: false }) session?: SessionHandle;

  /** The API to use; by default the cabinet at `<gos-config api-base>` with the session's access token. */
  @property({ attribute: false }) client?: PaymentsApi;

  @state() private view: HistoryView = DEFAULT_VIEW;
  @state() private expanded: ReadonlySet<string> = new Set();
  @state() private details: Readonly<Record<string, DetailState>> = {};
  @state() private chartAsTable = false;
  @state() private exporting?: { format: 'csv' | 'pdf'; received: number };
  @state() private exportError?: string;
  @state() private clarification?: Clarification;
  @state() private offline = typeof navigator !== 'undefined' && navigator.onLine === false;
  @state() private announcement = '';

  #today = moscowToday();
  readonly #session = new SessionFollower(this);
  #defaultClient?: { key: string; client: PaymentsApi };
  /** Whether the next list answer is announced (a change the citizen made, not the first load). */
  #announceNext = false;
  #exportAbort?: AbortController;
  #focusTableWhenLoaded = false;

  readonly #list = new Task(this, {
    args: () => [this.#api, this.#signedIn, this.#filtersKey, this.view.sort, this.view.order, this.view.page] as const,
    task: ([api, signedIn, , sort, order, page], { signal }): Promise<PaymentPage | undefined> =>
      api && signedIn
        ? api.list({ ...this.#filters, sort, order, page, pageSize: clampPageSize(this.pageSize) }, signal)
        : Promise.resolve(undefined),
    onComplete: (page) => {
      if (!page || !this.#announceNext) return;
      this.#announceNext = false;
      this.announcement = this.#localize.msg('found', page.total);
    },
  });

  readonly #summary = new Task(this, {
    args: () => [this.#api, this.#signedIn, this.#filtersKey] as const,
    task: ([api, signedIn], { signal }): Promise<PaymentSummary | undefined> => {
      const { from, to } = periodOf(this.view, this.#today);
      // The chart needs a period: «all time» is drawn from the first payment the list knows of.
      return api && signedIn
        ? api.summary(
            { ...this.#filters, ...(from ? { from } : { from: this.#firstDate }), ...(to ? { to } : {}) },
            signal,
          )
        : Promise.resolve(undefined);
    },
  });

  readonly #upcoming = new Task(this, {
    args: () => [this.#api, this.#signedIn] as const,
    task: ([api, signedIn], { signal }): Promise<UpcomingPayments | undefined> =>
      api && signedIn ? api.upcoming(signal) : Promise.resolve(undefined),
  });

  get #filters() {
    return filtersOf(this.view, this.#today);
  }

  get #filtersKey(): string {
    return JSON.stringify(this.#filters);
  }

  /** The summary of «all time» starts ten years back: the backend's longest summary. */
  get #firstDate(): string {
    return `${Number(this.#today.slice(0, 4)) - 9}-01-01`;
  }

  /** The session to follow: the `session` property, else the page's for the `<gos-config>` identity provider. */
  get #wantedSession(): SessionHandle | undefined {
    if (this.session) return this.session;
    const options = sessionOptionsOf(this.gosConfig);
    return options && sessionFor(options);
  }

  get #signedIn(): boolean {
    return this.#session.signedIn;
  }

  get #api(): PaymentsApi | undefined {
    if (this.client) return this.client;
    const session = this.#session.current;
    const apiBase = this.gosConfig.apiBase;
    if (!session || !apiBase) return undefined;
    if (this.#defaultClient?.key !== apiBase) {
      this.#defaultClient = {
        key: apiBase,
        client: new PaymentsClient({ apiBase, accessToken: () => session.accessToken() }),
      };
    }
    return this.#defaultClient.client;
  }

  get #urlPrefix(): string | undefined {
    return this.syncUrl ?? undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('online', this.#onConnectivity);
    addEventListener('offline', this.#onConnectivity);
    addEventListener('popstate', this.#onPopState);
    this.#today = moscowToday();
    this.#readUrl();
    // Back in the page: follow the session again (it was let go on disconnect).
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('online', this.#onConnectivity);
    removeEventListener('offline', this.#onConnectivity);
    removeEventListener('popstate', this.#onPopState);
    this.#exportAbort?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#session.follow(this.#wantedSession);
    if (changed.has('syncUrl') && changed.get('syncUrl') === undefined && this.syncUrl !== undefined) this.#readUrl();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.#focusTableWhenLoaded && this.#list.status === TaskStatus.COMPLETE) {
      this.#focusTableWhenLoaded = false;
      this.renderRoot.querySelector<HTMLElement>('table[part="table"]')?.focus();
    }
  }

  readonly #onConnectivity = (): void => {
    this.offline = navigator.onLine === false;
    if (!this.offline) {
      void this.#list.run();
      void this.#summary.run();
      void this.#upcoming.run();
    }
  };

  readonly #onPopState = (): void => this.#readUrl();

  // ——— The view and the URL ———

  #readUrl(): void {
    const prefix = this.#urlPrefix;
    if (prefix === undefined) return;
    this.view = viewFromQuery(location.search, prefix);
  }

  /** Applies a change the citizen made: a new page of results, the URL (one history entry per change), an event. */
  #change(patch: Partial<HistoryView>, options: { keepPage?: boolean } = {}): void {
    this.view = { ...this.view, ...(options.keepPage ? {} : { page: 1 }), ...patch };
    this.expanded = new Set();
    this.clarification = undefined;
    this.#announceNext = true;
    const prefix = this.#urlPrefix;
    if (prefix !== undefined) {
      const search = queryWithView(location.search, this.view, prefix);
      if (search !== location.search)
        history.pushState(history.state, '', `${location.pathname}${search}${location.hash}`);
    }
    this.dispatchEvent(
      new CustomEvent('gos-payments-filter', { detail: { view: this.view }, bubbles: true, composed: true }),
    );
  }

  #sortBy(key: SortKey): void {
    const order = this.view.sort === key ? (this.view.order === 'desc' ? 'asc' : 'desc') : 'desc';
    this.#change({ sort: key, order });
  }

  #goToPage(page: number): void {
    this.#change({ page }, { keepPage: true });
    // The caption says which page this is: screen readers continue from the table once the page is in.
    this.#focusTableWhenLoaded = true;
  }

  // ——— Details, clarification, export ———

  #toggleDetails(payment: Payment): void {
    const open = new Set(this.expanded);
    if (open.has(payment.id)) {
      open.delete(payment.id);
    } else {
      open.add(payment.id);
      if (this.details[payment.id]?.status !== 'ready') void this.#loadDetail(payment.id);
    }
    this.expanded = open;
  }

  async #loadDetail(id: string): Promise<void> {
    const api = this.#api;
    if (!api) return;
    this.details = { ...this.details, [id]: { status: 'loading' } };
    try {
      this.details = { ...this.details, [id]: { status: 'ready', value: await api.get(id) } };
    } catch (error) {
      this.details = { ...this.details, [id]: { status: 'error', message: this.#failure(error) } };
    }
  }

  #startClarification(id: string): void {
    this.clarification = { id, text: '', status: 'editing', key: crypto.randomUUID() };
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#clarify-text')?.focus());
  }

  async #sendClarification(event: Event): Promise<void> {
    event.preventDefault();
    const current = this.clarification;
    const api = this.#api;
    if (!current || !api || current.status === 'sending') return;
    const text = current.text.trim();
    if (!text) {
      this.clarification = { ...current, error: this.#localize.msg('clarifyRequired') };
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#clarify-text')?.focus());
      return;
    }
    this.clarification = { ...current, status: 'sending' };
    try {
      const filed = await api.requestClarification(current.id, text, { idempotencyKey: current.key });
      this.clarification = { ...current, status: 'sent', number: filed.application.number };
      this.announcement = this.#localize.msg('clarifySent', filed.application.number);
    } catch (error) {
      const refused = error instanceof ApiError && error.status >= 400 && error.status < 500;
      // A refusal is final for this text: a new attempt is a new request. A lost answer is retried as the same one.
      this.clarification = {
        ...current,
        status: 'editing',
        error: this.#failure(error),
        ...(refused ? { key: crypto.randomUUID() } : {}),
      };
      this.#reportError(error);
    }
  }

  async #export(format: 'csv' | 'pdf'): Promise<void> {
    const api = this.#api;
    if (!api || this.exporting) return;
    this.exportError = undefined;
    this.exporting = { format, received: 0 };
    this.#exportAbort = new AbortController();
    try {
      const file = await api.export(
        format,
        { ...this.#filters, sort: this.view.sort, order: this.view.order },
        {
          signal: this.#exportAbort.signal,
          onProgress: (received) => (this.exporting = { format, received }),
        },
      );
      const url = URL.createObjectURL(file.blob);
      const link = Object.assign(document.createElement('a'), { href: url, download: file.fileName, hidden: true });
      this.renderRoot.append(link);
      link.click();
      link.remove();
      // The browser has taken the file by the next task; the URL is not needed after that.
      setTimeout(() => URL.revokeObjectURL(url), 0);
      this.announcement = this.#localize.msg('exported', file.fileName);
    } catch (error) {
      if (this.#exportAbort?.signal.aborted) return;
      this.exportError = `${this.#localize.msg('exportFailed')} ${this.#failure(error)}`;
      this.#reportError(error);
    } finally {
      this.exporting = undefined;
    }
  }

  #failure(error: unknown): string {
    if (error instanceof ApiError) return error.message;
    return this.offline ? this.#localize.msg('offline') : '';
  }

  #reportError(error: unknown): void {
    this.dispatchEvent(
      new CustomEvent('gos-error', {
        detail: { code: error instanceof ApiError ? error.code : 'unavailable', detail: this.#failure(error) },
        bubbles: true,
        composed: true,
      }),
    );
  }

  // ——— Formatting ———

  get #locale(): Locale {
    return this.#localize.locale as Locale;
  }

  #money(kopecks: number): string {
    return formatMoney(this.#locale, kopecks / 100);
  }

  /** `YYYY-MM-DD` as people write it: 06.12.2026 (06/12/2026 in English). */
  #date(iso: string): string {
    const [year, month, day] = iso.split('-');
    return this.#locale === 'ru' ? `${day}.${month}.${year}` : `${day}/${month}/${year}`;
  }

  #periodText(): string {
    const msg = this.#localize;
    const { from, to } = periodOf(this.view, this.#today);
    if (from && to) return msg.msg('periodRange', this.#date(from), this.#date(to));
    if (from) return msg.msg('periodFrom', this.#date(from));
    if (to) return msg.msg('periodTo', this.#date(to));
    return msg.msg('periodAll');
  }

  // ——— Rendering ———

  protected override render(): TemplateResult {
    const msg = this.#localize;
    return html`<section class="surface base" part="base" lang=${msg.lang} aria-labelledby="title">
      <h2 id="title" class="title">${msg.msg('title')}</h2>
      ${this.offline ? html`<p class="notice" part="notice" role="status">${msg.msg('offline')}</p>` : nothing}
      ${this.#signedIn ? this.#renderHistory() : this.#renderSignIn()}
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
    </section>`;
  }

  #renderSignIn(): TemplateResult {
    const msg = this.#localize;
    return html`<div class="notice" part="notice">
      <p>${msg.msg('signInInvite')}</p>
      <button
        type="button"
        class="button"
        ?disabled=${!this.#session.current}
        @click=${() => void this.#session.current?.signIn()}
      >
        ${msg.msg('signIn')}
      </button>
    </div>`;
  }

  #renderHistory(): TemplateResult {
    const error = this.#list.error;
    if (error instanceof ApiError && error.code === LEVEL_TOO_LOW) return this.#renderLevelTooLow(error);
    return html`${this.#renderUpcoming()} ${this.#renderFilters()}
    ${this.#list.render({
      // A new filter or page keeps the previous results on screen until the answer is in.
      pending: () =>
        this.#list.value
          ? this.#renderResults(this.#list.value, true)
          : html`<p class="notice" part="notice" role="status">${this.#localize.msg('loading')}</p>`,
      error: (failure) => this.#renderError(failure, () => void this.#list.run()),
      complete: (page) => (page ? this.#renderResults(page) : nothing),
    })}`;
  }

  #renderLevelTooLow(error: ApiError): TemplateResult {
    const msg = this.#localize;
    return html`<div class="notice" part="notice">
      <p>${msg.msg('levelTooLow')}</p>
      <p>${error.message}</p>
      ${this.upgradeHref ? html`<p><a href=${this.upgradeHref}>${msg.msg('raiseLevel')}</a></p>` : nothing}
    </div>`;
  }

  #renderError(error: unknown, retry: () => void): TemplateResult {
    const msg = this.#localize;
    return html`<div class="notice error" part="notice" role="alert">
      <p>${this.offline ? msg.msg('offline') : msg.msg('error')} ${error instanceof ApiError ? error.message : ''}</p>
      <button type="button" class="button secondary" @click=${retry}>${msg.msg('retry')}</button>
    </div>`;
  }

  #renderUpcoming(): TemplateResult {
    const msg = this.#localize;
    const upcoming = this.#upcoming.value;
    return html`<section class="upcoming card" part="upcoming" aria-labelledby="upcoming-title">
      <h3 id="upcoming-title">${msg.msg('upcoming')}</h3>
      ${
        !upcoming
          ? this.#upcoming.error
            ? html`<p class="hint">${msg.msg('error')}</p>`
            : html`<p class="hint" role="status">${msg.msg('loading')}</p>`
          : upcoming.items.length === 0
            ? html`<p class="hint">${msg.msg('upcomingNone')}</p>`
            : html`<ul class="upcoming-list">
                ${upcoming.items.map(
                  (item) =>
                    html`<li>
                      <span class="upcoming-date">${this.#date(item.date)}</span>
                      <span
                        >${msg.msg('kind', item.kind.code)}${item.beneficiary ? `, ${item.beneficiary.name}` : ''}</span
                      >
                      <strong class="amount">${this.#money(item.amount.kopecks)}</strong>
                      <span class="hint">${msg.msg('receipt', item.receipt.method)} ${item.receipt.masked}</span>
                    </li>`,
                )}
              </ul>`
      }
    </section>`;
  }

  #renderFilters(): TemplateResult {
    const msg = this.#localize;
    const view = this.view;
    const children: readonly Beneficiary[] = this.#list.value?.beneficiaries ?? [];
    return html`<form
      class="filters"
      part="filters"
      aria-label=${msg.msg('filters')}
      @submit=${(e: Event) => e.preventDefault()}
    >
      <div class="field">
        <label for="period">${msg.msg('period')}</label>
        <select
          id="period"
          @change=${(event: Event) => {
            const period = (event.target as HTMLSelectElement).value as PeriodPreset;
            const { from, to } = periodOf(this.view, this.#today);
            // A custom period starts from the dates just shown.
            this.#change(period === 'custom' ? { period, from, to } : { period, from: '', to: '' });
          }}
        >
          ${PERIOD_PRESETS.map(
            (preset) =>
              html`<option value=${preset} ?selected=${view.period === preset}>${msg.msg('preset', preset)}</option>`,
          )}
        </select>
      </div>
      ${
        view.period === 'custom'
          ? html`<div class="field">
                <label for="from">${msg.msg('from')}</label>
                <input
                  id="from"
                  type="date"
                  .value=${view.from}
                  max=${view.to || this.#today}
                  @change=${(event: Event) => this.#change({ from: (event.target as HTMLInputElement).value })}
                />
              </div>
              <div class="field">
                <label for="to">${msg.msg('to')}</label>
                <input
                  id="to"
                  type="date"
                  .value=${view.to}
                  min=${view.from || nothing}
                  @change=${(event: Event) => this.#change({ to: (event.target as HTMLInputElement).value })}
                />
              </div>`
          : nothing
      }
      ${
        children.length > 0
          ? html`<div class="field">
              <label for="child">${msg.msg('child')}</label>
              <select
                id="child"
                @change=${(event: Event) => this.#change({ child: (event.target as HTMLSelectElement).value })}
              >
                <option value="" ?selected=${view.child === ''}>${msg.msg('wholeFamily')}</option>
                ${children.map(
                  (child) =>
                    html`<option value=${child.id} ?selected=${view.child === child.id}>${child.name}</option>`,
                )}
              </select>
            </div>`
          : nothing
      }
      <details class="choices">
        <summary>${msg.msg('kinds')} (${msg.msg('kindsChosen', view.kinds.length)})</summary>
        <fieldset>
          <legend class="visually-hidden">${msg.msg('kinds')}</legend>
          ${PAYMENT_KIND_CODES.map((code) => this.#checkbox('kind', code, msg.msg('kind', code), view.kinds.includes(code)))}
        </fieldset>
      </details>
      <fieldset class="choices">
        <legend>${msg.msg('statuses')}</legend>
        ${PAYMENT_STATUS_CODES.map((status) =>
          this.#checkbox('status', status, msg.msg('status', status), view.statuses.includes(status)),
        )}
      </fieldset>
      ${
        isNarrowed(view) || view.period !== DEFAULT_VIEW.period
          ? html`<button type="button" class="button secondary" @click=${() => this.#change({ ...DEFAULT_VIEW })}>
              ${msg.msg('reset')}
            </button>`
          : nothing
      }
    </form>`;
  }

  #checkbox(group: 'kind' | 'status', code: string, label: string, checked: boolean): TemplateResult {
    return html`<label class="choice">
      <input
        type="checkbox"
        name=${group}
        value=${code}
        .checked=${checked}
        @change=${(event: Event) => {
          const on = (event.target as HTMLInputElement).checked;
          if (group === 'kind') {
            this.#change({ kinds: toggledCodes(this.view.kinds, code as PaymentKindCode, on, PAYMENT_KIND_CODES) });
          } else {
            const statuses = toggledCodes(this.view.statuses, code as PaymentStatus, on, PAYMENT_STATUS_CODES);
            this.#change({ statuses });
          }
        }}
      />
      ${label}
    </label>`;
  }

  #renderResults(page: PaymentPage, busy = false): TemplateResult {
    const msg = this.#localize;
    return html`<div class="results" aria-busy=${busy ? 'true' : 'false'}>
      ${this.#renderTotals(page)}
      ${
        page.total === 0
          ? html`<p class="notice" part="notice">${msg.msg(isNarrowed(this.view) ? 'emptyFiltered' : 'empty')}</p>`
          : html`${this.#renderChart()} ${this.#renderExport()} ${this.#renderTable(page)} ${this.#renderPager(page)}`
      }
    </div>`;
  }

  #renderTotals(page: PaymentPage): TemplateResult {
    const msg = this.#localize;
    const { totals } = page;
    const others = PAYMENT_STATUS_CODES.filter((status) => status !== 'paid' && totals.countByStatus[status]);
    return html`<div class="totals" part="totals">
      <p>
        <strong>${msg.msg('found', totals.count)}</strong>${
          totals.count > 0 ? html`, ${msg.msg('paidSum', this.#money(totals.paidSum.kopecks))}` : nothing
        }
      </p>
      ${
        others.length > 0
          ? html`<ul class="status-sums">
              ${others.map(
                (status) =>
                  html`<li>
                    ${msg.msg(
                      'statusSum',
                      msg.msg('status', status),
                      totals.countByStatus[status] ?? 0,
                      this.#money(totals.byStatus[status] ?? 0),
                    )}
                  </li>`,
              )}
            </ul>`
          : nothing
      }
    </div>`;
  }

  #renderChart(): TemplateResult | typeof nothing {
    const summary = this.#summary.value;
    if (!summary) return nothing;
    const options = { locale: this.#locale, messages: paymentsChartMessages[this.#locale] };
    // The chart's figure names itself («Выплаты по месяцам»). Its hundreds of figures are formatted again only when
    // the summary, the language or the view changes — not for another page of the table.
    return html`<div class="chart" part="chart">
      ${guard([summary, this.#locale, this.chartAsTable], () =>
        paymentsChart(summary, {
          ...options,
          asTable: this.chartAsTable,
          onToggle: (asTable) => (this.chartAsTable = asTable),
        }),
      )}
      ${guard([summary, this.#locale], () => paymentsComparison(summary, options))}
    </div>`;
  }

  #renderExport(): TemplateResult {
    const msg = this.#localize;
    const exporting = this.exporting;
    return html`<div class="export" part="export" role="group" aria-label=${msg.msg('export')}>
      ${(['csv', 'pdf'] as const).map(
        (format) =>
          html`<button
            type="button"
            class="button secondary"
            aria-disabled=${exporting ? 'true' : 'false'}
            @click=${() => void this.#export(format)}
          >
            ${msg.msg('exportAs', format.toUpperCase())}
          </button>`,
      )}
      ${
        exporting
          ? html`<p class="hint" role="status">
              <progress aria-hidden="true"></progress>
              ${msg.msg('exporting', byteSize(exporting.received, this.#locale))}
            </p>`
          : nothing
      }
      ${this.exportError ? html`<p class="message-error" role="alert">${this.exportError}</p>` : nothing}
    </div>`;
  }

  #renderTable(page: PaymentPage): TemplateResult {
    const msg = this.#localize;
    const pages = pageCount(page.total, page.pageSize);
    const before = (page.page - 1) * page.pageSize;
    const expandedHere = page.items.filter((item) => this.expanded.has(item.id)).length;
    // Row indices count the header row, every row of the earlier pages and the statements opened above on this one.
    let index = 1 + before;
    const sortHeader = (key: SortKey, label: string) => {
      const sorted = this.view.sort === key;
      return html`<th
        scope="col"
        role="columnheader"
        aria-sort=${sorted ? (this.view.order === 'asc' ? 'ascending' : 'descending') : 'none'}
      >
        <button type="button" class="sort" @click=${() => this.#sortBy(key)}>
          ${label}<span class="sort-mark" aria-hidden="true"
            >${sorted ? (this.view.order === 'asc' ? '▲' : '▼') : '↕'}</span
          >
        </button>
      </th>`;
    };
    return html`<table part="table" role="table" tabindex="-1" aria-rowcount=${page.total + 1 + expandedHere}>
      <caption>
        ${msg.msg('caption', this.#periodText(), page.page, pages)}
      </caption>
      <thead>
        <tr role="row" aria-rowindex="1">
          ${sortHeader('date', msg.msg('date'))}
          <th scope="col" role="columnheader">${msg.msg('kindColumn')}</th>
          ${sortHeader('amount', msg.msg('amount'))}
          <th scope="col" role="columnheader">${msg.msg('basis')}</th>
          <th scope="col" role="columnheader">${msg.msg('statusColumn')}</th>
          <th scope="col" role="columnheader"><span class="visually-hidden">${msg.msg('details')}</span></th>
        </tr>
      </thead>
      <tbody>
        ${page.items.map((payment) => {
          const open = this.expanded.has(payment.id);
          // One template either way, so opening a row keeps its DOM (and the focus on its button).
          return html`${this.#renderRow(payment, (index += 1), open)}${
            open ? this.#renderDetailRow(payment, (index += 1)) : nothing
          }`;
        })}
      </tbody>
    </table>`;
  }

  #renderRow(payment: Payment, rowIndex: number, open: boolean): TemplateResult {
    const msg = this.#localize;
    const { basis } = payment;
    const kind = msg.msg('kind', payment.kind.code);
    const date = this.#date(payment.operationDate);
    return html`<tr role="row" aria-rowindex=${rowIndex} data-id=${payment.id}>
      <td role="cell" data-label=${msg.msg('date')}>${date}</td>
      <td role="cell" data-label=${msg.msg('kindColumn')}>
        ${kind}${payment.beneficiary ? html`<span class="hint"> — ${payment.beneficiary.name}</span>` : nothing}
      </td>
      <td role="cell" class="amount" data-label=${msg.msg('amount')}>${this.#money(payment.amount.kopecks)}</td>
      <td role="cell" data-label=${msg.msg('basis')}>
        ${msg.msg('basisText', basis.documentType, basis.number, this.#date(basis.date))}
      </td>
      <td role="cell" data-label=${msg.msg('statusColumn')}>
        <span class="badge ${payment.status}" part="badge">${msg.msg('status', payment.status)}</span>
      </td>
      <td role="cell">
        <button
          type="button"
          class="link"
          aria-expanded=${open ? 'true' : 'false'}
          aria-controls=${`detail-${payment.id}`}
          aria-label=${msg.msg('detailsOf', kind, date)}
          @click=${() => this.#toggleDetails(payment)}
        >
          ${msg.msg('details')}
        </button>
      </td>
    </tr>`;
  }

  #renderDetailRow(payment: Payment, rowIndex: number): TemplateResult {
    const msg = this.#localize;
    const detail = this.details[payment.id];
    const row = (label: string, value: unknown) =>
      html`<div class="row">
        <dt>${label}</dt>
        <dd>${value}</dd>
      </div>`;
    return html`<tr role="row" aria-rowindex=${rowIndex} class="detail-row">
      <td role="cell" colspan="6" id=${`detail-${payment.id}`}>
        <dl class="detail">
          ${row(msg.msg('kindColumn'), msg.msg('kindFull', payment.kind.code))}
          ${row(msg.msg('paidFor'), `${this.#date(payment.period.from)} — ${this.#date(payment.period.to)}`)}
          ${row(msg.msg('payer'), payment.payer.title)}
          ${row(msg.msg('receivedBy'), `${msg.msg('receipt', payment.receipt.method)} ${payment.receipt.masked}, ${payment.receipt.bank}`)}
          ${payment.beneficiary ? row(msg.msg('beneficiary'), payment.beneficiary.name) : nothing}
          ${payment.reason ? row(msg.msg('statusColumn'), `${msg.msg('status', payment.status)}: ${msg.msg('reason', payment.reason.code)}`) : nothing}
          ${
            detail?.status === 'ready'
              ? html`${row(msg.msg('legalBasis'), detail.value.legalBasis)}
                ${row(msg.msg('formula'), detail.value.formula)}
                ${row(msg.msg('payerComment'), detail.value.payerComment)}`
              : nothing
          }
        </dl>
        ${detail?.status === 'loading' ? html`<p class="hint" role="status">${msg.msg('detailsLoading')}</p>` : nothing}
        ${
          detail?.status === 'error'
            ? html`<p class="message-error" role="alert">
                ${msg.msg('detailsError')} ${detail.message}
                <button type="button" class="link" @click=${() => void this.#loadDetail(payment.id)}>
                  ${msg.msg('retry')}
                </button>
              </p>`
            : nothing
        }
        ${this.#renderClarification(payment)}
      </td>
    </tr>`;
  }

  #renderClarification(payment: Payment): TemplateResult {
    const msg = this.#localize;
    const current = this.clarification?.id === payment.id ? this.clarification : undefined;
    if (!current) {
      return html`<button type="button" class="button secondary" @click=${() => this.#startClarification(payment.id)}>
        ${msg.msg('clarify')}
      </button>`;
    }
    if (current.status === 'sent') {
      return html`<div class="notice" role="status">
        <p>${msg.msg('clarifySent', current.number ?? '')}</p>
        ${this.applicationsHref ? html`<p><a href=${this.applicationsHref}>${msg.msg('applications')}</a></p>` : nothing}
      </div>`;
    }
    const left = CLARIFICATION_TEXT_MAX - current.text.length;
    return html`<form class="clarify" novalidate @submit=${(event: Event) => void this.#sendClarification(event)}>
      <div class="field">
        <label for="clarify-text">${msg.msg('clarifyLabel')}</label>
        <p class="hint" id="clarify-hint">${msg.msg('clarifyHint', CLARIFICATION_TEXT_MAX)}</p>
        <textarea
          id="clarify-text"
          rows="4"
          maxlength=${CLARIFICATION_TEXT_MAX}
          aria-describedby="clarify-hint clarify-count clarify-error"
          aria-invalid=${current.error ? 'true' : 'false'}
          .value=${current.text}
          @input=${(event: Event) =>
            (this.clarification = { ...current, text: (event.target as HTMLTextAreaElement).value, error: undefined })}
        ></textarea>
        <p class="hint" id="clarify-count">${msg.msg('clarifyCount', left)}</p>
        <p class="message-error" id="clarify-error" role="alert">${current.error ?? ''}</p>
      </div>
      <div class="actions">
        <button type="submit" class="button" aria-disabled=${current.status === 'sending' ? 'true' : 'false'}>
          ${current.status === 'sending' ? msg.msg('sending') : msg.msg('clarifySend')}
        </button>
        <button type="button" class="button secondary" @click=${() => (this.clarification = undefined)}>
          ${msg.msg('clarifyCancel')}
        </button>
      </div>
    </form>`;
  }

  #renderPager(page: PaymentPage): TemplateResult | typeof nothing {
    const msg = this.#localize;
    const pages = pageCount(page.total, page.pageSize);
    if (pages <= 1) return nothing;
    const button = (label: string, target: number, disabled: boolean) =>
      html`<button type="button" class="button secondary" ?disabled=${disabled} @click=${() => this.#goToPage(target)}>
        ${label}
      </button>`;
    return html`<nav class="pager" part="pager" aria-label=${msg.msg('pager')}>
      ${button(msg.msg('first'), 1, page.page <= 1)} ${button(msg.msg('previous'), page.page - 1, page.page <= 1)}
      <span>${msg.msg('page', page.page, pages)}</span>
      ${button(msg.msg('next'), page.page + 1, page.page >= pages)}
      ${button(msg.msg('last'), pages, page.page >= pages)}
    </nav>`;
  }
}

function clampPageSize(size: number): number {
  return Number.isFinite(size) ? Math.min(100, Math.max(1, Math.round(size))) : 20;
}
