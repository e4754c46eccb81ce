// The same job seeker requests through the Express backend and through the MSW handlers, in the same order, so both
// sides go through the same states: every answer must be equal — status, media type, the headers that matter, body.
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simplePdf } from '../cabinet/index.js';
import { FakeClock } from '../clock.js';
import { seededUser } from '../identity/index.js';
import { createJobSeeker, SEEDED_RESUMES, type ResumeSeedKey } from '../job-seeker/index.js';
import { minimalDocx } from '../job-seeker/test-support.js';
import { TestBrowser } from '../oidc/test-browser.js';
import { authorization, demoClient, exchange, signIn } from '../oidc/test-flow.js';
import { startTestBackend, TEST_VACANCIES, type RunningBackend } from '../test-support.js';
import { jobSeekerHandlers } from './job-seeker.js';
import { mockVacancies } from './mock-vacancies.js';

const MSW_ORIGIN = 'https://job-seeker.msw.test';
const clock = new FakeClock(Date.now());
let server: RunningBackend;
let msw: ReturnType<typeof setupServer>;
const tokens = { anna: '', alexey: '' };

beforeAll(async () => {
  server = await startTestBackend({ clock });
  const signedIn = async (key: 'confirmed-sms' | 'no-second-factor') => {
    const config = await demoClient(server);
    const auth = await authorization(config);
    const callback = await signIn(server, new TestBrowser(`job-seeker-contract/${key}`), auth.url, seededUser(key), {
      clock,
    });
    return (await exchange(config, callback, auth)).access_token;
  };
  tokens.anna = await signedIn('confirmed-sms');
  tokens.alexey = await signedIn('no-second-factor');

  const accounts = server.backend.identity.accounts;
  const ownerByToken = new Map([
    [tokens.anna, seededUser('confirmed-sms').oid],
    [tokens.alexey, seededUser('no-second-factor').oid],
  ]);
  // The same people (from the same accounts), the same vacancies (generator, seed, count, day) and seeded résumés.
  const seeded: Record<string, ResumeSeedKey> = {};
  for (const [oid, seed] of Object.entries(SEEDED_RESUMES)) if (accounts.findById(oid)) seeded[oid] = seed;
  const api = createJobSeeker({
    index: mockVacancies({ origin: MSW_ORIGIN, count: TEST_VACANCIES, clock }).index,
    clock,
    people: {
      personOf: (owner) => {
        const profile = accounts.findById(owner)?.profile;
        if (!profile) return undefined;
        const contact = (type: string) => profile.contacts.find((candidate) => candidate.type === type)?.value;
        return {
          fullName: [profile.lastName, profile.firstName, profile.middleName].filter(Boolean).join(' '),
          phone: contact('MBT'),
          email: contact('EML'),
        };
      },
    },
    outbox: { send: () => undefined },
    seeded,
  });
  msw = setupServer(
    ...jobSeekerHandlers(api, { baseUrl: MSW_ORIGIN, ownerOf: (token) => ownerByToken.get(token), devEndpoints: true }),
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
  cache: string | null;
  body: unknown;
}

async function both(path: string, init: () => RequestInit = () => ({})): Promise<[Seen, Seen]> {
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
      cache: response.headers.get('cache-control'),
      body: type?.includes('json') ? JSON.parse(new TextDecoder().decode(bytes)) : [...bytes],
    };
  };
  return [await seen(server.url), await seen(MSW_ORIGIN)];
}

/** Runs each request through both and expects equal answers; returns the Express side's. */
async function alike(requests: readonly (readonly [string, () => RequestInit])[]): Promise<Seen[]> {
  const answers: Seen[] = [];
  for (const [path, init] of requests) {
    const [express, mocked] = await both(path, init);
    expect(mocked, `${init().method ?? 'GET'} ${path}`).toEqual(express);
    answers.push(express);
  }
  return answers;
}

const bearer = (token: string, extra: Record<string, string> = {}) => ({ Authorization: `Bearer ${token}`, ...extra });
const get = (token: string) => () => ({ headers: bearer(token) });
const call =
  (method: string, token: string, body?: unknown, extra: Record<string, string> = {}) =>
  () => ({
    method,
    headers: bearer(token, body === undefined ? extra : { 'Content-Type': 'application/json', ...extra }),
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
const dev = (body: unknown) => () => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify(body),
});
const idOf = (seen: Seen | undefined) => (seen?.body as { id: string }).id;

describe('Express and MSW answer the job seeker alike', () => {
  it('refuse calls without a token or with a forged one', async () => {
    await alike([
      ['/api/v1/me/favorites', () => ({})],
      ['/api/v1/me/resume', get('forged')],
      ['/api/v1/me/notifications', () => ({})],
    ]);
  });

  it('publish vacancies, keep favourites, write résumés and their files', async () => {
    const [published] = await alike([
      [
        '/dev/vacancies',
        dev({ jobName: 'Кладовщик', salary: { text: 'от 60000', min: 60000, max: 0, currency: 'RUB' } }),
      ],
      ['/dev/vacancies', dev({ jobName: '' })],
    ]);
    const vacancy = idOf(published);
    await alike([
      ['/dev/vacancies', dev({ id: vacancy, jobName: 'Старший кладовщик' })],
      [`/api/v1/me/favorites/${vacancy}`, call('PUT', tokens.anna)],
      ['/api/v1/me/favorites/no-such-vacancy', call('PUT', tokens.anna)],
      ['/api/v1/me/favorites', get(tokens.anna)],
      ['/api/v1/me/favorites', get(tokens.alexey)],
      [`/api/v1/me/favorites/${vacancy}`, call('DELETE', tokens.alexey)],
      [`/api/v1/me/favorites/${vacancy}`, call('PUT', tokens.anna)],
      ['/api/v1/me/resume', get(tokens.anna)],
      ['/api/v1/me/resume', get(tokens.alexey)],
      [
        '/api/v1/me/resume',
        call('PUT', tokens.alexey, {
          desiredPosition: 'Кладовщик',
          region: '7700000000000',
          employment: ['full'],
          education: [],
          experience: [],
          skills: ['1С:Склад'],
          contacts: { phone: '+79265550404' },
          published: false,
        }),
      ],
      ['/api/v1/me/resume', call('PUT', tokens.alexey, { desiredPosition: '' })],
    ]);
    const form = (bytes: Uint8Array, name: string, key?: string) => () => {
      const body = new FormData();
      body.set('file', new Blob([bytes]), name);
      return { method: 'PUT', body, headers: bearer(tokens.alexey, key ? { 'Idempotency-Key': key } : {}) };
    };
    await alike([
      ['/api/v1/me/resume/file', form(new TextEncoder().encode('just text'), 'resume.pdf')],
      ['/api/v1/me/resume/file', form(minimalDocx(), 'Резюме.docx', 'contract-resume-file-1')],
      ['/api/v1/me/resume/file', form(minimalDocx(), 'Резюме.docx', 'contract-resume-file-1')],
      ['/api/v1/me/resume/file', get(tokens.alexey)],
      ['/api/v1/me/resume/file', form(simplePdf(['cv']), 'cv.pdf')],
      ['/api/v1/me/resume/file', get(tokens.alexey)],
      ['/api/v1/me/resume/file', call('DELETE', tokens.alexey)],
      ['/api/v1/me/resume/file', get(tokens.alexey)],
      ['/api/v1/me/resume/file', call('PUT', tokens.anna)],
    ]);
  });

  it('respond, replay, refuse, withdraw, move statuses and notify alike', async () => {
    const [published] = await alike([['/dev/vacancies', dev({ jobName: 'Бухгалтер на первичную документацию' })]]);
    const vacancy = idOf(published);
    const [sent] = await alike([
      [
        `/api/v1/vacancies/${vacancy}/responses`,
        call('POST', tokens.anna, { coverLetter: 'Опыт 15 лет.' }, { 'Idempotency-Key': 'contract-respond-1' }),
      ],
      [
        `/api/v1/vacancies/${vacancy}/responses`,
        call('POST', tokens.anna, { coverLetter: 'Опыт 15 лет.' }, { 'Idempotency-Key': 'contract-respond-1' }),
      ],
      [
        `/api/v1/vacancies/${vacancy}/responses`,
        call('POST', tokens.anna, { coverLetter: 'Другое' }, { 'Idempotency-Key': 'contract-respond-1' }),
      ],
      [`/api/v1/vacancies/${vacancy}/responses`, call('POST', tokens.anna, { coverLetter: 'Ещё' })],
      [`/api/v1/vacancies/no-such/responses`, call('POST', tokens.anna, { coverLetter: 'Ещё' })],
      [`/api/v1/vacancies/${vacancy}/responses`, call('POST', tokens.anna, {})],
    ]);
    const response = idOf(sent);
    await alike([
      [`/api/v1/me/responses/${response}/withdraw`, call('POST', tokens.alexey)],
      [`/api/v1/me/responses/${response}/withdraw`, call('POST', tokens.anna)],
      [`/api/v1/me/responses/${response}/withdraw`, call('POST', tokens.anna)],
      [`/api/v1/vacancies/${vacancy}/responses`, call('POST', tokens.anna, { coverLetter: 'Снова' })],
      [`/dev/responses/${response}/status`, dev({ status: 'viewed' })],
      [`/dev/responses/${response}/status`, dev({ status: 'invited', comment: 'Ждём вас' })],
      [`/dev/responses/${response}/status`, dev({ status: 'lost' })],
      ['/dev/responses/resp-999999/status', dev({ status: 'viewed' })],
      [`/api/v1/me/responses/${response}/withdraw`, call('POST', tokens.anna)],
      ['/api/v1/me/responses', get(tokens.anna)],
      ['/api/v1/me/responses', get(tokens.alexey)],
      ['/api/v1/me/notifications', get(tokens.anna)],
    ]);
  });

  it('save, rename, list, match and delete searches, and list and mark notifications alike', async () => {
    const [created] = await alike([
      [
        '/api/v1/me/saved-searches',
        call(
          'POST',
          tokens.anna,
          { query: { q: 'кассир', salaryFrom: 40000 } },
          { 'Idempotency-Key': 'contract-ss-1' },
        ),
      ],
      [
        '/api/v1/me/saved-searches',
        call(
          'POST',
          tokens.anna,
          { query: { q: 'кассир', salaryFrom: 40000 } },
          { 'Idempotency-Key': 'contract-ss-1' },
        ),
      ],
      ['/api/v1/me/saved-searches', call('POST', tokens.anna, { query: { regions: ['moscow'] } })],
    ]);
    const search = idOf(created);
    await alike([
      ['/dev/vacancies', dev({ jobName: 'Кассир', salary: { text: 'от 45000', min: 45000, max: 0, currency: 'RUB' } })],
      ['/dev/vacancies', dev({ jobName: 'Кассир', salary: { text: 'до 30000', min: 0, max: 30000, currency: 'RUB' } })],
      ['/api/v1/me/saved-searches', get(tokens.anna)],
      ['/api/v1/me/saved-searches', get(tokens.alexey)],
      [`/api/v1/me/saved-searches/${search}`, call('PATCH', tokens.anna, { name: 'Кассиры', channel: 'sms' })],
      [`/api/v1/me/saved-searches/${search}`, call('PATCH', tokens.alexey, { name: 'Чужой' })],
      [`/api/v1/me/saved-searches/${search}`, call('PATCH', tokens.anna, {})],
      [`/api/v1/me/notifications?savedSearchId=${search}`, get(tokens.anna)],
      ['/api/v1/me/notifications?unread=true&kind=saved-search-match,response-status&limit=1', get(tokens.anna)],
      ['/api/v1/me/notifications?kind=nothing&limit=0', get(tokens.anna)],
      ['/api/v1/me/notifications/read', call('POST', tokens.alexey, {})],
      ['/api/v1/me/notifications/read', call('POST', tokens.anna, { savedSearchId: search })],
      ['/api/v1/me/notifications/read', call('POST', tokens.anna, { ids: 'all' })],
      ['/api/v1/me/notifications/read', call('POST', tokens.anna, {})],
      [`/api/v1/me/saved-searches/${search}`, call('DELETE', tokens.alexey)],
      [`/api/v1/me/saved-searches/${search}`, call('DELETE', tokens.anna)],
      ['/api/v1/me/saved-searches', get(tokens.anna)],
      ['/api/v1/me/notifications', get(tokens.anna)],
    ]);
  });
});
