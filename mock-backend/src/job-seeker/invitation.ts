// What an invitation to an interview says: the next working day at 11:00 Moscow time, at the vacancy's first
// address (else the employer), with the vacancy's contact.
import type { InterviewInvitation, Vacancy, VacancyRef } from '@gos-elements/contracts';
import { addDays, moscowToday } from '../vacancies/dates.js';

/** Monday to Friday after the Moscow day of `now` (the mock knows no public holidays), 11:00 Moscow time. */
export function nextWorkingDayAt11(now: number): string {
  let date = moscowToday(now);
  do date = addDays(date, 1);
  while ([0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay()));
  return new Date(`${date}T11:00:00+03:00`).toISOString();
}

/** `vacancy` is the one published now; gone from the search, the invitation falls back on what the response kept. */
export function invitationFor(vacancy: Vacancy | undefined, ref: VacancyRef, now: number): InterviewInvitation {
  const company = vacancy?.company.name ?? ref.company.name;
  const reach = vacancy
    ? [vacancy.contactPerson, ...vacancy.contacts.filter((contact) => contact.type !== 'other').map((c) => c.value)]
    : [];
  const contact = reach.filter((part): part is string => Boolean(part)).join(', ');
  return {
    at: nextWorkingDayAt11(now),
    place: vacancy?.addresses[0]?.location ?? company,
    contact: contact || `Отдел кадров ${company}`,
  };
}
