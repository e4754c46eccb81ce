import { PERSONAL_DATA_CONSENT, type PersonalDataInput } from '@gos-elements/contracts';
import { describe, expect, it } from 'vitest';
import { FakeClock } from '../clock.js';
import { simplePdf } from '../cabinet/files.js';
import { MemoryDocumentFiles, MemoryRegistrationStore } from './memory.js';
import { REGISTRY_PEOPLE, Registries } from './registries.js';
import {
  RegistrationError,
  Registrations,
  type AccountDirectory,
  type NewRegisteredAccount,
  type RegistrationLimits,
} from './registrations.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

const TEST_LIMITS: RegistrationLimits = {
  code: { length: 6, lifetimeMs: 10 * MINUTE, maxAttempts: 3, resendCooldownMs: MINUTE },
  codesPerRecipient: { windowMs: HOUR, max: 5 },
  resumeMs: 24 * HOUR,
  clarificationMs: 24 * HOUR,
  checkDelayMs: 0,
  minAge: 18,
  upload: { maxBytes: 5 * 1024 * 1024, mediaTypes: ['application/pdf', 'image/jpeg', 'image/png'], minImageSide: 600 },
};

class FakeAccounts implements AccountDirectory {
  readonly created: NewRegisteredAccount[] = [];
  readonly existing = { phone: ['+79165550101'], email: ['maria.kuznetsova@example.ru'], snils: [], passport: [] } as {
    phone: string[];
    email: string[];
    snils: string[];
    passport: string[];
  };

  taken(kind: 'phone' | 'email' | 'snils' | 'passport', value: string): boolean {
    const key = (text: string) => (kind === 'email' ? text.toLowerCase() : text);
    return this.existing[kind].some((existing) => key(existing) === key(value));
  }

  create(account: NewRegisteredAccount): Promise<void> {
    this.created.push(account);
    this.existing.phone.push(account.phone);
    return Promise.resolve();
  }
}

function setup(options: { limits?: Partial<RegistrationLimits>; people?: typeof REGISTRY_PEOPLE } = {}) {
  const clock = new FakeClock(Date.parse('2026-12-01T09:00:00Z'));
  const accounts = new FakeAccounts();
  const sent: { channel: 'sms' | 'email'; to: string; text: string }[] = [];
  const files = new MemoryDocumentFiles();
  const scheduled: (() => void)[] = [];
  const store = new MemoryRegistrationStore();
  const registrations = new Registrations({
    clock,
    store,
    accounts,
    messenger: { send: (channel, to, text) => sent.push({ channel, to, text }) },
    registries: new Registries(options.people),
    files,
    limits: { ...TEST_LIMITS, ...options.limits },
    hashPassword: (password) => Promise.resolve(`hashed:${password.length}`),
    schedule: (_ms, task) => scheduled.push(task),
  });
  const codeFor = (to: string) =>
    /(\d{6})/.exec(sent.filter((message) => message.to === to).at(-1)?.text ?? '')?.[1] ?? '';
  return { clock, accounts, sent, files, scheduled, store, registrations, codeFor };
}

type Setup = ReturnType<typeof setup>;

const ELENA = REGISTRY_PEOPLE[0]!;
const IGOR = REGISTRY_PEOPLE[1]!;
const OLGA = REGISTRY_PEOPLE[2]!;

type FullInput = PersonalDataInput & { passport: NonNullable<PersonalDataInput['passport']> };

function personalData(person = ELENA, overrides: Partial<FullInput> = {}): FullInput {
  return {
    lastName: person.lastName,
    firstName: person.firstName,
    ...(person.middleName ? { middleName: person.middleName } : {}),
    gender: person.gender,
    birthDate: person.birthDate,
    birthPlace: 'г. Энск',
    snils: person.snils.replace(/\D/g, ''),
    citizenship: 'RUS',
    passport: {
      series: person.passport.series,
      number: person.passport.number,
      issueDate: person.passport.issueDate,
      divisionCode: '770 001',
      issuedBy: 'ОВД района Энский',
    },
    ...overrides,
  };
}

/** A PNG header of the given size (enough for the type and size checks). */
function png(width: number, height: number): Uint8Array {
  const bytes = new Uint8Array(64);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  const view = new DataView(bytes.buffer);
  view.setUint32(16, width);
  view.setUint32(20, height);
  return bytes;
}

/** Up to verified contacts: a token and the helpers. */
function verified(env: Setup, contacts = { phone: '+7 (926) 111-22-33', email: 'elena.novikova@example.ru' }) {
  const { token } = env.registrations.start(contacts);
  env.registrations.confirmContact(token, 'phone', env.codeFor('+79261112233'));
  env.registrations.confirmContact(token, 'email', env.codeFor('elena.novikova@example.ru'));
  return token;
}

function withScans(env: Setup, token: string): void {
  env.registrations.upload(token, 'passport-main', 'passport.png', png(1200, 800));
  env.registrations.upload(token, 'passport-registration', 'propiska.pdf', simplePdf(['registration']));
}

function refusal(run: () => unknown): RegistrationError {
  try {
    run();
  } catch (error) {
    if (error instanceof RegistrationError) return error;
    throw error;
  }
  throw new Error('expected a RegistrationError');
}

async function refusalAsync(run: () => Promise<unknown>): Promise<RegistrationError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof RegistrationError) return error;
    throw error;
  }
  throw new Error('expected a RegistrationError');
}

describe('registration', () => {
  it('goes from contacts to a standard account that the directory creates, with messages and no secrets kept', async () => {
    const env = setup();
    const { token, registration } = env.registrations.start({
      phone: '8 926 111 22 33',
      email: ' elena.novikova@example.ru ',
    });
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(registration).toMatchObject({
      state: 'contacts-pending',
      contacts: { phone: { value: '+79261112233', verified: false, code: { attemptsLeft: 3 } } },
    });
    expect(env.sent.map((message) => [message.channel, message.to])).toEqual([
      ['sms', '+79261112233'],
      ['email', 'elena.novikova@example.ru'],
    ]);
    expect(JSON.stringify(registration)).not.toContain(env.codeFor('+79261112233'));

    env.registrations.confirmContact(token, 'phone', env.codeFor('+79261112233'));
    expect(env.registrations.get(token).state).toBe('contacts-pending');
    env.registrations.confirmContact(token, 'email', env.codeFor('elena.novikova@example.ru'));
    expect(env.registrations.get(token).state).toBe('contacts-verified');

    const saved = env.registrations.setPersonalData(token, personalData(ELENA, { snils: ELENA.snils }));
    expect(saved.state).toBe('personal-data');
    expect(saved.personalData).toMatchObject({ snils: ELENA.snils, passport: { divisionCode: '770-001' } });
    withScans(env, token);
    expect(env.files.files.size).toBe(2);

    const checking = env.registrations.startChecks(token);
    expect(checking.checks).toMatchObject({
      snils: { registry: 'social-fund', status: 'passed' },
      passport: { registry: 'mvd', status: 'passed' },
    });
    expect(checking.state).toBe('checks-passed');
    await env.registrations.setPassword(token, 'Vesna!Sad2026');
    env.registrations.consent(token, { version: PERSONAL_DATA_CONSENT.version, accepted: true });
    expect(env.registrations.get(token)).toMatchObject({
      state: 'credentials-set',
      passwordSet: true,
      consent: { version: PERSONAL_DATA_CONSENT.version, at: '2026-12-01T09:00:00.000Z' },
    });

    const done = await env.registrations.complete(token, 'standard');
    expect(done).toMatchObject({ state: 'completed', accountLevel: 'standard' });
    expect(env.accounts.created).toEqual([
      expect.objectContaining({
        level: 'standard',
        phone: '+79261112233',
        email: 'elena.novikova@example.ru',
        passwordHash: 'hashed:13',
      }),
    ]);
    expect(env.store.get(token)?.passwordHash).toBeUndefined();
    expect(env.files.files.size).toBe(0);
    expect(env.sent.slice(-2).map((message) => message.text)).toEqual([
      'Елена, регистрация на Госуслугах завершена. Войдите по номеру телефона и паролю.',
      'Елена, регистрация на Госуслугах завершена. Войдите по номеру телефона и паролю.',
    ]);
  });

  it('creates a simplified account from confirmed contacts, without the registry checks', async () => {
    const env = setup();
    const token = verified(env);
    const { birthPlace: _place, snils: _snils, passport: _passport, ...namesOnly } = personalData();
    const saved = env.registrations.setPersonalData(token, namesOnly);
    expect(saved.personalData).toEqual({
      lastName: 'Новикова',
      firstName: 'Елена',
      middleName: 'Сергеевна',
      gender: 'F',
      birthDate: '14.03.1991',
      citizenship: 'RUS',
    });
    expect(refusal(() => env.registrations.startChecks(token)).code).toBe('wrong-state');
    // Any identity field sent means all of them.
    const partial = refusal(() => env.registrations.setPersonalData(token, { ...namesOnly, snils: ELENA.snils }));
    expect(partial.errors.map((error) => error.field)).toEqual([
      'birthPlace',
      'passport.number',
      'passport.issueDate',
      'passport.divisionCode',
      'passport.issuedBy',
    ]);
    await env.registrations.setPassword(token, 'Vesna!Sad2026');
    env.registrations.consent(token, { version: PERSONAL_DATA_CONSENT.version, accepted: true });
    await expect(env.registrations.complete(token, 'standard')).rejects.toMatchObject({ code: 'wrong-state' });
    expect(await env.registrations.complete(token, 'simplified')).toMatchObject({ accountLevel: 'simplified' });
  });

  it('refuses a phone or e-mail of an existing account, naming the field, and never makes a second account', () => {
    const env = setup();
    const error = refusal(() =>
      env.registrations.start({ phone: '+7 916 555-01-01', email: 'MARIA.KUZNETSOVA@example.ru' }),
    );
    expect(error).toMatchObject({ code: 'contact-taken', status: 409 });
    expect(error.errors.map((field) => field.field)).toEqual(['phone', 'email']);
    expect(error.errors[0]?.message).toMatch(/восстановите пароль/);
    expect(env.sent).toEqual([]);
  });

  it('fails the checks at once for a SNILS or passport of an existing account', () => {
    const env = setup();
    env.accounts.existing.snils.push(ELENA.snils);
    env.accounts.existing.passport.push(`${ELENA.passport.series}${ELENA.passport.number}`);
    const token = verified(env);
    env.registrations.setPersonalData(token, personalData());
    withScans(env, token);
    const checked = env.registrations.startChecks(token);
    expect(checked.state).toBe('checks-failed');
    expect(checked.checks?.snils).toMatchObject({ status: 'failed', reason: 'snils-taken' });
    expect(checked.checks?.passport).toMatchObject({ status: 'failed', reason: 'passport-taken' });
    expect(checked.checks?.snils.message).toMatch(/Войдите в неё или восстановите доступ/);
  });

  it.each([
    [
      'a SNILS valid by checksum but unknown',
      personalData(ELENA, { snils: '112-233-445 95' }),
      'snils',
      'snils-not-found',
    ],
    ['a SNILS of someone else', personalData(ELENA, { firstName: 'Анна' }), 'snils', 'snils-person-mismatch'],
    [
      'a passport nobody was issued',
      personalData(ELENA, { passport: { ...personalData().passport, number: '999999' } }),
      'passport',
      'passport-not-found',
    ],
    ['a passport reported invalid', personalData(IGOR), 'passport', 'passport-invalid'],
    [
      'a passport of another person',
      personalData(ELENA, { birthDate: '15.03.1991' }),
      'passport',
      'passport-person-mismatch',
    ],
  ] as const)('fails the check for %s', (_case, data, check, reason) => {
    const env = setup();
    const token = verified(env);
    env.registrations.setPersonalData(token, data);
    withScans(env, token);
    const checked = env.registrations.startChecks(token);
    expect(checked.state).toBe('checks-failed');
    expect(checked.checks?.[check]).toMatchObject({ status: 'failed', reason });
  });

  it('asks for a previous surname when the Social Fund has one, and passes once it is given', () => {
    const env = setup();
    const token = verified(env);
    env.registrations.setPersonalData(token, personalData(OLGA));
    withScans(env, token);
    const asked = env.registrations.startChecks(token);
    expect(asked.state).toBe('checks-in-progress');
    expect(asked.checks?.snils).toMatchObject({
      status: 'clarification-requested',
      reason: 'snils-previous-name',
      answerBy: '2026-12-02T09:00:00.000Z',
    });
    expect(asked.checks?.passport.status).toBe('passed');
    const wrong = env.registrations.clarify(token, { check: 'snils', previousLastName: 'Соколова' });
    expect(wrong.checks?.snils).toMatchObject({ status: 'failed', reason: 'snils-person-mismatch' });

    const second = setup();
    const secondToken = verified(second);
    second.registrations.setPersonalData(secondToken, personalData(OLGA));
    withScans(second, secondToken);
    second.registrations.startChecks(secondToken);
    expect(second.registrations.clarify(secondToken, { check: 'snils', previousLastName: 'орлова' }).state).toBe(
      'checks-passed',
    );
  });

  it('fails a clarification nobody answered within 24 hours', () => {
    const env = setup();
    const token = verified(env);
    env.registrations.setPersonalData(token, personalData(OLGA));
    withScans(env, token);
    env.registrations.startChecks(token);
    env.clock.advance(12 * HOUR);
    // Still busy with the rest (which keeps the registration itself alive), but not with the question.
    env.registrations.consent(token, { version: PERSONAL_DATA_CONSENT.version, accepted: true });
    env.clock.advance(12 * HOUR);
    const late = env.registrations.get(token);
    expect(late.state).toBe('checks-failed');
    expect(late.checks?.snils.status).toBe('failed');
    expect(refusal(() => env.registrations.clarify(token, { check: 'snils', previousLastName: 'Орлова' })).code).toBe(
      'wrong-state',
    );
  });

  it('runs the checks in the background, telling subscribers as each registry answers', () => {
    const env = setup({ limits: { checkDelayMs: 3000 } });
    const token = verified(env);
    env.registrations.setPersonalData(token, personalData());
    withScans(env, token);
    const seen: string[] = [];
    env.registrations.subscribe(token, (registration) =>
      seen.push(`${registration.state} ${registration.checks?.snils.status} ${registration.checks?.passport.status}`),
    );
    expect(env.registrations.startChecks(token).state).toBe('checks-in-progress');
    expect(env.scheduled).toHaveLength(2);
    env.scheduled.shift()?.();
    env.scheduled.shift()?.();
    expect(seen).toEqual([
      'checks-in-progress pending pending',
      'checks-in-progress passed pending',
      'checks-passed passed passed',
    ]);
  });

  it('resumes checks that were running when the backend stopped', () => {
    const env = setup({ limits: { checkDelayMs: 3000 } });
    const token = verified(env);
    env.registrations.setPersonalData(token, personalData());
    withScans(env, token);
    env.registrations.startChecks(token);
    const restarted = new Registrations({
      clock: env.clock,
      store: env.store,
      accounts: env.accounts,
      messenger: { send: () => undefined },
      registries: new Registries(),
      files: env.files,
      limits: TEST_LIMITS,
      hashPassword: () => Promise.resolve('x'),
    });
    expect(restarted.get(token).state).toBe('checks-passed');
  });

  it('holds contact codes to the sign-in rules: wrong tries, expiry, resend cooldown, per-recipient limit', () => {
    const env = setup();
    const { token } = env.registrations.start({ phone: '+79261112233' });
    const code = env.codeFor('+79261112233');
    const wrong = code === '000000' ? '111111' : '000000';
    expect(refusal(() => env.registrations.confirmContact(token, 'phone', wrong))).toMatchObject({
      code: 'code-wrong',
      message: 'Неверный код. Осталось попыток: 2.',
    });
    refusal(() => env.registrations.confirmContact(token, 'phone', wrong));
    expect(refusal(() => env.registrations.confirmContact(token, 'phone', wrong)).code).toBe('code-attempts-exhausted');
    expect(refusal(() => env.registrations.confirmContact(token, 'phone', code)).code).toBe('code-attempts-exhausted');

    expect(refusal(() => env.registrations.resendCode(token, 'phone'))).toMatchObject({
      code: 'code-cooldown',
      retryAfter: 60,
    });
    env.clock.advance(MINUTE);
    env.registrations.resendCode(token, 'phone');
    env.clock.advance(10 * MINUTE);
    expect(refusal(() => env.registrations.confirmContact(token, 'phone', env.codeFor('+79261112233'))).code).toBe(
      'code-expired',
    );
    for (let sent = 2; sent < 5; sent += 1) {
      env.clock.advance(MINUTE);
      env.registrations.resendCode(token, 'phone');
    }
    env.clock.advance(MINUTE);
    // Five codes within the hour: the sixth waits, whichever registration asks.
    expect(refusal(() => env.registrations.resendCode(token, 'phone')).code).toBe('too-many-codes');
    expect(refusal(() => env.registrations.start({ phone: '+79261112233' })).code).toBe('too-many-codes');
  });

  it('refuses every invalid personal-data field with its own error, even when no browser checked it', () => {
    const env = setup();
    const token = verified(env);
    const error = refusal(() =>
      env.registrations.setPersonalData(token, {
        lastName: 'Smith',
        firstName: '',
        middleName: 'Ив@нович',
        gender: 'M',
        birthDate: '01.06.2009',
        birthPlace: ' ',
        snils: '112-233-445 96',
        inn: '500100732250',
        citizenship: 'RUS',
        passport: { series: '45', number: '12', issueDate: '31.02.2020', divisionCode: '77-001', issuedBy: '' },
      }),
    );
    expect(error).toMatchObject({ code: 'validation-failed', status: 400 });
    expect(Object.fromEntries(error.errors.map((field) => [field.field, field.code]))).toEqual({
      lastName: expect.any(String),
      firstName: 'empty',
      middleName: expect.any(String),
      birthDate: 'too-young',
      birthPlace: 'empty',
      snils: 'checksum',
      inn: 'checksum',
      'passport.number': 'format',
      'passport.issueDate': 'nonexistent',
      'passport.divisionCode': 'format',
      'passport.issuedBy': 'empty',
    });
    expect(error.errors.find((field) => field.field === 'birthDate')?.message).toMatch(/18/);
  });

  it('refuses a passport issued before the 14th birthday', () => {
    const env = setup();
    const token = verified(env);
    const error = refusal(() =>
      env.registrations.setPersonalData(
        token,
        personalData(ELENA, { passport: { ...personalData().passport, issueDate: '01.03.2005' } }),
      ),
    );
    expect(error.errors).toEqual([expect.objectContaining({ field: 'passport.issueDate' })]);
    expect(error.errors[0]?.message).toMatch(/14/);
  });

  it('checks scans by content and size, and says why one is refused', () => {
    const env = setup();
    const token = verified(env);
    expect(
      refusal(() => env.registrations.upload(token, 'passport-main', 'a.pdf', new Uint8Array([0x4d, 0x5a, 1]))),
    ).toMatchObject({
      code: 'unsupported-type',
      status: 415,
    });
    expect(refusal(() => env.registrations.upload(token, 'passport-main', 'small.png', png(400, 300)))).toMatchObject({
      code: 'unreadable',
      status: 422,
    });
    const big = new Uint8Array(5 * 1024 * 1024 + 1);
    big.set(png(2000, 2000));
    expect(refusal(() => env.registrations.upload(token, 'passport-main', 'big.png', big)).code).toBe('too-large');
    env.registrations.upload(token, 'passport-main', 'one.png', png(1200, 900));
    const replaced = env.registrations.upload(token, 'passport-main', 'two.png', png(1200, 900));
    expect(replaced.documents.map((document) => document.fileName)).toEqual(['two.png']);
    env.registrations.setPersonalData(token, personalData());
    expect(refusal(() => env.registrations.startChecks(token)).errors).toEqual([
      expect.objectContaining({ field: 'documents.passport-registration', code: 'required' }),
    ]);
  });

  it('names the password rule that failed, and the consent must be for the current text', async () => {
    const env = setup();
    const token = verified(env);
    env.registrations.setPersonalData(token, personalData());
    const error = await refusalAsync(() => env.registrations.setPassword(token, 'Elena 2026'));
    expect(error.errors.map((field) => field.code)).toEqual(expect.arrayContaining(['no-special', 'forbidden-char']));
    expect(error.errors.find((field) => field.code === 'forbidden-char')?.message).toBe(
      'Уберите пробел: в пароле его быть не может',
    );
    expect(refusal(() => env.registrations.consent(token, { version: '2024-01-01', accepted: true })).code).toBe(
      'consent-outdated',
    );
  });

  it('can be resumed for 24 hours after the last change, then is purged', () => {
    const env = setup();
    const token = verified(env);
    env.clock.advance(23 * HOUR);
    expect(env.registrations.get(token).state).toBe('contacts-verified');
    env.registrations.setPersonalData(token, personalData());
    env.clock.advance(23 * HOUR);
    expect(env.registrations.get(token).state).toBe('personal-data');
    env.clock.advance(HOUR);
    expect(refusal(() => env.registrations.get(token)).code).toBe('not-found');
    expect(env.registrations.purge()).toBe(1);
    expect(env.store.all()).toEqual([]);
  });

  it('«Начать заново» deletes the registration and its scans', () => {
    const env = setup();
    const token = verified(env);
    withScans(env, token);
    env.registrations.discard(token);
    expect(env.files.files.size).toBe(0);
    expect(refusal(() => env.registrations.get(token)).code).toBe('not-found');
  });

  it('finds the INN in the tax registry by passport data', () => {
    const env = setup();
    const token = verified(env);
    const query = {
      lastName: ELENA.lastName,
      firstName: ELENA.firstName,
      middleName: ELENA.middleName ?? '',
      birthDate: ELENA.birthDate,
      passport: { series: ELENA.passport.series, number: ELENA.passport.number, issueDate: ELENA.passport.issueDate },
    };
    expect(env.registrations.lookupInn(token, query)).toEqual({ inn: ELENA.inn });
    expect(refusal(() => env.registrations.lookupInn(token, { ...query, firstName: 'Анна' })).code).toBe(
      'inn-not-found',
    );
  });
});
