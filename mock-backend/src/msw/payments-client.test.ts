// The SDK's payments client (packages/core) against the payments API through the MSW handlers of mockPayments: what
// <gos-benefits-history> will see in Storybook and the component tests (the contract test shows Express agrees).
import { ApiError, dispositionFileName, PaymentsClient } from '@gos-elements/core';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeClock } from '../clock.js';
import { readCsvSections } from '../export/csv-read.js';
import { mockCabinet } from './mock-cabinet.js';
import { mockPayments } from './mock-payments.js';

const ORIGIN = 'https://payments.client.test';
const clock = new FakeClock(Date.UTC(2026, 10, 24, 9, 0, 0));
// One cabinet behind both mocks, as a page with both elements would have: a clarification shows in «Мои заявления».
const cabinet = mockCabinet({ origin: ORIGIN, tokens: { 'token-family': 'citizen' }, clock });
const payments = mockPayments({
  origin: ORIGIN,
  clock,
  cabinet: cabinet.api,
  tokens: {
    'token-family': { owner: 'citizen', profile: 'family', name: 'Смирнова Анна Сергеевна' },
    'token-simple': { owner: 'simple', level: 'simplified', profile: 'family' },
    'token-empty': { owner: 'nobody', level: 'standard' },
    'token-load': { owner: '1000000006', level: 'standard' },
  },
});
const msw = setupServer(...cabinet.handlers, ...payments.handlers);

beforeAll(() => msw.listen({ onUnhandledRequest: 'error' }));
afterAll(() => msw.close());

const client = (token: string | null = 'token-family') =>
  new PaymentsClient({ apiBase: `${ORIGIN}/api/v1`, accessToken: async () => token ?? undefined });

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (error instanceof ApiError) return error;
  throw new Error(`expected an ApiError, got ${String(error)}`);
}

describe('PaymentsClient', () => {
  it('lists with filters as comma lists, and totals the filtered set', async () => {
    const page = await client().list({
      kinds: ['unified-allowance'],
      statuses: ['paid', 'returned'],
      beneficiary: 'child-sofia',
      from: '2024-01-01',
      to: '2024-12-31',
      sort: 'amount',
      order: 'asc',
      pageSize: 5,
    });
    expect(page.items).toHaveLength(5);
    // Twelve months, one of them returned by the bank and paid again.
    expect(page.total).toBe(13);
    expect(page.totals.countByStatus).toEqual({ paid: 12, pending: 0, rejected: 0, returned: 1 });
    expect(page.items.every((item) => item.beneficiary?.id === 'child-sofia')).toBe(true);
    expect((await client('token-load').list({ pageSize: 1 })).total).toBe(10_000);
    expect((await client('token-empty').list()).total).toBe(0);
  });

  it('gets the summary, the schedule and a statement', async () => {
    const summary = await client().summary({ from: '2026-01-01', to: '2026-10-31' });
    expect([summary.previous.from, summary.previous.to]).toEqual(['2025-01-01', '2025-10-31']);
    expect(summary.current.months).toHaveLength(10);
    const upcoming = await client().upcoming();
    expect(upcoming.items[0]?.date).toBe('2026-11-26');
    const detail = await client().get(upcoming.items[0]!.paymentId!);
    expect(detail).toMatchObject({ status: 'pending', payerComment: expect.stringContaining('поступит') });
  });

  it('turns the level refusal, a missing session and bad input into ApiErrors with the server’s words', async () => {
    const refused = await failure(client('token-simple').list());
    expect([refused.code, refused.status]).toEqual(['account-level-too-low', 403]);
    expect(refused.message).toMatch(/упрощённая/);
    expect((await failure(client(null).upcoming())).code).toBe('unauthorized');
    expect((await failure(client('token-stolen').list())).status).toBe(401);
    const invalid = await failure(client().list({ pageSize: 1000 }));
    expect([invalid.code, invalid.errors.map((error) => error.field)]).toEqual(['validation-failed', ['pageSize']]);
    const missing = await failure(client().get('pay-citizen-nothing'));
    expect([missing.code, missing.message]).toEqual(['payment-not-found', 'Выплата не найдена.']);
  });

  it('requests a clarification safely with the same key, and it shows in «Мои заявления»', async () => {
    const [payment] = (await client().list({ kinds: ['edv'], pageSize: 1 })).items;
    const first = await client().requestClarification(payment!.id, 'Почему сумма выросла?', {
      idempotencyKey: 'client-clarify-1',
    });
    const retry = await client().requestClarification(payment!.id, 'Почему сумма выросла?', {
      idempotencyKey: 'client-clarify-1',
    });
    expect(retry).toEqual(first);
    expect(first.application).toMatchObject({ status: 'accepted', subject: { type: 'payment', id: payment!.id } });
    const listed = cabinet.api.applications.list('citizen', {
      service: 'payment-clarification',
      sort: 'changed-desc',
      page: 1,
      pageSize: 10,
    });
    expect(listed.items.map((item) => item.id)).toEqual([first.application.id]);
    const empty = await failure(client().requestClarification(payment!.id, ' '));
    expect([empty.code, empty.errors[0]?.field]).toEqual(['validation-failed', 'text']);
  });

  it('downloads the CSV export with progress and the Russian file name; PDF needs the server', async () => {
    const progress: number[] = [];
    const file = await client().export(
      'csv',
      { statuses: ['paid'], from: '2026-01-01' },
      { onProgress: (received) => progress.push(received) },
    );
    expect(file.fileName).toBe('Выписка о выплатах 24.11.2026.csv');
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.at(-1)).toBe(file.blob.size);
    const sections = readCsvSections(await file.blob.text());
    expect(sections.rows).toHaveLength((await client().list({ statuses: ['paid'], from: '2026-01-01' })).total);
    expect(client().exportUrl('pdf', { kinds: ['edv', 'housing-compensation'] })).toBe(
      `${ORIGIN}/api/v1/payments/export?format=pdf&kinds=edv%2Chousing-compensation`,
    );
    expect((await failure(client().export('pdf'))).code).toBe('export-unavailable');
  });

  it('reads a file name from either form of Content-Disposition', () => {
    expect(dispositionFileName(`attachment; filename="a.csv"; filename*=UTF-8''%D0%B0.csv`, 'x')).toBe('а.csv');
    expect(dispositionFileName('attachment; filename="a.csv"', 'x')).toBe('a.csv');
    expect(dispositionFileName(`attachment; filename*=UTF-8''%E0%A4%A.csv`, 'x')).toBe('x');
    expect(dispositionFileName(null, 'payments.csv')).toBe('payments.csv');
  });
});
