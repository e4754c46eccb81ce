// Account registration: contacts confirmed by codes, personal data checked by the simulated registries, documents,
// password, consent, then the account. Plain TypeScript with ports for storage, accounts, messages and files, so the
// Express routes and the browser's MSW handlers run exactly this code.
import {
  CHECK_REASONS,
  PERSONAL_DATA_CONSENT,
  REGISTRATION_CHECKS,
  REGISTRATION_DOCUMENT_SLOTS,
  type CheckReason,
  type ClarificationInput,
  type ConsentInput,
  type ContactChannel,
  hasIdentityDocuments,
  type FieldError,
  type InnLookup,
  type PersonalData,
  type PersonalDataInput,
  type Registration,
  type RegistrationCheck,
  type RegistrationCheckName,
  type RegistrationDocumentSlot,
  type RegistrationState,
  type StartRegistration,
} from '@gos-elements/contracts';
import {
  checkPassword,
  formatCalendarDate,
  formatSnils,
  validateBirthDate,
  validateDivisionCode,
  validateEmail,
  validateFirstName,
  validateInn,
  validateLastName,
  validatePassport,
  validatePassportIssueDate,
  validatePatronymic,
  validatePhone,
  validateSnils,
  type CalendarDate,
  type PasswordPersonalData,
} from '@gos-elements/core';
import { checkUpload, type FileProblem } from '../cabinet/files.js';
import type { UploadLimit } from '../limits.js';
import type { Registries } from './registries.js';

export interface Clock {
  now(): number;
}

export interface RegistrationLimits {
  /** Digits, lifetime, wrong tries and resend cooldown of a contact code: the same rules as sign-in codes. */
  readonly code: {
    readonly length: number;
    readonly lifetimeMs: number;
    readonly maxAttempts: number;
    readonly resendCooldownMs: number;
  };
  /** Codes one phone or e-mail may receive within a window, whatever the registration. */
  readonly codesPerRecipient: { readonly windowMs: number; readonly max: number };
  /** How long after its last change a registration can be resumed; then it is purged. */
  readonly resumeMs: number;
  /** How long a person has to answer a registry's question. */
  readonly clarificationMs: number;
  /** How long a registry takes to answer (0: at once). */
  readonly checkDelayMs: number;
  /** The youngest age that may register. */
  readonly minAge: number;
  /** Scans: the `uploads.registration` row of the limits table. */
  readonly upload: UploadLimit;
}

interface CodeRecord {
  readonly code: string;
  readonly sentAt: number;
  readonly expiresAt: number;
  attemptsLeft: number;
}

interface ContactRecord {
  readonly value: string;
  verified: boolean;
  code?: CodeRecord;
}

interface CheckRecord {
  status: 'pending' | 'passed' | 'failed' | 'clarification-requested';
  reason?: CheckReason;
  answerBy?: number;
  checkedAt?: number;
  previousLastName?: string;
}

interface DocumentRecord {
  readonly slot: RegistrationDocumentSlot;
  readonly fileName: string;
  readonly mediaType: 'application/pdf' | 'image/jpeg' | 'image/png';
  readonly size: number;
  readonly uploadedAt: number;
}

/** A registration as it is kept: what the owner sees, plus codes and the password hash, which they never see. */
export interface RegistrationRecord {
  readonly token: string;
  readonly createdAt: number;
  touchedAt: number;
  contacts: { phone: ContactRecord; email?: ContactRecord };
  personalData?: PersonalData;
  checks?: Record<RegistrationCheckName, CheckRecord>;
  documents: DocumentRecord[];
  passwordHash?: string;
  consent?: { readonly version: string; readonly at: number };
  accountLevel?: 'simplified' | 'standard';
}

export interface RegistrationStore {
  get(token: string): RegistrationRecord | undefined;
  save(record: RegistrationRecord): void;
  delete(token: string): void;
  all(): RegistrationRecord[];
}

/** What registration needs of the accounts the identity provider signs in. */
export interface AccountDirectory {
  /** Whether an existing account already has this phone (+7…), e-mail, SNILS (XXX-XXX-XXX YY) or passport (series+number). */
  taken(kind: 'phone' | 'email' | 'snils' | 'passport', value: string): boolean;
  create(account: NewRegisteredAccount): Promise<void>;
}

export interface NewRegisteredAccount {
  readonly level: 'simplified' | 'standard';
  readonly personalData: PersonalData;
  readonly phone: string;
  readonly email?: string;
  readonly passwordHash: string;
}

export interface Messenger {
  send(channel: 'sms' | 'email', to: string, text: string): void;
}

/** Where scans are kept (files under the data directory on the backend). */
export interface DocumentFiles {
  put(registration: string, slot: RegistrationDocumentSlot, bytes: Uint8Array): void;
  deleteAll(registration: string): void;
}

export interface RegistrationDependencies {
  readonly clock: Clock;
  readonly store: RegistrationStore;
  readonly accounts: AccountDirectory;
  readonly messenger: Messenger;
  readonly registries: Registries;
  readonly files: DocumentFiles;
  readonly limits: RegistrationLimits;
  readonly hashPassword: (password: string) => Promise<string>;
  /** Random bytes; `crypto.getRandomValues` by default. */
  readonly randomBytes?: (length: number) => Uint8Array;
  /** Runs `task` after `ms`; `setTimeout` by default (the simulated registries' latency). */
  readonly schedule?: (ms: number, task: () => void) => void;
}

type ErrorCode =
  | 'validation-failed'
  | 'not-found'
  | 'contact-taken'
  | 'code-wrong'
  | 'code-expired'
  | 'code-attempts-exhausted'
  | 'code-cooldown'
  | 'too-many-codes'
  | 'wrong-state'
  | 'inn-not-found'
  | 'consent-outdated'
  | FileProblem
  | 'unreadable';

/** A failure the transports turn into problem+json: `code` for machines, the message and fields for people. */
export class RegistrationError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly errors: readonly FieldError[];
  /** Seconds until the request may succeed (429). */
  readonly retryAfter?: number;

  constructor(
    code: ErrorCode,
    status: number,
    message: string,
    extra: { errors?: readonly FieldError[]; retryAfter?: number } = {},
  ) {
    super(message);
    this.name = 'RegistrationError';
    this.code = code;
    this.status = status;
    this.errors = extra.errors ?? [];
    if (extra.retryAfter !== undefined) this.retryAfter = extra.retryAfter;
  }
}

type Listener = (registration: Registration) => void;

const iso = (ms: number) => new Date(ms).toISOString();
const ALL_CHECKS = Object.keys(REGISTRATION_CHECKS) as RegistrationCheckName[];

function base64url(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return btoa(text).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

/** What a person can change in a password rule's eyes: the personal data it must not contain. */
function personalOf(record: RegistrationRecord): PasswordPersonalData {
  const data = record.personalData;
  return {
    ...(data ? { lastName: data.lastName, firstName: data.firstName, birthDate: data.birthDate } : {}),
    phone: record.contacts.phone.value,
    ...(record.contacts.email ? { email: record.contacts.email.value } : {}),
  };
}

export class Registrations {
  readonly #deps: RegistrationDependencies;
  readonly #listeners = new Map<string, Set<Listener>>();
  /** Codes sent to each recipient, by time: the per-recipient limit across registrations. */
  readonly #sent = new Map<string, number[]>();

  constructor(deps: RegistrationDependencies) {
    this.#deps = deps;
    // Checks that were running when the backend stopped run again.
    for (const record of deps.store.all()) {
      for (const name of ALL_CHECKS) {
        if (record.checks?.[name].status === 'pending') this.#scheduleCheck(record.token, name);
      }
    }
  }

  /** Starts a registration with a phone (and an e-mail): a code goes to each. Returns the resume token. */
  start(input: StartRegistration): { token: string; registration: Registration } {
    const errors: FieldError[] = [];
    const phone = validatePhone(input.phone);
    if (!phone.valid) errors.push({ field: 'phone', code: phone.reason, message: phone.message.ru });
    const email = input.email?.trim() ? validateEmail(input.email) : undefined;
    if (email && !email.valid) errors.push({ field: 'email', code: email.reason, message: email.message.ru });
    if (errors.length > 0 || !phone.valid || (email && !email.valid)) throw validationFailed(errors);

    const taken: FieldError[] = [];
    if (this.#deps.accounts.taken('phone', phone.value)) {
      taken.push({ field: 'phone', code: 'taken', message: TAKEN.phone });
    }
    if (email?.valid && this.#deps.accounts.taken('email', email.value)) {
      taken.push({ field: 'email', code: 'taken', message: TAKEN.email });
    }
    if (taken.length > 0) {
      throw new RegistrationError('contact-taken', 409, 'Учётная запись с такими контактами уже есть.', {
        errors: taken,
      });
    }

    const now = this.#now();
    const token = base64url(this.#random(32));
    const record: RegistrationRecord = {
      token,
      createdAt: now,
      touchedAt: now,
      contacts: {
        phone: { value: phone.value, verified: false },
        ...(email?.valid ? { email: { value: email.value, verified: false } } : {}),
      },
      documents: [],
    };
    this.#sendCode(record, 'phone');
    if (record.contacts.email) this.#sendCode(record, 'email');
    this.#save(record);
    return { token, registration: this.view(record) };
  }

  get(token: string): Registration {
    return this.view(this.#own(token));
  }

  /** Confirms a contact with its code. */
  confirmContact(token: string, channel: ContactChannel, code: string): Registration {
    const record = this.#own(token);
    const contact = this.#contact(record, channel);
    if (contact.verified) return this.view(record);
    const sent = contact.code;
    const now = this.#now();
    if (!sent || sent.expiresAt <= now) {
      throw new RegistrationError('code-expired', 410, 'Срок действия кода истёк. Запросите новый код.');
    }
    if (sent.attemptsLeft <= 0) {
      throw new RegistrationError(
        'code-attempts-exhausted',
        429,
        'Код введён неверно слишком много раз. Запросите новый код.',
      );
    }
    if (code.replace(/\s+/g, '') !== sent.code) {
      sent.attemptsLeft -= 1;
      this.#save(record);
      const left = sent.attemptsLeft;
      throw new RegistrationError(
        left > 0 ? 'code-wrong' : 'code-attempts-exhausted',
        left > 0 ? 400 : 429,
        left > 0
          ? `Неверный код. Осталось попыток: ${left}.`
          : 'Код введён неверно слишком много раз. Запросите новый код.',
        { errors: [{ field: 'code', code: 'wrong', message: 'Неверный код' }] },
      );
    }
    contact.verified = true;
    delete contact.code;
    this.#save(record);
    return this.view(record);
  }

  /** A new code to a contact, once the cooldown since the last one has passed. */
  resendCode(token: string, channel: ContactChannel): Registration {
    const record = this.#own(token);
    const contact = this.#contact(record, channel);
    if (contact.verified) throw new RegistrationError('wrong-state', 409, 'Этот контакт уже подтверждён.');
    const readyAt = (contact.code?.sentAt ?? 0) + this.#deps.limits.code.resendCooldownMs;
    const now = this.#now();
    if (readyAt > now) {
      throw new RegistrationError('code-cooldown', 429, 'Новый код можно запросить чуть позже.', {
        retryAfter: Math.ceil((readyAt - now) / 1000),
      });
    }
    this.#sendCode(record, channel);
    this.#save(record);
    return this.view(record);
  }

  /**
   * Saves personal data (checked field by field with the core validators, every error at once). The registry
   * checks start with {@link startChecks}; changing the data afterwards means checking again.
   */
  setPersonalData(token: string, input: PersonalDataInput): Registration {
    const record = this.#own(token);
    this.#requireContacts(record);
    record.personalData = this.#checkPersonalData(input);
    delete record.checks;
    this.#save(record);
    return this.view(record);
  }

  /** «Найти мой ИНН»: asks the tax registry by name, birth date and passport. */
  lookupInn(token: string, input: InnLookup): { inn: string } {
    this.#requireContacts(this.#own(token));
    const errors: FieldError[] = [];
    const lastName = field(errors, 'lastName', validateLastName(input.lastName));
    const firstName = field(errors, 'firstName', validateFirstName(input.firstName));
    const middleName = field(errors, 'middleName', validatePatronymic(input.middleName));
    const birthDate = field(errors, 'birthDate', validateBirthDate(input.birthDate, this.#ageOptions()));
    const passport = field(
      errors,
      'passport.number',
      validatePassport(`${input.passport.series}${input.passport.number}`),
    );
    if (!lastName || !firstName || middleName === undefined || !birthDate || !passport) throw validationFailed(errors);
    const inn = this.#deps.registries.findInn({
      lastName,
      firstName,
      ...(middleName ? { middleName } : {}),
      birthDate: formatCalendarDate(birthDate),
      passport,
    });
    if (!inn) {
      throw new RegistrationError(
        'inn-not-found',
        404,
        'ФНС России не нашла ИНН по этим данным. Проверьте их или оставьте поле пустым — ИНН необязателен.',
      );
    }
    return { inn };
  }

  /** Keeps a scan in its slot (replacing the previous one), checked by content. */
  upload(token: string, slot: RegistrationDocumentSlot, fileName: string, bytes: Uint8Array): Registration {
    const record = this.#own(token);
    this.#requireContacts(record);
    const { maxBytes, mediaTypes, minImageSide = 0 } = this.#deps.limits.upload;
    const checked = checkUpload(bytes, mediaTypes, maxBytes);
    if (!checked.ok) {
      throw new RegistrationError(
        checked.problem,
        FILE_STATUS[checked.problem],
        FILE_MESSAGES[checked.problem](maxBytes),
      );
    }
    const side = smallestSide(bytes, checked.mediaType);
    if (side !== undefined && side < minImageSide) {
      throw new RegistrationError(
        'unreadable',
        422,
        `Скан слишком мелкий, его не прочитать: нужно не меньше ${minImageSide} точек по короткой стороне. Отсканируйте или сфотографируйте страницу крупнее.`,
      );
    }
    this.#deps.files.put(record.token, slot, bytes);
    record.documents = [
      ...record.documents.filter((document) => document.slot !== slot),
      {
        slot,
        fileName: fileName.slice(0, 255) || 'document',
        mediaType: checked.mediaType,
        size: bytes.byteLength,
        uploadedAt: this.#now(),
      },
    ];
    this.#save(record);
    return this.view(record);
  }

  /** Sends the personal data to the registries (the checks take a while); the required scans must be in. */
  startChecks(token: string): Registration {
    const record = this.#own(token);
    this.#requireContacts(record);
    const data = record.personalData;
    if (!data) throw new RegistrationError('wrong-state', 409, 'Сначала заполните личные данные.');
    if (!hasIdentityDocuments(data)) {
      throw new RegistrationError('wrong-state', 409, 'Для проверки нужны место рождения, СНИЛС и паспорт.');
    }
    const missing = (Object.keys(REGISTRATION_DOCUMENT_SLOTS) as RegistrationDocumentSlot[]).filter(
      (slot) =>
        REGISTRATION_DOCUMENT_SLOTS[slot].required && !record.documents.some((document) => document.slot === slot),
    );
    if (missing.length > 0) {
      throw validationFailed(
        missing.map((slot) => ({
          field: `documents.${slot}`,
          code: 'required',
          message: `Загрузите: ${REGISTRATION_DOCUMENT_SLOTS[slot].title.toLowerCase()}`,
        })),
      );
    }
    const now = this.#now();
    // A SNILS or passport of an existing account fails at once: the person should sign in or recover that account.
    const taken = (kind: 'snils' | 'passport', value: string): CheckRecord | undefined =>
      this.#deps.accounts.taken(kind, value)
        ? { status: 'failed', reason: kind === 'snils' ? 'snils-taken' : 'passport-taken', checkedAt: now }
        : undefined;
    record.checks = {
      snils: taken('snils', data.snils) ?? { status: 'pending' },
      passport: taken('passport', `${data.passport.series}${data.passport.number}`) ?? { status: 'pending' },
    };
    this.#save(record);
    for (const name of ALL_CHECKS) if (record.checks[name].status === 'pending') this.#scheduleCheck(token, name);
    return this.view(this.#own(token));
  }

  /** The person's answer to a registry's question: the check runs again with it. */
  clarify(token: string, input: ClarificationInput): Registration {
    const record = this.#own(token);
    const check = record.checks?.[input.check];
    if (!record.personalData || !check || this.#checkStatus(check) !== 'clarification-requested') {
      throw new RegistrationError('wrong-state', 409, 'По этой проверке вопросов нет.');
    }
    const errors: FieldError[] = [];
    const previous = field(errors, 'previousLastName', validateLastName(input.previousLastName));
    if (!previous) throw validationFailed(errors);
    check.previousLastName = previous;
    check.status = 'pending';
    delete check.answerBy;
    this.#save(record);
    this.#scheduleCheck(token, input.check);
    return this.view(this.#own(token));
  }

  /** The password, by the core policy (the rule that failed is named); kept only as a hash. */
  async setPassword(token: string, password: string): Promise<Registration> {
    const record = this.#own(token);
    this.#requireContacts(record);
    const checked = checkPassword(password, { person: personalOf(record) });
    if (!checked.valid) {
      throw validationFailed(
        checked.failures.map((failure) => ({ field: 'password', code: failure.rule, message: failure.message.ru })),
      );
    }
    record.passwordHash = await this.#deps.hashPassword(password);
    this.#save(record);
    return this.view(record);
  }

  /** Consent to the processing of personal data, for the version of the text that was shown. */
  consent(token: string, input: ConsentInput): Registration {
    const record = this.#own(token);
    this.#requireContacts(record);
    if (input.version !== PERSONAL_DATA_CONSENT.version) {
      throw new RegistrationError(
        'consent-outdated',
        409,
        'Текст согласия обновился. Прочитайте новую редакцию и подтвердите согласие ещё раз.',
      );
    }
    record.consent = { version: input.version, at: this.#now() };
    this.#save(record);
    return this.view(record);
  }

  /**
   * Creates the account: `standard` once both checks passed, `simplified` with confirmed contacts only. Either way
   * the password and the consent must be in; a message goes to the phone and the e-mail.
   */
  async complete(token: string, level: 'simplified' | 'standard'): Promise<Registration> {
    const record = this.#own(token);
    if (record.accountLevel) return this.view(record);
    this.#requireContacts(record);
    const missing: FieldError[] = [];
    if (!record.personalData)
      missing.push({ field: 'personalData', code: 'required', message: 'Заполните личные данные' });
    if (!record.passwordHash) missing.push({ field: 'password', code: 'required', message: 'Задайте пароль' });
    if (!record.consent) {
      missing.push({ field: 'consent', code: 'required', message: 'Дайте согласие на обработку персональных данных' });
    }
    if (level === 'standard' && this.#state(record) !== 'credentials-set' && missing.length === 0) {
      throw new RegistrationError('wrong-state', 409, 'Проверки данных ещё не пройдены.');
    }
    if (missing.length > 0 || !record.personalData || !record.passwordHash) throw validationFailed(missing);
    const { phone, email } = record.contacts;
    // Contacts may have been taken by another registration finished meanwhile.
    if (this.#deps.accounts.taken('phone', phone.value)) {
      throw new RegistrationError('contact-taken', 409, TAKEN.phone, {
        errors: [{ field: 'phone', code: 'taken', message: TAKEN.phone }],
      });
    }
    await this.#deps.accounts.create({
      level,
      personalData: record.personalData,
      phone: phone.value,
      ...(email ? { email: email.value } : {}),
      passwordHash: record.passwordHash,
    });
    record.accountLevel = level;
    delete record.passwordHash;
    this.#deps.files.deleteAll(record.token);
    const name = record.personalData.firstName;
    const text = `${name}, регистрация на Госуслугах завершена. Войдите по номеру телефона и паролю.`;
    this.#deps.messenger.send('sms', phone.value, text);
    if (email) this.#deps.messenger.send('email', email.value, text);
    this.#save(record);
    return this.view(record);
  }

  /** «Начать заново»: the registration and its scans are gone. */
  discard(token: string): void {
    this.#own(token);
    this.#deps.files.deleteAll(token);
    this.#deps.store.delete(token);
  }

  /** Deletes registrations nobody touched for `limits.resumeMs`; returns how many. */
  purge(): number {
    const cutoff = this.#now() - this.#deps.limits.resumeMs;
    let purged = 0;
    for (const record of this.#deps.store.all()) {
      if (record.touchedAt > cutoff) continue;
      this.#deps.files.deleteAll(record.token);
      this.#deps.store.delete(record.token);
      purged += 1;
    }
    return purged;
  }

  /** The registration as it changes (checks finishing), until the returned function is called. */
  subscribe(token: string, listener: Listener): () => void {
    this.#own(token);
    let set = this.#listeners.get(token);
    if (!set) this.#listeners.set(token, (set = new Set()));
    set.add(listener);
    return () => set.delete(listener);
  }

  view(record: RegistrationRecord): Registration {
    const contact = (value: ContactRecord) => ({
      value: value.value,
      verified: value.verified,
      ...(value.code
        ? {
            code: {
              expiresAt: iso(value.code.expiresAt),
              resendAvailableAt: iso(value.code.sentAt + this.#deps.limits.code.resendCooldownMs),
              attemptsLeft: value.code.attemptsLeft,
            },
          }
        : {}),
    });
    const check = (name: RegistrationCheckName, value: CheckRecord): RegistrationCheck => {
      const status = this.#checkStatus(value);
      return {
        registry: REGISTRATION_CHECKS[name],
        status,
        ...(value.reason && status !== 'passed' && status !== 'pending'
          ? { reason: value.reason, message: CHECK_REASONS[value.reason].message }
          : {}),
        ...(status === 'clarification-requested' && value.answerBy ? { answerBy: iso(value.answerBy) } : {}),
        ...(value.checkedAt ? { checkedAt: iso(value.checkedAt) } : {}),
      };
    };
    return {
      state: this.#state(record),
      resumableUntil: iso(record.touchedAt + this.#deps.limits.resumeMs),
      contacts: {
        phone: contact(record.contacts.phone),
        ...(record.contacts.email ? { email: contact(record.contacts.email) } : {}),
      },
      ...(record.personalData ? { personalData: structuredClone(record.personalData) } : {}),
      ...(record.checks
        ? {
            checks: { snils: check('snils', record.checks.snils), passport: check('passport', record.checks.passport) },
          }
        : {}),
      documents: record.documents.map((document) => ({ ...document, uploadedAt: iso(document.uploadedAt) })),
      passwordSet: record.passwordHash !== undefined || record.accountLevel !== undefined,
      ...(record.consent ? { consent: { version: record.consent.version, at: iso(record.consent.at) } } : {}),
      ...(record.accountLevel ? { accountLevel: record.accountLevel } : {}),
    };
  }

  #state(record: RegistrationRecord): RegistrationState {
    if (record.accountLevel) return 'completed';
    const { phone, email } = record.contacts;
    if (!phone.verified || (email && !email.verified)) return 'contacts-pending';
    if (!record.personalData) return 'contacts-verified';
    const checks = record.checks;
    if (!checks) return 'personal-data';
    const statuses = ALL_CHECKS.map((name) => this.#checkStatus(checks[name]));
    if (statuses.includes('failed')) return 'checks-failed';
    if (statuses.some((status) => status !== 'passed')) return 'checks-in-progress';
    return record.passwordHash && record.consent ? 'credentials-set' : 'checks-passed';
  }

  /** A question not answered in time is a failed check. */
  #checkStatus(check: CheckRecord): CheckRecord['status'] {
    if (check.status === 'clarification-requested' && (check.answerBy ?? 0) <= this.#now()) return 'failed';
    return check.status;
  }

  #scheduleCheck(token: string, name: RegistrationCheckName): void {
    const run = () => this.#runCheck(token, name);
    const delay = this.#deps.limits.checkDelayMs * (name === 'snils' ? 1 : 1.5);
    if (delay <= 0) run();
    else (this.#deps.schedule ?? ((ms, task) => void setTimeout(task, ms)))(delay, run);
  }

  #runCheck(token: string, name: RegistrationCheckName): void {
    const record = this.#deps.store.get(token);
    const check = record?.checks?.[name];
    const data = record?.personalData;
    // Gone, or the data changed since: this answer is for nothing.
    if (!record || !data || !hasIdentityDocuments(data) || !check || check.status !== 'pending') return;
    const answer =
      name === 'snils'
        ? this.#deps.registries.checkSnils(data, check.previousLastName)
        : this.#deps.registries.checkPassport(data);
    const now = this.#now();
    check.checkedAt = now;
    if (answer.passed) {
      check.status = 'passed';
      delete check.reason;
    } else if (CHECK_REASONS[answer.reason].outcome === 'clarification') {
      check.status = 'clarification-requested';
      check.reason = answer.reason;
      check.answerBy = now + this.#deps.limits.clarificationMs;
    } else {
      check.status = 'failed';
      check.reason = answer.reason;
    }
    this.#save(record);
  }

  #checkPersonalData(input: PersonalDataInput): PersonalData {
    const errors: FieldError[] = [];
    const lastName = field(errors, 'lastName', validateLastName(input.lastName));
    const firstName = field(errors, 'firstName', validateFirstName(input.firstName));
    const middleName = field(errors, 'middleName', validatePatronymic(input.middleName));
    const birth = field(errors, 'birthDate', validateBirthDate(input.birthDate, this.#ageOptions()));
    const inn = input.inn?.trim() ? field(errors, 'inn', validateInn(input.inn, { kinds: ['person'] })) : undefined;
    // A simplified account gives the name, sex and birth date only; once any identity document field is sent, all
    // of them are required (the registry checks need them together).
    const withDocuments = input.birthPlace !== undefined || input.snils !== undefined || input.passport !== undefined;
    const documents = withDocuments ? this.#checkIdentityDocuments(input, birth, errors) : undefined;
    if (errors.length > 0 || !lastName || !firstName || middleName === undefined || !birth) {
      throw validationFailed(errors);
    }
    return {
      lastName,
      firstName,
      ...(middleName ? { middleName } : {}),
      gender: input.gender,
      birthDate: formatCalendarDate(birth),
      ...(inn ? { inn: inn.inn } : {}),
      citizenship: 'RUS',
      ...documents,
    };
  }

  /** Birth place, SNILS and passport, each checked; undefined (with the errors recorded) if any is wrong. */
  #checkIdentityDocuments(
    input: PersonalDataInput,
    birth: CalendarDate | undefined,
    errors: FieldError[],
  ): Required<Pick<PersonalData, 'birthPlace' | 'snils' | 'passport'>> | undefined {
    const given = input.passport ?? { series: '', number: '', issueDate: '', divisionCode: '', issuedBy: '' };
    const birthPlace = input.birthPlace?.trim() ?? '';
    if (!birthPlace) {
      errors.push({ field: 'birthPlace', code: 'empty', message: 'Укажите место рождения, как в паспорте' });
    }
    const snils = field(errors, 'snils', validateSnils(input.snils ?? ''));
    const passport = field(errors, 'passport.number', validatePassport(`${given.series}${given.number}`));
    const issued = field(
      errors,
      'passport.issueDate',
      validatePassportIssueDate(given.issueDate, {
        ...(birth ? { birthDate: birth } : {}),
        today: new Date(this.#now()),
      }),
    );
    const divisionCode = field(errors, 'passport.divisionCode', validateDivisionCode(given.divisionCode));
    const issuedBy = given.issuedBy.trim();
    if (!issuedBy) {
      errors.push({ field: 'passport.issuedBy', code: 'empty', message: 'Укажите, кем выдан паспорт, как в паспорте' });
    }
    if (!birthPlace || !snils || !passport || !issued || !divisionCode || !issuedBy) return undefined;
    return {
      birthPlace,
      snils: formatSnils(snils),
      passport: {
        series: passport.series,
        number: passport.number,
        issueDate: formatCalendarDate(issued),
        divisionCode,
        issuedBy,
      },
    };
  }

  #ageOptions() {
    return { minAge: this.#deps.limits.minAge, today: new Date(this.#now()) };
  }

  #sendCode(record: RegistrationRecord, channel: ContactChannel): void {
    const contact = this.#contact(record, channel);
    const now = this.#now();
    const { windowMs, max } = this.#deps.limits.codesPerRecipient;
    const recent = (this.#sent.get(contact.value) ?? []).filter((at) => at > now - windowMs);
    if (recent.length >= max) {
      throw new RegistrationError(
        'too-many-codes',
        429,
        'На этот адрес уже отправлено много кодов. Попробуйте позже.',
        {
          retryAfter: Math.ceil(((recent[0] ?? now) + windowMs - now) / 1000),
        },
      );
    }
    this.#sent.set(contact.value, [...recent, now]);
    const { length, lifetimeMs, maxAttempts } = this.#deps.limits.code;
    const digits = [...this.#random(length)].map((byte) => String(byte % 10)).join('');
    contact.code = { code: digits, sentAt: now, expiresAt: now + lifetimeMs, attemptsLeft: maxAttempts };
    const minutes = Math.round(lifetimeMs / 60_000);
    this.#deps.messenger.send(
      channel === 'phone' ? 'sms' : 'email',
      contact.value,
      `Код для регистрации на Госуслугах: ${digits}. Действует ${minutes} мин. Никому его не сообщайте.`,
    );
  }

  #contact(record: RegistrationRecord, channel: ContactChannel): ContactRecord {
    const contact = record.contacts[channel];
    if (!contact) throw new RegistrationError('not-found', 404, 'Электронная почта в этой регистрации не указана.');
    return contact;
  }

  #requireContacts(record: RegistrationRecord): void {
    const { phone, email } = record.contacts;
    if (!phone.verified || (email && !email.verified)) {
      throw new RegistrationError('wrong-state', 409, 'Сначала подтвердите телефон и почту кодами.');
    }
    if (record.accountLevel) throw new RegistrationError('wrong-state', 409, 'Регистрация уже завершена.');
  }

  #own(token: string): RegistrationRecord {
    const record = this.#deps.store.get(token);
    if (!record || record.touchedAt <= this.#now() - this.#deps.limits.resumeMs) {
      throw new RegistrationError(
        'not-found',
        404,
        'Регистрация не найдена: её завершили, отменили или не продолжали больше суток. Начните заново.',
      );
    }
    return record;
  }

  #save(record: RegistrationRecord): void {
    record.touchedAt = this.#now();
    this.#deps.store.save(record);
    const listeners = this.#listeners.get(record.token);
    if (listeners?.size) {
      const view = this.view(record);
      for (const listener of listeners) listener(view);
    }
  }

  #now(): number {
    return this.#deps.clock.now();
  }

  #random(length: number): Uint8Array {
    return this.#deps.randomBytes?.(length) ?? globalThis.crypto.getRandomValues(new Uint8Array(length));
  }
}

const TAKEN = {
  phone: 'Этот номер уже указан в учётной записи на Госуслугах. Войдите с ним или восстановите пароль.',
  email: 'Эта почта уже указана в учётной записи на Госуслугах. Войдите с ней или восстановите пароль.',
};

const FILE_STATUS: Record<FileProblem, number> = { empty: 422, 'too-large': 413, 'unsupported-type': 415 };
const FILE_MESSAGES: Record<FileProblem, (maxBytes: number) => string> = {
  empty: () => 'Файл пустой. Выберите скан или фотографию документа.',
  'too-large': (maxBytes) =>
    `Файл больше ${Math.round(maxBytes / 1024 / 1024)} МБ. Уменьшите его или отсканируйте с меньшим разрешением.`,
  'unsupported-type': () =>
    'Этот файл не подходит: принимаются PDF, JPEG и PNG. Тип файла определяется по содержимому, а не по названию.',
};

function validationFailed(errors: readonly FieldError[]): RegistrationError {
  return new RegistrationError('validation-failed', 400, 'Исправьте отмеченные поля.', { errors });
}

/** The value of a valid result; for an invalid one, records the field's error and returns undefined. */
function field<T>(
  errors: FieldError[],
  name: string,
  result: { valid: true; value: T } | { valid: false; reason: string; message: { ru: string } },
): T | undefined {
  if (result.valid) return result.value;
  errors.push({ field: name, code: result.reason, message: result.message.ru });
  return undefined;
}

/** The shorter side of a PNG or JPEG in pixels, from its header; undefined for PDFs or unreadable headers. */
export function smallestSide(bytes: Uint8Array, mediaType: string): number | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (mediaType === 'image/png' && bytes.byteLength >= 24) return Math.min(view.getUint32(16), view.getUint32(20));
  if (mediaType !== 'image/jpeg') return undefined;
  // Walk the JPEG segments to the frame header (SOF0–SOF15 except DHT, JPG and DAC).
  let offset = 2;
  while (offset + 9 < bytes.byteLength) {
    if (bytes[offset] !== 0xff) return undefined;
    const marker = bytes[offset + 1] ?? 0;
    const length = view.getUint16(offset + 2);
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return Math.min(view.getUint16(offset + 5), view.getUint16(offset + 7));
    }
    offset += 2 + length;
  }
  return undefined;
}
