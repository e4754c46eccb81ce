// The same payments requests through the Express backend and through the MSW handlers: filters, totals, pages,
// problems, the clarification and the CSV export must come back the same, byte for byte.
import { Readable } from 'node:stream';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cabinetOwners } from '../app.js';
import { createCabinet, IdempotencyKeys } from '../cabinet/index.js';
import { FakeClock } from '../clock.js';
import { pdfStream } from '../export/pdf.js';
import { seededUser, type SeededUserKey } from '../identity/index.js';
import { TestBrowser } from '../oidc/test-browser.js';
import { authorization, demoClient, exchange, signIn } from '../oidc/test-flow.js';
import { Payments, PaymentsApi } from '../payments/index.js';
import { startTestBackend, type RunningBackend } from '../test-support.js';
import { paymentHandlers, type MockViewer } from './payments.js';

const MSW_ORIGIN = 'https://payments.msw.test';
const clock = new FakeClock(Date.now());
let server: RunningBackend;
let msw: ReturnType<typeof setupServer>;
const tokens = { anna: '', dmitry: '', maria: '' };

beforeAll(async () => {
  server = await startTestBackend({ clock });
  const signedIn = async (key: SeededUserKey) => {
    const config = await demoClient(server);
    const auth = await authorization(config);
    const callback = await signIn(server, new TestBrowser(`payments-contract/${key}`), auth.url, seededUser(key), {
      clock,
    });
    return (await exchange(config, callback, auth)).access_token;
  };
  tokens.anna = await signedIn('confirmed-sms');
  tokens.dmitry = await signedIn('standard-totp');
  tokens.maria = await signedIn('simplified-email');

  const viewers = new Map<string, MockViewer>(
    (
      [
        [tokens.anna, 'confirmed-sms'],
        [tokens.dmitry, 'standard-totp'],
        [tokens.maria, 'simplified-email'],
      ] as const
    ).map(([token, key]) => {
      const user = seededUser(key);
      const { lastName, firstName, middleName } = user.person;
      return [token, { owner: user.oid, level: user.level, name: [lastName, firstName, middleName].join(' ') }];
    }),
  );
  // The same domain on a cabinet of its own, seeded for the same citizens: clarifications get the same numbers.
  const cabinet = createCabinet(cabinetOwners(server.backend.identity), clock);
  const api = new PaymentsApi(new Payments({ clock }), cabinet.applications, new IdempotencyKeys(clock));
  msw = setupServer(
    ...paymentHandlers(api, {
      baseUrl: MSW_ORIGIN,
      viewerOf: (token) => viewers.get(token),
      now: () => clock.now(),
      pdf: (table, options) => Readable.toWeb(pdfStream(table, options)) as ReadableStream<Uint8Array>,
    }),
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
      body: type?.includes('json')
        ? JSON.parse(new TextDecoder().decode(bytes))
        : type?.includes('pdf')
          ? new TextDecoder('latin1').decode(bytes.slice(0, 5))
          : new TextDecoder().decode(bytes),
    };
  };
  return [await seen(server.url), await seen(MSW_ORIGIN)];
}

const bearer = (token: string, extra: Record<string, string> = {}) => ({ Authorization: `Bearer ${token}`, ...extra });
const get = (token: string) => () => ({ headers: bearer(token) });

describe('Express and MSW answer payments alike', () => {
  it('list, filter, sort, page and total identically, and refuse the same requests the same way', async () => {
    for (const [path, init] of [
      ['/api/v1/payments', get(tokens.anna)],
      ['/api/v1/payments?statuses=paid,returned&kinds=edv&sort=amount&order=asc&pageSize=7&page=3', get(tokens.anna)],
      ['/api/v1/payments?from=2024-01-01&to=2024-12-31&categories=subsidy', get(tokens.dmitry)],
      ['/api/v1/payments?beneficiary=child-maxim&pageSize=100', get(tokens.anna)],
      ['/api/v1/payments?kinds=edv&kinds=housing-compensation', get(tokens.anna)],
      ['/api/v1/payments?statuses=lost&pageSize=500&from=2026-13-01', get(tokens.anna)],
      ['/api/v1/payments', get(tokens.maria)],
      ['/api/v1/payments', () => ({})],
      ['/api/v1/payments', get('forged')],
    ] as const) {
      const [express, mocked] = await both(path, init);
      expect(mocked, path).toEqual(express);
    }
  });

  it('answer the summary, the schedule and a statement identically, hiding another citizen’s', async () => {
    const [list] = await both('/api/v1/payments?statuses=returned', get(tokens.anna));
    const id = (list.body as { items: { id: string }[] }).items[0]!.id;
    for (const [path, init] of [
      ['/api/v1/payments/summary', get(tokens.anna)],
      ['/api/v1/payments/summary?from=2023-06-01&to=2025-05-31&statuses=paid,returned', get(tokens.anna)],
      ['/api/v1/payments/summary?from=1990-01-01', get(tokens.dmitry)],
      ['/api/v1/payments/upcoming', get(tokens.dmitry)],
      [`/api/v1/payments/${id}`, get(tokens.anna)],
      [`/api/v1/payments/${id}`, get(tokens.dmitry)],
      [`/api/v1/payments/${id}`, get(tokens.maria)],
    ] as const) {
      const [express, mocked] = await both(path, init);
      expect(mocked, path).toEqual(express);
    }
  });

  it('file a clarification, replay it and refuse a bad one identically', async () => {
    const [list] = await both('/api/v1/payments?kinds=edv', get(tokens.anna));
    const id = (list.body as { items: { id: string }[] }).items[0]!.id;
    const ask = (text: string, key: string) => () => ({
      method: 'POST',
      body: JSON.stringify({ text }),
      headers: bearer(tokens.anna, { 'Content-Type': 'application/json', 'Idempotency-Key': key }),
    });
    const path = `/api/v1/payments/${id}/clarification`;
    for (const init of [
      ask('Почему ЕДВ выросла?', 'contract-clarify-1'),
      ask('Почему ЕДВ выросла?', 'contract-clarify-1'),
      ask('Другое', 'contract-clarify-1'),
      ask('', 'contract-clarify-2'),
      () => ({
        method: 'POST',
        body: '{"text":',
        headers: bearer(tokens.anna, { 'Content-Type': 'application/json' }),
      }),
    ]) {
      const [express, mocked] = await both(path, init);
      expect(mocked, path).toEqual(express);
    }
  });

  it('export the same CSV bytes and a PDF with the same headers', async () => {
    for (const path of [
      '/api/v1/payments/export?format=csv&statuses=paid&from=2025-01-01',
      '/api/v1/payments/export?format=csv&beneficiary=child-sofia&sort=amount',
      '/api/v1/payments/export?format=pdf&kinds=edv&from=2026-01-01',
      '/api/v1/payments/export?format=xml',
    ]) {
      const [express, mocked] = await both(path, get(tokens.anna));
      expect(mocked, path).toEqual(express);
    }
  });
});
