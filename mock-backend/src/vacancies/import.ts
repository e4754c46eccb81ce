// Reads vacancies in the open-data format of «Работа России» (trudvsem open-data API v1: `{"results": {"vacancies":
// [{"vacancy": {…}}]}}`, hyphenated keys such as `job-name` and `creation-date`) into our shape. Real data is uneven:
// numbers come as strings, fields are missing, Russian values are spelt several ways — every field is read
// tolerantly, and a vacancy is skipped only when it cannot be shown at all (no id, no title).
import {
  normaliseSearchText,
  REGION_CODE_PATTERN,
  RUSSIAN_REGIONS,
  SALARY_NOT_GIVEN,
  SPECIALISATION_CODES,
  SPECIALISATIONS,
  UNKNOWN_REGION,
  VACANCY_CURRENCY,
  type EducationLevel,
  type EmploymentType,
  type QualificationLevel,
  type Schedule,
  type SocialGroup,
  type Specialisation,
  type Vacancy,
  type VacancyAddress,
  type VacancyContact,
} from '@gos-elements/contracts';

export interface ImportOptions {
  /** The date a vacancy without one is given (`YYYY-MM-DD`), e.g. the day of the import. */
  readonly fallbackDate: string;
}

export interface ImportResult {
  readonly vacancies: Vacancy[];
  /** What was left out and why, by position in the file. */
  readonly skipped: { readonly index: number; readonly reason: string }[];
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function text(value: unknown): string | undefined {
  if (typeof value === 'string') {
    const trimmed = value.trim();
    return trimmed === '' ? undefined : trimmed;
  }
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

/** A number from a number or a string («30 000», «30000.00»); undefined for anything else. */
function number(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  const raw = text(value)
    ?.replace(/[\s\u00a0]/g, '')
    .replace(',', '.');
  if (raw === undefined || !/^-?\d+(\.\d+)?$/.test(raw)) return undefined;
  return Number(raw);
}

function roubles(value: unknown): number {
  const amount = number(value);
  return amount !== undefined && amount > 0 ? Math.round(amount) : 0;
}

/** `YYYY-MM-DD` from `YYYY-MM-DD…` (a date-time too) or `DD.MM.YYYY`. */
function date(value: unknown): string | undefined {
  const raw = text(value);
  if (!raw) return undefined;
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(raw);
  const russian = /^(\d{2})\.(\d{2})\.(\d{4})/.exec(raw);
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]] : russian ? [russian[3], russian[2], russian[1]] : [];
  if (!year || !month || !day) return undefined;
  const candidate = `${year}-${month}-${day}`;
  const parsed = new Date(`${candidate}T00:00:00Z`);
  return Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== candidate ? undefined : candidate;
}

const folded = (value: unknown) => normaliseSearchText(text(value) ?? '');

const REGION_BY_NAME = new Map(RUSSIAN_REGIONS.map((region) => [normaliseSearchText(region.title), region]));
const REGION_BY_CODE = new Map<string, (typeof RUSSIAN_REGIONS)[number]>(
  RUSSIAN_REGIONS.map((region) => [region.code, region]),
);

function regionOf(raw: unknown): Vacancy['region'] {
  const region = isObject(raw) ? raw : {};
  const code = text(region['region_code']);
  const name = text(region['name']);
  const known = (code && REGION_BY_CODE.get(code)) || (name && REGION_BY_NAME.get(normaliseSearchText(name)));
  if (known) return { code: known.code, name: known.title };
  if (code && REGION_CODE_PATTERN.test(code)) return { code, name: name ?? UNKNOWN_REGION.title };
  return { code: UNKNOWN_REGION.code, name: UNKNOWN_REGION.title };
}

const SPECIALISATION_BY_TITLE = new Map(
  SPECIALISATION_CODES.map((code) => [normaliseSearchText(SPECIALISATIONS[code].title), code]),
);

function specialisationOf(raw: unknown): Specialisation {
  const title = folded(isObject(raw) ? raw['specialisation'] : raw);
  if (title === '') return 'other';
  const exact = SPECIALISATION_BY_TITLE.get(title);
  if (exact) return exact;
  // The portal has reworded and reordered its spheres over the years («Гостиницы, туризм»): the one sharing the
  // most words (by their first five letters, roughly the stem) is meant.
  const stems = new Set(wordStarts(title));
  let best: Specialisation = 'other';
  let bestShared = 0;
  for (const [known, code] of SPECIALISATION_BY_TITLE) {
    const shared = wordStarts(known).filter((start) => stems.has(start)).length;
    if (shared > bestShared) {
      best = code;
      bestShared = shared;
    }
  }
  return best;
}

function wordStarts(title: string): string[] {
  return (title.match(/[а-яa-z]{4,}/g) ?? []).map((word) => word.slice(0, 5));
}

function employmentOf(raw: string): EmploymentType {
  if (/частич/.test(raw)) return 'part';
  if (/сезон/.test(raw)) return 'seasonal';
  if (/времен/.test(raw)) return 'temporary';
  if (/стажир|практик/.test(raw)) return 'internship';
  return 'full';
}

function scheduleOf(raw: string): Schedule {
  if (/вахт/.test(raw)) return 'rotation';
  if (/сменн/.test(raw)) return 'shift';
  if (/гибк/.test(raw)) return 'flexible';
  if (/ненорм/.test(raw)) return 'irregular';
  if (/неполн/.test(raw)) return 'part-day';
  return 'full-day';
}

function educationOf(raw: string): EducationLevel {
  if (/(неполн|незакончен)[а-я]* высш/.test(raw)) return 'incomplete-higher';
  if (/высш/.test(raw)) return 'higher';
  if (/профессиональн|специальн|средне-специальн/.test(raw)) return 'vocational';
  if (/средн/.test(raw)) return 'secondary';
  return 'any';
}

const MANAGER = /руковод|начальник|директор|заведующ|управляющ|главный|главная/;
const TRAINEE = /стаж[её]р|ученик|практикант/;

function qualificationOf(raw: string, jobName: string): QualificationLevel {
  if (TRAINEE.test(raw) || TRAINEE.test(jobName)) return 'trainee';
  if (
    MANAGER.test(raw) ||
    /^(руководитель|начальник|директор|заведующ|управляющ|главный|главная|заместитель)/.test(jobName)
  ) {
    return 'manager';
  }
  return 'specialist';
}

const GROUP_PATTERNS: readonly (readonly [RegExp, SocialGroup])[] = [
  [/инвалид|ограниченн/, 'disabled'],
  [/предпенсион/, 'pre-retirement'],
  [/выпускник/, 'graduates'],
  [/несовершеннолетн|от 14 до 18/, 'minors'],
  [/одинок|многодетн/, 'single-parents'],
  [/освобожд|наказани/, 'released-prisoners'],
];

/**
 * `social_protected` is a Russian list in the open data («Инвалиды, Выпускники…»); older files have a flag. A bare
 * «yes» is read as a place for people with disabilities, the group the quota law is first of all about.
 */
function groupsOf(raw: unknown, quoted: unknown): SocialGroup[] {
  const values = Array.isArray(raw) ? raw.map(folded) : [folded(raw)];
  const groups = new Set<SocialGroup>();
  for (const value of values) for (const [pattern, group] of GROUP_PATTERNS) if (pattern.test(value)) groups.add(group);
  const flagged = raw === true || quoted === true || /^(да|true|1)$/.test(values[0] ?? '');
  if (groups.size === 0 && flagged) groups.add('disabled');
  return [...groups];
}

function addressesOf(raw: unknown): VacancyAddress[] {
  const list = isObject(raw) ? raw['address'] : raw;
  const items = Array.isArray(list) ? list : isObject(list) ? [list] : [];
  const addresses: VacancyAddress[] = [];
  for (const item of items) {
    if (!isObject(item)) continue;
    const location = text(item['location']);
    const lat = number(item['lat']);
    const lng = number(item['lng']);
    if (!location || lat === undefined || lng === undefined || Math.abs(lat) > 90 || Math.abs(lng) > 180) continue;
    addresses.push({ location, lat, lng });
  }
  return addresses;
}

function contactsOf(raw: unknown, company: Json): VacancyContact[] {
  const contacts: VacancyContact[] = [];
  for (const item of Array.isArray(raw) ? raw : []) {
    if (!isObject(item)) continue;
    const value = text(item['contact_value']);
    if (!value) continue;
    const type = folded(item['contact_type']);
    contacts.push({
      type: /тел|phone|моб/.test(type) ? 'phone' : /mail|почт/.test(type) ? 'email' : 'other',
      value,
    });
  }
  if (contacts.length === 0) {
    const phone = text(company['phone']);
    const email = text(company['email']);
    if (phone) contacts.push({ type: 'phone', value: phone });
    if (email) contacts.push({ type: 'email', value: email });
  }
  return contacts;
}

function webAddress(value: unknown): string | undefined {
  const raw = text(value);
  if (!raw) return undefined;
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(raw) ? raw : `https://${raw}`);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** The vacancy records of a file: the API's envelope, or a bare list of records or of `{vacancy}` wrappers. */
function recordsOf(json: unknown): unknown[] {
  if (Array.isArray(json)) return json;
  if (!isObject(json)) return [];
  const results = json['results'];
  if (isObject(results) && Array.isArray(results['vacancies'])) return results['vacancies'];
  if (Array.isArray(json['vacancies'])) return json['vacancies'];
  return [];
}

/** Vacancies of an open-data file, in the file's order; what cannot be read is listed in `skipped`. */
export function importOpenData(json: unknown, { fallbackDate }: ImportOptions): ImportResult {
  const vacancies: Vacancy[] = [];
  const skipped: { index: number; reason: string }[] = [];
  const seen = new Set<string>();
  recordsOf(json).forEach((record, index) => {
    const raw = isObject(record) && isObject(record['vacancy']) ? record['vacancy'] : record;
    if (!isObject(raw)) {
      skipped.push({ index, reason: 'not an object' });
      return;
    }
    const id = text(raw['id']);
    const jobName = text(raw['job-name']) ?? text(raw['name']);
    if (!id || id.length > 64) {
      skipped.push({ index, reason: 'no id' });
      return;
    }
    if (!jobName) {
      skipped.push({ index, reason: 'no job-name' });
      return;
    }
    if (seen.has(id)) {
      skipped.push({ index, reason: `id ${id} repeated` });
      return;
    }
    seen.add(id);

    const company = isObject(raw['company']) ? raw['company'] : {};
    const requirement = isObject(raw['requirement']) ? raw['requirement'] : {};
    const employmentText = folded(raw['employment']);
    const scheduleText = folded(raw['schedule']);
    const duty = typeof raw['duty'] === 'string' ? raw['duty'] : '';
    const terms = folded(isObject(raw['term']) ? raw['term']['text'] : raw['term']);
    const min = roubles(raw['salary_min']);
    const max = roubles(raw['salary_max']);
    const createdAt = date(raw['creation-date']) ?? date(raw['modify-date']) ?? fallbackDate;
    const modifiedAt = date(raw['modify-date']) ?? createdAt;
    const url = webAddress(company['site']) ?? webAddress(company['url']);
    const sourceUrl = webAddress(raw['vac_url']);
    const contactPerson = text(raw['contact_person']);
    const experience = Math.max(0, Math.min(50, Math.floor(number(requirement['experience']) ?? 0)));
    const workPlaces = Math.max(1, Math.floor(number(raw['work_places']) ?? 1));
    const qualificationText = folded(requirement['qualification']);

    vacancies.push({
      id,
      region: regionOf(raw['region']),
      company: {
        inn: text(company['inn']) ?? '',
        ogrn: text(company['ogrn']) ?? '',
        kpp: text(company['kpp']) ?? '',
        name: text(company['name']) ?? 'Работодатель не указан',
        ...(url ? { url } : {}),
      },
      createdAt,
      modifiedAt: modifiedAt < createdAt ? createdAt : modifiedAt,
      salary: {
        text:
          text(raw['salary']) ??
          (min || max ? [min && `от ${min}`, max && `до ${max}`].filter(Boolean).join(' ') : SALARY_NOT_GIVEN),
        min,
        max,
        currency: VACANCY_CURRENCY,
      },
      jobName,
      employment: employmentOf(employmentText),
      schedule: scheduleOf(scheduleText),
      remote: /удал|дистанц/.test(`${employmentText} ${scheduleText}`),
      socialPackage:
        raw['social_package'] === true || /соц(иальн[а-я]*)?\.? ?пакет|соцпакет|дмс/.test(`${terms} ${folded(duty)}`),
      duty,
      category: { specialisation: specialisationOf(raw['category']) },
      requirement: {
        education: educationOf(folded(requirement['education'])),
        qualification: qualificationOf(qualificationText, normaliseSearchText(jobName)),
        experience,
      },
      addresses: addressesOf(raw['addresses']),
      socialProtected: groupsOf(raw['social_protected'], raw['is_quoted']),
      contacts: contactsOf(raw['contact_list'], company),
      ...(contactPerson ? { contactPerson } : {}),
      workPlaces,
      ...(sourceUrl ? { sourceUrl } : {}),
    });
  });
  return { vacancies, skipped };
}
