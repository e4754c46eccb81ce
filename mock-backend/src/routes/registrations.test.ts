import {
  PERSONAL_DATA_CONSENT,
  PROBLEM_CONTENT_TYPE,
  REGISTRATION_TOKEN_HEADER,
  RegistrationSchema,
  StartedRegistrationSchema,
  type PersonalDataInput,
  type ProblemDetails,
} from '@gos-elements/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simplePdf } from '../cabinet/index.js';
import { systemClock } from '../clock.js';
import type { SeededUser } from '../identity/index.js';
import { TestBrowser } from '../oidc/test-browser.js';
import { authorization, demoClient, exchange, signIn } from '../oidc/test-flow.js';
import { REGISTRY_PEOPLE } from '../registration/registries.js';
import { startTestBackend, type RunningBackend } from '../test-support.js';

let server: RunningBackend;

beforeAll(async () => {
  server = await startTestBackend({ env: { REGISTRATION_CHECK_SECONDS: '0' } });
});

afterAll(async () => {
  await server.close();
});

const ELENA = REGISTRY_PEOPLE[0]!;

function call(path: string, token: string | undefined, init: RequestInit = {}): Promise<Response> {
  return fetch(`${server.url}/api/v1/registrations${path}`, {
    ...init,
    headers: {
      ...(token ? { [REGISTRATION_TOKEN_HEADER]: token } : {}),
      ...(typeof init.body === 'string' ? { 'Content-Type': 'application/json' } : {}),
      ...(init.headers as Record<string, string>),
    },
  });
}

const json = (method: string, body: unknown): RequestInit => ({ method, body: JSON.stringify(body) });

async function latestCode(to: string): Promise<string> {
  const response = await fetch(`${server.url}/dev/outbox?to=${encodeURIComponent(to)}`);
  const { messages } = (await response.json()) as { messages: { text: string }[] };
  const code = /\b(\d{6})\b/.exec(messages[0]?.text ?? '')?.[1];
  if (!code) throw new Error(`no code for ${to}`);
  return code;
}

function png(width: number, height: number): Uint8Array {
  const bytes = new Uint8Array(64);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  new DataView(bytes.buffer).setUint32(16, width);
  new DataView(bytes.buffer).setUint32(20, height);
  return bytes;
}

function scan(slot: string, name: string, bytes: Uint8Array, type: string): RequestInit {
  const form = new FormData();
  form.set('slot', slot);
  form.set('file', new Blob([bytes], { type }), name);
  return { method: 'POST', body: form };
}

type FullInput = PersonalDataInput & { passport: NonNullable<PersonalDataInput['passport']> };

function personalData(overrides: Partial<FullInput> = {}): FullInput {
  return {
    lastName: ELENA.lastName,
    firstName: ELENA.firstName,
    middleName: ELENA.middleName ?? '',
    gender: ELENA.gender,
    birthDate: ELENA.birthDate,
    birthPlace: 'г. Энск',
    snils: ELENA.snils,
    citizenship: 'RUS',
    passport: {
      series: ELENA.passport.series,
      number: ELENA.passport.number,
      issueDate: ELENA.passport.issueDate,
      divisionCode: '770-001',
      issuedBy: 'ОВД района Энский',
    },
    ...overrides,
  };
}

/** A registration with confirmed contacts; `phone` must be new to every test. */
async function confirmed(phone: string, email?: string): Promise<string> {
  const started = await call('', undefined, json('POST', { phone, ...(email ? { email } : {}) }));
  expect(started.status).toBe(201);
  const { token } = StartedRegistrationSchema.parse(await started.json());
  const digits = `+7${phone.replace(/\D/g, '').slice(-10)}`;
  expect(
    (await call('/current/contacts/phone/confirm', token, json('POST', { code: await latestCode(digits) }))).status,
  ).toBe(200);
  if (email) {
    expect(
      (await call('/current/contacts/email/confirm', token, json('POST', { code: await latestCode(email) }))).status,
    ).toBe(200);
  }
  return token;
}

describe('registration API', () => {
  it('registers a new person step by step; the account signs in at once through the provider', async () => {
    const phone = '+7 926 700-00-01';
    const email = 'elena.novikova@example.ru';
    const token = await confirmed(phone, email);
    expect((await call('/current/personal-data', token, json('PUT', personalData()))).status).toBe(200);
    expect(
      (await call('/current/documents', token, scan('passport-main', 'p.png', png(1200, 800), 'image/png'))).status,
    ).toBe(201);
    const pdf = scan('passport-registration', 'r.pdf', simplePdf(['registration page']), 'application/pdf');
    expect((await call('/current/documents', token, pdf)).status).toBe(201);
    const checks = await call('/current/checks', token, { method: 'POST' });
    expect(checks.status).toBe(202);
    expect(RegistrationSchema.parse(await checks.json()).state).toBe('checks-passed');

    const weak = await call('/current/password', token, json('PUT', { password: 'novikova1991' }));
    expect(weak.status).toBe(400);
    const weakProblem = (await weak.json()) as ProblemDetails;
    expect(weakProblem.errors?.map((error) => error.code)).toEqual(
      expect.arrayContaining(['no-uppercase', 'contains-personal']),
    );
    expect((await call('/current/password', token, json('PUT', { password: 'Vesna!Sad2026' }))).status).toBe(200);

    const consentText = await call('/consent', undefined);
    expect(await consentText.json()).toMatchObject({ version: PERSONAL_DATA_CONSENT.version });
    expect(
      (await call('/current/consent', token, json('PUT', { version: PERSONAL_DATA_CONSENT.version, accepted: true })))
        .status,
    ).toBe(200);
    const done = await call('/current/complete', token, json('POST', { level: 'standard' }));
    expect(done.status).toBe(200);
    expect(await done.json()).toMatchObject({ state: 'completed', accountLevel: 'standard' });
    const welcome = await (await fetch(`${server.url}/dev/outbox?to=${encodeURIComponent(email)}`)).json();
    expect(JSON.stringify(welcome)).toContain('регистрация на Госуслугах завершена');

    const account = server.backend.identity.accounts.findByIdentifier(phone);
    expect(account).toMatchObject({ level: 'standard', profile: { lastName: 'Новикова', snils: ELENA.snils } });
    const newcomer = {
      phone: '+79267000001',
      email,
      password: 'Vesna!Sad2026',
      level: 'standard',
      factors: account?.factors ?? [],
    } as unknown as SeededUser;
    const config = await demoClient(server);
    const auth = await authorization(config);
    const callback = await signIn(server, new TestBrowser('registration-test'), auth.url, newcomer, {
      clock: systemClock,
    });
    const tokens = await exchange(config, callback, auth);
    expect(tokens.claims()?.['sub']).toBe(account?.id);
    // The first sign-in of the new account is in its journal, like any other.
    expect(server.backend.identity.journal.latest(account?.id ?? '', 10)).toEqual([
      expect.objectContaining({ accountId: account?.id, result: 'success' }),
    ]);
  });

  it('refuses every invalid field on the server, each with its own error, as problem+json', async () => {
    const token = await confirmed('+7 926 700-00-02');
    const response = await call(
      '/current/personal-data',
      token,
      json(
        'PUT',
        personalData({
          lastName: 'Smith',
          birthDate: '01.06.2009',
          snils: '112-233-445 96',
          passport: { ...personalData().passport, issueDate: '31.02.2020', divisionCode: '1' },
        }),
      ),
    );
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain(PROBLEM_CONTENT_TYPE);
    const problem = (await response.json()) as ProblemDetails;
    expect(problem.code).toBe('validation-failed');
    expect(problem.errors?.map((error) => error.field).sort()).toEqual(
      ['birthDate', 'lastName', 'passport.divisionCode', 'passport.issueDate', 'snils'].sort(),
    );
    const shape = await call('/current/personal-data', token, json('PUT', { lastName: 5 }));
    expect(shape.status).toBe(400);
  });

  it('asks for the resume token, limits resends with Retry-After, and refuses a taken phone', async () => {
    expect((await call('/current', undefined)).status).toBe(401);
    expect((await call('/current', 'no-such-token')).status).toBe(404);
    const started = await call('', undefined, json('POST', { phone: '+7 926 700-00-03' }));
    const { token } = StartedRegistrationSchema.parse(await started.json());
    const resend = await call('/current/contacts/phone/code', token, { method: 'POST' });
    expect(resend.status).toBe(429);
    expect(Number(resend.headers.get('retry-after'))).toBeGreaterThan(0);
    const taken = await call('', undefined, json('POST', { phone: '+7 916 555-01-01' }));
    expect(taken.status).toBe(409);
    expect(((await taken.json()) as ProblemDetails).errors?.[0]).toMatchObject({ field: 'phone', code: 'taken' });
    expect((await call('/current', token, { method: 'DELETE' })).status).toBe(204);
    expect((await call('/current', token)).status).toBe(404);
  });

  it('refuses a scan by content, naming why', async () => {
    const token = await confirmed('+7 926 700-00-04');
    const exe = await call(
      '/current/documents',
      token,
      scan('passport-main', 'p.pdf', new Uint8Array([0x4d, 0x5a, 0, 0]), 'application/pdf'),
    );
    expect(exe.status).toBe(415);
    expect(((await exe.json()) as ProblemDetails).detail).toMatch(/по содержимому/);
    const small = await call('/current/documents', token, scan('passport-main', 'p.png', png(300, 200), 'image/png'));
    expect(small.status).toBe(422);
    expect(((await small.json()) as ProblemDetails).code).toBe('unreadable');
  });

  it('streams the registration as it changes', async () => {
    const token = await confirmed('+7 926 700-00-05');
    const controller = new AbortController();
    const response = await call('/current/events', token, { signal: controller.signal });
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    let text = '';
    /** Reads until `pattern` has arrived; fails rather than waits if the stream ends first. */
    const until = async (pattern: string) => {
      while (!text.includes(pattern)) {
        const { value, done } = await reader.read();
        if (done) throw new Error(`the stream ended before ${pattern}`);
        text += value;
      }
    };
    await until('contacts-verified');
    await call('/current/personal-data', token, json('PUT', personalData()));
    await until('"state":"personal-data"');
    expect(text).toMatch(/event: registration/);
    controller.abort();
  });
});
