// Registration's HTTP semantics without HTTP: each operation takes what a transport read from the request and gives
// back the status, body and headers to send. The Express routes and the MSW handlers are thin adapters over this.
import {
  ClarificationInputSchema,
  CompleteRegistrationSchema,
  ConsentInputSchema,
  ContactChannelSchema,
  ContactCodeSchema,
  fieldErrorsFromZod,
  InnLookupSchema,
  PasswordInputSchema,
  PersonalDataInputSchema,
  problemTypeUri,
  REGISTRATION_TOKEN_HEADER,
  RegistrationDocumentFieldsSchema,
  StartRegistrationSchema,
  type FieldError,
  type ProblemDetails,
} from '@gos-elements/contracts';
import { fingerprint, type IdempotencyKeys, type StoredAnswer } from '../cabinet/idempotency.js';
import { CONSENT_DOCUMENT } from './consent.js';
import { RegistrationError, type Registrations } from './registrations.js';

/** An answer with the headers it needs (`Retry-After` on 429). */
export interface Answer extends StoredAnswer {
  readonly headers?: Readonly<Record<string, string>>;
}

export interface ScanUpload {
  readonly slot: string | undefined;
  readonly fileName: string | undefined;
  readonly bytes: Uint8Array | undefined;
}

const TITLES: Record<RegistrationError['code'], string> = {
  'validation-failed': 'Данные не прошли проверку',
  'not-found': 'Регистрация не найдена',
  'contact-taken': 'Учётная запись уже есть',
  'code-wrong': 'Неверный код',
  'code-expired': 'Код истёк',
  'code-attempts-exhausted': 'Попытки закончились',
  'code-cooldown': 'Слишком рано',
  'too-many-codes': 'Слишком много кодов',
  'wrong-state': 'Этот шаг сейчас недоступен',
  'inn-not-found': 'ИНН не найден',
  'consent-outdated': 'Текст согласия обновился',
  empty: 'Пустой файл',
  'too-large': 'Файл слишком большой',
  'unsupported-type': 'Неподдерживаемый тип файла',
  unreadable: 'Скан не читается',
};

function problem(error: RegistrationError, instance: string): Answer {
  const body: ProblemDetails = {
    type: problemTypeUri(error.code),
    title: TITLES[error.code],
    status: error.status,
    code: error.code,
    detail: error.message,
    instance,
    ...(error.errors.length > 0 ? { errors: [...error.errors] } : {}),
  };
  return {
    status: error.status,
    body,
    ...(error.retryAfter !== undefined ? { headers: { 'Retry-After': String(error.retryAfter) } } : {}),
  };
}

function invalid(errors: FieldError[], instance: string): Answer {
  return problem(new RegistrationError('validation-failed', 400, 'Исправьте отмеченные поля.', { errors }), instance);
}

/** Runs a domain call, turning a {@link RegistrationError} into its problem answer. */
function answer(instance: string, status: number, run: () => unknown): Answer {
  try {
    return { status, body: run() };
  } catch (error) {
    if (error instanceof RegistrationError) return problem(error, instance);
    throw error;
  }
}

async function answerAsync(instance: string, status: number, run: () => Promise<unknown>): Promise<Answer> {
  try {
    return { status, body: await run() };
  } catch (error) {
    if (error instanceof RegistrationError) return problem(error, instance);
    throw error;
  }
}

/** The body checked against `schema`, or the 400 answer listing its problems. */
function parse<T>(
  schema: {
    safeParse(
      value: unknown,
    ): { success: true; data: T } | { success: false; error: Parameters<typeof fieldErrorsFromZod>[0] };
  },
  body: unknown,
  instance: string,
): { data: T } | { answer: Answer } {
  const parsed = schema.safeParse(body);
  return parsed.success ? { data: parsed.data } : { answer: invalid(fieldErrorsFromZod(parsed.error), instance) };
}

export class RegistrationApi {
  readonly registrations: Registrations;
  readonly #idempotency: IdempotencyKeys;

  constructor(registrations: Registrations, idempotency: IdempotencyKeys) {
    this.registrations = registrations;
    this.#idempotency = idempotency;
  }

  /** The answer for a request without the resume token. */
  static missingToken(instance: string): Answer {
    const body: ProblemDetails = {
      type: problemTypeUri('registration-token-missing'),
      title: 'Нужен токен регистрации',
      status: 401,
      code: 'registration-token-missing',
      detail: `Передайте токен, полученный при начале регистрации, в заголовке ${REGISTRATION_TOKEN_HEADER}.`,
      instance,
    };
    return { status: 401, body };
  }

  consentDocument(): Answer {
    return { status: 200, body: CONSENT_DOCUMENT };
  }

  start(body: unknown, key: string | null, instance: string): Answer {
    const input = parse(StartRegistrationSchema, body, instance);
    if ('answer' in input) return input.answer;
    return this.#idempotency.run(
      { owner: 'registration-start', operation: 'start', key },
      fingerprint(JSON.stringify(input.data)),
      () => answer(instance, 201, () => this.registrations.start(input.data)),
    );
  }

  get(token: string, instance: string): Answer {
    return answer(instance, 200, () => this.registrations.get(token));
  }

  discard(token: string, instance: string): Answer {
    return answer(instance, 204, () => this.registrations.discard(token));
  }

  confirmContact(token: string, channel: string, body: unknown, instance: string): Answer {
    const parsedChannel = ContactChannelSchema.safeParse(channel);
    if (!parsedChannel.success) return this.#unknownChannel(instance);
    const input = parse(ContactCodeSchema, body, instance);
    if ('answer' in input) return input.answer;
    return answer(instance, 200, () => this.registrations.confirmContact(token, parsedChannel.data, input.data.code));
  }

  resendCode(token: string, channel: string, instance: string): Answer {
    const parsedChannel = ContactChannelSchema.safeParse(channel);
    if (!parsedChannel.success) return this.#unknownChannel(instance);
    return answer(instance, 200, () => this.registrations.resendCode(token, parsedChannel.data));
  }

  setPersonalData(token: string, body: unknown, instance: string): Answer {
    const input = parse(PersonalDataInputSchema, body, instance);
    if ('answer' in input) return input.answer;
    return answer(instance, 200, () => this.registrations.setPersonalData(token, input.data));
  }

  lookupInn(token: string, body: unknown, instance: string): Answer {
    const input = parse(InnLookupSchema, body, instance);
    if ('answer' in input) return input.answer;
    return answer(instance, 200, () => this.registrations.lookupInn(token, input.data));
  }

  upload(token: string, upload: ScanUpload, key: string | null, instance: string): Answer {
    const slot = RegistrationDocumentFieldsSchema.shape.slot.safeParse(upload.slot);
    const errors: FieldError[] = [
      ...(slot.success ? [] : [{ field: 'slot', code: 'invalid', message: 'Укажите, какой это документ.' }]),
      ...(upload.bytes ? [] : [{ field: 'file', code: 'required', message: 'Приложите файл.' }]),
    ];
    if (!slot.success || !upload.bytes) return invalid(errors, instance);
    const bytes = upload.bytes;
    return this.#idempotency.run(
      { owner: token, operation: 'upload', key },
      fingerprint(slot.data, upload.fileName ?? '', bytes),
      () =>
        answer(instance, 201, () => this.registrations.upload(token, slot.data, upload.fileName ?? 'document', bytes)),
    );
  }

  startChecks(token: string, instance: string): Answer {
    return answer(instance, 202, () => this.registrations.startChecks(token));
  }

  clarify(token: string, body: unknown, instance: string): Answer {
    const input = parse(ClarificationInputSchema, body, instance);
    if ('answer' in input) return input.answer;
    return answer(instance, 202, () => this.registrations.clarify(token, input.data));
  }

  setPassword(token: string, body: unknown, instance: string): Promise<Answer> {
    const input = parse(PasswordInputSchema, body, instance);
    if ('answer' in input) return Promise.resolve(input.answer);
    return answerAsync(instance, 200, () => this.registrations.setPassword(token, input.data.password));
  }

  consent(token: string, body: unknown, instance: string): Answer {
    const input = parse(ConsentInputSchema, body, instance);
    if ('answer' in input) return input.answer;
    return answer(instance, 200, () => this.registrations.consent(token, input.data));
  }

  /** Idempotent by nature: completing a completed registration answers it again. */
  complete(token: string, body: unknown, instance: string): Promise<Answer> {
    const input = parse(CompleteRegistrationSchema, body ?? {}, instance);
    if ('answer' in input) return Promise.resolve(input.answer);
    return answerAsync(instance, 200, () => this.registrations.complete(token, input.data.level));
  }

  #unknownChannel(instance: string): Answer {
    const body: ProblemDetails = {
      type: problemTypeUri('not-found'),
      title: 'Не найдено',
      status: 404,
      code: 'not-found',
      detail: 'Подтвердить можно телефон (phone) или почту (email).',
      instance,
    };
    return { status: 404, body };
  }
}
