// The SDK's job seeker client (packages/core) against the ready-made MSW mock: what <gos-vacancy-search> will see in
// Storybook and the component tests (the contract test shows Express agrees).
import { ApiError, JobSeekerClient, notificationQuery } from '@gos-elements/core';
import type { JobNotification } from '@gos-elements/contracts';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simplePdf } from '../cabinet/index.js';
import { FakeClock } from '../clock.js';
import { minimalDocx } from '../job-seeker/test-support.js';
import { MOCK_JOB_SEEKER_TOKEN, mockJobSeeker } from './mock-job-seeker.js';

const ORIGIN = 'https://trud.client.test';
const clock = new FakeClock(Date.UTC(2026, 10, 24, 9, 0, 0));
const mock = mockJobSeeker({
  origin: ORIGIN,
  clock,
  devEndpoints: true,
  tokens: {
    [MOCK_JOB_SEEKER_TOKEN]: {
      owner: 'sokolov',
      fullName: 'Соколов Алексей Викторович',
      phone: '+79265550404',
      resume: 'driver',
    },
    'other-token': { owner: 'newcomer', fullName: 'Новикова Елена Сергеевна', phone: '+79005550000', resume: 'none' },
  },
});
const msw = setupServer(...mock.handlers);

beforeAll(() => msw.listen({ onUnhandledRequest: 'error' }));
afterAll(() => msw.close());

const client = new JobSeekerClient({ apiBase: `${ORIGIN}/api/v1`, accessToken: async () => MOCK_JOB_SEEKER_TOKEN });
const newcomer = new JobSeekerClient({ apiBase: `${ORIGIN}/api/v1`, accessToken: async () => 'other-token' });
const vacancyIds = () =>
  mock.vacancies.api.index.search({ sort: 'date', page: 1, pageSize: 5 }, '2026-11-24').items.map((v) => v.id);

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (error instanceof ApiError) return error;
  throw new Error(`expected an ApiError, got ${String(error)}`);
}

describe('JobSeekerClient', () => {
  it('keeps favourites of real mock vacancies', async () => {
    const [first, second] = vacancyIds() as [string, string];
    expect(await client.addFavorite(first)).toMatchObject({ vacancyId: first, current: { id: first } });
    await client.addFavorite(second);
    expect((await client.favorites()).items.map((item) => item.vacancyId).sort()).toEqual([first, second].sort());
    await client.removeFavorite(first);
    expect((await client.favorites()).total).toBe(1);
    expect((await failure(client.addFavorite('нет-такой'))).code).toBe('vacancy-not-found');
  });

  it('reads the seeded résumé, null for none, saves one and attaches, downloads and removes its file', async () => {
    expect(await client.resume()).toMatchObject({
      desiredPosition: 'Водитель категории C',
      fullName: 'Соколов Алексей Викторович',
    });
    expect(await newcomer.resume()).toBeNull();
    const saved = await newcomer.saveResume({
      desiredPosition: 'Менеджер по продажам',
      region: '7700000000000',
      employment: ['full'],
      education: [],
      experience: [],
      skills: [],
      contacts: { phone: '+79005550000' },
      published: true,
    });
    expect(saved.fullName).toBe('Новикова Елена Сергеевна');
    const docx = minimalDocx();
    const withFile = await newcomer.uploadResumeFile(new File([docx], 'Резюме.docx'), {
      idempotencyKey: 'client-upload-1',
    });
    expect(withFile.file).toMatchObject({ fileName: 'Резюме.docx', size: docx.byteLength });
    expect(new Uint8Array(await (await newcomer.resumeFile()).arrayBuffer())).toEqual(docx);
    const renamed = await failure(newcomer.uploadResumeFile(new File(['plain text'], 'resume.pdf')));
    expect([renamed.code, renamed.status]).toEqual(['unsupported-media-type', 415]);
    expect((await newcomer.uploadResumeFile(new File([simplePdf(['cv'])], 'cv.pdf'))).file?.mediaType).toBe(
      'application/pdf',
    );
    expect((await newcomer.removeResumeFile()).file).toBeUndefined();
    expect((await failure(newcomer.resumeFile())).code).toBe('resume-file-not-found');
  });

  it('responds once, lists, withdraws; refusals come as ApiErrors with the server’s words', async () => {
    const vacancy = vacancyIds()[2]!;
    const sent = await client.respond(vacancy, { coverLetter: 'Стаж 15 лет.' }, { idempotencyKey: 'client-respond-1' });
    expect(sent).toMatchObject({
      status: 'sent',
      vacancy: { id: vacancy },
      resume: { desiredPosition: 'Водитель категории C' },
    });
    expect(
      await client.respond(vacancy, { coverLetter: 'Стаж 15 лет.' }, { idempotencyKey: 'client-respond-1' }),
    ).toEqual(sent);
    const again = await failure(client.respond(vacancy, { coverLetter: 'Ещё' }));
    expect([again.code, again.status]).toEqual(['already-responded', 409]);
    expect((await client.responses()).items.map((item) => item.id)).toContain(sent.id);
    expect(await client.withdrawResponse(sent.id)).toMatchObject({ status: 'withdrawn' });
    expect((await failure(newcomer.withdrawResponse(sent.id))).code).toBe('response-not-found');
    const invalid = await failure(client.respond(vacancy, { coverLetter: '' }));
    expect([invalid.code, invalid.errors.map((error) => error.field)]).toEqual(['validation-failed', ['coverLetter']]);
  });

  it('saves searches and hears of new matches live, then marks them read', async () => {
    expect(notificationQuery({ unread: true, kind: ['saved-search-match'], limit: 5 })).toBe(
      '?unread=true&kind=saved-search-match&limit=5',
    );
    const search = await client.createSavedSearch({ query: { q: 'механик' }, channel: 'sms' });
    expect(search).toMatchObject({ name: 'механик', unread: 0 });
    expect((await failure(client.createSavedSearch({ query: {}, channel: 'email' }))).code).toBe('channel-unavailable');
    const controller = new AbortController();
    const heard: JobNotification[] = [];
    const live = new Promise<void>((resolve) => {
      client.watchNotifications(
        (notification) => {
          heard.push(notification);
          resolve();
        },
        { signal: controller.signal },
      );
    });
    // Give the stream a moment to open before the publication.
    await new Promise((resolve) => setTimeout(resolve, 50));
    mock.api.publishVacancy({ jobName: 'Механик гаража' }, '/dev/vacancies');
    await live;
    controller.abort();
    expect(heard[0]).toMatchObject({
      kind: 'saved-search-match',
      savedSearchId: search.id,
      vacancy: { jobName: 'Механик гаража' },
    });
    expect(mock.outbox.at(-1)).toMatchObject({ channel: 'sms', to: '+79265550404' });

    expect((await client.savedSearches()).items[0]).toMatchObject({ id: search.id, unread: 1 });
    expect(await client.notifications({ unread: true, savedSearchId: search.id })).toMatchObject({
      total: 1,
      unread: 1,
    });
    expect(await client.markNotificationsRead({ savedSearchId: search.id })).toEqual({ unread: 0 });
    expect(await client.updateSavedSearch(search.id, { name: 'Механики' })).toMatchObject({ name: 'Механики' });
    await client.deleteSavedSearch(search.id);
    expect((await client.savedSearches()).items).toEqual([]);
  });

  it('stops when aborted and asks to sign in without a token', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(client.favorites(controller.signal)).rejects.toMatchObject({ name: 'AbortError' });
    await expect(client.respond('x', { coverLetter: 'y' }, { signal: controller.signal })).rejects.toMatchObject({
      name: 'AbortError',
    });
    const signedOut = new JobSeekerClient({ apiBase: `${ORIGIN}/api/v1`, accessToken: async () => undefined });
    expect((await failure(signedOut.favorites())).code).toBe('unauthorized');
    const forged = new JobSeekerClient({ apiBase: `${ORIGIN}/api/v1`, accessToken: async () => 'forged' });
    expect((await failure(forged.savedSearches())).status).toBe(401);
  });
});
