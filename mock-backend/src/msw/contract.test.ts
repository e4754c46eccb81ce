// The same requests through the Express backend and through the MSW handlers: the answers must be the same, so
// Storybook and the component tests see exactly what the real backend would say.
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cabinetOwners } from '../app.js';
import { createCabinet, simplePdf } from '../cabinet/index.js';
import { FakeClock } from '../clock.js';
import { seededUser } from '../identity/index.js';
import { TestBrowser } from '../oidc/test-browser.js';
import { authorization, demoClient, exchange, signIn } from '../oidc/test-flow.js';
import { startTestBackend, type RunningBackend } from '../test-support.js';
import { cabinetHandlers } from './applications.js';

const MSW_ORIGIN = 'https://cabinet.msw.test';
const clock = new FakeClock(Date.now());
let server: RunningBackend;
let msw: ReturnType<typeof setupServer>;
const tokens = { anna: '', alexey: '' };

beforeAll(async () => {
  server = await startTestBackend({ clock });
  const signedIn = async (key: 'confirmed-sms' | 'no-second-factor') => {
    const config = await demoClient(server);
    const auth = await authorization(config);
    const callback = await signIn(server, new TestBrowser('contract-test'), auth.url, seededUser(key), { clock });
    return (await exchange(config, callback, auth)).access_token;
  };
  tokens.anna = await signedIn('confirmed-sms');
  tokens.alexey = await signedIn('no-second-factor');

  const accounts = server.backend.identity.accounts;
  const ownerByToken = new Map([
    [tokens.anna, String(accounts.findByIdentifier(seededUser('confirmed-sms').phone)!.id)],
    [tokens.alexey, String(accounts.findByIdentifier(seededUser('no-second-factor').phone)!.id)],
  ]);
  const api = createCabinet(cabinetOwners(server.backend.identity), clock);
  msw = setupServer(
    ...cabinetHandlers(api, { baseUrl: MSW_ORIGIN, ownerOf: (token) => ownerByToken.get(token), devEndpoints: true }),
  );
  msw.listen({ onUnhandledRequest: 'bypass' });
});

afterAll(async () => {
  msw?.close();
  await server?.close();
});

interface Seen {
  status: number;
  contentType: string | null;
  disposition: string | null;
  replayed: string | null;
  challenge: string | null;
  body: unknown;
}

async function both(path: string, init: () => RequestInit): Promise<[Seen, Seen]> {
  const seen = async (origin: string): Promise<Seen> => {
    const response = await fetch(`${origin}${path}`, init());
    const type = response.headers.get('content-type');
    const bytes = new Uint8Array(await response.arrayBuffer());
    return {
      status: response.status,
      contentType: type?.replace(/;\s*charset=utf-8/i, '') ?? null,
      disposition: response.headers.get('content-disposition'),
      replayed: response.headers.get('idempotent-replayed'),
      challenge: response.headers.get('www-authenticate'),
      body: type?.includes('json') ? JSON.parse(new TextDecoder().decode(bytes)) : [...bytes],
    };
  };
  return [await seen(server.url), await seen(MSW_ORIGIN)];
}

const bearer = (token: string, extra: Record<string, string> = {}) => ({ Authorization: `Bearer ${token}`, ...extra });
const get = (token: string) => () => ({ headers: bearer(token) });

describe('Express and MSW answer alike', () => {
  it('lists, filters, pages and refuses bad queries and bad tokens identically', async () => {
    for (const [path, init] of [
      ['/api/v1/applications', get(tokens.anna)],
      ['/api/v1/applications?status=in-review,action-required&sort=submitted-asc', get(tokens.alexey)],
      ['/api/v1/applications?pageSize=3&page=2', get(tokens.anna)],
      ['/api/v1/applications?status=lost&pageSize=500', get(tokens.anna)],
      ['/api/v1/applications', () => ({})],
      ['/api/v1/applications', get('forged')],
    ] as const) {
      const [express, mocked] = await both(path, init);
      expect(mocked, path).toEqual(express);
    }
  });

  it('gets an application, hides another citizen’s, and serves the result file identically', async () => {
    const [list] = await both('/api/v1/applications?pageSize=50', get(tokens.anna));
    const items = (list.body as { items: { id: string; status: string }[] }).items;
    const issued = items.find((item) => item.status === 'issued')!;
    for (const [path, token] of [
      [`/api/v1/applications/${items[0]!.id}`, tokens.anna],
      [`/api/v1/applications/${items[0]!.id}`, tokens.alexey],
      [`/api/v1/applications/${issued.id}/result`, tokens.anna],
      [`/api/v1/applications/${items[0]!.id}/result`, tokens.anna],
    ] as const) {
      const [express, mocked] = await both(path, get(token));
      expect(mocked, path).toEqual(express);
    }
  });

  it('uploads, replays an idempotent retry, refuses bad files, and cancels identically', async () => {
    const [list] = await both('/api/v1/applications?status=action-required', get(tokens.anna));
    const waiting = (list.body as { items: { id: string }[] }).items[0]!;
    const [detail] = await both(`/api/v1/applications/${waiting.id}`, get(tokens.anna));
    const requestId = (detail.body as { requiredDocuments: { id: string }[] }).requiredDocuments[0]!.id;
    const form = (bytes: Uint8Array, name: string) => () => {
      const body = new FormData();
      body.set('requestId', requestId);
      body.set('file', new Blob([bytes]), name);
      return { method: 'POST', body, headers: bearer(tokens.anna, { 'Idempotency-Key': `contract-${name}` }) };
    };
    const exe = new Uint8Array(64);
    exe.set([0x4d, 0x5a]);
    const upload = `/api/v1/applications/${waiting.id}/documents`;
    for (const init of [
      form(exe, 'renamed.pdf'),
      form(simplePdf(['ok']), 'ok.pdf'),
      form(simplePdf(['ok']), 'ok.pdf'),
    ]) {
      const [express, mocked] = await both(upload, init);
      expect(mocked, upload).toEqual(express);
    }
    const cancel = () => ({
      method: 'POST',
      body: JSON.stringify({ reason: 'передумал' }),
      headers: bearer(tokens.anna, { 'Content-Type': 'application/json', 'Idempotency-Key': 'contract-cancel' }),
    });
    const [express, mocked] = await both(`/api/v1/applications/${waiting.id}/cancel`, cancel);
    expect(mocked).toEqual(express);
    expect(express.status).toBe(200);
  });
});
