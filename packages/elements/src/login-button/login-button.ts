import type { SessionEndReason, SessionError, SessionHandle, SessionState } from '@gos-elements/core';
import { sessionFor } from '@gos-elements/core/session/session';
import { levelAtLeast } from '@gos-elements/core/session/user';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { GosElement } from '../internal/gos-element.js';
import { sessionOptionsOf } from '../internal/page-session.js';
import { LocalizeController } from '../internal/localize.js';
import { buttonStyles } from '../styles/button.styles.js';
import { dialogStyles } from '../styles/dialog.styles.js';
import { countdown, idleMilestone, isBusy, toLevel, toMode } from './login-button.logic.js';
import { messages } from './login-button.messages.js';
import { styles } from './login-button.styles.js';

export type { LoginButtonMode } from './login-button.logic.js';
export type * from './login-button.events.js';

/** Session events and the element events they become. */
const RELAYED = { login: 'gos-login', logout: 'gos-logout', expired: 'gos-session-expired', error: 'gos-error' };

/**
 * «Войти через Госуслуги»: signs the citizen in with the identity provider of the page's `<gos-config>` (OpenID
 * Connect, authorization code + PKCE) and shows who is signed in — «Иванов И. И.», the account level, and a panel
 * with the level explained, the sign-in journal and «Выйти». The person returns to the exact page they started from.
 *
 * Every `<gos-login-button>` of a page shares one session (and the page's tabs keep theirs in step). Tokens never
 * leave the session: events carry the person's name and level, never a token.
 *
 * @tagname gos-login-button
 * @summary Sign-in with Gosuslugi: the button, the signed-in person and level, sign-out, idle-timeout warning.
 *
 * @fires gos-login - Signed in: `detail: { user, via }`; `via` is `redirect`, `popup`, `restore` (a reload) or
 *   `other-tab`. `user`: `{ sub, familyName, givenName, middleName?, shortName, accountLevel, amr }`.
 * @fires gos-logout - Signed out: `detail: { via }`, `user` (here) or `other-tab`.
 * @fires gos-session-expired - The session ended by itself: `detail: { reason }`, `idle`, `expired` or `revoked`.
 * @fires gos-error - Sign-in or sign-out failed: `detail: { code, detail? }`; `code` is `unavailable`,
 *   `popup-closed`, `denied`, `callback` or `config`.
 *
 * @csspart button - The main button: «Войти через Госуслуги», or the signed-in person that opens the panel.
 * @csspart name - The person's short name.
 * @csspart badge - The account level on the button.
 * @csspart panel - The panel under the signed-in button.
 * @csspart level - The account level explained, in the panel.
 * @csspart journal-link - «Журнал входов».
 * @csspart logout-button - «Выйти».
 * @csspart error - Why sign-in failed, with the retry button.
 * @csspart retry-button - «Повторить».
 * @csspart notice - A session that ended by itself; the account level a page requires.
 * @csspart upgrade-link - How to raise the account level.
 * @csspart dialog - The idle-timeout warning.
 * @csspart continue-button - «Продолжить работу» in the warning.
 *
 * @cssprop --gos-login-button-bg - Button background. Default: `--gos-color-primary` (transparent for `secondary`).
 * @cssprop --gos-login-button-color - Button text. Default: `--gos-color-on-primary` (primary for `secondary`).
 * @cssprop --gos-login-button-border-color - Button border. Default: the background (current colour for `secondary`).
 * @cssprop --gos-login-button-radius - Button corner radius. Default: `--gos-radius`.
 * @cssprop --gos-login-button-font-size - Text size. Default: `--gos-font-size`.
 */
export class GosLoginButtonElement extends GosElement {
  static override styles = [GosElement.styles, buttonStyles, dialogStyles, styles];

  readonly #localize = new LocalizeController(this, messages);

  @query('.main') private readonly mainButton?: HTMLButtonElement;
  @query('dialog') private readonly dialog?: HTMLDialogElement;

  @state() private panelOpen = false;
  /** Why the last session ended by itself, shown until the next sign-in. */
  @state() private ended?: SessionEndReason;
  /** A failure the element found itself (no configuration), shown like the session's errors. */
  @state() private localError?: SessionError;
  @state() private announcement = '';

  #subscribed?: SessionHandle;
  #ticker?: ReturnType<typeof setInterval>;
  #secondsLeft = 0;

  /** `redirect` (default): the page goes to Gosuslugi and comes back; `popup`: sign-in in a window over the page. */
  @property() mode = 'redirect';

  /** `small`, `medium` (default) or `large`. */
  @property({ reflect: true }) size = 'medium';

  /** `primary` (default; filled) or `secondary` (outlined, for dark or busy headers). */
  @property({ reflect: true }) variant = 'primary';

  /**
   * The account level this page's services need: `standard` or `confirmed`. A person below it sees what the level
   * means and how to raise it.
   */
  @property({ attribute: 'required-level' }) requiredLevel?: string;

  /** Address of the sign-in journal; «Журнал входов» is in the panel when set. */
  @property({ attribute: 'journal-href' }) journalHref?: string;

  /** Address of instructions for raising the account level, linked from the required-level notice. */
  @property({ attribute: 'upgrade-href' }) upgradeHref?: string;

  /**
   * The session to show. By default the page's shared session with the `<gos-config>` issuer and client id; set
   * it to use another (tests, stories, a host that builds its own with `sessionFor`).
   */
  @property({ attribute: false }) session?: SessionHandle;

  get #session(): SessionHandle | undefined {
    if (this.session) return this.session;
    const options = sessionOptionsOf(this.gosConfig);
    return options && sessionFor(options);
  }

  get #state(): SessionState {
    const local = this.localError;
    return local ? { status: 'error', error: local } : (this.#subscribed?.state ?? { status: 'signed-out' });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('keydown', this.#onKeydown);
    this.addEventListener('focusout', this.#onFocusout);
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#subscribe(undefined);
    this.#stopTicker();
    document.removeEventListener('pointerdown', this.#onOutside);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#subscribe(this.#session);
  }

  #subscribe(session: SessionHandle | undefined): void {
    if (session === this.#subscribed) return;
    for (const type of ['change', ...Object.keys(RELAYED)]) {
      this.#subscribed?.removeEventListener(type, this.#onSessionEvent);
      session?.addEventListener(type, this.#onSessionEvent);
    }
    this.#subscribed = session;
    if (session) this.localError = undefined;
  }

  readonly #onSessionEvent = (event: Event): void => {
    const { type } = event;
    const detail = (event as CustomEvent<unknown>).detail;
    if (type === 'login') this.ended = undefined;
    if (type === 'expired') this.ended = (detail as { reason: SessionEndReason }).reason;
    if (type !== 'change') this.#fire(RELAYED[type as keyof typeof RELAYED], detail);
    // Signing in or out swaps the button for another: keep the focus on whichever is there now.
    if (this.shadowRoot?.activeElement === this.mainButton)
      void this.updateComplete.then(() => this.mainButton?.focus());
    this.requestUpdate();
  };

  #fire(type: string, detail: unknown): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  #signIn(): void {
    if (isBusy(this.#state.status)) return;
    this.ended = undefined;
    const session = this.#subscribed;
    if (!session) {
      this.localError = { code: 'config' };
      this.#fire('gos-error', this.localError);
      return;
    }
    void session.signIn({ mode: toMode(this.mode) });
  }

  #retry(): void {
    if (this.localError) this.#signIn();
    else void this.#subscribed?.retry();
  }

  #signOut(): void {
    this.panelOpen = false;
    void this.#subscribed?.signOut();
  }

  #togglePanel(): void {
    this.panelOpen = !this.panelOpen;
    if (this.panelOpen) document.addEventListener('pointerdown', this.#onOutside);
    else document.removeEventListener('pointerdown', this.#onOutside);
  }

  #closePanel(returnFocus: boolean): void {
    if (!this.panelOpen) return;
    this.#togglePanel();
    if (returnFocus) this.mainButton?.focus();
  }

  readonly #onOutside = (event: Event): void => {
    if (!event.composedPath().includes(this)) this.#closePanel(false);
  };

  readonly #onKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && this.panelOpen) {
      event.stopPropagation();
      this.#closePanel(true);
    }
  };

  readonly #onFocusout = (event: FocusEvent): void => {
    const next = event.relatedTarget as Node | null;
    if (next && !this.contains(next) && !this.shadowRoot?.contains(next)) this.#closePanel(false);
  };

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const deadline = this.#state.idleDeadline;
    const dialog = this.dialog;
    if (!dialog) return;
    if (deadline !== undefined && !dialog.open) {
      dialog.showModal();
      dialog.querySelector<HTMLElement>('[part="continue-button"]')?.focus();
      this.#secondsLeft = countdown(deadline, Date.now()).seconds;
      // Chrome closes a dialog whose cancel was refused twice in a row; reopening it must not add a second ticker.
      clearInterval(this.#ticker);
      this.#ticker = setInterval(() => this.#tick(), 1000);
    } else if (deadline === undefined && dialog.open) {
      dialog.close();
    }
    if (deadline === undefined) this.#stopTicker();
  }

  #tick(): void {
    const deadline = this.#state.idleDeadline;
    if (deadline === undefined) return;
    const { seconds } = countdown(deadline, Date.now());
    const milestone = idleMilestone(this.#secondsLeft, seconds);
    this.#secondsLeft = seconds;
    if (milestone) this.announcement = this.#localize.msg('idleLeft', milestone);
    this.requestUpdate();
  }

  #stopTicker(): void {
    clearInterval(this.#ticker);
    this.#ticker = undefined;
    this.announcement = '';
  }

  #extend(): void {
    this.#subscribed?.extend();
  }

  protected override render(): TemplateResult {
    const { status, user, error, idleDeadline } = this.#state;
    const msg = this.#localize;
    const required = toLevel(this.requiredLevel);
    return html`<div class="surface" lang=${msg.lang}>
      ${user && status !== 'signing-out' ? this.#renderAccount(user.shortName, user.accountLevel) : this.#renderSignIn(status)}
      ${
        error
          ? html`<div class="box error" part="error" role="alert">
              <p>${msg.msg('error', error.code)}</p>
              <div>
                <button type="button" class="button secondary" part="retry-button" @click=${this.#retry}>
                  ${msg.msg('retry')}
                </button>
              </div>
            </div>`
          : nothing
      }
      ${
        user && required && !levelAtLeast(user.accountLevel, required)
          ? html`<div class="box" part="notice">
              <p>${msg.msg('required', required)}</p>
              ${this.upgradeHref ? html`<a part="upgrade-link" href=${this.upgradeHref}>${msg.msg('upgrade')}</a>` : nothing}
            </div>`
          : nothing
      }
      <div role="status">
        ${this.ended && !user ? html`<p class="box" part="notice">${msg.msg('ended', this.ended)}</p>` : nothing}
      </div>
      <dialog
        part="dialog"
        role="alertdialog"
        aria-labelledby="idle-title"
        aria-describedby="idle-text"
        @cancel=${this.#onDialogCancel}
      >
        <h2 id="idle-title" class="title">${msg.msg('idleTitle')}</h2>
        <p id="idle-text">${msg.msg('idleText')}</p>
        <p>
          ${msg.msg('idleEndsIn')}
          <span class="time">${idleDeadline ? countdown(idleDeadline, Date.now()).text : ''}</span>
        </p>
        <p class="visually-hidden" role="status">${this.announcement}</p>
        <div class="actions">
          <button type="button" class="button" part="continue-button" @click=${this.#extend}>
            ${msg.msg('continue')}
          </button>
          <button type="button" class="button secondary" @click=${this.#signOut}>${msg.msg('signOut')}</button>
        </div>
      </dialog>
    </div>`;
  }

  readonly #onDialogCancel = (event: Event): void => {
    // Escape keeps the session: the least surprising reading of "close this warning".
    event.preventDefault();
    this.#extend();
  };

  #renderSignIn(status: SessionState['status']): TemplateResult {
    const msg = this.#localize;
    const busy = isBusy(status);
    const label = busy
      ? msg.msg(status === 'signing-out' ? 'signingOut' : status === 'restoring' ? 'restoring' : 'signingIn')
      : msg.msg('signIn');
    return html`<button
      type="button"
      class="button main"
      part="button"
      aria-disabled=${busy ? 'true' : 'false'}
      @click=${this.#signIn}
    >
      ${busy ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}${label}
    </button>`;
  }

  #renderAccount(shortName: string, level: Parameters<typeof levelAtLeast>[0]): TemplateResult {
    const msg = this.#localize;
    return html`<button
        type="button"
        class="button main"
        part="button"
        aria-expanded=${this.panelOpen ? 'true' : 'false'}
        aria-controls="panel"
        @click=${this.#togglePanel}
      >
        <span part="name">${shortName}</span><span class="visually-hidden">, ${msg.msg('accountOf')}:</span>
        <span class="badge" part="badge">${msg.msg('level', level)}</span>
      </button>
      <div id="panel" class="panel" part="panel" ?hidden=${!this.panelOpen}>
        <p part="level">${msg.msg('about', level)}</p>
        ${this.journalHref ? html`<a part="journal-link" href=${this.journalHref}>${msg.msg('journal')}</a>` : nothing}
        <div>
          <button type="button" class="button secondary" part="logout-button" @click=${this.#signOut}>
            ${msg.msg('signOut')}
          </button>
        </div>
      </div>`;
  }
}
