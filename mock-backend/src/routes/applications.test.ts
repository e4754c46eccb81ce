import {
  ApplicationListSchema,
  ApplicationSchema,
  ApplicationStatusEventSchema,
  PROBLEM_CONTENT_TYPE,
  type Application,
} from '@gos-elements/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simplePdf } from '../cabinet/index.js';
import { systemClock } from '../clock.js';
import { seededUser } from '../identity/index.js';
import { TestBrowser } from '../oidc/test-browser.js';
import { authorization, demoClient, exchange, signIn } from '../oidc/test-flow.js';
import { startTestBackend, type RunningBackend } from '../test-support.js';

let server: RunningBackend;
const tokens: Record<'anna' | 'alexey', string> = { anna: '', alexey: '' };

async function tokenFor(key: 'confirmed-sms' | 'no-second-factor'): Promise<string> {
  const config = await demoClient(server);
  const browser = new TestBrowser(`applications-test/${key}`);
  const auth = await authorization(config);
  const callback = await signIn(server, browser, auth.url, seededUser(key), { clock: systemClock });
  return (await exchange(config, callback, auth)).access_token;
}

beforeAll(async () => {
  server = await startTestBackend();
  tokens.anna = await tokenFor('confirmed-sms');
  tokens.alexey = await tokenFor('no-second-factor');
});

afterAll(async () => {
  await server.close();
});

const api = (path: string, token: string, init: RequestInit = {}) =>
  fetch(`${server.url}${path}`, {
    ...init,
    headers: { Authorization: `Bearer ${token}`, ...(init.headers as Record<string, string>) },
  });

async function listOf(token: string, query = 'pageSize=50') {
  const response = await api(`/api/v1/applications?${query}`, token);
  expect(response.status).toBe(200);
  return ApplicationListSchema.parse(await response.json());
}

async function firstWith(token: string, status: string): Promise<Application> {
  const { items } = await listOf(token, `status=${status}`);
  const response = await api(`/api/v1/applications/${items[0]!.id}`, token);
  return ApplicationSchema.parse(await response.json());
}

function upload(token: string, id: string, requestId: string, file: Uint8Array, name: string, key?: string) {
  const form = new FormData();
  form.set('requestId', requestId);
  form.set('file', new Blob([file]), name);
  return api(`/api/v1/applications/${id}/documents`, token, {
    method: 'POST',
    body: form,
    headers: key ? { 'Idempotency-Key': key } : {},
  });
}

describe('applications API', () => {
  it('lists the citizen’s own applications, filtered, and never another citizen’s', async () => {
    const annas = await listOf(tokens.anna);
    const alexeys = await listOf(tokens.alexey);
    expect(annas.total).toBe(8);
    expect(annas.items.filter((item) => alexeys.items.some((other) => other.id === item.id))).toEqual([]);

    const stolen = await api(`/api/v1/applications/${annas.items[0]!.id}`, tokens.alexey);
    expect(stolen.status).toBe(404);
    expect(stolen.headers.get('content-type')).toContain(PROBLEM_CONTENT_TYPE);
    expect(await stolen.json()).toMatchObject({ code: 'not-found' });

    const filtered = await listOf(tokens.anna, 'status=issued,rejected&sort=submitted-asc');
    expect(filtered.items.map((item) => item.status).sort()).toEqual(['issued', 'rejected']);
    const invalid = await api('/api/v1/applications?status=lost&pageSize=500', tokens.anna);
    expect(invalid.status).toBe(400);
    const problem = (await invalid.json()) as { code: string; errors: { field: string }[] };
    expect([problem.code, problem.errors.map((error) => error.field)]).toEqual([
      'validation-failed',
      ['status.0', 'pageSize'],
    ]);
  });

  it('wants a valid access token', async () => {
    for (const token of ['', 'forged']) {
      const response = await api('/api/v1/applications', token);
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
    }
  });

  it('takes a requested PDF once per Idempotency-Key and sends the application back for review', async () => {
    const waiting = await firstWith(tokens.anna, 'action-required');
    const requestId = waiting.requiredDocuments[0]!.id;
    const pdf = simplePdf(['income certificate']);
    const first = await upload(tokens.anna, waiting.id, requestId, pdf, 'spravka.pdf', 'key-upload-0001');
    expect(first.status).toBe(201);
    const after = ApplicationSchema.parse(await first.json());
    expect([after.status, after.documents.length]).toEqual(['in-review', 1]);

    const retry = await upload(tokens.anna, waiting.id, requestId, pdf, 'spravka.pdf', 'key-upload-0001');
    expect([retry.status, retry.headers.get('idempotent-replayed')]).toEqual([201, 'true']);
    expect(await retry.json()).toEqual(after);
    const other = await upload(tokens.anna, waiting.id, requestId, simplePdf(['other']), 'x.pdf', 'key-upload-0001');
    expect([other.status, ((await other.json()) as { code: string }).code]).toEqual([422, 'idempotency-key-reused']);
    const again = await api(`/api/v1/applications/${waiting.id}`, tokens.anna);
    expect(ApplicationSchema.parse(await again.json()).documents).toHaveLength(1);
  });

  it('refuses a renamed .exe and a 6 MB file with clear messages', async () => {
    const waiting = await firstWith(tokens.alexey, 'action-required');
    const requestId = waiting.requiredDocuments[0]!.id;
    const exe = new Uint8Array(1024);
    exe.set([0x4d, 0x5a]);
    const renamed = await upload(tokens.alexey, waiting.id, requestId, exe, 'spravka.pdf');
    expect(renamed.status).toBe(415);
    expect(await renamed.json()).toMatchObject({ code: 'unsupported-type', detail: expect.stringMatching(/PDF/) });

    const big = new Uint8Array(6 * 1024 * 1024);
    big.set(simplePdf(['big']));
    const tooLarge = await upload(tokens.alexey, waiting.id, requestId, big, 'big.pdf');
    expect(tooLarge.status).toBe(413);
    expect(await tooLarge.json()).toMatchObject({ code: 'too-large', detail: expect.stringMatching(/5 МБ/) });

    const noFile = await api(`/api/v1/applications/${waiting.id}/documents`, tokens.alexey, {
      method: 'POST',
      body: JSON.stringify({ requestId }),
      headers: { 'Content-Type': 'application/json' },
    });
    expect(noFile.status).toBe(415);
  });

  it('streams status changes to their owner as server-sent events', async () => {
    const reviewing = await firstWith(tokens.alexey, 'in-review');
    const controller = new AbortController();
    const stream = await api('/api/v1/applications/events', tokens.alexey, { signal: controller.signal });
    expect(stream.headers.get('content-type')).toContain('text/event-stream');
    const reader = stream.body!.pipeThrough(new TextDecoderStream()).getReader();

    const changed = await fetch(`${server.url}/dev/applications/${reviewing.id}/status`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ status: 'approved', comment: 'Решение принято' }),
    });
    expect(changed.status).toBe(200);

    let text = '';
    while (!text.includes('event: status')) text += (await reader.read()).value ?? '';
    while (!text.includes('\n\n', text.indexOf('event: status'))) text += (await reader.read()).value ?? '';
    controller.abort();
    const data = /event: status\ndata: (.+)\n/.exec(text)?.[1];
    expect(ApplicationStatusEventSchema.parse(JSON.parse(data!))).toMatchObject({
      applicationId: reviewing.id,
      status: 'approved',
      comment: 'Решение принято',
    });
  });

  it('hands out the result PDF of an issued application; a decided one cannot be cancelled', async () => {
    const issued = await firstWith(tokens.anna, 'issued');
    const result = await api(`/api/v1/applications/${issued.id}/result`, tokens.anna);
    expect(result.status).toBe(200);
    expect(result.headers.get('content-type')).toBe('application/pdf');
    expect(result.headers.get('content-disposition')).toContain(`${issued.number}.pdf`);
    expect(new TextDecoder().decode((await result.arrayBuffer()).slice(0, 5))).toBe('%PDF-');

    const cancel = await api(`/api/v1/applications/${issued.id}/cancel`, tokens.anna, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(cancel.status).toBe(409);
    expect(await cancel.json()).toMatchObject({ code: 'not-cancellable' });
  });

  it('is described in the served OpenAPI document', async () => {
    const document = (await (await fetch(`${server.url}/api/v1/openapi.json`)).json()) as {
      paths: Record<string, unknown>;
    };
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(['/api/v1/applications', '/api/v1/applications/{id}/documents']),
    );
  });
});
