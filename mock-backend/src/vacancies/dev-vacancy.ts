// A vacancy published by hand in development (`POST /dev/vacancies`): what the request leaves out is filled in, the
// same way every time for the same id and day, so a demo or a test can publish «Бухгалтер» with one field.
import { SALARY_NOT_GIVEN, VACANCY_CURRENCY, type DevVacancyInputSchema, type Vacancy } from '@gos-elements/contracts';
import type { z } from 'zod';
import { hashSeed } from '../payments/random.js';
import { generateVacancies } from './generate.js';
import { REGION_GEO } from './regions.js';

/** The request after its schema: `DevVacancyInputSchema`'s output. */
export type DevVacancy = z.output<typeof DevVacancyInputSchema>;

const MOSCOW = '7700000000000';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);
}

/**
 * The whole vacancy: `input` over `previous` (a new version keeps what it does not change) or, for a new one, over
 * defaults — today's dates, Moscow, «з/п не указана», full-time, full day, no experience, and an employer made by
 * the generator from the id (valid INN and OGRN, contacts). `id` and `today` are the caller's: the id is checked
 * for uniqueness there.
 */
export function completeDevVacancy(
  input: DevVacancy,
  { id, today, previous }: { readonly id: string; readonly today: string; readonly previous?: Vacancy },
): Vacancy {
  const { region: regionInput, ...given } = input;
  const code = regionInput?.code ?? previous?.region.code ?? MOSCOW;
  const geo = REGION_GEO.find((candidate) => candidate.code === code);
  // A region given without its name is named as the catalogue names it.
  const region = !regionInput && previous ? previous.region : { code, name: regionInput?.name ?? geo?.name ?? code };
  if (previous) {
    return { ...previous, ...definedOnly(given), id, region, modifiedAt: input.modifiedAt ?? today };
  }
  // One generated vacancy seeded by the id: its employer (the generator's checks make the numbers valid).
  const [made] = generateVacancies({ count: 1, today, seed: hashSeed(id) }).vacancies;
  const employer = made as Vacancy;
  const defaults: Vacancy = {
    id,
    region,
    company: employer.company,
    createdAt: today,
    modifiedAt: today,
    salary: { text: SALARY_NOT_GIVEN, min: 0, max: 0, currency: VACANCY_CURRENCY },
    jobName: input.jobName,
    employment: 'full',
    schedule: 'full-day',
    remote: false,
    socialPackage: false,
    duty: `<p><strong>Обязанности:</strong> ${escapeHtml(input.jobName)}.</p><p>Подробности — у работодателя.</p>`,
    category: { specialisation: 'other' },
    requirement: { education: 'any', qualification: 'specialist', experience: 0 },
    addresses: geo
      ? [{ location: geo.federalCity ? `г. ${geo.city}` : `${geo.name}, г. ${geo.city}`, lat: geo.lat, lng: geo.lng }]
      : [],
    socialProtected: [],
    contacts: employer.contacts,
    ...(employer.contactPerson ? { contactPerson: employer.contactPerson } : {}),
    workPlaces: 1,
  };
  return { ...defaults, ...definedOnly(given), id, region };
}

/** The fields that were given (a parsed partial object may hold explicit `undefined`s). */
function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as Partial<T>;
}
