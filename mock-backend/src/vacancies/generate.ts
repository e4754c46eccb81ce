// A deterministic labour market: the same seed, count and day give the same vacancies in Node and in every browser
// (MSW), run after run. Each vacancy draws its numbers from its own seed (seed and position), so a smaller set is the
// start of a larger one, and each employer from its own (region, sphere, number), so it stays the same company
// whichever vacancy meets it first.
import {
  EDUCATION_LEVEL_CODES,
  EDUCATION_LEVELS,
  SALARY_NOT_GIVEN,
  SCHEDULE_CODES,
  SCHEDULES,
  SOCIAL_GROUP_CODES,
  SOCIAL_GROUPS,
  VACANCY_CURRENCY,
  type EducationLevel,
  type EmploymentType,
  type QualificationLevel,
  type Schedule,
  type SocialGroup,
  type Specialisation,
  type Vacancy,
  type VacancyAddress,
  type VacancyCompany,
  type VacancyContact,
} from '@gos-elements/contracts';
import { innCheckDigits } from '@gos-elements/core/validators/inn';
import { ogrnCheckDigit } from '@gos-elements/core/validators/ogrn';
import { hashSeed, seededRandom } from '../payments/random.js';
import { addDays } from './dates.js';
import {
  FIRST_NAMES,
  NAME_ROOTS,
  NAME_STEMS,
  PATRONYMICS,
  PROFESSIONS,
  STREETS,
  SURNAMES,
  type Profession,
  type TitleRow,
} from './professions.js';
import { REGION_GEO, regionalAdjective, type RegionGeo } from './regions.js';
import type { RegistryEntry } from './registry.js';
import { transliterate } from '@gos-elements/core/i18n/transliterate';

export interface GenerateOptions {
  readonly count: number;
  /** The Moscow day the data is generated on: vacancies are dated within the 60 days before it. */
  readonly today: string;
  /** Another seed, another labour market. */
  readonly seed?: number;
}

export interface GeneratedVacancies {
  /** In generation order (not by date). */
  readonly vacancies: Vacancy[];
  /** The employers the registry knows (most of those generated): «проверенный работодатель». */
  readonly registry: RegistryEntry[];
}

export const DEFAULT_VACANCY_SEED = 20_260_101;
/** How far back publication dates reach. */
export const POSTED_WINDOW_DAYS = 60;
/** Share of employers the registry of legal entities knows. */
const REGISTERED_SHARE = 0.7;

type Random = () => number;

const NO_GROUPS: SocialGroup[] = frozen([]);

const SPHERES = Object.keys(PROFESSIONS) as Exclude<Specialisation, 'other'>[];

/** Regions whose economy tilts a sphere: mining where coal, oil and gold are, farming outside big cities. */
const MINING_REGIONS = new Set(['11', '14', '19', '24', '38', '42', '49', '56', '66', '74', '75', '86', '87', '89']);

function sphereWeight(sphere: Exclude<Specialisation, 'other'>, region: RegionGeo): number {
  const base = PROFESSIONS[sphere].weight;
  const subject = region.code.slice(0, 2);
  switch (sphere) {
    case 'mining':
      return MINING_REGIONS.has(subject) ? base * 4 : base * 0.15;
    case 'agriculture':
      return region.federalCity ? base * 0.05 : base;
    case 'it':
    case 'marketing':
    case 'top-management':
      return region.federalCity ? base * 2.5 : base;
    default:
      return base;
  }
}

/** Picks by weight: `cumulative` holds running totals; a binary search finds where `r * total` falls. */
function pick(cumulative: Float64Array, random: Random): number {
  const target = random() * (cumulative[cumulative.length - 1] ?? 0);
  let low = 0;
  let high = cumulative.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((cumulative[middle] ?? 0) > target) high = middle;
    else low = middle + 1;
  }
  return low;
}

function cumulativeOf(weights: readonly number[]): Float64Array {
  const cumulative = new Float64Array(weights.length);
  let total = 0;
  weights.forEach((weight, index) => {
    total += weight;
    cumulative[index] = total;
  });
  return cumulative;
}

function oneOf<T>(items: readonly T[], random: Random): T {
  return items[Math.floor(random() * items.length)] as T;
}

function digits(count: number, random: Random): string {
  let text = '';
  for (let index = 0; index < count; index += 1) text += Math.floor(random() * 10);
  return text;
}

function two(value: number): string {
  return String(value).padStart(2, '0');
}

/** A UUID-shaped id (version 4 layout), as the open data's ids are. */
const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

function uuid(random: Random): string {
  let hex = '';
  for (let word = 0; word < 4; word += 1) {
    const value = Math.floor(random() * 4_294_967_296);
    hex +=
      (HEX[value >>> 24] as string) +
      (HEX[(value >>> 16) & 255] as string) +
      (HEX[(value >>> 8) & 255] as string) +
      (HEX[value & 255] as string);
  }
  const variant = '89ab'[Math.floor(random() * 4)] ?? '8';
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20)}`;
}

/** A host name from Russian words, under the `.example` domain reserved for examples (no real site is named). */
function exampleHost(words: string): string {
  const latin = transliterate(words.toLowerCase()).replace(/[^a-z0-9]/g, '-');
  return `${latin.replace(/-+/g, '-').replace(/^-|-$/g, '')}.example`;
}

/**
 * An employer with what its vacancies share: the office address, the personnel department's contacts. One frozen
 * object each, so thousands of vacancies of a big employer cost one set of them.
 */
interface Employer {
  readonly company: VacancyCompany;
  readonly host: string;
  readonly registered: boolean;
  readonly addresses: VacancyAddress[];
  readonly contacts: VacancyContact[];
  readonly contactPerson: string | undefined;
}

function makeEmployer(region: RegionGeo, profession: Profession, key: string, number: number): Employer {
  const random = seededRandom(hashSeed(key));
  const root = oneOf(NAME_ROOTS, random);
  const stem = oneOf(NAME_STEMS, random);
  const name = oneOf(profession.employers, random)
    .replace('{root}', root)
    .replace('{stem}', stem)
    .replace('{n}', String(1 + ((number * 7 + Math.floor(random() * 5)) % 60)))
    .replace(/\{adj:([mfn])\}/, (_whole, gender: 'm' | 'f' | 'n') => regionalAdjective(region, gender));
  const subject = region.code.slice(0, 2);
  const inspection = two(1 + Math.floor(random() * 40));
  const inn9 = `${subject}${inspection}${digits(5, random)}`;
  const inn = inn9 + innCheckDigits(inn9);
  const kpp = `${subject}${inspection}01001`;
  const year = two(2 + Math.floor(random() * 22));
  const ogrn12 = `${random() < 0.85 ? '1' : '5'}${year}${subject}${inspection}${digits(5, random)}`;
  const ogrn = ogrn12 + ogrnCheckDigit(ogrn12);
  const quoted = /«([^«»]+)»?$/.exec(name)?.[1] ?? root;
  const host = exampleHost(`${quoted}-${subject}${number}`);
  const company: VacancyCompany = {
    inn,
    ogrn,
    kpp,
    name,
    ...(random() < 0.5 ? { url: `https://${host}` } : {}),
  };
  const registered = random() < REGISTERED_SHARE;
  const street = oneOf(STREETS, random);
  const house = 1 + Math.floor(random() * 120);
  const location = region.federalCity
    ? `г. ${region.city}, ${street}, д. ${house}`
    : `${region.name}, г. ${region.city}, ${street}, д. ${house}`;
  const lat = Math.round((region.lat + (random() - 0.5) * 0.12) * 1e6) / 1e6;
  const lng = Math.round((region.lng + (random() - 0.5) * 0.2) * 1e6) / 1e6;
  const contacts: VacancyContact[] = [Object.freeze({ type: 'phone', value: phone(random) } as const)];
  if (random() < 0.6) contacts.push(Object.freeze({ type: 'email', value: `hr@${host}` } as const));
  return {
    company: Object.freeze(company),
    host,
    registered,
    addresses: frozen([Object.freeze({ location, lat, lng })]),
    contacts: frozen(contacts),
    contactPerson: random() < 0.8 ? person(random) : undefined,
  };
}

/** A list that vacancies share, frozen: typed as the contract's (mutable) list, which nobody changes. */
function frozen<T>(list: T[]): T[] {
  return Object.freeze(list) as T[];
}

function educationFor(row: TitleRow, random: Random): EducationLevel {
  const roll = random();
  if (roll < 0.05) return 'any';
  const index = EDUCATION_LEVEL_CODES.indexOf(row[3]);
  // Some employers ask for a step less than usual (never below «не требуется»).
  if (roll < 0.25 && index > 0) return EDUCATION_LEVEL_CODES[index - 1] ?? row[3];
  return row[3];
}

function experienceFor(row: TitleRow, random: Random): number {
  const roll = random();
  if (roll < 0.6) return row[4];
  if (roll < 0.8) return row[4] <= 1 ? 0 : row[4] - 1;
  return Math.min(10, row[4] + 1 + Math.floor(random() * 2));
}

function employmentFor(level: QualificationLevel, profession: Profession, random: Random): EmploymentType {
  if (level === 'trainee' && random() < 0.7) return 'internship';
  const roll = random();
  if (roll < (profession.seasonal ?? 0.01)) return 'seasonal';
  if (roll < 0.82) return 'full';
  if (roll < 0.92) return 'part';
  return 'temporary';
}

const BASE_SCHEDULE_WEIGHTS: Readonly<Record<Schedule, number>> = {
  'full-day': 60,
  'part-day': 5,
  shift: 10,
  flexible: 6,
  rotation: 1,
  irregular: 4,
};

function scheduleTable(profession: Profession): Float64Array {
  return cumulativeOf(
    SCHEDULE_CODES.map((code) => BASE_SCHEDULE_WEIGHTS[code] + (profession.schedules?.[code] ?? 0) * 5),
  );
}

function salaryText(min: number, max: number): string {
  if (min > 0 && max > 0) return `от ${min} до ${max}`;
  if (min > 0) return `от ${min}`;
  if (max > 0) return `до ${max}`;
  return SALARY_NOT_GIVEN;
}

function phone(random: Random): string {
  return `+7 (9${digits(2, random)}) ${digits(3, random)}-${digits(2, random)}-${digits(2, random)}`;
}

function person(random: Random): string {
  const gender = random() < 0.7 ? 'f' : 'm';
  const [male, female] = oneOf(SURNAMES, random);
  return `${gender === 'f' ? female : male} ${oneOf(FIRST_NAMES[gender], random)} ${oneOf(PATRONYMICS[gender], random)}`;
}

function groupsFor(random: Random): SocialGroup[] {
  const first: SocialGroup = random() < 0.55 ? 'disabled' : oneOf(SOCIAL_GROUP_CODES, random);
  if (random() < 0.75) return [first];
  const second = oneOf(SOCIAL_GROUP_CODES, random);
  return second === first ? [first] : [first, second];
}

function experienceWords(years: number): string {
  if (years === 0) return 'Опыт работы не обязателен.';
  return `Опыт работы от ${years} ${years === 1 ? 'года' : 'лет'}.`;
}

interface DutyInput {
  readonly duties: readonly string[];
  readonly employer: Employer;
  readonly region: RegionGeo;
  readonly education: EducationLevel;
  readonly experience: number;
  readonly schedule: Schedule;
  readonly remote: boolean;
  readonly socialPackage: boolean;
  readonly groups: readonly SocialGroup[];
}

function dutyHtml(input: DutyInput, random: Random): string {
  const { employer } = input;
  // A few of the title's duties, in a random order and without repeats (a partial Fisher–Yates shuffle).
  const pool = [...input.duties];
  const count = Math.min(pool.length, 3 + Math.floor(random() * 3));
  const duties: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const chosen = index + Math.floor(random() * (pool.length - index));
    [pool[index], pool[chosen]] = [pool[chosen] as string, pool[index] as string];
    duties.push(pool[index] as string);
  }
  const terms = ['Официальное трудоустройство по ТК РФ', SCHEDULES[input.schedule].title];
  if (input.socialPackage) terms.push('Социальный пакет: ДМС, компенсация питания и проезда');
  if (input.remote) terms.push('Возможна удалённая работа');
  if (input.region.wages >= 1.4 && !input.region.federalCity) terms.push('Районный коэффициент и северные надбавки');
  if (input.schedule === 'rotation')
    terms.push('Проживание в общежитии и доставка до места работы за счёт работодателя');
  if (input.groups.length > 0) {
    terms.push(`Квотируемое рабочее место: ${input.groups.map((group) => SOCIAL_GROUPS[group].title).join('; ')}`);
  }
  const requirement =
    `Образование: ${EDUCATION_LEVELS[input.education].title.toLowerCase()}. ${experienceWords(input.experience)}` +
    (random() < 0.5 ? ' Ответственность, внимательность, готовность к обучению.' : '');
  const roll = random();
  if (roll < 0.08) {
    // As pasted from a word processor: the shape much of the real open data has.
    return (
      `<div style="font-family: Arial"><span style="font-weight:bold">Обязанности:</span>&nbsp;<br>${duties.map((duty) => `- ${duty};`).join('<br>')}</div>` +
      `<div>${requirement}</div><div>${terms.join('.<br>')}.</div>`
    );
  }
  const link =
    employer.company.url && roll > 0.9
      ? `<p>О компании: <a href="${employer.company.url}" target="_blank">${employer.host}</a></p>`
      : '';
  return (
    `<p><strong>Обязанности:</strong></p><ul>${duties.map((duty) => `<li>${duty}</li>`).join('')}</ul>` +
    `<p><strong>Требования:</strong> ${requirement}</p>` +
    `<p><strong>Условия:</strong></p><ul>${terms.map((term) => `<li>${term}</li>`).join('')}</ul>` +
    link
  );
}

/** The generator's tables, built once per process (they do not depend on the seed). */
interface Tables {
  readonly regions: Float64Array;
  readonly spheres: readonly Float64Array[];
  readonly titles: ReadonlyMap<string, Float64Array>;
  readonly schedules: ReadonlyMap<string, Float64Array>;
  /** Per sphere, per title (in the order of its rows): the duties it may have. */
  readonly duties: ReadonlyMap<string, readonly (readonly string[])[]>;
}

let tables: Tables | undefined;

function tablesOf(): Tables {
  tables ??= {
    regions: cumulativeOf(REGION_GEO.map((region) => region.population)),
    spheres: REGION_GEO.map((region) => cumulativeOf(SPHERES.map((sphere) => sphereWeight(sphere, region)))),
    titles: new Map(SPHERES.map((sphere) => [sphere, cumulativeOf(PROFESSIONS[sphere].titles.map((row) => row[1]))])),
    schedules: new Map(SPHERES.map((sphere) => [sphere, scheduleTable(PROFESSIONS[sphere])])),
    duties: new Map(
      SPHERES.map((sphere) => [
        sphere,
        PROFESSIONS[sphere].titles.map((row) =>
          PROFESSIONS[sphere].duties.filter(([, titles]) => !titles || titles.test(row[0])).map(([duty]) => duty),
        ),
      ]),
    ),
  };
  return tables;
}

/** `count` vacancies published within the 60 days up to `today`, with the registry of their employers. */
export function generateVacancies({ count, today, seed = DEFAULT_VACANCY_SEED }: GenerateOptions): GeneratedVacancies {
  const { regions, spheres, titles, schedules, duties } = tablesOf();
  const employers = new Map<string, Employer>();
  const vacancies: Vacancy[] = [];
  // Parts many vacancies have alike (a region, a sphere, the same requirements) are one frozen object each: 50,000
  // vacancies then cost the collector far less, and nobody may change what others share.
  const parts = new Map<string, object>();
  const shared = <T extends object>(key: string, make: () => T): T => {
    let part = parts.get(key) as T | undefined;
    if (!part) {
      part = Object.freeze(make());
      parts.set(key, part);
    }
    return part;
  };
  // Every date a vacancy can have, computed once: Date arithmetic per vacancy costs more than the rest of it.
  const daysBack = Array.from({ length: POSTED_WINDOW_DAYS + 1 }, (_, days) => addDays(today, -days));

  for (let index = 0; index < count; index += 1) {
    const random = seededRandom(hashSeed(`${seed}|${index}`));
    const regionIndex = pick(regions, random);
    const region = REGION_GEO[regionIndex] as RegionGeo;
    const sphere = SPHERES[pick(spheres[regionIndex] as Float64Array, random)] as Exclude<Specialisation, 'other'>;
    const profession = PROFESSIONS[sphere];
    const titleIndex = pick(titles.get(sphere) as Float64Array, random);
    const row = profession.titles[titleIndex] as TitleRow;

    // Big employers hire more: the first of a region's companies in a sphere are met most often.
    const pool = Math.max(2, Math.min(60, Math.round(region.population * profession.weight * 0.8)));
    const number = Math.floor(random() ** 2 * pool);
    const employerKey = `${seed}|${region.code}|${sphere}|${number}`;
    let employer = employers.get(employerKey);
    if (!employer) {
      employer = makeEmployer(region, profession, employerKey, number);
      employers.set(employerKey, employer);
    }

    const qualification: QualificationLevel = row[5] === 'm' ? 'manager' : row[5] === 't' ? 'trainee' : 'specialist';
    const employment = employmentFor(qualification, profession, random);
    let schedule = SCHEDULE_CODES[pick(schedules.get(sphere) as Float64Array, random)] as Schedule;
    if (employment === 'part' && random() < 0.7) schedule = 'part-day';
    const remote = schedule !== 'rotation' && random() < profession.remote;
    const education = educationFor(row, random);
    const experience = experienceFor(row, random);

    const base = row[2] * 1000 * region.wages * (0.85 + random() * 0.35);
    const min = Math.round(base / 1000) * 1000;
    const salaryRoll = random();
    const [salaryMin, salaryMax] =
      salaryRoll < 0.08
        ? [0, 0]
        : salaryRoll < 0.5
          ? [min, 0]
          : salaryRoll < 0.56
            ? [0, min]
            : [min, Math.round((min * (1.1 + random() * 0.4)) / 1000) * 1000];

    const age = Math.floor(random() ** 1.6 * POSTED_WINDOW_DAYS);
    const createdAt = daysBack[age] as string;
    const modifiedAt = daysBack[age - Math.floor(random() * (age + 1))] as string;
    const socialPackage = random() < (sphere === 'public-service' || sphere === 'manufacturing' ? 0.6 : 0.3);
    const groups = random() < 0.06 ? groupsFor(random) : NO_GROUPS;
    const workRoll = random();
    const workPlaces =
      workRoll < 0.75 ? 1 : workRoll < 0.95 ? 2 + Math.floor(random() * 4) : 6 + Math.floor(random() * 15);

    const duty = dutyHtml(
      {
        duties: duties.get(sphere)?.[titleIndex] ?? [],
        employer,
        region,
        education,
        experience,
        schedule,
        remote,
        socialPackage,
        groups,
      },
      random,
    );

    const vacancy: Vacancy = {
      id: uuid(random),
      region: shared(`r|${region.code}`, () => ({ code: region.code, name: region.name })),
      company: employer.company,
      createdAt,
      modifiedAt,
      salary: shared(`s|${salaryMin}|${salaryMax}`, () => ({
        text: salaryText(salaryMin, salaryMax),
        min: salaryMin,
        max: salaryMax,
        currency: VACANCY_CURRENCY,
      })),
      jobName: row[0],
      employment,
      schedule,
      remote,
      socialPackage,
      duty,
      category: shared(`c|${sphere}`, () => ({ specialisation: sphere })),
      requirement: shared(`q|${education}|${qualification}|${experience}`, () => ({
        education,
        qualification,
        experience,
      })),
      addresses: employer.addresses,
      socialProtected: groups,
      contacts: employer.contacts,
      workPlaces,
    };
    // Set after the rest (not spread in): spreading into a literal costs a copy per vacancy.
    if (employer.contactPerson) vacancy.contactPerson = employer.contactPerson;
    vacancies.push(vacancy);
  }

  const registry: RegistryEntry[] = [];
  for (const employer of employers.values()) {
    if (employer.registered) registry.push({ inn: employer.company.inn, ogrn: employer.company.ogrn });
  }
  return { vacancies, registry };
}
