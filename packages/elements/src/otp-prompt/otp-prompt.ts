import { formatDate } from '@gos-elements/core/i18n/format';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { live } from 'lit/directives/live.js';
import { GosElement } from '../internal/gos-element.js';
import { LocalizeController } from '../internal/localize.js';
import { controlStyles } from '../styles/controls.styles.js';
import type { GosOtpFactorDetail, GosOtpSubmitDetail } from './otp-prompt.events.js';
import {
  codeLength,
  crossedMilestone,
  extractPastedCode,
  formatCountdown,
  inputMaxLength,
  isComplete,
  isDigitFactor,
  isSentFactor,
  maskDestination,
  normalizeCode,
  otherFactors,
  otpPhase,
  remainingSeconds,
  sameLocalDay,
  sanitizeTyped,
  toFactor,
  toTimestamp,
  type OtpFactor,
  type OtpPhase,
} from './otp-prompt.logic.js';
import { messages } from './otp-prompt.messages.js';
import { styles } from './otp-prompt.styles.js';
import { listenForSmsCode, webOtpSupported } from './web-otp.js';

export type { OtpFactor } from './otp-prompt.logic.js';
export type {
  GosOtpFactorDetail,
  GosOtpResendEvent,
  GosOtpSubmitDetail,
  GosOtpSubmitEvent,
  GosOtpSwitchEvent,
} from './otp-prompt.events.js';

/** A point in time as the time attributes take it: ISO 8601 text, or ms since the epoch (number or digits). */
export type OtpTime = string | number;

const LABEL_KEYS = { sms: 'labelSms', email: 'labelEmail', totp: 'labelTotp', backup: 'labelBackup' } as const;
const SWITCH_KEYS = { sms: 'switchSms', email: 'switchEmail', totp: 'switchTotp', backup: 'switchBackup' } as const;

/**
 * One-time-code prompt for the second step of sign-in, registration and confirmations: a code from an SMS, an
 * e-mail, an authenticator app, or a backup code. It shows where the code went (masked), how long it stays valid,
 * when a new one may be requested, how many attempts are left, and the lockout time; it offers other factors.
 *
 * The element only talks through events: `gos-otp-submit` when the citizen enters a whole code (typed, pasted,
 * or delivered by WebOTP — auto-submit on the last character unless `no-auto-submit`, and on Enter),
 * `gos-otp-resend` and `gos-otp-switch`. The page (or the SDK) answers by setting attributes: `busy` while it
 * checks, then `error` and `attempts-left`, or new `expires-at` / `resend-available-at` after a resend.
 * Events are fired on user actions only, never for attribute or property changes.
 *
 * It is form-associated: inside a `<form>` its `name` carries the code, and unless `gos-otp-submit` is canceled the
 * form is submitted (`requestSubmit()`), so a server-rendered page needs no script of its own.
 *
 * @tagname gos-otp-prompt
 * @summary One-time-code prompt: SMS, e-mail, app or backup code, with expiry, resend cooldown, attempts and lockout.
 *
 * @fires gos-otp-submit - The citizen entered a whole code (typing the last character, pasting, WebOTP, Enter).
 *   `detail: { code, factor }`, `code` normalised (digits only; backup codes upper case without separators).
 *   Cancelable: `preventDefault()` stops the enclosing form from being submitted.
 * @fires gos-otp-resend - The citizen asked for a new code (only once the cooldown is over). `detail: { factor }`.
 * @fires gos-otp-switch - The citizen chose another factor from «Другой способ». `detail: { factor }`; set `factor`
 *   (and the times) to switch.
 *
 * @csspart base - The wrapper of everything the element renders.
 * @csspart label - The label of the code field.
 * @csspart hint - The hint under the label: where the code was sent, or where to find it.
 * @csspart input - The code field.
 * @csspart status - The line under the field: the expiry countdown, the expiry message, the busy indicator.
 * @csspart error - The error area: the server's message, attempts left, exhausted attempts, lockout.
 * @csspart resend-hint - «Новый код можно получить через 0:42».
 * @csspart resend-button - «Получить новый код».
 * @csspart switch-button - «Другой способ», which shows the other factors.
 * @csspart switch-option - Each other factor's button.
 *
 * @cssprop --gos-otp-prompt-gap - Space between the blocks of the prompt. Default: `--gos-space-3`.
 * @cssprop --gos-otp-prompt-radius - Corner radius of the field and buttons. Default: `--gos-radius`.
 * @cssprop --gos-otp-prompt-input-font-size - Size of the code's characters. Default: `--gos-font-size-large`.
 * @cssprop --gos-otp-prompt-input-border-color - Border of the code field. Default: `--gos-color-border`.
 * @cssprop --gos-otp-prompt-muted-color - Hint and countdown text. Default: `--gos-color-muted`.
 * @cssprop --gos-otp-prompt-error-color - Error text and the invalid field's border. Default: `--gos-color-error`.
 */
export class GosOtpPromptElement extends GosElement {
  static override styles = [GosElement.styles, controlStyles, styles];
  static readonly formAssociated = true;
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  readonly #localize = new LocalizeController(this, messages);

  @query('#code') private readonly input?: HTMLInputElement;
  @query('.switch-toggle') private readonly switchToggle?: HTMLButtonElement;

  /** The client-side message (incomplete code), shown like a server error until the citizen edits the field. */
  @state() private localError?: string;
  /** The text for the polite live region: countdown milestones and the busy notice only. */
  @state() private announcement = '';
  @state() private switchOpen = false;
  @state() private formDisabled = false;

  /** Bumped whenever an error is (re)shown, so the same text is announced again. */
  #errorSerial = 0;
  /** Bumped with every announcement, for the same reason. */
  #announceSerial = 0;
  #now = Date.now();
  #lastExpiryRemaining?: number;
  #lastResendRemaining?: number;
  #timer?: ReturnType<typeof setInterval>;
  #stopListening?: () => void;
  #webOtpWanted = true;

  /** How the code reaches the citizen: `sms`, `email`, `totp` (authenticator app) or `backup` (backup code). */
  @property() factor: OtpFactor = 'sms';

  /**
   * Where the code was sent: a phone number for `sms`, an e-mail address for `email`. Shown masked
   * (`+7 (***) ***-45-67`, `i***@mail.ru`); a value that is already masked (contains `*`) is shown as is.
   */
  @property() destination?: string;

  /** Characters in a code, separators not counted. Default 6 (8 for `backup` codes such as `1234-5678`). */
  @property({ type: Number }) length?: number;

  /** When the code expires: ISO 8601 time or ms since the epoch. Shows a live countdown; then an expiry message. */
  @property({ attribute: 'expires-at' }) expiresAt?: OtpTime;

  /**
   * When a new code may be requested (ISO 8601 or ms). Until then «Получить новый код» stays focusable but
   * `aria-disabled`, with a countdown next to it. Only for `sms` and `email`.
   */
  @property({ attribute: 'resend-available-at' }) resendAvailableAt?: OtpTime;

  /** Attempts left for the current code: «Осталось 2 попытки». At 0 the field is read-only until a new code. */
  @property({ type: Number, attribute: 'attempts-left' }) attemptsLeft?: number;

  /** Locked until this time (ISO 8601 or ms): «Слишком много попыток. Повторите после 12:45»; the field is read-only. */
  @property({ attribute: 'locked-until' }) lockedUntil?: OtpTime;

  /** The other enabled factors, space-separated (e.g. `"email totp backup"`): offered under «Другой способ». */
  @property() factors?: string;

  /** The code is being checked: the field keeps focus but is read-only, `aria-busy`, and «Проверяем код…» shows. */
  @property({ type: Boolean }) busy = false;

  /** A message from the server to show (e.g. «Неверный код»); announced at once, the field is marked invalid. */
  @property() error?: string;

  /** The form field name under which the code is submitted with an enclosing `<form>`. */
  @property({ reflect: true }) name?: string;

  /** Do not submit when the last character is typed or a code is pasted; only on Enter. */
  @property({ type: Boolean, attribute: 'no-auto-submit' }) noAutoSubmit = false;

  /**
   * Do not ask the browser for the SMS code (WebOTP, Chrome on Android). For pages that run WebOTP themselves —
   * two requests on one page cancel each other — or that must avoid a browser whose WebOTP is known to misbehave.
   */
  @property({ type: Boolean, attribute: 'no-web-otp' }) noWebOtp = false;

  /** The text in the field (for backup codes as typed, e.g. `1234-5678`). Setting it fires no event. */
  @property({ attribute: false }) value = '';

  /** The code as submitted: digits only; backup codes upper case without separators. */
  get code(): string {
    return normalizeCode(this.#factor, this.value, this.#length);
  }

  /** The enclosing form, if any. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  get #factor(): OtpFactor {
    return toFactor(this.factor);
  }

  get #length(): number {
    return codeLength(this.#factor, this.length);
  }

  get #phase(): OtpPhase {
    return otpPhase({
      now: this.#now,
      lockedUntil: toTimestamp(this.lockedUntil),
      attemptsLeft: this.attemptsLeft ?? undefined,
      expiresAt: toTimestamp(this.expiresAt),
    });
  }

  get #resendWait(): number {
    return remainingSeconds(toTimestamp(this.resendAvailableAt), this.#now);
  }

  get #shownError(): string | undefined {
    return this.localError ?? (this.error?.trim() || undefined);
  }

  // Lifecycle -----------------------------------------------------------------------------------------------------

  override connectedCallback(): void {
    super.connectedCallback();
    this.#webOtpWanted = true;
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopTimer();
    this.#stopWebOtp();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#now = Date.now();
    if (changed.has('factor') && changed.get('factor') !== undefined) {
      // Another factor means another code: what was typed for the previous one is meaningless.
      this.value = '';
      this.localError = undefined;
      this.switchOpen = false;
      this.#webOtpWanted = true;
    }
    if (changed.has('error') || (changed.has('attemptsLeft') && this.error)) this.#errorSerial++;
    if (changed.has('busy') && changed.get('busy') !== undefined)
      this.#announce(this.busy ? this.#localize.msg('busy') : '');
    this.#trackMilestones(changed);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The field is as wide as the code (CSSOM, not a style attribute: allowed under a strict CSP).
    const factor = this.#factor;
    this.input?.style.setProperty('--_otp-length', String(inputMaxLength(factor, this.#length)));
    this.#syncForm();
    this.#syncTimer();
    this.#syncWebOtp();
  }

  /** @internal Called by the browser (form-associated custom element). */
  formResetCallback(): void {
    this.value = '';
    this.localError = undefined;
  }

  /** @internal Called by the browser (form-associated custom element). */
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  /** @internal Called by the browser (form-associated custom element). */
  formStateRestoreCallback(state: unknown): void {
    if (typeof state === 'string') this.value = sanitizeTyped(this.#factor, state, this.#length);
  }

  // Time ----------------------------------------------------------------------------------------------------------

  /** Announces politely when the code passes 60 s, 30 s and expiry, and when resending becomes possible. */
  #trackMilestones(changed: PropertyValues<this>): void {
    if (changed.has('expiresAt')) this.#lastExpiryRemaining = undefined;
    if (changed.has('resendAvailableAt')) this.#lastResendRemaining = undefined;
    const phase = this.#phase;
    const expiresAt = toTimestamp(this.expiresAt);
    let expiredNow = false;
    if (expiresAt !== undefined && (phase === 'ready' || phase === 'expired')) {
      const remaining = remainingSeconds(expiresAt, this.#now);
      const milestone = crossedMilestone(this.#lastExpiryRemaining, remaining);
      this.#lastExpiryRemaining = remaining;
      if (milestone === 0) this.#announce(this.#expiredMessage());
      else if (milestone !== undefined) this.#announce(this.#localize.msg('announceRemaining', milestone));
      expiredNow = milestone === 0;
    }
    if (isSentFactor(this.#factor) && phase !== 'locked' && this.resendAvailableAt !== undefined) {
      const remaining = this.#resendWait;
      const became = crossedMilestone(this.#lastResendRemaining, remaining, [0]) === 0;
      this.#lastResendRemaining = remaining;
      // At expiry the expiry message already says to request a new code.
      if (became && !expiredNow) this.#announce(this.#localize.msg('resendAvailable'));
    }
  }

  /** Says `text` through the polite live region; the same text twice is said twice. */
  #announce(text: string): void {
    this.announcement = text;
    this.#announceSerial++;
  }

  /** Whether something on screen changes with time: a visible countdown, or a lock that will end. */
  #needsTicking(): boolean {
    const phase = this.#phase;
    if (phase === 'locked') return true;
    const expiresAt = toTimestamp(this.expiresAt);
    if (phase === 'ready' && expiresAt !== undefined && expiresAt > this.#now) return true;
    return isSentFactor(this.#factor) && this.#resendWait > 0;
  }

  /** One interval, only while a countdown is visible; cleared on disconnect. */
  #syncTimer(): void {
    const needed = this.isConnected && this.#needsTicking();
    if (needed && this.#timer === undefined) this.#timer = setInterval(() => this.requestUpdate(), 1000);
    else if (!needed) this.#stopTimer();
  }

  #stopTimer(): void {
    if (this.#timer !== undefined) clearInterval(this.#timer);
    this.#timer = undefined;
  }

  // WebOTP --------------------------------------------------------------------------------------------------------

  /**
   * Listens for the SMS with WebOTP (Chrome on Android) when the factor is SMS and the field can take a code: on
   * connect, after switching to SMS and after a resend. Stopped on submit, on disconnect and when leaving SMS.
   */
  #syncWebOtp(): void {
    const usable =
      this.#factor === 'sms' && this.#phase === 'ready' && !this.formDisabled && !this.noWebOtp && this.isConnected;
    if (!usable) {
      this.#stopWebOtp();
      return;
    }
    if (!this.#webOtpWanted || this.#stopListening || !webOtpSupported()) return;
    this.#webOtpWanted = false;
    this.#stopListening = listenForSmsCode((code) => {
      this.#stopListening = undefined;
      this.#accept(extractPastedCode(this.#factor, code, this.#length), { fromUser: true });
    });
  }

  #stopWebOtp(): void {
    this.#stopListening?.();
    this.#stopListening = undefined;
  }

  // Form ----------------------------------------------------------------------------------------------------------

  #syncForm(): void {
    const code = this.code;
    this.internals.setFormValue(code, this.value);
    const phase = this.#phase;
    if (phase !== 'ready') {
      this.internals.setValidity({ customError: true }, this.#phaseMessage(phase), this.input);
    } else if (!isComplete(this.#factor, this.value, this.#length)) {
      this.internals.setValidity(
        code ? { tooShort: true } : { valueMissing: true },
        this.#incompleteMessage(),
        this.input,
      );
    } else {
      this.internals.setValidity({});
    }
  }

  // Handlers ------------------------------------------------------------------------------------------------------

  #onInput(event: InputEvent): void {
    const input = event.target as HTMLInputElement;
    const clean = sanitizeTyped(this.#factor, input.value, this.#length);
    if (clean !== input.value) {
      const caret = sanitizeTyped(this.#factor, input.value.slice(0, input.selectionStart ?? 0), this.#length).length;
      input.value = clean;
      input.setSelectionRange(caret, caret);
    }
    this.#accept(clean, { fromUser: true, typed: true });
  }

  #onPaste(event: ClipboardEvent): void {
    const pasted = event.clipboardData?.getData('text') ?? '';
    const input = event.target as HTMLInputElement;
    event.preventDefault();
    if (this.#inputLocked()) return;
    const code = extractPastedCode(this.#factor, pasted, this.#length);
    // A whole code replaces the field; a fragment goes where the caret is.
    const text = isComplete(this.#factor, code, this.#length)
      ? code
      : sanitizeTyped(
          this.#factor,
          input.value.slice(0, input.selectionStart ?? input.value.length) +
            code +
            input.value.slice(input.selectionEnd ?? input.value.length),
          this.#length,
        );
    input.value = text;
    this.#accept(text, { fromUser: true });
  }

  #onKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Enter' || event.isComposing) return;
    event.preventDefault();
    this.#submit();
  }

  /** Takes new field text; a user's edit that completes the code submits it (unless auto-submit is off). */
  #accept(text: string, { fromUser, typed = false }: { fromUser: boolean; typed?: boolean }): void {
    if (this.#inputLocked()) return;
    const wasComplete = isComplete(this.#factor, this.value, this.#length);
    this.value = text;
    if (this.localError) this.localError = undefined;
    if (!fromUser || this.noAutoSubmit) return;
    // Typing submits on the character that completes the code; a paste or WebOTP delivery submits a whole code.
    const completes = isComplete(this.#factor, text, this.#length) && (!typed || !wasComplete);
    if (completes) this.#submit();
  }

  #inputLocked(): boolean {
    return this.busy || this.formDisabled || this.#phase !== 'ready';
  }

  #submit(): void {
    if (this.#inputLocked()) return;
    if (!isComplete(this.#factor, this.value, this.#length)) {
      this.localError = this.#incompleteMessage();
      this.#errorSerial++;
      return;
    }
    this.localError = undefined;
    this.#stopWebOtp();
    const detail: GosOtpSubmitDetail = { code: this.code, factor: this.#factor };
    const event = new CustomEvent('gos-otp-submit', { detail, bubbles: true, composed: true, cancelable: true });
    if (!this.dispatchEvent(event)) return;
    // The form value is otherwise synced on the next render; the form must submit the code typed just now.
    this.#syncForm();
    this.internals.form?.requestSubmit();
  }

  #onResend(): void {
    if (this.#resendWait > 0 || this.busy || this.formDisabled) return;
    const detail: GosOtpFactorDetail = { factor: this.#factor };
    this.value = '';
    this.localError = undefined;
    this.#webOtpWanted = true;
    this.dispatchEvent(new CustomEvent('gos-otp-resend', { detail, bubbles: true, composed: true }));
    this.input?.focus();
  }

  #onSwitchToggle(): void {
    if (this.busy || this.formDisabled) return;
    this.switchOpen = !this.switchOpen;
  }

  #onSwitchKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || !this.switchOpen) return;
    event.stopPropagation();
    this.switchOpen = false;
    this.switchToggle?.focus();
  }

  #onSwitch(factor: OtpFactor): void {
    if (this.busy || this.formDisabled) return;
    this.switchOpen = false;
    const detail: GosOtpFactorDetail = { factor };
    this.dispatchEvent(new CustomEvent('gos-otp-switch', { detail, bubbles: true, composed: true }));
    this.input?.focus();
  }

  // Messages ------------------------------------------------------------------------------------------------------

  #incompleteMessage(): string {
    return isDigitFactor(this.#factor)
      ? this.#localize.msg('incompleteDigits', this.#length)
      : this.#localize.msg('incompleteBackup', this.#length);
  }

  #expiredMessage(): string {
    return isSentFactor(this.#factor) ? this.#localize.msg('expiredSent') : this.#localize.msg('expiredHeld');
  }

  #phaseMessage(phase: OtpPhase): string {
    switch (phase) {
      case 'locked':
        return this.#localize.msg('locked', this.#formatUnlockTime());
      case 'exhausted':
        return isSentFactor(this.#factor)
          ? this.#localize.msg('exhaustedSent')
          : this.#localize.msg('exhaustedHeld', this.#otherFactors().length > 0);
      case 'expired':
        return this.#expiredMessage();
      case 'ready':
        return '';
    }
  }

  #formatUnlockTime(): string {
    const until = toTimestamp(this.lockedUntil) ?? this.#now;
    const time: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit' };
    const options: Intl.DateTimeFormatOptions = sameLocalDay(until, this.#now)
      ? time
      : { ...time, day: 'numeric', month: 'long' };
    return formatDate(this.#localize.locale, until, options);
  }

  #hint(): string {
    const length = this.#length;
    const destination = maskDestination(this.#factor, this.destination);
    switch (this.#factor) {
      case 'sms':
        return this.#localize.msg('hintSms', length, destination);
      case 'email':
        return this.#localize.msg('hintEmail', length, destination);
      case 'totp':
        return this.#localize.msg('hintTotp', length);
      case 'backup':
        return this.#localize.msg('hintBackup', length, backupExample(length));
    }
  }

  #otherFactors(): OtpFactor[] {
    return otherFactors(this.factors, this.#factor);
  }

  // Render --------------------------------------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const factor = this.#factor;
    const length = this.#length;
    const phase = this.#phase;
    const error = this.#shownError;
    const invalid = error !== undefined;
    const readOnly = this.busy || phase !== 'ready';
    const status = this.#renderStatus(phase, error);
    const errorContent = this.#renderError(phase, error);
    const describedBy = ['hint', status === nothing ? '' : 'status', errorContent === nothing ? '' : 'error']
      .filter(Boolean)
      .join(' ');
    const digits = isDigitFactor(factor);
    return html`<div part="base" class="surface otp" lang=${this.#localize.lang}>
      <div class="field" aria-busy=${this.busy ? 'true' : 'false'}>
        <label part="label" class="label" for="code">${this.#localize.msg(LABEL_KEYS[factor])}</label>
        <p part="hint" id="hint" class="hint">${this.#hint()}</p>
        <input
          part="input"
          id="code"
          class="code"
          type="text"
          autocomplete="one-time-code"
          inputmode=${digits ? 'numeric' : 'text'}
          autocapitalize=${digits ? 'off' : 'characters'}
          spellcheck="false"
          maxlength=${inputMaxLength(factor, length)}
          aria-describedby=${describedBy}
          aria-invalid=${invalid ? 'true' : 'false'}
          ?readonly=${readOnly}
          ?disabled=${this.formDisabled}
          .value=${live(this.value)}
          @input=${this.#onInput}
          @paste=${this.#onPaste}
          @keydown=${this.#onKeydown}
        />
      </div>
      ${status === nothing ? nothing : html`<p part="status" id="status" class="status">${status}</p>`}
      <!-- Always rendered, so that screen readers notice what appears in it. -->
      <div
        part="error"
        id="error"
        class=${errorContent === nothing ? 'message-error empty' : 'message-error'}
        aria-live="assertive"
        aria-atomic="true"
      >
        ${keyed(this.#errorSerial, errorContent)}
      </div>
      <div class="visually-hidden" role="status" aria-live="polite">
        ${keyed(this.#announceSerial, this.announcement)}
      </div>
      ${this.#renderActions(phase)}
    </div>`;
  }

  #renderStatus(phase: OtpPhase, error: string | undefined): TemplateResult | typeof nothing {
    if (this.busy) {
      return html`<span class="spinner decorative" aria-hidden="true"></span
        ><span>${this.#localize.msg('busy')}</span>`;
    }
    if (phase === 'expired') return html`${this.#expiredMessage()}`;
    const expiresAt = toTimestamp(this.expiresAt);
    const lines: string[] = [];
    if (phase === 'ready' && expiresAt !== undefined)
      lines.push(this.#localize.msg('countdown', formatCountdown(remainingSeconds(expiresAt, this.#now))));
    // With an error, attempts left are said in the error area, where they are announced.
    if (phase === 'ready' && !error && this.attemptsLeft != null)
      lines.push(this.#localize.msg('attemptsLeft', this.attemptsLeft));
    return lines.length ? html`${lines.join('. ')}` : nothing;
  }

  #renderError(phase: OtpPhase, error: string | undefined): TemplateResult | typeof nothing {
    const lines: string[] = [];
    if (error) lines.push(error);
    if (phase === 'locked' || phase === 'exhausted') lines.push(this.#phaseMessage(phase));
    else if (error && !this.localError && this.attemptsLeft != null)
      lines.push(this.#localize.msg('attemptsLeft', this.attemptsLeft));
    return lines.length ? html`${lines.map((line) => html`<p>${line}</p>`)}` : nothing;
  }

  #renderActions(phase: OtpPhase): TemplateResult | typeof nothing {
    const canResend = isSentFactor(this.#factor) && phase !== 'locked';
    const others = this.#otherFactors();
    if (!canResend && others.length === 0) return nothing;
    const wait = this.#resendWait;
    const blocked = this.busy || this.formDisabled;
    const resendDisabled = wait > 0 || blocked;
    return html`<div class="actions">
      ${
        canResend
          ? html`<div class="resend">
              ${
                wait > 0
                  ? html`<p part="resend-hint" id="resend-hint" class="hint">
                      ${this.#localize.msg('resendWait', formatCountdown(wait))}
                    </p>`
                  : nothing
              }
              <button
                part="resend-button"
                class="button secondary"
                type="button"
                aria-disabled=${resendDisabled ? 'true' : 'false'}
                aria-describedby=${wait > 0 ? 'resend-hint' : nothing}
                @click=${this.#onResend}
              >
                ${this.#localize.msg('resend')}
              </button>
            </div>`
          : nothing
      }
      ${
        others.length
          ? html`<div class="switch" @keydown=${this.#onSwitchKeydown}>
              <button
                part="switch-button"
                class="button secondary switch-toggle"
                type="button"
                aria-expanded=${this.switchOpen ? 'true' : 'false'}
                aria-controls="switch-list"
                aria-disabled=${blocked ? 'true' : 'false'}
                @click=${this.#onSwitchToggle}
              >
                ${this.#localize.msg('switchToggle')}
              </button>
              <ul
                id="switch-list"
                class="switch-list"
                aria-label=${this.#localize.msg('switchList')}
                ?hidden=${!this.switchOpen}
              >
                ${others.map(
                  (factor) =>
                    html`<li>
                      <button
                        part="switch-option"
                        class="button secondary"
                        type="button"
                        @click=${() => this.#onSwitch(factor)}
                      >
                        ${this.#localize.msg(SWITCH_KEYS[factor])}
                      </button>
                    </li>`,
                )}
              </ul>
            </div>`
          : nothing
      }
    </div>`;
  }
}

/** `1234-5678` for 8 characters: the shape of a backup code, in groups of four. */
function backupExample(length: number): string {
  const digits = Array.from({ length }, (_, i) => String((i + 1) % 10)).join('');
  return digits.match(/.{1,4}/g)?.join('-') ?? digits;
}
