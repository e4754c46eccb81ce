// The same registration requests through the Express backend and through the MSW handlers: the answers must be the
// same (tokens and codes aside, which are random), so the wizard's stories and tests meet what the backend says.
import { REGISTRATION_TOKEN_HEADER } from '@gos-elements/contracts';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeClock } from '../clock.js';
import { REGISTRY_PEOPLE } from '../registration/registries.js';
import { startTestBackend, type RunningBackend } from '../test-support.js';
import { mockRegistration, type MockRegistration } from './mock-registration.js';

const MSW_ORIGIN = 'https://registration.msw.test';
const clock = new FakeClock(Date.now());
let server: RunningBackend;
let mock: MockRegistration;
let msw: ReturnType<typeof setupServer>;

beforeAll(async () => {
  server = await startTestBackend({ clock, env: { REGISTRATION_CHECK_SECONDS: '0' } });
  mock = mockRegistration({ origin: MSW_ORIGIN, clock });
  msw = setupServer(...mock.handlers);
  msw.listen({ onUnhandledRequest: 'bypass' });
});

afterAll(async () => {
  msw?.close();
  await server?.close();
});

interface Seen {
  status: number;
  contentType: string | null;
  retryAfter: string | null;
  body: unknown;
}

/** Each side's registration token, once started. */
const tokens = { backend: '', msw: '' };

async function codeFor(side: 'backend' | 'msw', to: string): Promise<string> {
  if (side === 'msw') return mock.codeFor(to) ?? '';
  const response = await fetch(`${server.url}/dev/outbox?to=${encodeURIComponent(to)}`);
  const { messages } = (await response.json()) as { messages: { text: string }[] };
  return /\b(\d{6})\b/.exec(messages[0]?.text ?? '')?.[1] ?? '';
}

async function both(
  method: string,
  path: string,
  body?: (side: 'backend' | 'msw') => Promise<unknown> | unknown,
): Promise<[Seen, Seen]> {
  const seen = async (side: 'backend' | 'msw'): Promise<Seen> => {
    const origin = side === 'backend' ? server.url : MSW_ORIGIN;
    const payload = body ? await body(side) : undefined;
    const response = await fetch(`${origin}/api/v1/registrations${path}`, {
      method,
      headers: {
        ...(tokens[side] ? { [REGISTRATION_TOKEN_HEADER]: tokens[side] } : {}),
        ...(payload === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      ...(payload === undefined ? {} : { body: JSON.stringify(payload) }),
    });
    const text = await response.text();
    const parsed: unknown = text ? JSON.parse(text) : undefined;
    return {
      status: response.status,
      contentType: response.headers.get('content-type')?.split(';')[0] ?? null,
      retryAfter: response.headers.get('retry-after'),
      body: parsed,
    };
  };
  return [await seen('backend'), await seen('msw')];
}

function expectSame([backend, msw]: [Seen, Seen]): Seen {
  expect(msw).toEqual(backend);
  return backend;
}

const elena = {
  lastName: 'Новикова',
  firstName: 'Елена',
  middleName: 'Сергеевна',
  gender: 'F',
  birthDate: '14.03.1991',
  birthPlace: 'г. Энск',
  snils: '',
  citizenship: 'RUS',
  passport: { series: '4511', number: '302876', issueDate: '02.04.2011', divisionCode: '770-001', issuedBy: 'ОВД' },
};

describe('registration: Express and MSW answer alike', () => {
  it('the consent text, refusals before any registration, and a missing token', async () => {
    expectSame(await both('GET', '/consent'));
    expectSame(await both('POST', '', () => ({ phone: '12', email: 'not-an-email' })));
    const taken = expectSame(await both('POST', '', () => ({ phone: '+7 916 555-01-01' })));
    expect(taken.status).toBe(409);
    expectSame(await both('POST', '', () => ({ nothing: true })));
    expectSame(await both('GET', '/current'));
  });

  it('a registration from start to checks', async () => {
    const [backendStart, mswStart] = await both('POST', '', () => ({
      phone: '+7 926 800-00-01',
      email: 'contract@example.ru',
    }));
    expect(backendStart.status).toBe(201);
    const { token: backendToken, ...backendRest } = backendStart.body as { token: string };
    const { token: mswToken, ...mswRest } = mswStart.body as { token: string };
    expect(mswRest).toEqual(backendRest);
    tokens.backend = backendToken;
    tokens.msw = mswToken;

    expectSame(await both('PUT', '/current/personal-data', () => elena));
    expectSame(await both('POST', '/current/contacts/phone/confirm', () => ({ code: 'abc' })));
    expectSame(await both('POST', '/current/contacts/phone/code'));
    expectSame(await both('POST', '/current/contacts/fax/code'));
    expectSame(
      await both('POST', '/current/contacts/phone/confirm', (side) =>
        codeFor(side, '+79268000001').then((code) => ({ code })),
      ),
    );
    expectSame(
      await both('POST', '/current/contacts/email/confirm', (side) =>
        codeFor(side, 'contract@example.ru').then((code) => ({ code })),
      ),
    );
    const invalid = expectSame(await both('PUT', '/current/personal-data', () => elena));
    expect(invalid.status).toBe(400);
    const saved = expectSame(
      await both('PUT', '/current/personal-data', () => ({ ...elena, snils: REGISTRY_PEOPLE[0]?.snils })),
    );
    expect(saved.status).toBe(200);
    // A scan sent as JSON, not multipart: the same 415 from both.
    expectSame(await both('POST', '/current/documents', () => ({ slot: 'passport-main' })));
    expectSame(await both('POST', '/current/checks'));
    expectSame(await both('PUT', '/current/password', () => ({ password: 'elena' })));
    expectSame(await both('PUT', '/current/consent', () => ({ version: '2020-01-01', accepted: true })));
    expectSame(await both('POST', '/current/complete', () => ({ level: 'standard' })));
    expectSame(await both('DELETE', '/current'));
    expectSame(await both('GET', '/current'));
  });
});
