// The SDK's applications client (packages/core) against the cabinet through the MSW handlers: what the elements
// will see in Storybook and the component tests (the contract test shows Express answers the same).
import { ApiError, ApplicationsClient, type EventStreamState } from '@gos-elements/core';
import type { ApplicationStatusEvent } from '@gos-elements/contracts';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCabinet, simplePdf } from '../cabinet/index.js';
import { FakeClock } from '../clock.js';
import { cabinetHandlers } from './applications.js';

const BASE = 'https://cabinet.client.test';
const clock = new FakeClock(Date.parse('2026-11-24T09:00:00Z'));
const api = createCabinet(['anna', 'petr'], clock);
const msw = setupServer(
  ...cabinetHandlers(api, { baseUrl: BASE, ownerOf: (token) => ({ 'token-anna': 'anna' })[token] }),
);

beforeAll(() => msw.listen({ onUnhandledRequest: 'error' }));
afterAll(() => msw.close());

const client = (token: string | null = 'token-anna') =>
  new ApplicationsClient({ apiBase: `${BASE}/api/v1`, accessToken: async () => token ?? undefined });

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (error instanceof ApiError) return error;
  throw new Error(`expected an ApiError, got ${String(error)}`);
}

describe('ApplicationsClient', () => {
  it('lists with filters and gets one application, checked against the contracts', async () => {
    const page = await client().list({ status: ['issued', 'rejected'], sort: 'submitted-asc', pageSize: 5 });
    expect(page.items.map((item) => item.status).sort()).toEqual(['issued', 'rejected']);
    const one = await client().get(page.items[0]!.id);
    expect(one.history.at(-1)?.status).toBe(page.items[0]!.status);
  });

  it('turns problem answers and a missing session into ApiErrors with the server’s words', async () => {
    const notFound = await failure(client().get('app-2026-000201'));
    expect([notFound.code, notFound.status, notFound.message]).toEqual(['not-found', 404, 'Заявление не найдено.']);
    const invalid = await failure(client().list({ pageSize: 500 }));
    expect([invalid.code, invalid.errors.map((error) => error.field)]).toEqual(['validation-failed', ['pageSize']]);
    expect((await failure(client(null).list())).code).toBe('unauthorized');
    expect((await failure(client('token-stolen').list())).status).toBe(401);
  });

  it('uploads a requested document and cancels, retrying safely with the same key', async () => {
    const [waiting] = (await client().list({ status: ['action-required'] })).items;
    const application = await client().get(waiting!.id);
    const file = new File([simplePdf(['certificate'])], 'spravka.pdf', { type: 'application/pdf' });
    const requestId = application.requiredDocuments[0]!.id;
    const uploaded = await client().upload(waiting!.id, requestId, file, { idempotencyKey: 'upload-key-1' });
    expect(uploaded.status).toBe('in-review');
    const again = await client().upload(waiting!.id, requestId, file, { idempotencyKey: 'upload-key-1' });
    expect(again).toEqual(uploaded);
    const cancelled = await client().cancel(waiting!.id, 'подам заново');
    expect(cancelled.status).toBe('cancelled');
    const exe = new File([new Uint8Array([0x4d, 0x5a, 0, 0])], 'x.pdf');
    const [other] = (await client().list({ status: ['in-review'] })).items;
    expect((await failure(client().upload(other!.id, 'nope', exe))).code).toBe('not-requested');
  });

  it('downloads the result as a PDF', async () => {
    const [issued] = (await client().list({ status: ['issued'] })).items;
    const blob = await client().result(issued!.id);
    expect(new TextDecoder().decode(await blob.slice(0, 5).arrayBuffer())).toBe('%PDF-');
  });

  it('watches status changes over the event stream until aborted', async () => {
    const events: ApplicationStatusEvent[] = [];
    const states: EventStreamState[] = [];
    const controller = new AbortController();
    client().watch((event) => events.push(event), {
      signal: controller.signal,
      onState: (state) => states.push(state),
    });
    await expect.poll(() => states).toContain('live');
    const [accepted] = (await client().list({ status: ['accepted'] })).items;
    api.applications.setStatus(accepted!.id, 'in-review', 'Принято к рассмотрению');
    api.applications.setStatus('app-2026-000201', 'in-review');
    await expect.poll(() => events.length).toBe(1);
    expect(events[0]).toMatchObject({ applicationId: accepted!.id, status: 'in-review' });
    controller.abort();
  });
});
