import { BackupCodesSchema, PROBLEM_CONTENT_TYPE, TotpEnrolmentSchema } from '@gos-elements/contracts';
import { URI, type TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../clock.js';
import { seededUser } from '../identity/index.js';
import { TestBrowser } from '../oidc/test-browser.js';
import { authorization, demoClient, exchange, signIn } from '../oidc/test-flow.js';
import { startTestBackend, type RunningBackend } from '../test-support.js';

let server: RunningBackend;
let accessToken: string;
const user = seededUser('no-second-factor');

beforeAll(async () => {
  server = await startTestBackend();
  const config = await demoClient(server);
  const auth = await authorization(config);
  const page = await signIn(server, new TestBrowser(), auth.url, user, { clock: systemClock });
  accessToken = (await exchange(config, page, auth)).access_token;
});

afterAll(async () => {
  await server.close();
});

/** `token: null` sends no Authorization header. */
const post = (path: string, body?: unknown, token: string | null = accessToken): Promise<Response> =>
  fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: {
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });

describe('authenticator app enrolment', () => {
  it('enrols, refuses a wrong code, then makes the app a second factor once a right code confirms it', async () => {
    const response = await post('/api/v1/me/factors/totp');
    expect(response.status).toBe(201);
    const enrolment = TotpEnrolmentSchema.parse(await response.json());
    expect(decodeURIComponent(enrolment.uri)).toContain('issuer=Госуслуги');
    expect(server.backend.identity.accounts.findById(user.oid)?.factors).toEqual([]);

    const wrong = await post('/api/v1/me/factors/totp/confirm', { code: '000000' });
    expect(wrong.status).toBe(422);
    expect(wrong.headers.get('content-type')).toContain(PROBLEM_CONTENT_TYPE);
    expect(await wrong.json()).toMatchObject({ code: 'wrong-code' });

    const totp = URI.parse(enrolment.uri) as TOTP;
    const confirmed = await post('/api/v1/me/factors/totp/confirm', { code: totp.generate() });
    expect(confirmed.status).toBe(204);
    expect(server.backend.identity.accounts.findById(user.oid)?.factors).toContain('totp');
  });

  it('answers a malformed confirmation with field errors in Russian', async () => {
    const response = await post('/api/v1/me/factors/totp/confirm', { code: '12ab' });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      code: 'validation-failed',
      errors: [{ field: 'code', message: expect.stringContaining('шесть цифр') }],
    });
  });
});

describe('backup codes', () => {
  it('issues ten new single-use codes, each accepted once', async () => {
    const response = await post('/api/v1/me/backup-codes');
    expect(response.status).toBe(201);
    const { codes } = BackupCodesSchema.parse(await response.json());
    expect(new Set(codes).size).toBe(10);
    const factors = server.backend.identity.secondFactors;
    expect(factors.useBackupCode(user.oid, codes[0]!)).toBe(true);
    expect(factors.useBackupCode(user.oid, codes[0]!)).toBe(false);
  });
});

describe('authentication', () => {
  it.each([
    ['/api/v1/me/factors/totp', undefined],
    ['/api/v1/me/factors/totp/confirm', { code: '123456' }],
    ['/api/v1/me/backup-codes', undefined],
  ])('%s needs a valid access token', async (path, body) => {
    for (const token of [null, 'not-a-token']) {
      const response = await post(path, body, token);
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
    }
  });
});
