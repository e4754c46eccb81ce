// The SDK's registration client (packages/core) against the registration API through the MSW handlers: the whole
// flow as `<gos-registration-wizard>` will drive it, with the answers the backend gives (see the contract test).
import { ApiError, RegistrationClient } from '@gos-elements/core';
import { PERSONAL_DATA_CONSENT, type Registration } from '@gos-elements/contracts';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simplePdf } from '../cabinet/files.js';
import { FakeClock } from '../clock.js';
import { REGISTRY_PEOPLE } from '../registration/registries.js';
import { mockRegistration } from './mock-registration.js';

const ORIGIN = 'https://registration.client.test';
const mock = mockRegistration({ origin: ORIGIN, clock: new FakeClock(Date.parse('2026-12-01T09:00:00Z')) });
const msw = setupServer(...mock.handlers);
beforeAll(() => msw.listen({ onUnhandledRequest: 'error' }));
afterAll(() => msw.close());

const ELENA = REGISTRY_PEOPLE[0]!;

function png(width: number, height: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(64);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  new DataView(bytes.buffer).setUint32(16, width);
  new DataView(bytes.buffer).setUint32(20, height);
  return bytes;
}

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (error instanceof ApiError) return error;
  throw new Error(`expected an ApiError, got ${String(error)}`);
}

describe('RegistrationClient', () => {
  it('drives a registration from contacts to a standard account, and hears the changes on the stream', async () => {
    const session: { token?: string } = {};
    const client = new RegistrationClient({ apiBase: `${ORIGIN}/api/v1`, token: () => session.token });
    expect((await failure(client.get())).status).toBe(404);
    const consent = await client.consentDocument();
    expect(consent.version).toBe(PERSONAL_DATA_CONSENT.version);

    const started = await client.start({ phone: '+7 926 900-00-01' });
    session.token = started.token;
    const code = mock.codeFor('+79269000001') ?? '';
    const wrong = await failure(client.confirmContact('phone', code === '000000' ? '111111' : '000000'));
    expect(wrong).toMatchObject({ code: 'code-wrong', status: 400, message: 'Неверный код. Осталось попыток: 2.' });
    await client.confirmContact('phone', code);

    const seen: Registration[] = [];
    const watching = new AbortController();
    client.watch((registration) => seen.push(registration), { signal: watching.signal });

    const invalid = await failure(
      client.setPersonalData({
        lastName: 'Smith',
        firstName: ELENA.firstName,
        gender: 'F',
        birthDate: ELENA.birthDate,
        birthPlace: 'г. Энск',
        snils: ELENA.snils,
        citizenship: 'RUS',
        passport: { ...ELENA.passport, divisionCode: '770-001', issuedBy: 'ОВД' },
      }),
    );
    expect(invalid.errors.map((error) => error.field)).toEqual(['lastName']);
    await client.setPersonalData({
      lastName: ELENA.lastName,
      firstName: ELENA.firstName,
      middleName: ELENA.middleName ?? '',
      gender: 'F',
      birthDate: ELENA.birthDate,
      birthPlace: 'г. Энск',
      snils: ELENA.snils,
      citizenship: 'RUS',
      passport: { ...ELENA.passport, divisionCode: '770-001', issuedBy: 'ОВД' },
    });
    expect(
      await client.lookupInn({
        lastName: ELENA.lastName,
        firstName: ELENA.firstName,
        middleName: ELENA.middleName ?? '',
        birthDate: ELENA.birthDate,
        passport: ELENA.passport,
      }),
    ).toEqual({ inn: ELENA.inn });
    await client.upload('passport-main', new File([png(1200, 800)], 'main.png', { type: 'image/png' }));
    const scan = simplePdf(['registration page']);
    await client.upload(
      'passport-registration',
      new File([new Uint8Array(scan)], 'r.pdf', { type: 'application/pdf' }),
    );
    expect((await client.startChecks()).state).toBe('checks-passed');
    await client.setPassword('Vesna!Sad2026');
    await client.consent(consent.version);
    const done = await client.complete('standard');
    expect(done).toMatchObject({ state: 'completed', accountLevel: 'standard' });
    expect(mock.accounts.created.map((account) => account.phone)).toEqual(['+79269000001']);
    await expect.poll(() => seen.at(-1)?.state).toBe('completed');
    watching.abort();
  });
});
