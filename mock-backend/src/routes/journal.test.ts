import { PROBLEM_CONTENT_TYPE, SignInJournalSchema } from '@gos-elements/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../clock.js';
import { seededUser } from '../identity/index.js';
import { DEFAULT_LIMITS } from '../limits.js';
import { TestBrowser } from '../oidc/test-browser.js';
import { authorization, demoClient, exchange, signIn, submitPassword } from '../oidc/test-flow.js';
import { startTestBackend, type RunningBackend } from '../test-support.js';

let server: RunningBackend;
let accessToken: string;
const user = seededUser('simplified-email');

beforeAll(async () => {
  server = await startTestBackend({ limits: { ...DEFAULT_LIMITS, journal: { pageSize: 3 } } });
  const config = await demoClient(server);
  const browser = new TestBrowser('journal-test-agent/2.0');
  const wrong = await browser.navigate((await authorization(config)).url);
  await submitPassword(browser, wrong, user.email, 'Wrong!Password1');
  const auth = await authorization(config);
  accessToken = (await exchange(config, await signIn(server, browser, auth.url, user, { clock: systemClock }), auth))
    .access_token;
});

afterAll(async () => {
  await server.close();
});

const journal = (headers: Record<string, string> = {}): Promise<Response> =>
  fetch(`${server.url}/api/v1/me/journal`, { headers });

describe('GET /api/v1/me/journal', () => {
  it('returns the signed-in user’s latest attempts, newest first, at most Limits.journal.pageSize', async () => {
    const response = await journal({ Authorization: `Bearer ${accessToken}` });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toContain('no-store');
    const body = SignInJournalSchema.parse(await response.json());
    expect(body.entries.length).toBeLessThanOrEqual(3);
    expect(body.entries[0]).toMatchObject({ result: 'success', factor: 'email', userAgent: 'journal-test-agent/2.0' });
    expect(body.entries.map((entry) => entry.result)).toContain('wrong-password');
    expect(body.entries[0]!.ip).toMatch(/127\.0\.0\.1|::1/);
  });

  it('answers 401 problem+json without a token or with a bad one', async () => {
    for (const headers of [
      {},
      { Authorization: 'Bearer not-a-token' },
      { Authorization: `Basic ${accessToken}` },
    ] as Record<string, string>[]) {
      const response = await journal(headers);
      expect(response.status).toBe(401);
      expect(response.headers.get('content-type')).toContain(PROBLEM_CONTENT_TYPE);
      expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
      expect(await response.json()).toMatchObject({ status: 401, code: 'unauthorized' });
    }
  });

  it('is listed in the OpenAPI document as secured', async () => {
    const document = (await (await fetch(`${server.url}/api/v1/openapi.json`)).json()) as {
      paths: Record<string, Record<string, unknown>>;
    };
    expect(document.paths['/api/v1/me/journal']?.['get']).toMatchObject({
      operationId: 'getMySignInJournal',
      security: [{ bearer: [] }],
    });
  });
});
