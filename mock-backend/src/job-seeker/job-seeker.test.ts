// The job seeker's domain through its API answers: what each account sees of its own data (and never of another's),
// the rules of responses and their simulator, saved searches and the match job, résumé files by their content.
import {
  FavoriteSchema,
  JobResponseSchema,
  ResumeSchema,
  SavedSearchSchema,
  VacancySearchQuerySchema,
  type JobNotification,
  type JobResponse,
  type ResumeInput,
} from '@gos-elements/contracts';
import { describe, expect, it } from 'vitest';
import { simplePdf } from '../cabinet/files.js';
import { FakeClock } from '../clock.js';
import { DEFAULT_LIMITS, type JobSeekerLimits } from '../limits.js';
import { createVacancySearch } from '../vacancies/setup.js';
import { createJobSeeker } from './create.js';
import { nextWorkingDayAt11 } from './invitation.js';
import type { MessageSender } from './people.js';
import { RESUME_SEEDS } from './seed.js';
import { minimalDocx, PEOPLE } from './test-support.js';

const START = Date.parse('2026-11-24T09:00:00Z'); // a Tuesday
const MINUTE = 60_000;

function setup(limits: Partial<JobSeekerLimits> = {}) {
  const clock = new FakeClock(START);
  const { index } = createVacancySearch({ source: { kind: 'generated', count: 400 }, clock });
  const outbox: Parameters<MessageSender['send']>[0][] = [];
  const api = createJobSeeker({
    index,
    clock,
    people: { personOf: (owner) => PEOPLE[owner] },
    outbox: { send: (message) => void outbox.push(message) },
    linkBase: 'https://trud.example',
    limits: { ...DEFAULT_LIMITS.jobSeeker, ...limits },
    seeded: { anna: 'accountant' },
  });
  const vacancies = index.search(VacancySearchQuerySchema.parse({ pageSize: '20' }), '2026-11-24').items;
  return { api, index, clock, outbox, vacancyIds: vacancies.map((vacancy) => vacancy.id) };
}

const X = '/x';
const RESUME: ResumeInput = {
  desiredPosition: 'Водитель',
  region: '5000000000000',
  employment: ['full'],
  education: [],
  experience: [
    { company: 'ООО «Старое»', position: 'Водитель', from: '2010-01', to: '2015-01' },
    { company: 'ООО «Новое»', position: 'Водитель', from: '2016-01' },
  ],
  skills: ['Категория C', 'категория c', 'Тахограф'],
  contacts: { phone: '+79265550404' },
  published: true,
};

describe('favourites', () => {
  it('keeps a vacancy once (with its first date), lists it with what is published now, and only for its owner', () => {
    const { api, clock, vacancyIds } = setup();
    const [first, second] = vacancyIds as [string, string];
    expect(api.addFavorite('anna', first, X).status).toBe(200);
    clock.advance(MINUTE);
    expect(FavoriteSchema.parse(api.addFavorite('anna', second, X).body).addedAt).toBe('2026-11-24T09:01:00.000Z');
    clock.advance(MINUTE);
    const again = api.addFavorite('anna', first, X);
    expect(again.body).toMatchObject({ vacancyId: first, addedAt: '2026-11-24T09:00:00.000Z' });
    const list = api.favorites('anna', X).body as { items: { vacancyId: string; current: unknown }[]; total: number };
    expect(list.items.map((item) => item.vacancyId)).toEqual([second, first]);
    expect(list.items[0]?.current).toMatchObject({ id: second });
    expect(api.favorites('alexey', X).body).toEqual({ items: [], total: 0 });

    // Another's favourite is not theirs to remove: anna keeps hers.
    expect(api.removeFavorite('alexey', first, X).status).toBe(204);
    expect(api.favorites('anna', X).body).toMatchObject({ total: 2 });
    expect(api.removeFavorite('anna', first, X).status).toBe(204);
    expect(api.removeFavorite('anna', first, X).status).toBe(204);
    expect(api.favorites('anna', X).body).toMatchObject({ total: 1 });
  });

  it('refuses a vacancy that is not published and a favourite beyond the limit', () => {
    const { api, vacancyIds } = setup({ favoritesMax: 2 });
    expect(api.addFavorite('anna', 'нет-такой', X)).toMatchObject({ status: 404, body: { code: 'vacancy-not-found' } });
    api.addFavorite('anna', vacancyIds[0]!, X);
    api.addFavorite('anna', vacancyIds[1]!, X);
    expect(api.addFavorite('anna', vacancyIds[2]!, X)).toMatchObject({ status: 409, body: { code: 'favorites-full' } });
  });
});

describe('résumé', () => {
  it('is null until saved; saved whole with experience newest first, skills without repeats and the account’s name', () => {
    const { api, clock } = setup();
    expect(api.resume('alexey', X)).toEqual({ status: 200, body: null });
    clock.advance(MINUTE);
    const saved = ResumeSchema.parse(api.saveResume('alexey', RESUME, X).body);
    expect(saved.fullName).toBe('Соколов Алексей Викторович');
    expect(saved.experience.map((job) => job.company)).toEqual(['ООО «Новое»', 'ООО «Старое»']);
    expect(saved.skills).toEqual(['Категория C', 'Тахограф']);
    expect(saved.schedule).toEqual([]);
    expect(saved.updatedAt).toBe('2026-11-24T09:01:00.000Z');
    expect(api.resume('alexey', X).body).toEqual(saved);
    // The seeded one is there from the start.
    expect(api.resume('anna', X).body).toMatchObject({ desiredPosition: RESUME_SEEDS.accountant.desiredPosition });
    expect(api.saveResume('alexey', { ...RESUME, employment: [] }, X)).toMatchObject({
      status: 400,
      body: { code: 'validation-failed', errors: [{ field: 'employment' }] },
    });
  });

  it('takes a PDF or a real Word document by content, refuses a renamed text file and anything over 2 MB', () => {
    const { api } = setup();
    const upload = (fileName: string, bytes: Uint8Array, key: string | null = null) =>
      api.uploadResumeFile('anna', { fileName, bytes }, key, X);
    expect(api.uploadResumeFile('alexey', { fileName: 'a.pdf', bytes: simplePdf(['x']) }, null, X)).toMatchObject({
      status: 404,
      body: { code: 'resume-not-found' },
    });
    expect(upload('resume.pdf', new TextEncoder().encode('Я не PDF, я текст'))).toMatchObject({
      status: 415,
      body: { code: 'unsupported-media-type' },
    });
    // A ZIP that is not a Word document (no word/document.xml) is not one either.
    expect(upload('resume.docx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new Uint8Array(40)])).status).toBe(415);
    const tooLarge = new Uint8Array(2 * 1024 * 1024 + 1);
    tooLarge.set(new TextEncoder().encode('%PDF-1.4'));
    expect(upload('big.pdf', tooLarge)).toMatchObject({ status: 413, body: { code: 'file-too-large' } });

    const docx = minimalDocx();
    const attached = upload('Резюме Смирновой.docx', docx, 'upload-key-1');
    expect(attached.status).toBe(200);
    expect(ResumeSchema.parse(attached.body).file).toMatchObject({
      fileName: 'Резюме Смирновой.docx',
      mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      size: docx.byteLength,
    });
    expect(upload('Резюме Смирновой.docx', docx, 'upload-key-1')).toMatchObject({ replayed: true });
    const file = api.resumeFile('anna', X);
    expect(file).toMatchObject({ status: 200, mediaType: expect.stringContaining('wordprocessingml') });
    expect('bytes' in file && file.bytes).toEqual(docx);
    expect('disposition' in file && file.disposition).toContain("filename*=UTF-8''%D0%A0");

    expect(upload('resume.pdf', simplePdf(['resume'])).body).toMatchObject({ file: { mediaType: 'application/pdf' } });
    const removed = ResumeSchema.parse(api.removeResumeFile('anna', X).body);
    expect(removed.file).toBeUndefined();
    expect(api.resumeFile('anna', X)).toMatchObject({ status: 404, body: { code: 'resume-file-not-found' } });
    expect(api.removeResumeFile('anna', X).status).toBe(200);
  });
});

describe('responses', () => {
  it('needs a résumé, sends one per vacancy, snapshots the résumé and hides it from anyone else', () => {
    const { api, vacancyIds } = setup();
    const vacancy = vacancyIds[0]!;
    expect(api.respond('alexey', vacancy, { coverLetter: 'Здравствуйте!' }, null, X)).toMatchObject({
      status: 409,
      body: { code: 'resume-required' },
    });
    expect(api.respond('anna', 'нет-такой', { coverLetter: 'Здравствуйте!' }, null, X).status).toBe(404);
    expect(api.respond('anna', vacancy, { coverLetter: ' ' }, null, X).status).toBe(400);
    const sent = api.respond('anna', vacancy, { coverLetter: 'Здравствуйте!' }, null, X);
    expect(sent.status).toBe(201);
    const response = JobResponseSchema.parse(sent.body);
    expect(response).toMatchObject({
      status: 'sent',
      vacancy: { id: vacancy },
      resume: { desiredPosition: 'Бухгалтер' },
      history: [{ status: 'sent' }],
    });
    expect(api.respond('anna', vacancy, { coverLetter: 'Ещё раз' }, null, X)).toMatchObject({
      status: 409,
      body: { code: 'already-responded' },
    });
    expect(api.responses('alexey', X).body).toEqual({ items: [], total: 0 });
    expect(api.withdrawResponse('alexey', response.id, X)).toMatchObject({
      status: 404,
      body: { code: 'response-not-found' },
    });
    expect(api.responses('anna', X).body).toMatchObject({ total: 1, items: [{ id: response.id }] });
  });

  it('replays an Idempotency-Key retry and refuses the key for another request', () => {
    const { api, vacancyIds } = setup();
    const first = api.respond('anna', vacancyIds[0]!, { coverLetter: 'Добрый день' }, 'respond-key-1', X);
    const retry = api.respond('anna', vacancyIds[0]!, { coverLetter: 'Добрый день' }, 'respond-key-1', X);
    expect(retry).toEqual({ ...first, replayed: true });
    expect(api.respond('anna', vacancyIds[0]!, { coverLetter: 'Другое' }, 'respond-key-1', X)).toMatchObject({
      status: 422,
      body: { code: 'idempotency-key-reused' },
    });
    // The same key is another account's own.
    api.saveResume('alexey', RESUME, X);
    expect(api.respond('alexey', vacancyIds[0]!, { coverLetter: 'Добрый день' }, 'respond-key-1', X).status).toBe(201);
  });

  it('is withdrawn while unanswered, sent again as the same response, and final once the employer answers', () => {
    const { api, clock, vacancyIds } = setup();
    const sent = JobResponseSchema.parse(api.respond('anna', vacancyIds[0]!, { coverLetter: 'Письмо' }, null, X).body);
    clock.advance(MINUTE);
    const withdrawn = api.withdrawResponse('anna', sent.id, X);
    expect(withdrawn.body).toMatchObject({ status: 'withdrawn' });
    expect(api.withdrawResponse('anna', sent.id, X).body).toEqual(withdrawn.body);
    clock.advance(MINUTE);
    const again = JobResponseSchema.parse(
      api.respond('anna', vacancyIds[0]!, { coverLetter: 'Передумала' }, null, X).body,
    );
    expect(again).toMatchObject({ id: sent.id, status: 'sent', coverLetter: 'Передумала', createdAt: sent.createdAt });
    expect(again.history.map((entry) => entry.status)).toEqual(['sent', 'withdrawn', 'sent']);
    expect(api.setResponseStatus(sent.id, { status: 'invited' }, X).body).toMatchObject({ status: 'invited' });
    expect(api.withdrawResponse('anna', sent.id, X)).toMatchObject({ status: 409, body: { code: 'response-final' } });
    expect(api.setResponseStatus(sent.id, { status: 'rejected' }, X).status).toBe(409);
    expect(api.setResponseStatus('resp-999999', { status: 'viewed' }, X).status).toBe(404);
    expect(api.setResponseStatus(sent.id, { status: 'withdrawn' }, X).status).toBe(400);
  });

  it('an invitation: next working day 11:00 Moscow at the vacancy’s address, by e-mail, and a notification', () => {
    const { api, index, outbox, vacancyIds } = setup();
    const vacancy = index.vacancy(vacancyIds[0]!)!;
    const seen: JobNotification[] = [];
    api.subscribe('anna', (notification) => seen.push(notification));
    const sent = JobResponseSchema.parse(api.respond('anna', vacancy.id, { coverLetter: 'Письмо' }, null, X).body);
    const invited = JobResponseSchema.parse(api.setResponseStatus(sent.id, { status: 'invited' }, X).body);
    expect(invited.invitation).toEqual({
      at: '2026-11-25T08:00:00.000Z',
      place: vacancy.addresses[0]?.location ?? vacancy.company.name,
      contact: expect.any(String),
    });
    expect(outbox).toEqual([
      expect.objectContaining({
        channel: 'email',
        to: 'anna.smirnova@example.ru',
        subject: `Приглашение на собеседование: ${vacancy.jobName}`,
        text: expect.stringContaining(`https://trud.example/trudvsem.html?vac-vacancy=${vacancy.id}`),
      }),
    ]);
    expect(outbox[0]?.text).toContain('25 ноября 2026');
    expect(seen).toEqual([
      expect.objectContaining({ kind: 'response-status', responseId: sent.id, status: 'invited', read: false }),
    ]);
    expect(nextWorkingDayAt11(Date.parse('2026-11-27T20:00:00Z'))).toBe('2026-11-30T08:00:00.000Z');
    expect(nextWorkingDayAt11(Date.parse('2026-11-27T21:30:00Z'))).toBe('2026-11-30T08:00:00.000Z');
  });

  it('the simulator: sent → viewed → invited or declined, each step only after the minimum age', () => {
    const { api, clock, vacancyIds, outbox } = setup({ responseStepMs: 2 * MINUTE });
    api.saveResume('alexey', RESUME, X);
    const ids = vacancyIds
      .slice(0, 6)
      .map(
        (vacancy) =>
          JobResponseSchema.parse(api.respond('alexey', vacancy, { coverLetter: 'Письмо' }, null, X).body).id,
      );
    const statuses = () => (api.responses('alexey', X).body as { items: JobResponse[] }).items.map((r) => r.status);
    expect(api.advance()).toBe(0);
    clock.advance(MINUTE);
    expect(api.advance()).toBe(0);
    clock.advance(MINUTE);
    expect(api.advance()).toBe(6);
    expect(statuses()).toEqual(Array(6).fill('viewed'));
    clock.advance(MINUTE);
    expect(api.advance()).toBe(0);
    clock.advance(MINUTE);
    expect(api.advance()).toBe(6);
    const final = statuses();
    expect(final.every((status) => status === 'invited' || status === 'rejected')).toBe(true);
    expect(new Set(final).size).toBe(2);
    clock.advance(10 * MINUTE);
    expect(api.advance()).toBe(0);
    // Алексей has no e-mail: invitations come by SMS.
    expect(outbox.every((message) => message.channel === 'sms' && message.to === '+79265550404')).toBe(true);
    expect(outbox).toHaveLength(final.filter((status) => status === 'invited').length);
    // The same ids end the same way in another run.
    const again = setup({ responseStepMs: 0 });
    again.api.saveResume('alexey', RESUME, X);
    for (const vacancy of vacancyIds.slice(0, 6)) again.api.respond('alexey', vacancy, { coverLetter: 'П' }, null, X);
    again.api.advance();
    again.api.advance();
    const againStatuses = (again.api.responses('alexey', X).body as { items: JobResponse[] }).items;
    expect(Object.fromEntries(againStatuses.map((r) => [r.id, r.status]))).toEqual(
      Object.fromEntries(
        (api.responses('alexey', X).body as { items: JobResponse[] }).items.map((r) => [r.id, r.status]),
      ),
    );
    expect(ids).toHaveLength(6);
  });
});

describe('saved searches and the match job', () => {
  const publish = (api: ReturnType<typeof setup>['api'], body: object) => api.publishVacancy(body, X);

  it('names a search from its query, checks the channel, keeps at most the limit, and only for its owner', () => {
    const { api } = setup({ savedSearchesMax: 2 });
    const created = api.createSavedSearch(
      'anna',
      { query: { q: '  Бухгалтер ', regions: ['7700000000000', '5000000000000', '7800000000000'], salaryFrom: 50000 } },
      null,
      X,
    );
    expect(created.status).toBe(201);
    const search = SavedSearchSchema.parse(created.body);
    expect(search).toMatchObject({ channel: 'none', unread: 0, query: { q: 'бухгалтер' } });
    expect(search.name).toBe('бухгалтер · Москва, Московская область и ещё 1 регион · от 50\u00a0000 ₽');
    expect(api.createSavedSearch('alexey', { query: {}, channel: 'email' }, null, X)).toMatchObject({
      status: 409,
      body: { code: 'channel-unavailable' },
    });
    expect(api.createSavedSearch('alexey', { name: 'Всё', query: {}, channel: 'sms' }, null, X).status).toBe(201);
    api.createSavedSearch('anna', { query: { remote: true } }, null, X);
    expect(api.createSavedSearch('anna', { query: {} }, null, X)).toMatchObject({
      status: 409,
      body: { code: 'saved-searches-full' },
    });
    expect(api.updateSavedSearch('alexey', search.id, { name: 'Чужой' }, X)).toMatchObject({
      status: 404,
      body: { code: 'saved-search-not-found' },
    });
    expect(api.deleteSavedSearch('alexey', search.id, X).status).toBe(404);
    expect(api.updateSavedSearch('anna', search.id, { name: 'Бухгалтерия', channel: 'email' }, X).body).toMatchObject({
      name: 'Бухгалтерия',
      channel: 'email',
    });
    expect(api.updateSavedSearch('anna', search.id, {}, X).status).toBe(400);
    expect((api.savedSearches('anna', X).body as { items: unknown[] }).items).toHaveLength(2);
    expect((api.savedSearches('alexey', X).body as { items: unknown[] }).items).toHaveLength(1);
    expect(api.deleteSavedSearch('anna', search.id, X).status).toBe(204);
    expect((api.savedSearches('anna', X).body as { items: unknown[] }).items).toHaveLength(1);
  });

  it('notifies each new match once — live, in the list and by e-mail with the link — never for older vacancies', () => {
    const { api, index, outbox, vacancyIds } = setup();
    // Published before the search was saved: never «new» to it, even when it changes later.
    const before = publish(api, { jobName: 'Бухгалтер по расчёту заработной платы' });
    expect(before.status).toBe(201);
    const search = SavedSearchSchema.parse(
      api.createSavedSearch(
        'anna',
        { query: { q: 'бухгалтера', regions: ['7700000000000'] }, channel: 'email' },
        null,
        X,
      ).body,
    );
    const live: JobNotification[] = [];
    api.subscribe('anna', (notification) => live.push(notification));

    const beforeId = (before.body as { id: string }).id;
    expect(publish(api, { id: beforeId, jobName: 'Главный бухгалтер' }).status).toBe(200);
    expect(publish(api, { jobName: 'Водитель погрузчика' }).status).toBe(201);
    expect(publish(api, { jobName: 'Бухгалтер', region: { code: '7800000000000' } }).status).toBe(201);
    // An existing (generated) vacancy changed: not new either.
    expect(
      publish(api, { id: vacancyIds[0], jobName: 'Бухгалтер-кассир', region: { code: '7700000000000' } }).status,
    ).toBe(200);
    expect(live).toEqual([]);

    const match = publish(api, {
      jobName: 'Ведущий бухгалтер',
      salary: { text: 'от 90000', min: 90000, max: 0, currency: 'RUB' },
    });
    const matchId = (match.body as { id: string }).id;
    expect(match).toMatchObject({ status: 201, body: { region: { code: '7700000000000', name: 'Москва' } } });
    expect(live).toEqual([
      expect.objectContaining({
        kind: 'saved-search-match',
        savedSearchId: search.id,
        title: `Новая вакансия по поиску «${search.name}»`,
        vacancy: expect.objectContaining({ id: matchId, jobName: 'Ведущий бухгалтер' }),
      }),
    ]);
    // What the search itself finds, now.
    const found = index.search(
      VacancySearchQuerySchema.parse({ q: 'ведущий бухгалтер', regions: '7700000000000' }),
      '2026-11-24',
    );
    expect(found.items.map((item) => item.id)).toContain(matchId);

    const mail = outbox.find((message) => message.channel === 'email');
    expect(mail).toMatchObject({
      to: 'anna.smirnova@example.ru',
      subject: `Новая вакансия по вашему поиску «${search.name}»`,
    });
    expect(mail?.text).toContain('Ведущий бухгалтер');
    expect(mail?.text).toContain('от 90000');
    expect(mail?.text).toContain(`https://trud.example/trudvsem.html?vac-vacancy=${matchId}`);

    // Changed again (still matching): not notified again.
    expect(publish(api, { id: matchId, jobName: 'Ведущий бухгалтер (срочно)' }).status).toBe(200);
    expect(live).toHaveLength(1);
    expect(outbox).toHaveLength(1);

    const listed = api.notifications('anna', {}, X).body as { items: JobNotification[]; total: number; unread: number };
    expect(listed).toMatchObject({ total: 1, unread: 1 });
    expect(api.savedSearches('anna', X).body).toMatchObject({
      items: [{ id: search.id, unread: 1, lastMatchAt: expect.any(String) }],
    });
    expect(api.notifications('alexey', {}, X).body).toEqual({ items: [], total: 0, unread: 0 });
    // Someone else cannot mark it read.
    expect(api.markNotificationsRead('alexey', { ids: [listed.items[0]!.id] }, X).body).toEqual({ unread: 0 });
    expect(api.notifications('anna', { unread: 'true' }, X).body).toMatchObject({ total: 1 });
    expect(api.markNotificationsRead('anna', { savedSearchId: search.id }, X).body).toEqual({ unread: 0 });
    expect(api.notifications('anna', { unread: 'true' }, X).body).toMatchObject({ total: 0, unread: 0 });
    expect(api.savedSearches('anna', X).body).toMatchObject({ items: [{ unread: 0 }] });

    // Deleting the search deletes its notifications.
    api.deleteSavedSearch('anna', search.id, X);
    expect(api.notifications('anna', {}, X).body).toMatchObject({ total: 0 });
  });

  it('filters and marks notifications by kind, savedSearchId and ids; refuses a bad query', () => {
    const { api, vacancyIds } = setup();
    api.createSavedSearch('anna', { query: { q: 'сварщик' }, channel: 'sms' }, null, X);
    api.publishVacancy({ jobName: 'Сварщик' }, X);
    const response = JobResponseSchema.parse(api.respond('anna', vacancyIds[0]!, { coverLetter: 'П' }, null, X).body);
    api.setResponseStatus(response.id, { status: 'viewed' }, X);
    const all = api.notifications('anna', {}, X).body as { items: JobNotification[] };
    expect(all.items.map((item) => item.kind)).toEqual(['response-status', 'saved-search-match']);
    expect(api.notifications('anna', { kind: 'response-status' }, X).body).toMatchObject({ total: 1 });
    expect(api.notifications('anna', { limit: '1' }, X).body).toMatchObject({ total: 2, items: [{}] });
    expect(api.notifications('anna', { kind: 'other', limit: '500' }, X)).toMatchObject({ status: 400 });
    expect(api.markNotificationsRead('anna', { kind: 'response-status' }, X).body).toEqual({ unread: 1 });
    expect(api.markNotificationsRead('anna', undefined, X).body).toEqual({ unread: 0 });
  });

  it('publishes a dev vacancy with what was left out filled in, and refuses one without a title', () => {
    const { api, index } = setup();
    const published = api.publishVacancy({ jobName: 'Оператор котельной' }, X);
    expect(published).toMatchObject({
      status: 201,
      body: {
        id: 'dev-20261124-1',
        jobName: 'Оператор котельной',
        createdAt: '2026-11-24',
        region: { code: '7700000000000' },
        salary: { text: 'з/п не указана' },
        employment: 'full',
        verifiedEmployer: expect.any(Boolean),
      },
    });
    expect(index.vacancy('dev-20261124-1')?.company.inn).toMatch(/^\d{10}$/);
    expect(api.publishVacancy({ jobName: 'Другой', id: 'не-опубликована' }, X)).toMatchObject({
      status: 201,
      body: { id: 'dev-20261124-2' },
    });
    expect(api.publishVacancy({}, X)).toMatchObject({ status: 400, body: { errors: [{ field: 'jobName' }] } });
  });
});

describe('the job seeker domain', () => {
  it('imports no Node, Express, MSW or database module, so the MSW handlers can run it in a browser', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const dir = new URL('.', import.meta.url);
    const files = readdirSync(dir).filter((name) => name.endsWith('.ts') && !/test/.test(name));
    for (const file of files) {
      const source = readFileSync(new URL(file, dir), 'utf8');
      const imports = [...source.matchAll(/from '([^']+)'/g)].map((match) => match[1] ?? '');
      expect(
        imports.filter((name) => /^(node:|express|msw|better-sqlite3|busboy|oidc-provider)/.test(name)),
        file,
      ).toEqual([]);
    }
  });
});
