import {
  APPLICATION_STATUS_CODES,
  type Application,
  type ApplicationList,
  type ApplicationStatus,
  type ApplicationStatusEvent,
} from '@gos-elements/contracts';
import type { EventStreamState, SessionHandle } from '@gos-elements/core';
import { ApplicationsClient } from '@gos-elements/core/api/applications';
import { ApiError } from '@gos-elements/core/api/problem';
import { formatDate } from '@gos-elements/core/i18n/format';
import { sessionFor } from '@gos-elements/core/session/session';
import { Task } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { GosElement } from '../internal/gos-element.js';
import { SessionFollower, sessionOptionsOf } from '../internal/page-session.js';
import { LocalizeController } from '../internal/localize.js';
import { controlStyles } from '../styles/controls.styles.js';
import { checkFile } from '../internal/file-check.js';
import { STAGES, stageOf, toneOf } from './application-status.logic.js';
import { messages } from './application-status.messages.js';
import { styles } from './application-status.styles.js';

/** What the element needs of the cabinet API; `ApplicationsClient` from `@gos-elements/core` is one. */
export type ApplicationsApi = Pick<ApplicationsClient, 'list' | 'get' | 'watch' | 'result' | 'cancel' | 'upload'>;

/** Reload the list this often while the event stream is down. */
const POLL_MS = 30_000;
const TYPE_NAMES: Record<string, string> = { 'application/pdf': 'PDF', 'image/jpeg': 'JPEG', 'image/png': 'PNG' };

/**
 * «Мои заявления»: the signed-in citizen's applications with their statuses — a list with a status filter and pages,
 * and for one application the progress across stages, the history with the department's comments, the documents
 * it asks for (uploaded here), the result to download and withdrawal. Status changes arrive live (server-sent
 * events, polling while the stream is down) and are announced politely.
 *
 * Signed out, it invites the citizen to sign in with the page's session (the one `<gos-login-button>` shows).
 *
 * @tagname gos-application-status
 * @summary The citizen's applications: list, filters, details with progress and history, uploads, live statuses.
 *
 * @fires gos-application-open - The citizen opened an application: `detail: { id }`.
 *
 * @csspart base - Everything the element renders.
 * @csspart filter - The status filter.
 * @csspart item - One application in the list.
 * @csspart badge - A status badge.
 * @csspart pager - Previous / next page.
 * @csspart detail - The open application.
 * @csspart progress - The progress scale.
 * @csspart history - The history.
 * @csspart notice - Loading, empty, offline and error messages.
 *
 * @cssprop --gos-application-status-gap - Space between blocks. Default: `--gos-space-3`.
 */
export class GosApplicationStatusElement extends GosElement {
  static override styles = [GosElement.styles, controlStyles, styles];

  readonly #localize = new LocalizeController(this, messages);

  /** Opens this application directly (its id, e.g. `app-2026-000104`). */
  @property({ attribute: 'application-id', reflect: true }) applicationId?: string;

  /** Applications per page (1–50, default 10). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 10;

  /** The session to use; by default the page's shared session with the `<gos-config>` identity provider. */
  @property({ attribute: false }) session?: SessionHandle;

  /** The API to use; by default the cabinet at `<gos-config api-base>` with the session's access token. */
  @property({ attribute: false }) client?: ApplicationsApi;

  @state() private statusFilter: ApplicationStatus | '' = '';
  /** Submitted on or after / on or before, `YYYY-MM-DD` (Moscow dates, as the cabinet reads them); '' for any. */
  @state() private submittedFrom = '';
  @state() private submittedTo = '';
  @state() private page = 1;
  @state() private offline = typeof navigator !== 'undefined' && navigator.onLine === false;
  @state() private announcement = '';
  @state() private confirmingCancel = false;
  @state() private actionError?: { action: 'cancel' | 'download'; message: string };
  /** Per requested document (by request id): the upload's progress (0–1) while it runs, and its error. */
  @state() private uploadProgress: Readonly<Record<string, number>> = {};
  @state() private uploadErrors: Readonly<Record<string, string>> = {};
  @state() private dropTarget?: string;

  readonly #session = new SessionFollower(this);
  #watching?: AbortController;
  #streamState: EventStreamState = 'connecting';
  #poller?: ReturnType<typeof setInterval>;
  #defaultClient?: { key: string; client: ApplicationsApi };
  /** The Idempotency-Key of each requested document's last failed upload, kept while the same file is retried. */
  readonly #uploadKeys = new Map<string, { file: File; key: string }>();
  #refreshing = false;
  #refreshAgain = false;

  readonly #list = new Task(this, {
    args: () =>
      [
        this.#api,
        this.#signedIn,
        this.statusFilter,
        this.submittedFrom,
        this.submittedTo,
        this.page,
        this.pageSize,
      ] as const,
    task: ([api, signedIn, status, from, to, page, pageSize], { signal }): Promise<ApplicationList | undefined> =>
      api && signedIn
        ? api.list(
            {
              ...(status ? { status: [status] } : {}),
              ...(from ? { from } : {}),
              ...(to ? { to } : {}),
              page,
              pageSize: clampPageSize(pageSize),
            },
            signal,
          )
        : Promise.resolve(undefined),
  });

  readonly #detail = new Task(this, {
    args: () => [this.#api, this.#signedIn, this.applicationId] as const,
    task: ([api, signedIn, id], { signal }): Promise<Application | undefined> =>
      api && signedIn && id ? api.get(id, signal) : Promise.resolve(undefined),
  });

  /** The session to follow: the `session` property, else the page's for the `<gos-config>` identity provider. */
  get #wantedSession(): SessionHandle | undefined {
    if (this.session) return this.session;
    const options = sessionOptionsOf(this.gosConfig);
    return options && sessionFor(options);
  }

  get #signedIn(): boolean {
    return this.#session.signedIn;
  }

  get #api(): ApplicationsApi | undefined {
    if (this.client) return this.client;
    const session = this.#session.current;
    const apiBase = this.gosConfig.apiBase;
    if (!session || !apiBase) return undefined;
    if (this.#defaultClient?.key !== apiBase) {
      this.#defaultClient = {
        key: apiBase,
        client: new ApplicationsClient({ apiBase, accessToken: () => session.accessToken() }),
      };
    }
    return this.#defaultClient.client;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('online', this.#onConnectivity);
    addEventListener('offline', this.#onConnectivity);
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('online', this.#onConnectivity);
    removeEventListener('offline', this.#onConnectivity);
    this.#stopWatching();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#session.follow(this.#wantedSession);
    if (this.#signedIn && this.isConnected && !this.#watching) this.#startWatching();
    if (!this.#signedIn) this.#stopWatching();
  }

  readonly #onConnectivity = (): void => {
    this.offline = navigator.onLine === false;
    if (!this.offline) this.#refresh();
  };

  #startWatching(): void {
    const api = this.#api;
    if (!api) return;
    this.#watching = new AbortController();
    api.watch((event) => this.#onStatusEvent(event), {
      signal: this.#watching.signal,
      onState: (streamState) => {
        // Back after a drop: changes made while the stream was down were never sent, so read them now.
        if (streamState === 'live' && this.#streamState === 'reconnecting') this.#refresh();
        this.#streamState = streamState;
      },
    });
    // While the stream is down, poll: statuses still arrive, a little later.
    this.#poller = setInterval(() => {
      if (this.#streamState !== 'live' && !this.offline) this.#refresh();
    }, POLL_MS);
  }

  #stopWatching(): void {
    this.#watching?.abort();
    this.#watching = undefined;
    clearInterval(this.#poller);
  }

  #onStatusEvent(event: ApplicationStatusEvent): void {
    this.announcement = this.#localize.msg('changedLive', event.number, this.#localize.msg('status', event.status));
    this.#refresh();
  }

  /**
   * Reloads what is on screen. A reload asked for while one runs waits for it and runs once after it (a status
   * event right after an upload's answer), rather than aborting a request halfway.
   */
  #refresh(): void {
    if (this.#refreshing) {
      this.#refreshAgain = true;
      return;
    }
    this.#refreshing = true;
    void (async () => {
      try {
        do {
          this.#refreshAgain = false;
          await Promise.all([this.#list.run(), this.applicationId ? this.#detail.run() : undefined]);
        } while (this.#refreshAgain);
      } finally {
        this.#refreshing = false;
      }
    })();
  }

  #open(id: string): void {
    this.applicationId = id;
    this.confirmingCancel = false;
    this.actionError = undefined;
    this.uploadErrors = {};
    this.#uploadKeys.clear();
    this.dispatchEvent(new CustomEvent('gos-application-open', { detail: { id }, bubbles: true, composed: true }));
    this.#focusHeading();
  }

  /** Focus on the application's heading once it is there, so screen readers start reading from it. */
  #focusHeading(): void {
    void this.updateComplete
      .then(() => this.#detail.taskComplete)
      .then(() => this.updateComplete)
      .then(() => this.renderRoot.querySelector<HTMLElement>('.detail h3')?.focus());
  }

  /** Focus on the first element matching `selector` after the next render. */
  #focusAfterUpdate(selector: string): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(selector)?.focus());
  }

  #close(): void {
    const id = this.applicationId;
    this.applicationId = undefined;
    // Back on the list, focus returns to the application the citizen came from.
    void this.updateComplete
      .then(() => this.#list.taskComplete)
      .then(() => this.updateComplete)
      .then(() => this.renderRoot.querySelector<HTMLElement>(`[data-id="${CSS.escape(id ?? '')}"]`)?.focus());
  }

  protected override render(): TemplateResult {
    const msg = this.#localize;
    return html`<section class="surface base" part="base" lang=${msg.lang} aria-labelledby="title">
      <h2 id="title" class="title">${msg.msg('title')}</h2>
      ${this.offline ? html`<p class="notice" part="notice" role="status">${msg.msg('offline')}</p>` : nothing}
      ${this.#signedIn ? (this.applicationId ? this.#renderDetail() : this.#renderList()) : this.#renderSignIn()}
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

  #renderList(): TemplateResult {
    const msg = this.#localize;
    return html`<div class="filters" part="filter">
        <div class="field">
          <label for="status">${msg.msg('filterLabel')}</label>
          <select id="status" @change=${this.#onFilter}>
            <option value="" ?selected=${this.statusFilter === ''}>${msg.msg('filterAll')}</option>
            ${APPLICATION_STATUS_CODES.map(
              (status) =>
                html`<option value=${status} ?selected=${this.statusFilter === status}>
                  ${msg.msg('status', status)}
                </option>`,
            )}
          </select>
        </div>
        <div class="field">
          <label for="from">${msg.msg('submittedFrom')}</label>
          <input
            id="from"
            type="date"
            .value=${this.submittedFrom}
            max=${this.submittedTo || nothing}
            @change=${(event: Event) => this.#onPeriod('from', event)}
          />
        </div>
        <div class="field">
          <label for="to">${msg.msg('submittedTo')}</label>
          <input
            id="to"
            type="date"
            .value=${this.submittedTo}
            min=${this.submittedFrom || nothing}
            @change=${(event: Event) => this.#onPeriod('to', event)}
          />
        </div>
      </div>
      ${this.#list.render({
        // Reloading (a status change, another filter) keeps what is on screen until the answer is in.
        pending: () =>
          this.#list.value
            ? this.#renderItems(this.#list.value, true)
            : html`<p class="notice" part="notice" role="status">${msg.msg('loading')}</p>`,
        error: (error) => this.#renderError(error, () => void this.#list.run()),
        complete: (list) => (list ? this.#renderItems(list) : nothing),
      })}`;
  }

  #renderItems(list: ApplicationList, busy = false): TemplateResult {
    const msg = this.#localize;
    if (list.total === 0) {
      const filtered = this.statusFilter || this.submittedFrom || this.submittedTo;
      return html`<p class="notice" part="notice">${msg.msg(filtered ? 'emptyFiltered' : 'empty')}</p>`;
    }
    const pages = Math.max(1, Math.ceil(list.total / list.pageSize));
    const locale = msg.locale;
    return html`<p class="hint">${msg.msg('total', list.total)}</p>
      <ul class="items" aria-busy=${busy ? 'true' : 'false'}>
        ${list.items.map(
          (item) =>
            html`<li class="item card" part="item">
              <button type="button" class="link" data-id=${item.id} @click=${() => this.#open(item.id)}>
                ${msg.msg('open', item.number)}
              </button>
              <span class="service">${item.service.title}</span>
              ${this.#badge(item.status)}
              <span class="hint">${msg.msg('changed', formatDate(locale, Date.parse(item.statusChangedAt)))}</span>
            </li>`,
        )}
      </ul>
      ${
        pages > 1
          ? html`<nav class="pager" part="pager" aria-label=${msg.msg('page', list.page, pages)}>
              <button
                type="button"
                class="button secondary"
                ?disabled=${list.page <= 1}
                @click=${() => (this.page -= 1)}
              >
                ${msg.msg('previous')}
              </button>
              <span>${msg.msg('page', list.page, pages)}</span>
              <button
                type="button"
                class="button secondary"
                ?disabled=${list.page >= pages}
                @click=${() => (this.page += 1)}
              >
                ${msg.msg('next')}
              </button>
            </nav>`
          : nothing
      }`;
  }

  #badge(status: ApplicationStatus): TemplateResult {
    return html`<span class="badge ${toneOf(status)}" part="badge">${this.#localize.msg('status', status)}</span>`;
  }

  #renderError(error: unknown, retry: () => void): TemplateResult {
    const msg = this.#localize;
    const detail = error instanceof ApiError ? error.message : '';
    return html`<div class="notice error" part="notice" role="alert">
      <p>${this.offline ? msg.msg('offline') : msg.msg('error')} ${detail}</p>
      <button type="button" class="button secondary" @click=${retry}>${msg.msg('retry')}</button>
    </div>`;
  }

  #renderDetail(): TemplateResult {
    const msg = this.#localize;
    return html`<div class="detail" part="detail">
      <button type="button" class="link" @click=${this.#close}>← ${msg.msg('back')}</button>
      ${this.#detail.render({
        // Reloading the same application keeps it on screen (and the focus where it is) until the answer is in.
        pending: () =>
          this.#detail.value?.id === this.applicationId && this.#detail.value
            ? this.#renderApplication(this.#detail.value)
            : html`<p class="notice" part="notice" role="status">${msg.msg('loadingOne')}</p>`,
        error: (error) => this.#renderError(error, () => void this.#detail.run()),
        complete: (application) => (application ? this.#renderApplication(application) : nothing),
      })}
    </div>`;
  }

  #renderApplication(application: Application): TemplateResult {
    const msg = this.#localize;
    const locale = msg.locale;
    const stage = stageOf(application.status);
    return html`<h3 tabindex="-1">${msg.msg('open', application.number)}</h3>
      <p>${application.service.title}</p>
      <p class="hint">
        ${application.department.title} ·
        ${msg.msg('submitted', formatDate(locale, Date.parse(application.submittedAt)))}
      </p>
      <p>${this.#badge(application.status)}</p>
      ${
        application.rejectionReason
          ? html`<div class="notice error">
              <p><strong>${msg.msg('reason')}:</strong> ${application.rejectionReason}</p>
            </div>`
          : nothing
      }
      <h4>${msg.msg('progress')}</h4>
      <ol class="progress" part="progress">
        ${STAGES.map(
          (name, index) =>
            html`<li
              class=${index < stage ? 'done' : index === stage ? 'current' : 'todo'}
              aria-current=${index === stage ? 'step' : 'false'}
            >
              ${msg.msg('stage', name)}${index === stage ? html`<span class="visually-hidden"> (${msg.msg('current')})</span>` : nothing}
            </li>`,
        )}
      </ol>
      ${this.#renderRequests(application)}
      ${
        application.result
          ? html`<p>
                <button type="button" class="button" @click=${() => this.#download(application)}>
                  ${msg.msg('result')}
                </button>
              </p>
              ${this.#renderActionError('download')}`
          : nothing
      }
      <h4>${msg.msg('history')}</h4>
      <ol class="history" part="history" reversed>
        ${[...application.history].reverse().map(
          (entry) =>
            html`<li>
              <span class="hint">${formatDate(locale, Date.parse(entry.at))}</span> ${this.#badge(entry.status)}
              ${entry.comment ? html`<p>${entry.comment}</p>` : nothing}
              <p class="hint">${entry.author}</p>
            </li>`,
        )}
      </ol>
      ${application.cancellable ? this.#renderCancel(application) : nothing}${this.#renderActionError('cancel')}`;
  }

  #renderRequests(application: Application): TemplateResult | typeof nothing {
    const msg = this.#localize;
    const open = application.requiredDocuments.filter((request) => !request.fulfilled);
    if (open.length === 0) return nothing;
    return html`<h4>${msg.msg('requested')}</h4>
      ${open.map((request) => {
        const mb = Math.round(request.maxBytes / 1024 / 1024);
        const types = request.mediaTypes.map((type) => TYPE_NAMES[type] ?? type).join(', ');
        const error = this.uploadErrors[request.id];
        const progress = this.uploadProgress[request.id];
        const percent = Math.round((progress ?? 0) * 100);
        return html`<form
          class="card field upload ${this.dropTarget === request.id ? 'dropping' : ''}"
          data-request=${request.id}
          @submit=${(event: Event) => this.#upload(event, application, request.id)}
          @dragover=${(event: DragEvent) => this.#onDragOver(event, request.id)}
          @dragleave=${() => (this.dropTarget = undefined)}
          @drop=${(event: DragEvent) => this.#onDrop(event, request.id)}
        >
          <p>
            <strong>${request.document.title}</strong>
            ${msg.msg('due', formatDate(msg.locale, Date.parse(request.dueAt)))}
          </p>
          ${request.description ? html`<p class="hint">${request.description}</p>` : nothing}
          <label for=${`file-${request.id}`}>${msg.msg('chooseFile', request.document.title)}</label>
          <input
            id=${`file-${request.id}`}
            name="file"
            type="file"
            accept=${request.mediaTypes.join(',')}
            aria-describedby=${`hint-${request.id} error-${request.id}`}
            aria-invalid=${error ? 'true' : 'false'}
            data-max=${request.maxBytes}
            data-types=${request.mediaTypes.join(',')}
            @change=${(event: Event) => this.#checkChosen(event.target as HTMLInputElement, request.id)}
          />
          <p class="hint" id=${`hint-${request.id}`}>${msg.msg('fileHint', types, mb)} ${msg.msg('dropHint')}</p>
          <p class="message-error" id=${`error-${request.id}`} role="alert">${error ?? ''}</p>
          ${
            progress !== undefined
              ? html`<progress max="100" value=${percent} aria-label=${msg.msg('uploading', percent)}></progress>`
              : nothing
          }
          <div>
            <button type="submit" class="button" ?disabled=${progress !== undefined}>
              ${msg.msg(this.#uploadKeys.has(request.id) ? 'uploadAgain' : 'upload')}
            </button>
          </div>
        </form>`;
      })}`;
  }

  #setUploadError(requestId: string, message: string | undefined): void {
    this.uploadErrors = withEntry(this.uploadErrors, requestId, message);
  }

  #setUploadProgress(requestId: string, share: number | undefined): void {
    this.uploadProgress = withEntry(this.uploadProgress, requestId, share);
  }

  /** What is wrong with the chosen file before it goes anywhere, or undefined if nothing is. */
  #fileProblem(input: HTMLInputElement): string | undefined {
    const msg = this.#localize;
    const file = input.files?.[0];
    if (!file) return msg.msg('fileNone');
    const maxBytes = Number(input.dataset['max']);
    const types = (input.dataset['types'] ?? '').split(',');
    const check = checkFile(file, types, maxBytes);
    if (check.ok) return undefined;
    const mb = Math.round(maxBytes / 1024 / 1024);
    if (check.problem === 'size') return msg.msg('fileSize', mb);
    if (check.problem === 'empty') return msg.msg('fileEmpty');
    return msg.msg('fileType', types.map((type) => TYPE_NAMES[type] ?? type).join(', '));
  }

  /** A file was chosen or dropped: say at once if it will not do. */
  #checkChosen(input: HTMLInputElement, requestId: string): void {
    this.#setUploadError(requestId, input.files?.length ? this.#fileProblem(input) : undefined);
  }

  #onDragOver(event: DragEvent, requestId: string): void {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    this.dropTarget = requestId;
  }

  #onDrop(event: DragEvent, requestId: string): void {
    this.dropTarget = undefined;
    const files = event.dataTransfer?.files;
    if (!files?.length) return;
    event.preventDefault();
    const input = (event.currentTarget as HTMLFormElement).querySelector<HTMLInputElement>('input[type=file]');
    if (!input) return;
    input.files = files;
    this.#checkChosen(input, requestId);
    input.focus();
  }

  async #upload(event: Event, application: Application, requestId: string): Promise<void> {
    event.preventDefault();
    const input = (event.currentTarget as HTMLFormElement).querySelector<HTMLInputElement>('input[type=file]');
    const file = input?.files?.[0];
    const api = this.#api;
    if (!input || !api) return;
    const problem = this.#fileProblem(input);
    if (problem || !file) {
      this.#setUploadError(requestId, problem);
      input.focus();
      return;
    }
    // A retry of the same file keeps its key: if the last attempt did reach the cabinet, it is not stored twice.
    const previous = this.#uploadKeys.get(requestId);
    const key = previous?.file === file ? previous.key : crypto.randomUUID();
    this.#uploadKeys.set(requestId, { file, key });
    this.#setUploadError(requestId, undefined);
    this.#setUploadProgress(requestId, 0);
    try {
      await api.upload(application.id, requestId, file, {
        idempotencyKey: key,
        onProgress: (share) => this.#setUploadProgress(requestId, share),
      });
      this.#uploadKeys.delete(requestId);
      this.announcement = this.#localize.msg('uploadedLive', file.name);
      this.#refresh();
      this.#focusHeading();
    } catch (error) {
      // A refusal is the cabinet's final word on this file; only an unanswered upload is worth the same key again.
      if (isRefusal(error)) this.#uploadKeys.delete(requestId);
      this.#setUploadError(requestId, this.#failure(error));
      input.focus();
    } finally {
      this.#setUploadProgress(requestId, undefined);
    }
  }

  /** A failure as the citizen should read it: the cabinet's own explanation, or what to do when it is unreachable. */
  #failure(error: unknown): string {
    const msg = this.#localize;
    if (this.offline) return msg.msg('offline');
    if (isRefusal(error)) return error.message;
    return msg.msg('failed');
  }

  #renderActionError(action: 'cancel' | 'download'): TemplateResult | typeof nothing {
    const error = this.actionError;
    return error?.action === action ? html`<p class="message-error" role="alert">${error.message}</p>` : nothing;
  }

  async #download(application: Application): Promise<void> {
    const api = this.#api;
    if (!api || !application.result) return;
    this.actionError = undefined;
    try {
      const blob = await api.result(application.id);
      const url = URL.createObjectURL(blob);
      const link = Object.assign(document.createElement('a'), { href: url, download: application.result.fileName });
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (error) {
      this.actionError = {
        action: 'download',
        message: `${this.#localize.msg('downloadFailed')} ${this.#failure(error)}`,
      };
    }
  }

  #renderCancel(application: Application): TemplateResult {
    const msg = this.#localize;
    if (!this.confirmingCancel) {
      return html`<p>
        <button type="button" class="button secondary" data-action="cancel" @click=${this.#askToCancel}>
          ${msg.msg('cancel')}
        </button>
      </p>`;
    }
    return html`<div
      class="card"
      role="group"
      aria-labelledby="cancel-question"
      @keydown=${(event: KeyboardEvent) => event.key === 'Escape' && this.#keep()}
    >
      <p id="cancel-question">${msg.msg('cancelConfirm')}</p>
      <button type="button" class="button" data-action="confirm-cancel" @click=${() => this.#cancel(application)}>
        ${msg.msg('cancelYes')}
      </button>
      <button type="button" class="button secondary" data-action="keep" @click=${this.#keep}>
        ${msg.msg('cancelNo')}
      </button>
    </div>`;
  }

  readonly #askToCancel = (): void => {
    this.confirmingCancel = true;
    this.actionError = undefined;
    // The safe answer first: Enter on the focused button keeps the application.
    this.#focusAfterUpdate('[data-action="keep"]');
  };

  readonly #keep = (): void => {
    this.confirmingCancel = false;
    this.#focusAfterUpdate('[data-action="cancel"]');
  };

  async #cancel(application: Application): Promise<void> {
    this.confirmingCancel = false;
    try {
      await this.#api?.cancel(application.id);
      this.announcement = this.#localize.msg('cancelledLive', application.number);
      this.#refresh();
      this.#focusHeading();
    } catch (error) {
      this.actionError = { action: 'cancel', message: `${this.#localize.msg('cancelFailed')} ${this.#failure(error)}` };
      this.#focusAfterUpdate('[data-action="cancel"]');
    }
  }

  #onPeriod(end: 'from' | 'to', event: Event): void {
    // A date typed half-way reads as '' until it is complete: the list then waits for a whole date.
    const value = (event.target as HTMLInputElement).value;
    if (end === 'from') this.submittedFrom = value;
    else this.submittedTo = value;
    this.page = 1;
  }

  #onFilter(event: Event): void {
    this.statusFilter = (event.target as HTMLSelectElement).value as ApplicationStatus | '';
    this.page = 1;
  }
}

/** The cabinet answered and said no (4xx): its message says why, and sending the same again would not help. */
function isRefusal(error: unknown): error is ApiError {
  return error instanceof ApiError && error.status >= 400 && error.status < 500;
}

/** A copy of `record` with `key` set to `value`, or without `key` when `value` is undefined. */
function withEntry<T>(record: Readonly<Record<string, T>>, key: string, value: T | undefined): Record<string, T> {
  const others = Object.entries(record).filter(([name]) => name !== key);
  return Object.fromEntries(value === undefined ? others : [...others, [key, value]]);
}

function clampPageSize(size: number): number {
  return Number.isInteger(size) ? Math.min(50, Math.max(1, size)) : 10;
}
