import type { JobNotification, JobResponse, SavedSearch } from '@gos-elements/contracts';
import { describe, expect, it } from 'vitest';
import {
  activeResponseFor,
  addSkills,
  draftOf,
  EMPTY_EDUCATION,
  EMPTY_EXPERIENCE,
  fieldControlId,
  inFormOrder,
  resumeInputOf,
  unreadTotal,
  withNotification,
  withResponse,
} from './account.logic.js';

const MOSCOW = { code: '7700000000000', name: 'г. Москва' };
const vacancy = (id: string) => ({ id, jobName: 'Бухгалтер', company: { name: 'ООО «Ромашка»' }, region: MOSCOW });
const response = (id: string, vacancyId: string, status: JobResponse['status'], updatedAt: string): JobResponse => ({
  id,
  vacancy: vacancy(vacancyId),
  coverLetter: 'Здравствуйте!',
  resume: { desiredPosition: 'Бухгалтер', updatedAt },
  status,
  history: [{ status, at: updatedAt }],
  createdAt: updatedAt,
  updatedAt,
});
const search = (id: string, unread: number): SavedSearch => ({
  id,
  name: `поиск ${id}`,
  query: { q: 'бухгалтер' },
  channel: 'none',
  createdAt: '2026-11-01T00:00:00Z',
  updatedAt: '2026-11-01T00:00:00Z',
  unread,
});

describe('responses', () => {
  it('finds the response under way for a vacancy, ignoring withdrawn ones', () => {
    const list = [
      response('r1', 'v1', 'withdrawn', '2026-11-02T00:00:00Z'),
      response('r2', 'v1', 'viewed', '2026-11-01T00:00:00Z'),
      response('r3', 'v2', 'withdrawn', '2026-11-03T00:00:00Z'),
    ];
    expect(activeResponseFor(list, 'v1')?.id).toBe('r2');
    expect(activeResponseFor(list, 'v2')).toBeUndefined();
    expect(activeResponseFor(list, 'v3')).toBeUndefined();
  });

  it('puts a changed response in place, last changed first', () => {
    const list = [
      response('r1', 'v1', 'sent', '2026-11-02T00:00:00Z'),
      response('r2', 'v2', 'sent', '2026-11-01T00:00:00Z'),
    ];
    const next = withResponse(list, response('r2', 'v2', 'viewed', '2026-11-05T00:00:00Z'));
    expect(next.map((item) => `${item.id} ${item.status}`)).toEqual(['r2 viewed', 'r1 sent']);
  });
});

describe('notifications', () => {
  const match = (savedSearchId: string): JobNotification => ({
    id: 'n1',
    kind: 'saved-search-match',
    createdAt: '2026-11-20T09:00:00Z',
    read: false,
    title: 'Новая вакансия',
    vacancy: vacancy('v9'),
    savedSearchId,
  });

  it('counts a new match as unread on its search only', () => {
    const next = withNotification([search('a', 0), search('b', 2)], match('b'));
    expect(next.map((item) => item.unread)).toEqual([0, 3]);
    expect(next[1]!.lastMatchAt).toBe('2026-11-20T09:00:00Z');
    expect(unreadTotal(next)).toBe(3);
    expect(withNotification([search('a', 0)], { ...match('a'), kind: 'response-status' })[0]!.unread).toBe(0);
  });
});

describe('résumé draft', () => {
  const filled = {
    ...draftOf(null, MOSCOW.code),
    desiredPosition: '  Бухгалтер ',
    salary: '95 000',
    phone: '8 (916) 555-01-01',
    skills: ['1С'],
  };

  it('makes the input from a good draft: trimmed, normalised, optional parts left out', () => {
    const { input, errors } = resumeInputOf(filled);
    expect(errors).toEqual([]);
    expect(input).toMatchObject({
      desiredPosition: 'Бухгалтер',
      region: MOSCOW.code,
      employment: ['full'],
      salary: 95000,
      contacts: { phone: '+79165550101' },
      published: false,
    });
    expect(input).not.toHaveProperty('about');
    expect(input.contacts).not.toHaveProperty('email');
  });

  it('says what is wrong, field by field, in the server’s field paths', () => {
    const { errors } = resumeInputOf({
      ...draftOf(null),
      salary: 'много',
      employment: [],
      education: [{ ...EMPTY_EDUCATION, graduationYear: '95' }],
      experience: [{ ...EMPTY_EXPERIENCE, company: 'ООО', position: 'Бухгалтер', from: '2020-05', to: '2019-01' }],
      email: 'not-an-address',
    });
    expect(errors).toEqual([
      { field: 'desiredPosition', problem: 'required' },
      { field: 'region', problem: 'required' },
      { field: 'employment', problem: 'employment' },
      { field: 'salary', problem: 'salary' },
      { field: 'education.0.institution', problem: 'required' },
      { field: 'education.0.graduationYear', problem: 'year' },
      { field: 'experience.0.to', problem: 'order' },
      { field: 'contacts.email', problem: 'email' },
    ]);
    expect(resumeInputOf({ ...filled, phone: '' }).errors).toEqual([{ field: 'contacts.phone', problem: 'contacts' }]);
  });

  it('round-trips a saved résumé', () => {
    const { input } = resumeInputOf(filled);
    const saved = { ...input, schedule: [], fullName: 'Смирнова Анна Сергеевна', updatedAt: '2026-11-20T09:00:00Z' };
    expect(resumeInputOf(draftOf(saved as never)).input).toEqual(input);
  });

  it('adds skills from text, without repeats or empties, up to the limit', () => {
    expect(addSkills(['1С'], ' Excel, 1с ,,  Налоговая   отчётность ')).toEqual([
      '1С',
      'Excel',
      'Налоговая отчётность',
    ]);
    const many = Array.from({ length: 29 }, (_, index) => `skill ${index}`);
    expect(addSkills(many, 'a, b')).toHaveLength(30);
  });
});

describe('fields', () => {
  it('names the control of each field path', () => {
    expect(fieldControlId('desiredPosition')).toBe('acc-r-desiredPosition');
    expect(fieldControlId('education.0.institution')).toBe('acc-r-education-0-institution');
    expect(fieldControlId('experience.1')).toBe('acc-r-experience-1-company');
    expect(fieldControlId('employment')).toBe('acc-r-employment-0');
    expect(fieldControlId('skills.3')).toBe('acc-r-skills');
    expect(fieldControlId('contacts')).toBe('acc-r-contacts-phone');
    expect(fieldControlId('contacts.email')).toBe('acc-r-contacts-email');
  });

  it('orders errors as the form shows the fields', () => {
    const order = inFormOrder([
      { field: 'contacts.phone' },
      { field: 'experience.1.company' },
      { field: 'experience.0.to' },
      { field: 'desiredPosition' },
      { field: '(body)' },
    ]).map((error) => error.field);
    expect(order).toEqual(['desiredPosition', 'experience.0.to', 'experience.1.company', 'contacts.phone', '(body)']);
  });
});
