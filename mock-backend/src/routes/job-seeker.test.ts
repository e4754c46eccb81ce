import {
  jobSeekerEndpoints,
  JobResponseSchema,
  NotificationSchema,
  PROBLEM_CONTENT_TYPE,
  ResumeSchema,
  SavedSearchSchema,
} from '@gos-elements/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../clock.js';
import { seededUser } from '../identity/index.js';
import { minimalDocx } from '../job-seeker/test-support.js';
import { TestBrowser } from '../oidc/test-browser.js';
import { authorization, demoClient, exchange, signIn } from '../oidc/test-flow.js';
import { startTestBackend, type RunningBackend } from '../test-support.js';

let server: RunningBackend;
const tokens: Record<'anna' | 'alexey', string> = { anna: '', alexey: '' };

async function tokenFor(key: 'confirmed-sms' | 'no-second-factor'): Promise<string> {
  const config = await demoClient(server);
  const browser = new TestBrowser(`job-seeker-test/${key}`);
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
const json = (method: string, body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method,
  headers: { 'Content-Type': 'application/json', ...headers },
  body: JSON.stringify(body),
});
const publish = async (body: object) =>
  (await (await fetch(`${server.url}/dev/vacancies`, json('POST', body))).json()) as { id: string; jobName: string };

describe('the job seeker’s API', () => {
  it('answers 401 problem+json with a challenge to every /me call without a valid token', async () => {
    const secured = jobSeekerEndpoints.filter((endpoint) => endpoint.secured);
    expect(secured.length).toBeGreaterThanOrEqual(17);
    for (const endpoint of secured) {
      const path = endpoint.path.replace(/\{\w+\}/g, 'some-id');
      for (const headers of [{}, { Authorization: 'Bearer forged-token' }] as Record<string, string>[]) {
        const response = await fetch(`${server.url}${path}`, { method: endpoint.method.toUpperCase(), headers });
        expect(response.status, `${endpoint.method} ${path}`).toBe(401);
        expect(response.headers.get('content-type')).toContain(PROBLEM_CONTENT_TYPE);
        expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
        expect(await response.json()).toMatchObject({ code: 'unauthorized' });
      }
    }
  });

  it('serves the seeded résumés, and one account never sees another’s data', async () => {
    const sokolov = ResumeSchema.parse(await (await api('/api/v1/me/resume', tokens.alexey)).json());
    expect(sokolov).toMatchObject({ fullName: 'Соколов Алексей Викторович', desiredPosition: 'Водитель категории C' });
    const smirnova = ResumeSchema.parse(await (await api('/api/v1/me/resume', tokens.anna)).json());
    expect(smirnova.desiredPosition).toBe('Бухгалтер');

    const vacancy = await publish({ jobName: 'Водитель категории C на самосвал', region: { code: '5000000000000' } });
    const sent = await api(`/api/v1/vacancies/${vacancy.id}/responses`, tokens.alexey, {
      ...json('POST', { coverLetter: 'Стаж 15 лет.' }, { 'Idempotency-Key': 'route-test-respond-1' }),
    });
    expect(sent.status).toBe(201);
    const response = JobResponseSchema.parse(await sent.json());
    const replay = await api(`/api/v1/vacancies/${vacancy.id}/responses`, tokens.alexey, {
      ...json('POST', { coverLetter: 'Стаж 15 лет.' }, { 'Idempotency-Key': 'route-test-respond-1' }),
    });
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(await replay.json()).toEqual(response);

    const withdrawByOther = await api(`/api/v1/me/responses/${response.id}/withdraw`, tokens.anna, { method: 'POST' });
    expect(withdrawByOther.status).toBe(404);
    expect(await withdrawByOther.json()).toMatchObject({ code: 'response-not-found' });
    expect(await (await api('/api/v1/me/responses', tokens.anna)).json()).toEqual({ items: [], total: 0 });

    const file = new FormData();
    file.set('file', new Blob([minimalDocx()]), 'Резюме.docx');
    const uploaded = await api('/api/v1/me/resume/file', tokens.alexey, { method: 'PUT', body: file });
    expect(uploaded.status).toBe(200);
    const download = await api('/api/v1/me/resume/file', tokens.alexey);
    expect(download.headers.get('content-type')).toContain('wordprocessingml');
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(minimalDocx());
    expect((await api('/api/v1/me/resume/file', tokens.anna)).status).toBe(404);
  });

  it('streams notifications on the cabinet’s event stream, beside the applications’ status events', async () => {
    const created = await api(
      '/api/v1/me/saved-searches',
      tokens.anna,
      json('POST', { query: { q: 'главный бухгалтер', regions: ['7700000000000'] }, channel: 'email' }),
    );
    expect(created.status).toBe(201);
    const search = SavedSearchSchema.parse(await created.json());

    const controller = new AbortController();
    const stream = await api('/api/v1/applications/events', tokens.anna, { signal: controller.signal });
    expect(stream.headers.get('content-type')).toContain('text/event-stream');
    const reader = stream.body!.pipeThrough(new TextDecoderStream()).getReader();

    const vacancy = await publish({ jobName: 'Главный бухгалтер' });
    let text = '';
    while (!text.includes('event: notification')) text += (await reader.read()).value ?? '';
    while (!text.includes('\n\n', text.indexOf('event: notification'))) text += (await reader.read()).value ?? '';

    // The status events still come on the same stream.
    const list = (await (await api('/api/v1/applications?status=in-review', tokens.anna)).json()) as {
      items: { id: string }[];
    };
    await fetch(`${server.url}/dev/applications/${list.items[0]!.id}/status`, json('POST', { status: 'approved' }));
    while (!text.includes('event: status')) text += (await reader.read()).value ?? '';
    controller.abort();

    const data = /event: notification\ndata: (.+)\n/.exec(text)?.[1];
    expect(NotificationSchema.parse(JSON.parse(data!))).toMatchObject({
      kind: 'saved-search-match',
      savedSearchId: search.id,
      vacancy: { id: vacancy.id, jobName: 'Главный бухгалтер' },
    });
    const mail = (await (await fetch(`${server.url}/dev/outbox?to=anna.smirnova@example.ru`)).json()) as {
      messages: { subject?: string; text: string }[];
    };
    expect(mail.messages[0]).toMatchObject({
      subject: `Новая вакансия по вашему поиску «${search.name}»`,
      text: expect.stringContaining(`http://localhost:5173/trudvsem.html?vac-vacancy=${vacancy.id}`),
    });
  });
});
