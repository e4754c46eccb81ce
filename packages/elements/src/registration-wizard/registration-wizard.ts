import {
  MAX_UPLOAD_BYTES,
  REGISTRATION_DOCUMENT_SLOTS,
  UPLOAD_MEDIA_TYPES,
  REGISTRIES,
  type ConsentDocument,
  type FieldError,
  type PersonalDataInput,
  type Registration,
  type RegistrationCheckName,
  type RegistrationDocumentSlot,
} from '@gos-elements/contracts';
import type { Locale, LocalizedText } from '@gos-elements/core';
import { ApiError } from '@gos-elements/core/api/problem';
import { RegistrationClient } from '@gos-elements/core/api/registration';
import { formatDate } from '@gos-elements/core/i18n/format';
import { validateBirthDate } from '@gos-elements/core/validators/birth-date';
import { validateEmail } from '@gos-elements/core/validators/email';
import { validateInn } from '@gos-elements/core/validators/inn';
import {
  validateDivisionCode,
  validatePassport,
  validatePassportIssueDate,
} from '@gos-elements/core/validators/passport';
import { checkPassword, PASSWORD_RULES } from '@gos-elements/core/validators/password';
import { validateFirstName, validateLastName, validatePatronymic } from '@gos-elements/core/validators/person-name';
import { validatePhone } from '@gos-elements/core/validators/phone';
import { validateSnils } from '@gos-elements/core/validators/snils';
import { html, nothing, render, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { checkFile } from '../internal/file-check.js';
import { GosElement } from '../internal/gos-element.js';
import { sessionOptionsOf } from '../internal/page-session.js';
import { LocalizeController } from '../internal/localize.js';
import { controlStyles } from '../styles/controls.styles.js';
import { dialogStyles } from '../styles/dialog.styles.js';
import {
  formatTyped,
  parseDraft,
  reachable,
  serializeDraft,
  stepsFor,
  type FormattedField,
  type RegistrationDraft,
  type Step,
} from './registration-wizard.logic.js';
import { messages } from './registration-wizard.messages.js';
import { styles } from './registration-wizard.styles.js';

/** What the wizard needs of the registration API; `RegistrationClient` from `@gos-elements/core` is one. */
export type RegistrationApi = Pick<
  RegistrationClient,
  | 'start'
  | 'get'
  | 'discard'
  | 'confirmContact'
  | 'resendCode'
  | 'setPersonalData'
  | 'lookupInn'
  | 'upload'
  | 'setPassword'
  | 'consentDocument'
  | 'consent'
  | 'startChecks'
  | 'clarify'
  | 'complete'
  | 'watch'
>;

export interface GosRegistrationStepDetail {
  readonly step: Step;
}
export interface GosRegistrationCompleteDetail {
  readonly level: 'simplified' | 'standard';
}
export type GosRegistrationStepEvent = CustomEvent<GosRegistrationStepDetail>;
export type GosRegistrationCompleteEvent = CustomEvent<GosRegistrationCompleteDetail>;

type Validator = (value: string) => { valid: true } | { valid: false; message: LocalizedText };

interface FieldSpec {
  readonly name: string;
  readonly label: keyof typeof messages.ru;
  readonly hint?: keyof typeof messages.ru;
  readonly format?: FormattedField;
  readonly autocomplete?: string;
  readonly inputmode?: 'numeric' | 'tel' | 'email' | 'text';
  readonly type?: 'text' | 'tel' | 'email';
  readonly optional?: boolean;
}

const CONTACT_FIELDS: readonly FieldSpec[] = [
  { name: 'phone', label: 'phone', hint: 'phoneHint', format: 'phone', autocomplete: 'tel', type: 'tel' },
  { name: 'email', label: 'email', hint: 'emailHint', autocomplete: 'email', type: 'email', optional: true },
];

const NAME_FIELDS: readonly FieldSpec[] = [
  { name: 'lastName', label: 'lastName', autocomplete: 'family-name' },
  { name: 'firstName', label: 'firstName', autocomplete: 'given-name' },
  { name: 'middleName', label: 'middleName', autocomplete: 'additional-name', optional: true },
];

const BIRTH_FIELDS: readonly FieldSpec[] = [
  {
    name: 'birthDate',
    label: 'birthDate',
    hint: 'dateHint',
    format: 'date',
    autocomplete: 'bday',
    inputmode: 'numeric',
  },
  { name: 'birthPlace', label: 'birthPlace', hint: 'birthPlaceHint' },
  { name: 'snils', label: 'snils', hint: 'snilsHint', format: 'snils', inputmode: 'numeric' },
  { name: 'inn', label: 'inn', hint: 'innHint', inputmode: 'numeric', optional: true },
];

const PASSPORT_FIELDS: readonly FieldSpec[] = [
  { name: 'passportNumber', label: 'passportNumber', hint: 'passportHint', format: 'passport', inputmode: 'numeric' },
  { name: 'issueDate', label: 'issueDate', hint: 'dateHint', format: 'date', inputmode: 'numeric' },
  { name: 'divisionCode', label: 'divisionCode', hint: 'divisionHint', format: 'division-code', inputmode: 'numeric' },
  { name: 'issuedBy', label: 'issuedBy' },
];

/** Server field names → the wizard's. */
const SERVER_FIELDS: Readonly<Record<string, string>> = {
  'passport.number': 'passportNumber',
  'passport.series': 'passportNumber',
  'passport.issueDate': 'issueDate',
  'passport.divisionCode': 'divisionCode',
  'passport.issuedBy': 'issuedBy',
};

const SLOTS = Object.keys(REGISTRATION_DOCUMENT_SLOTS) as RegistrationDocumentSlot[];

/**
 * The light-DOM password field's look. A style element rather than inline styles so that the host page can restyle
 * it: `:where()` keeps every rule at zero specificity, below any selector of the page. The field inherits the
 * element's private tokens (custom properties inherit into light-DOM children), so themes and low vision apply.
 */
const PASSWORD_FIELD_STYLES = `
:where(gos-registration-wizard > [slot='password']) .gos-password-field { display: grid; gap: var(--_gos-space-1); }
:where(gos-registration-wizard > [slot='password']) label { font-weight: 600; }
:where(gos-registration-wizard > [slot='password']) input {
  min-height: 44px; padding: var(--_gos-space-2) var(--_gos-space-3); font: inherit; letter-spacing: inherit;
  color: var(--_gos-color-on-surface); background: var(--_gos-color-surface);
  border: 1px solid var(--_gos-color-border); border-radius: var(--_gos-radius);
}
:where(gos-registration-wizard > [slot='password']) input:focus-visible {
  outline: var(--_gos-focus-ring-width) solid var(--_gos-color-focus); outline-offset: 2px;
}
:where(gos-registration-wizard > [slot='password']) input[aria-invalid='true'] {
  border: 2px solid var(--_gos-color-error);
}
:where(gos-registration-wizard > [slot='password']) [role='alert'] { margin: 0; color: var(--_gos-color-error); }
`;

/**
 * Account registration, step by step: contacts → codes → personal data → documents → password → consent → a
 * "check your answers" summary → the registry checks and the result. Nothing typed is lost: the draft (never
 * passwords or codes) survives a reload, a tab crash and a server error, and resumes at the right step.
 *
 * Errors are checked when a step is submitted, listed in a summary that takes focus and links to each field; a field
 * shown in error is checked again as it is corrected. Phone, SNILS, passport, division code and dates are formatted
 * as they are typed or pasted, without moving the caret.
 *
 * @tagname gos-registration-wizard
 * @summary Create a Gosuslugi account from a ministry page: contacts, codes, personal data, documents, checks.
 *
 * @fires gos-registration-step - A step opened: `detail: { step }`.
 * @fires gos-registration-complete - The account is created: `detail: { level }` (never any secret).
 * @fires gos-error - A request failed: `detail: { code, detail }`.
 *
 * @slot password - Filled by the element itself: the password field lives in the light DOM so password managers
 *   offer a strong password and save it.
 *
 * @csspart base - Everything the element renders.
 * @csspart stepper - The list of steps.
 * @csspart step - One step of the list.
 * @csspart error-summary - The list of errors of the step.
 * @csspart actions - The step's buttons.
 * @csspart recovery-link - «Восстановить доступ», for a person who already has an account (`recovery-href`).
 * @csspart restart-dialog - The question «Начать заново?» before everything typed is deleted.
 *
 * @cssprop --gos-registration-wizard-gap - Space between blocks. Default: `--gos-space-3`.
 */
export class GosRegistrationWizardElement extends GosElement {
  static override styles = [GosElement.styles, controlStyles, dialogStyles, styles];

  readonly #localize = new LocalizeController(this, messages);

  /** `standard` (personal data, documents and registry checks) or `simplified` (contacts only). */
  @property() level: 'standard' | 'simplified' = 'standard';

  /** The youngest age that may register (the server keeps its own minimum too). */
  @property({ type: Number, attribute: 'min-age' }) minAge = 18;

  /** Where the draft is kept: this tab (`session`, default), this browser (`local`) or nowhere (`none`). */
  @property({ attribute: 'draft-storage' }) draftStorage: 'session' | 'local' | 'none' = 'session';

  /** Where a person whose phone, e-mail, SNILS or passport already has an account recovers access to it. */
  @property({ attribute: 'recovery-href' }) recoveryHref?: string;

  /** The API to use; by default the backend at `<gos-config api-base>`. */
  @property({ attribute: false }) client?: RegistrationApi;

  @state() private step: Step = 'contacts';
  @state() private completed: ReadonlySet<Step> = new Set();
  @state() private fields: Readonly<Record<string, string>> = {};
  @state() private errors: Readonly<Record<string, string>> = {};
  @state() private registration?: Registration;
  @state() private busy = false;
  @state() private notice?: { text: string; tone: 'error' | 'info'; signInLink?: boolean };
  @state() private announcement = '';
  @state() private consent?: ConsentDocument;
  @state() private progress: Readonly<Partial<Record<RegistrationDocumentSlot, number>>> = {};
  @state() private showPassword = false;
  @state() private password = '';

  @query('dialog.restart') private readonly restartDialog?: HTMLDialogElement;

  #token?: string;
  #restored = false;
  #watching?: AbortController;
  #defaultClient?: { key: string; client: RegistrationClient };
  /** Fields that were shown in error: they are checked again on every keystroke until they are right. */
  readonly #recheck = new Set<string>();

  get #api(): RegistrationApi | undefined {
    if (this.client) return this.client;
    const apiBase = this.gosConfig.apiBase;
    if (!apiBase) return undefined;
    if (this.#defaultClient?.key !== apiBase) {
      this.#defaultClient = { key: apiBase, client: new RegistrationClient({ apiBase, token: () => this.#token }) };
    }
    return this.#defaultClient.client;
  }

  get #steps(): readonly Step[] {
    return stepsFor(this.#simplified ? 'contacts' : 'full');
  }

  get #storage(): Storage | undefined {
    if (this.draftStorage === 'none') return undefined;
    try {
      return this.draftStorage === 'local' ? localStorage : sessionStorage;
    } catch {
      return undefined;
    }
  }

  get #draftKey(): string {
    return `gos-registration-draft:${this.gosConfig.apiBase ?? ''}:${this.level}`;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#ensurePasswordField();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#watching?.abort();
    this.#watching = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.#restored && this.isConnected) {
      this.#restored = true;
      void this.#restore();
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // What a step needs, fetched when it first shows, whether reached or resumed after a reload: the code prompt
    // (another element) and the consent document.
    if (this.step === 'code') void import('../otp-prompt/define.js');
    if (this.step === 'consent' && !this.consent) void this.#loadConsent();
    this.#renderPasswordField();
  }

  // ——— Draft ———

  async #restore(): Promise<void> {
    const draft = parseDraft(this.#storage?.getItem(this.#draftKey) ?? null);
    if (!draft) return;
    this.fields = draft.fields;
    this.completed = new Set(draft.completed.filter((step) => this.#steps.includes(step)));
    this.step = this.#steps.includes(draft.step) ? draft.step : 'contacts';
    this.#token = draft.token;
    if (!draft.token) return;
    try {
      this.registration = await this.#api?.get();
      this.notice = { text: this.#localize.msg('resumed'), tone: 'info' };
      // Codes confirmed in another tab, or just before the reload: nothing left to do on that step.
      if (this.step === 'code' && this.#contactsVerified) this.#next('code');
      if (this.step === 'result') this.#watch();
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) {
        // Gone (more than a day): keep what was typed, start over from the contacts.
        this.#token = undefined;
        this.completed = new Set();
        this.step = 'contacts';
        this.notice = { text: this.#localize.msg('expired'), tone: 'info' };
        this.#saveDraft();
      } else {
        this.notice = { text: this.#failure(error), tone: 'error' };
      }
    }
  }

  #saveDraft(): void {
    // Nothing typed and nothing started (a fresh start, or just after «Начать заново»): no draft to keep.
    if (!this.#token && Object.values(this.fields).every((value) => !value)) return this.#clearDraft();
    const draft: RegistrationDraft = {
      version: 1,
      ...(this.#token ? { token: this.#token } : {}),
      step: this.step,
      completed: [...this.completed],
      fields: this.fields,
    };
    try {
      this.#storage?.setItem(this.#draftKey, serializeDraft(draft));
    } catch {
      // A full or disabled storage: the wizard still works, only without the draft.
    }
  }

  #clearDraft(): void {
    try {
      this.#storage?.removeItem(this.#draftKey);
    } catch {
      // Nothing to clear.
    }
  }

  // ——— Navigation ———

  #go(step: Step, options: { complete?: Step } = {}): void {
    if (options.complete) this.completed = new Set([...this.completed, options.complete]);
    this.step = step;
    this.errors = {};
    this.#recheck.clear();
    this.#saveDraft();
    this.dispatchEvent(new CustomEvent('gos-registration-step', { detail: { step }, bubbles: true, composed: true }));
    // Screen readers start reading the new step from its heading.
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.step-heading')?.focus());
    if (step === 'result') this.#watch();
  }

  #next(after: Step): void {
    const steps = this.#steps;
    const following = steps[steps.indexOf(after) + 1] ?? 'result';
    // Back from "Изменить": straight to the summary again once the changed step is done.
    const target = this.completed.has('review') && following !== 'result' ? 'review' : following;
    this.#go(target, { complete: after });
  }

  #back(): void {
    const steps = this.#steps;
    const previous = steps[steps.indexOf(this.step) - 1];
    if (previous) this.#go(previous === 'code' && this.#contactsVerified ? 'contacts' : previous);
  }

  /** «Начать заново» asks first: everything typed would be gone. The safe answer has the focus. */
  #askRestart(): void {
    const dialog = this.restartDialog;
    if (!dialog || dialog.open) return;
    dialog.showModal();
    dialog.querySelector<HTMLElement>('.keep')?.focus();
  }

  async #restart(): Promise<void> {
    this.restartDialog?.close();
    if (this.#token) await this.#api?.discard().catch(() => undefined);
    this.#token = undefined;
    this.registration = undefined;
    this.fields = {};
    this.password = '';
    this.completed = new Set();
    this.notice = undefined;
    this.#clearDraft();
    this.#go('contacts');
  }

  get #contactsVerified(): boolean {
    const contacts = this.registration?.contacts;
    return contacts !== undefined && contacts.phone.verified && (contacts.email?.verified ?? true);
  }

  // ——— Fields ———

  #onInput(spec: FieldSpec, event: InputEvent): void {
    const input = event.target as HTMLInputElement;
    let value = input.value;
    if (spec.format) {
      const formatted = formatTyped(spec.format, { value, caret: input.selectionStart ?? value.length });
      value = formatted.value;
      if (input.value !== value) {
        input.value = value;
        input.setSelectionRange(formatted.caret, formatted.caret);
      }
    }
    this.fields = { ...this.fields, [spec.name]: value };
    if (this.#recheck.has(spec.name)) this.#setError(spec.name, this.#check(spec.name));
    this.#saveDraft();
  }

  #setError(name: string, message: string | undefined): void {
    const { [name]: _old, ...rest } = this.errors;
    this.errors = message ? { ...rest, [name]: message } : rest;
  }

  #text(message: LocalizedText): string {
    return message[this.#localize.locale as Locale] ?? message.ru;
  }

  /** The field's error in the page, or undefined. */
  #check(name: string): string | undefined {
    const value = this.fields[name] ?? '';
    const msg = this.#localize;
    const run = (validator: Validator) => {
      const result = validator(value);
      return result.valid ? undefined : this.#text(result.message);
    };
    const today = new Date();
    switch (name) {
      case 'phone':
        return run(validatePhone);
      case 'email':
        return value.trim() ? run(validateEmail) : undefined;
      case 'lastName':
        return run(validateLastName);
      case 'firstName':
        return run(validateFirstName);
      case 'middleName':
        return run(validatePatronymic);
      case 'birthDate':
        return run((text) => validateBirthDate(text, { minAge: this.minAge, today }));
      case 'snils':
        return run(validateSnils);
      case 'inn':
        return value.trim() ? run((text) => validateInn(text, { kinds: ['person'] })) : undefined;
      case 'passportNumber':
        return run(validatePassport);
      case 'issueDate':
        return run((text) =>
          validatePassportIssueDate(text, {
            today,
            ...(validateBirthDate(this.fields['birthDate'] ?? '', { minAge: 0 }).valid
              ? { birthDate: this.fields['birthDate'] ?? '' }
              : {}),
          }),
        );
      case 'divisionCode':
        return run(validateDivisionCode);
      case 'gender':
        return value ? undefined : msg.msg('required');
      default:
        return value.trim() ? undefined : msg.msg('required');
    }
  }

  /** Checks every named field; shows the errors with a summary that takes focus. True when all are right. */
  #validate(names: readonly string[]): boolean {
    const errors: Record<string, string> = {};
    for (const name of names) {
      const error = this.#check(name);
      if (error) errors[name] = error;
    }
    this.#showErrors(errors);
    return Object.keys(errors).length === 0;
  }

  #showErrors(errors: Record<string, string>): void {
    this.errors = errors;
    for (const name of Object.keys(errors)) this.#recheck.add(name);
    if (Object.keys(errors).length > 0) {
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.error-summary')?.focus());
    }
  }

  /** Shows the server's field errors next to the fields, or its message above the step. */
  #fail(error: unknown): void {
    if (error instanceof ApiError && error.errors.length > 0) {
      const errors: Record<string, string> = {};
      for (const field of error.errors as readonly FieldError[]) {
        const name = SERVER_FIELDS[field.field] ?? field.field;
        errors[name] ??= field.message;
      }
      this.notice =
        error.code === 'contact-taken' ? { text: error.message, tone: 'error', signInLink: true } : undefined;
      this.#showErrors(errors);
      return;
    }
    this.notice = { text: this.#failure(error), tone: 'error' };
    this.dispatchEvent(
      new CustomEvent('gos-error', {
        detail: { code: error instanceof ApiError ? error.code : 'unavailable', detail: this.notice.text },
        bubbles: true,
        composed: true,
      }),
    );
  }

  #failure(error: unknown): string {
    if (error instanceof ApiError && error.status >= 400 && error.status < 500) return error.message;
    return this.#localize.msg('failed');
  }

  async #run(work: () => Promise<void>): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.notice = undefined;
    try {
      await work();
    } catch (error) {
      this.#fail(error);
    } finally {
      this.busy = false;
    }
  }

  // ——— Steps' actions ———

  async #submitContacts(event: Event): Promise<void> {
    event.preventDefault();
    if (!this.#validate(['phone', 'email'])) return;
    const phone = this.fields['phone'] ?? '';
    const email = this.fields['email']?.trim() ?? '';
    const same =
      this.registration &&
      this.registration.contacts.phone.value === validatePhoneValue(phone) &&
      (this.registration.contacts.email?.value ?? '') === email;
    if (same) {
      this.#next('contacts');
      return;
    }
    await this.#run(async () => {
      const api = this.#api;
      if (!api) return;
      // New contacts: a new registration (the old one, if any, is left to expire).
      const started = await api.start({ phone, ...(email ? { email } : {}) });
      this.#token = started.token;
      this.registration = started.registration;
      this.completed = new Set();
      this.#go('code', { complete: 'contacts' });
    });
  }

  async #confirm(channel: 'phone' | 'email', code: string): Promise<void> {
    await this.#run(async () => {
      const api = this.#api;
      if (!api) return;
      try {
        this.registration = await api.confirmContact(channel, code);
      } catch (error) {
        this.#setError(`code-${channel}`, error instanceof ApiError ? error.message : this.#localize.msg('failed'));
        this.registration = await api.get().catch(() => this.registration);
        return;
      }
      this.#setError(`code-${channel}`, undefined);
      const contact = channel === 'phone' ? this.#localize.msg('phone') : this.#localize.msg('email');
      this.announcement = this.#localize.msg('contactConfirmed', contact);
      if (this.#contactsVerified) this.#next('code');
    });
  }

  async #resend(channel: 'phone' | 'email'): Promise<void> {
    await this.#run(async () => {
      this.registration = await this.#api?.resendCode(channel);
    });
  }

  get #simplified(): boolean {
    return this.level === 'simplified';
  }

  #personalData(): PersonalDataInput {
    const f = this.fields;
    const passport = (f['passportNumber'] ?? '').replace(/\D/g, '');
    return {
      lastName: f['lastName'] ?? '',
      firstName: f['firstName'] ?? '',
      ...(f['middleName']?.trim() ? { middleName: f['middleName'] } : {}),
      gender: f['gender'] === 'F' ? 'F' : 'M',
      birthDate: f['birthDate'] ?? '',
      ...(f['inn']?.trim() && !this.#simplified ? { inn: f['inn'] } : {}),
      citizenship: 'RUS',
      // A simplified account has no identity documents: they are neither asked for nor sent.
      ...(this.#simplified
        ? {}
        : {
            birthPlace: f['birthPlace'] ?? '',
            snils: f['snils'] ?? '',
            passport: {
              series: passport.slice(0, 4),
              number: passport.slice(4),
              issueDate: f['issueDate'] ?? '',
              divisionCode: f['divisionCode'] ?? '',
              issuedBy: f['issuedBy'] ?? '',
            },
          }),
    };
  }

  async #submitPersonal(event: Event): Promise<void> {
    event.preventDefault();
    const documents = [...BIRTH_FIELDS, ...PASSPORT_FIELDS].map((spec) => spec.name);
    const names = ['lastName', 'firstName', 'middleName', 'gender', ...(this.#simplified ? ['birthDate'] : documents)];
    if (!this.#validate(names)) return;
    await this.#run(async () => {
      this.registration = await this.#api?.setPersonalData(this.#personalData());
      this.#next('personal');
    });
  }

  async #findInn(): Promise<void> {
    const needed = ['lastName', 'firstName', 'birthDate', 'passportNumber', 'issueDate'];
    if (needed.some((name) => this.#check(name))) {
      this.notice = { text: this.#localize.msg('innNeedsPassport'), tone: 'info' };
      return;
    }
    await this.#run(async () => {
      const data = this.#personalData();
      const passport = data.passport;
      if (!passport) return;
      const found = await this.#api?.lookupInn({
        lastName: data.lastName,
        firstName: data.firstName,
        ...(data.middleName ? { middleName: data.middleName } : {}),
        birthDate: data.birthDate,
        passport: { series: passport.series, number: passport.number, issueDate: passport.issueDate },
      });
      if (!found) return;
      this.fields = { ...this.fields, inn: found.inn };
      this.#setError('inn', undefined);
      this.announcement = this.#localize.msg('innFound', found.inn);
      this.#saveDraft();
    });
  }

  async #upload(slot: RegistrationDocumentSlot, input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    if (!file) return;
    const check = checkFile(file, UPLOAD_MEDIA_TYPES, MAX_UPLOAD_BYTES);
    if (!check.ok) {
      const problem = check.problem === 'size' ? 'fileSize' : check.problem === 'empty' ? 'fileEmpty' : 'fileType';
      return this.#setError(`documents.${slot}`, this.#localize.msg(problem));
    }
    this.#setError(`documents.${slot}`, undefined);
    this.progress = { ...this.progress, [slot]: 0 };
    try {
      this.registration = await this.#api?.upload(slot, file, {
        onProgress: (share) => (this.progress = { ...this.progress, [slot]: share }),
      });
      this.announcement = this.#localize.msg('uploaded', file.name);
    } catch (error) {
      this.#setError(`documents.${slot}`, this.#failure(error));
      input.focus();
    } finally {
      const { [slot]: _done, ...rest } = this.progress;
      this.progress = rest;
    }
  }

  #submitDocuments(event: Event): void {
    event.preventDefault();
    const errors: Record<string, string> = {};
    for (const slot of SLOTS) {
      const uploaded = this.registration?.documents.some((document) => document.slot === slot);
      if (REGISTRATION_DOCUMENT_SLOTS[slot].required && !uploaded) {
        errors[`documents.${slot}`] = this.#localize.msg('missingScan', this.#localize.msg('slot', slot));
      }
    }
    this.#showErrors(errors);
    if (Object.keys(errors).length === 0) this.#next('documents');
  }

  async #submitPassword(event: Event): Promise<void> {
    event.preventDefault();
    const checked = checkPassword(this.password, { person: this.#personalForPassword() });
    if (!checked.valid) {
      this.#showErrors({ password: checked.failures.map((failure) => this.#text(failure.message)).join('. ') });
      return;
    }
    await this.#run(async () => {
      this.registration = await this.#api?.setPassword(this.password);
      this.#next('password');
    });
  }

  #personalForPassword() {
    const f = this.fields;
    return {
      ...(f['lastName'] ? { lastName: f['lastName'] } : {}),
      ...(f['firstName'] ? { firstName: f['firstName'] } : {}),
      ...(f['birthDate'] ? { birthDate: f['birthDate'] } : {}),
      ...(f['phone'] ? { phone: f['phone'] } : {}),
      ...(f['email'] ? { email: f['email'] } : {}),
    };
  }

  #consentLoading = false;

  async #loadConsent(): Promise<void> {
    if (this.#consentLoading) return;
    this.#consentLoading = true;
    try {
      this.consent = await this.#api?.consentDocument();
    } catch (error) {
      this.#fail(error);
    } finally {
      this.#consentLoading = false;
    }
  }

  async #submitConsent(event: Event): Promise<void> {
    event.preventDefault();
    const consent = this.consent;
    if (this.fields['consent'] !== 'yes' || !consent) {
      this.#showErrors({ consent: this.#localize.msg('consentRequired') });
      return;
    }
    await this.#run(async () => {
      this.registration = await this.#api?.consent(consent.version);
      this.#next('consent');
    });
  }

  async #submitReview(event: Event): Promise<void> {
    event.preventDefault();
    await this.#run(async () => {
      const api = this.#api;
      if (!api) return;
      if (this.level === 'simplified') {
        this.registration = await api.complete('simplified');
        this.#finished();
      } else {
        this.registration = await api.startChecks();
      }
      this.#go('result', { complete: 'review' });
    });
  }

  async #clarify(event: Event): Promise<void> {
    event.preventDefault();
    if (!this.#validate(['previousLastName'])) return;
    await this.#run(async () => {
      this.registration = await this.#api?.clarify({
        check: 'snils',
        previousLastName: this.fields['previousLastName'] ?? '',
      });
    });
  }

  async #finish(): Promise<void> {
    await this.#run(async () => {
      this.registration = await this.#api?.complete('standard');
      this.#finished();
    });
  }

  #finished(): void {
    const level = this.registration?.accountLevel;
    if (!level || level === 'confirmed') return;
    this.#watching?.abort();
    this.#clearDraft();
    this.password = '';
    // The result's own status message announces it; the live region would say it twice.
    this.announcement = '';
    this.dispatchEvent(
      new CustomEvent('gos-registration-complete', { detail: { level }, bubbles: true, composed: true }),
    );
  }

  #watch(): void {
    const api = this.#api;
    if (!api || this.#watching || this.level === 'simplified') return;
    this.#watching = new AbortController();
    api.watch(
      (registration) => {
        const before = this.registration?.checks;
        this.registration = registration;
        const msg = this.#localize;
        for (const name of ['snils', 'passport'] as const) {
          const now = registration.checks?.[name].status;
          if (now && now !== before?.[name].status && now !== 'pending') {
            this.announcement = msg.msg('checkChanged', msg.msg('check', name), msg.msg('checkStatus', now));
          }
        }
      },
      { signal: this.#watching.signal },
    );
  }

  /** Sign-in with the page's session (the one `<gos-login-button>` shows), loaded only when asked for. */
  readonly #signIn = async (): Promise<void> => {
    const options = sessionOptionsOf(this.gosConfig);
    if (!options) return;
    const { sessionFor } = await import('@gos-elements/core/session/session');
    await sessionFor(options).signIn();
  };

  // ——— Password in the light DOM ———

  #passwordHost?: HTMLDivElement;

  #ensurePasswordField(): void {
    if (this.#passwordHost?.isConnected) return;
    this.#passwordHost = Object.assign(document.createElement('div'), { slot: 'password' });
    this.append(this.#passwordHost);
  }

  /** Enter in the password field sends the step, as in any field: the shadow form does not see a light-DOM field. */
  readonly #submitOnEnter = (event: KeyboardEvent): void => {
    if (event.key !== 'Enter' || event.isComposing) return;
    event.preventDefault();
    this.renderRoot.querySelector('form')?.requestSubmit();
  };

  /** The password field, rendered into the element's own light-DOM child so password managers see it. */
  #renderPasswordField(): void {
    const host = this.#passwordHost;
    if (!host) return;
    const msg = this.#localize;
    const id = 'gos-registration-password';
    const error = this.errors['password'];
    const visible = this.step === 'password';
    render(
      visible
        ? html`<style>
              ${PASSWORD_FIELD_STYLES}
            </style>
            <div class="gos-password-field">
              <input
                type="text"
                autocomplete="username"
                .value=${this.registration?.contacts.phone.value ?? ''}
                hidden
                readonly
              />
              <label for=${id}>${msg.msg('password')}</label>
              <input
                id=${id}
                name="new-password"
                type=${this.showPassword ? 'text' : 'password'}
                autocomplete="new-password"
                spellcheck="false"
                aria-describedby="gos-registration-password-rules gos-registration-password-error"
                aria-invalid=${error ? 'true' : 'false'}
                .value=${this.password}
                @keydown=${this.#submitOnEnter}
                @input=${(event: InputEvent) => {
                  this.password = (event.target as HTMLInputElement).value;
                  if (this.#recheck.has('password')) {
                    const checked = checkPassword(this.password, { person: this.#personalForPassword() });
                    this.#setError(
                      'password',
                      checked.valid
                        ? undefined
                        : checked.failures.map((failure) => this.#text(failure.message)).join('. '),
                    );
                  }
                }}
              />
              <p id="gos-registration-password-error" role="alert">${error ?? ''}</p>
            </div>`
        : nothing,
      host,
      { host: this },
    );
  }

  // ——— Rendering ———

  protected override render(): TemplateResult {
    const msg = this.#localize;
    const steps = this.#steps;
    const index = steps.indexOf(this.step);
    return html`<section
      class="surface base"
      part="base"
      lang=${msg.lang}
      aria-labelledby="title"
      data-step=${this.step}
      aria-busy=${this.busy ? 'true' : 'false'}
    >
      <h2 id="title" class="title">${msg.msg('title')}</h2>
      ${this.#renderStepper(steps)}
      <p class="hint">${msg.msg('stepOf', index + 1, steps.length)}</p>
      <h3 class="step-heading" tabindex="-1">${msg.msg('step', this.step)}</h3>
      ${
        this.notice
          ? html`<div class="notice ${this.notice.tone}" role=${this.notice.tone === 'error' ? 'alert' : 'status'}>
              <p>${this.notice.text}</p>
              ${this.notice.signInLink ? this.#renderAccountLinks() : nothing}
            </div>`
          : nothing
      }
      ${this.#renderErrorSummary()} ${this.#renderStep()}
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
      ${this.#renderRestartDialog()}
    </section>`;
  }

  #renderRestartDialog(): TemplateResult {
    const msg = this.#localize;
    return html`<dialog
      class="restart"
      part="restart-dialog"
      role="alertdialog"
      aria-labelledby="restart-title"
      aria-describedby="restart-text"
    >
      <h3 id="restart-title">${msg.msg('restartTitle')}</h3>
      <p id="restart-text">${msg.msg('restartConfirm')}</p>
      <div class="actions">
        <button type="button" class="button keep" @click=${() => this.restartDialog?.close()}>
          ${msg.msg('restartNo')}
        </button>
        <button type="button" class="button secondary" @click=${() => void this.#restart()}>
          ${msg.msg('restartYes')}
        </button>
      </div>
    </dialog>`;
  }

  /** For someone who already has an account: sign in with it, or recover access to it. */
  #renderAccountLinks(): TemplateResult {
    const msg = this.#localize;
    return html`<span class="account-links">
      <button type="button" class="link" @click=${this.#signIn}>${msg.msg('signInInstead')}</button>
      ${
        this.recoveryHref
          ? html`<a class="link" part="recovery-link" href=${this.recoveryHref}>${msg.msg('recover')}</a>`
          : nothing
      }
    </span>`;
  }

  #renderStepper(steps: readonly Step[]): TemplateResult {
    const msg = this.#localize;
    const done = this.registration?.state === 'completed';
    return html`<nav aria-label=${msg.msg('stepsLabel')}>
      <ol class="stepper" part="stepper">
        ${steps.map((step) => {
          const current = step === this.step;
          const label = html`${msg.msg('step', step)}${
            this.completed.has(step) ? html`<span class="visually-hidden"> (${msg.msg('stepDone')})</span>` : nothing
          }`;
          return html`<li part="step" class=${current ? 'current' : this.completed.has(step) ? 'done' : 'todo'}>
            ${
              !current && reachable(steps, this.completed, step, done)
                ? html`<button type="button" class="link" @click=${() => this.#go(step)}>${label}</button>`
                : html`<span aria-current=${current ? 'step' : 'false'}>${label}</span>`
            }
          </li>`;
        })}
      </ol>
    </nav>`;
  }

  #renderErrorSummary(): TemplateResult | typeof nothing {
    const entries = Object.entries(this.errors).filter(([name]) => !name.startsWith('code-'));
    if (entries.length === 0) return nothing;
    return html`<div class="error-summary" part="error-summary" role="alert" tabindex="-1" aria-labelledby="errors">
      <h4 id="errors">${this.#localize.msg('errorSummary')}</h4>
      <ul>
        ${entries.map(
          ([name, message]) =>
            html`<li>
              <a href=${`#field-${name}`} @click=${(event: Event) => this.#focusField(event, name)}>${message}</a>
            </li>`,
        )}
      </ul>
    </div>`;
  }

  #focusField(event: Event, name: string): void {
    event.preventDefault();
    const target =
      name === 'password'
        ? this.querySelector<HTMLElement>('#gos-registration-password')
        : this.renderRoot.querySelector<HTMLElement>(`#field-${CSS.escape(name)}`);
    target?.focus();
  }

  #renderStep(): TemplateResult {
    switch (this.step) {
      case 'contacts':
        return this.#form(
          this.#submitContacts,
          html`<p>${this.#localize.msg('contactsIntro')}</p>
            ${CONTACT_FIELDS.map((spec) => this.#field(spec))}`,
        );
      case 'code':
        return this.#renderCode();
      case 'personal':
        return this.#renderPersonal();
      case 'documents':
        return this.#renderDocuments();
      case 'password':
        return this.#renderPassword();
      case 'consent':
        return this.#renderConsent();
      case 'review':
        return this.#renderReview();
      case 'result':
        return this.#renderResult();
    }
  }

  #form(submit: (event: Event) => unknown, body: TemplateResult, nextLabel?: string): TemplateResult {
    const msg = this.#localize;
    const first = this.step === this.#steps[0];
    return html`<form novalidate @submit=${(event: Event) => void submit.call(this, event)}>
      ${body}
      <div class="actions" part="actions">
        <button type="submit" class="button" aria-disabled=${this.busy ? 'true' : 'false'}>
          ${this.busy ? msg.msg('busy') : (nextLabel ?? msg.msg('next'))}
        </button>
        ${first ? nothing : html`<button type="button" class="button secondary" @click=${this.#back}>${msg.msg('back')}</button>`}
        <button type="button" class="link restart" @click=${this.#askRestart}>${msg.msg('restart')}</button>
      </div>
    </form>`;
  }

  #field(spec: FieldSpec): TemplateResult {
    const msg = this.#localize;
    const id = `field-${spec.name}`;
    const error = this.errors[spec.name];
    return html`<div class="field">
      <label for=${id}>
        ${msg.msg(spec.label) as string}${spec.optional ? html` <span class="hint">${msg.msg('optional')}</span>` : nothing}
      </label>
      ${spec.hint ? html`<p class="hint" id=${`${id}-hint`}>${msg.msg(spec.hint) as string}</p>` : nothing}
      <input
        id=${id}
        name=${spec.name}
        type=${spec.type ?? 'text'}
        inputmode=${spec.inputmode ?? nothing}
        autocomplete=${spec.autocomplete ?? 'off'}
        spellcheck="false"
        aria-describedby=${`${spec.hint ? `${id}-hint ` : ''}${id}-error`}
        aria-invalid=${error ? 'true' : 'false'}
        .value=${this.fields[spec.name] ?? ''}
        @input=${(event: InputEvent) => this.#onInput(spec, event)}
      />
      <p class="message-error" id=${`${id}-error`}>${error ?? ''}</p>
    </div>`;
  }

  #renderCode(): TemplateResult {
    const msg = this.#localize;
    const contacts = this.registration?.contacts;
    const channels = (['phone', 'email'] as const).filter(
      (channel) => contacts?.[channel] && !contacts[channel]?.verified,
    );
    return html`<p>${msg.msg('codeIntro')}</p>
      ${channels.map((channel) => {
        const contact = contacts?.[channel];
        const error = this.errors[`code-${channel}`];
        return html`<div class="card">
          <gos-otp-prompt
            factor=${channel === 'phone' ? 'sms' : 'email'}
            destination=${contact?.value ?? ''}
            expires-at=${contact?.code?.expiresAt ?? nothing}
            resend-available-at=${contact?.code?.resendAvailableAt ?? nothing}
            attempts-left=${contact?.code?.attemptsLeft ?? nothing}
            error=${error ?? nothing}
            ?busy=${this.busy}
            @gos-otp-submit=${(event: CustomEvent<{ code: string }>) => void this.#confirm(channel, event.detail.code)}
            @gos-otp-resend=${() => void this.#resend(channel)}
          ></gos-otp-prompt>
        </div>`;
      })}
      <div class="actions" part="actions">
        <button type="button" class="button secondary" @click=${this.#back}>${msg.msg('back')}</button>
        <button type="button" class="link restart" @click=${this.#askRestart}>${msg.msg('restart')}</button>
      </div>`;
  }

  #renderPersonal(): TemplateResult {
    const msg = this.#localize;
    const genderError = this.errors['gender'];
    return this.#form(
      this.#submitPersonal,
      html`${NAME_FIELDS.map((spec) => this.#field(spec))}
        <fieldset class="field" aria-describedby="field-gender-error" aria-invalid=${genderError ? 'true' : 'false'}>
          <legend>${msg.msg('gender')}</legend>
          ${(['M', 'F'] as const).map(
            (value, index) =>
              html`<label class="choice">
                <input
                  type="radio"
                  name="gender"
                  id=${index === 0 ? 'field-gender' : nothing}
                  value=${value}
                  .checked=${this.fields['gender'] === value}
                  @change=${() => {
                    this.fields = { ...this.fields, gender: value };
                    this.#setError('gender', undefined);
                    this.#saveDraft();
                  }}
                />
                ${msg.msg(value === 'M' ? 'male' : 'female')}
              </label>`,
          )}
          <p class="message-error" id="field-gender-error">${genderError ?? ''}</p>
        </fieldset>
        ${
          this.#simplified
            ? this.#field(BIRTH_FIELDS[0] as FieldSpec)
            : html`${BIRTH_FIELDS.map((spec) => this.#field(spec))}
                <p>
                  <button type="button" class="button secondary" @click=${() => void this.#findInn()}>
                    ${msg.msg('findInn')}
                  </button>
                </p>
                <p>${msg.msg('citizenship')}</p>
                <fieldset class="group">
                  <legend>${msg.msg('passport')}</legend>
                  ${PASSPORT_FIELDS.map((spec) => this.#field(spec))}
                </fieldset>`
        }`,
    );
  }

  #renderDocuments(): TemplateResult {
    const msg = this.#localize;
    return this.#form(
      this.#submitDocuments,
      html`<p>${msg.msg('documentsIntro')}</p>
        ${SLOTS.map((slot) => {
          const id = `field-documents.${slot}`;
          const error = this.errors[`documents.${slot}`];
          const uploaded = this.registration?.documents.find((document) => document.slot === slot);
          const share = this.progress[slot];
          return html`<div class="field card" data-slot=${slot} ?data-uploaded=${uploaded !== undefined}>
            <label for=${id}>
              ${msg.msg('slot', slot)}${
                REGISTRATION_DOCUMENT_SLOTS[slot].required
                  ? nothing
                  : html` <span class="hint">${msg.msg('optional')}</span>`
              }
            </label>
            ${uploaded ? html`<p class="hint">${msg.msg('uploaded', uploaded.fileName)}</p>` : nothing}
            <input
              id=${id}
              type="file"
              accept=${UPLOAD_MEDIA_TYPES.join(',')}
              aria-describedby=${`${id}-error`}
              aria-invalid=${error ? 'true' : 'false'}
              @change=${(event: Event) => void this.#upload(slot, event.target as HTMLInputElement)}
            />
            ${
              share === undefined
                ? nothing
                : html`<progress
                    max="100"
                    value=${Math.round(share * 100)}
                    aria-label=${msg.msg('uploading', Math.round(share * 100))}
                  ></progress>`
            }
            <p class="message-error" id=${`${id}-error`}>${error ?? ''}</p>
          </div>`;
        })}`,
    );
  }

  #renderPassword(): TemplateResult {
    const msg = this.#localize;
    const checked = checkPassword(this.password, { person: this.#personalForPassword() });
    const failed = new Set(checked.failures.map((failure) => failure.rule));
    return this.#form(
      this.#submitPassword,
      html`<slot name="password"></slot>
        <label class="choice">
          <input
            type="checkbox"
            .checked=${this.showPassword}
            @change=${(event: Event) => (this.showPassword = (event.target as HTMLInputElement).checked)}
          />
          ${msg.msg('showPassword')}
        </label>
        <p id="password-rules-title">${msg.msg('passwordRules')}</p>
        <ul class="rules" aria-labelledby="password-rules-title">
          ${PASSWORD_RULES.map(
            (rule) =>
              html`<li class=${failed.has(rule) ? 'unmet' : 'met'}>
                ${msg.msg('rule', rule)}
                <span class="visually-hidden">(${msg.msg(failed.has(rule) ? 'ruleUnmet' : 'ruleMet')})</span>
              </li>`,
          )}
        </ul>
        <p class="hint" aria-live="polite">${this.password ? msg.msg('strength', checked.score) : ''}</p>`,
    );
  }

  #renderConsent(): TemplateResult {
    const msg = this.#localize;
    const consent = this.consent;
    const error = this.errors['consent'];
    return this.#form(
      this.#submitConsent,
      html`<p>${msg.msg('consentIntro')}</p>
        ${
          consent
            ? html`<div class="consent card" tabindex="0" role="region" aria-labelledby="consent-title">
                <h4 id="consent-title">${consent.title}</h4>
                <p class="hint">${msg.msg('consentVersion', consent.version)}</p>
                ${consent.text.map((paragraph) => html`<p>${paragraph}</p>`)}
              </div>`
            : html`<p role="status">${msg.msg('busy')}</p>`
        }
        <label class="choice">
          <input
            id="field-consent"
            type="checkbox"
            aria-describedby="field-consent-error"
            aria-invalid=${error ? 'true' : 'false'}
            .checked=${this.fields['consent'] === 'yes'}
            @change=${(event: Event) => {
              this.fields = { ...this.fields, consent: (event.target as HTMLInputElement).checked ? 'yes' : '' };
              this.#setError('consent', undefined);
            }}
          />
          ${msg.msg('consentCheckbox')}
        </label>
        <p class="message-error" id="field-consent-error">${error ?? ''}</p>`,
    );
  }

  #renderReview(): TemplateResult {
    const msg = this.#localize;
    const f = this.fields;
    const row = (label: string, value: string | undefined) =>
      html`<div class="row">
        <dt>${label}</dt>
        <dd>${value?.trim() ? value : msg.msg('none')}</dd>
      </div>`;
    const section = (step: Step, rows: TemplateResult[]) =>
      html`<div class="review-section">
        <h4>${msg.msg('step', step)}</h4>
        <dl>${rows}</dl>
        <button type="button" class="link" @click=${() => this.#go(step)}>
          ${msg.msg('change')}<span class="visually-hidden"> ${msg.msg('changeWhat', msg.msg('step', step))}</span>
        </button>
      </div>`;
    const full = this.level !== 'simplified';
    const answer = (spec: FieldSpec) => row(msg.msg(spec.label) as string, f[spec.name]);
    return this.#form(
      this.#submitReview,
      html`<p>${msg.msg('reviewIntro')}</p>
        ${section('contacts', [row(msg.msg('phone'), f['phone']), row(msg.msg('email'), f['email'])])}
        ${section('personal', [
          ...NAME_FIELDS.map(answer),
          row(msg.msg('gender'), f['gender'] ? msg.msg(f['gender'] === 'F' ? 'female' : 'male') : undefined),
          ...(full ? [...BIRTH_FIELDS, ...PASSPORT_FIELDS] : BIRTH_FIELDS.slice(0, 1)).map(answer),
        ])}
        ${
          full
            ? section(
                'documents',
                SLOTS.map((slot) =>
                  row(
                    msg.msg('slot', slot),
                    this.registration?.documents.find((document) => document.slot === slot)?.fileName,
                  ),
                ),
              )
            : nothing
        }
        ${section('password', [row(msg.msg('password'), this.registration?.passwordSet ? msg.msg('passwordSet') : undefined)])}
        ${section('consent', [row(msg.msg('step', 'consent'), this.registration?.consent ? msg.msg('consentGiven') : undefined)])}`,
      full ? msg.msg('submitChecks') : msg.msg('submitSimplified'),
    );
  }

  #renderResult(): TemplateResult {
    const msg = this.#localize;
    const registration = this.registration;
    if (registration?.accountLevel) {
      return html`<div class="notice" role="status">
        <p><strong>${msg.msg('completed')}</strong> ${msg.msg('completedLevel', registration.accountLevel)}</p>
        <p><button type="button" class="button" @click=${this.#signIn}>${msg.msg('signIn')}</button></p>
      </div>`;
    }
    const checks = registration?.checks;
    const pending = registration?.state === 'checks-in-progress';
    return html`${pending ? html`<p>${msg.msg('checking')}</p>` : nothing}
      <ul class="checks">
        ${(['snils', 'passport'] as RegistrationCheckName[]).map((name) => {
          const check = checks?.[name];
          if (!check) return nothing;
          return html`<li class=${`check ${check.status}`}>
            <p>
              <strong>${msg.msg('check', name)}</strong> — ${msg.msg('checkIn', REGISTRIES[check.registry].title)}:
              ${msg.msg('checkStatus', check.status)}
            </p>
            ${check.reason ? html`<p>${msg.msg('reason', check.reason)}</p>` : nothing}
            ${
              check.answerBy
                ? html`<p class="hint">
                    ${msg.msg('answerBy', formatDate(msg.locale, Date.parse(check.answerBy), { day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' }))}
                  </p>`
                : nothing
            }
            ${
              check.status === 'clarification-requested'
                ? html`<form novalidate @submit=${(event: Event) => void this.#clarify(event)}>
                    ${this.#field({ name: 'previousLastName', label: 'previousLastName', autocomplete: 'off' })}
                    <button type="submit" class="button">${msg.msg('sendAnswer')}</button>
                  </form>`
                : nothing
            }
          </li>`;
        })}
      </ul>
      ${
        registration?.state === 'checks-failed'
          ? html`<div class="actions" part="actions">
              <button type="button" class="button" @click=${() => this.#go('personal')}>${msg.msg('fixData')}</button>
              ${this.#renderAccountLinks()}
            </div>`
          : nothing
      }
      ${
        registration?.state === 'checks-passed' || registration?.state === 'credentials-set'
          ? html`<div class="actions" part="actions">
              <button
                type="button"
                class="button"
                aria-disabled=${this.busy ? 'true' : 'false'}
                @click=${() => void this.#finish()}
              >
                ${msg.msg('finish')}
              </button>
            </div>`
          : nothing
      }`;
  }
}

/** The phone as the server normalises it, to tell whether the contacts changed. */
function validatePhoneValue(text: string): string {
  const result = validatePhone(text);
  return result.valid ? result.value : text;
}
