// The search against a brute force written here from the definitions: every vacancy checked one by one for the
// words (stems of its title, duty text and employer) and for each filter, facets counted by leaving one filter out.
import {
  EDUCATION_LEVEL_CODES,
  EMPLOYMENT_TYPE_CODES,
  experienceBandOf,
  EXPERIENCE_BAND_CODES,
  QUALIFICATION_LEVEL_CODES,
  RUSSIAN_REGIONS,
  SCHEDULE_CODES,
  SPECIALISATION_CODES,
  VacancySearchQuerySchema,
  VacancySearchResultSchema,
  type Vacancy,
  type VacancyFacets,
  type VacancySearchQuery,
} from '@gos-elements/contracts';
import { describe, expect, it } from 'vitest';
import { dayNumber } from './dates.js';
import { generateVacancies } from './generate.js';
import { htmlText } from './html.js';
import { EmployerRegistry } from './registry.js';
import { VacancyIndex } from './search.js';
import { foldText, isStopWord, Stemmer, wordsOf } from './text.js';

const TODAY = '2026-11-24';
const generated = generateVacancies({ count: 8000, today: TODAY });
const { vacancies } = generated;
const index = new VacancyIndex(vacancies, { registry: new EmployerRegistry(generated.registry) });
const stems = new Stemmer();

// ---- The brute force -------------------------------------------------------------------------------------------

const stemsOf = (text: string) => new Set(wordsOf(foldText(text)).map((word) => stems.stem(word)));
const vacancyStems = vacancies.map(
  (vacancy) =>
    new Set([...stemsOf(vacancy.jobName), ...stemsOf(htmlText(vacancy.duty)), ...stemsOf(vacancy.company.name)]),
);

function queryStems(q: string | undefined): string[] {
  return wordsOf(foldText(q ?? ''))
    .filter((word) => !isStopWord(word))
    .map((word) => stems.stem(word));
}

type Dimension =
  | 'regions'
  | 'specialisation'
  | 'employment'
  | 'schedule'
  | 'experience'
  | 'education'
  | 'qualification'
  | 'remote'
  | 'socialPackage'
  | 'quota'
  | 'salary'
  | 'posted';

const top = (vacancy: Vacancy) => Math.max(vacancy.salary.min, vacancy.salary.max);
const age = (vacancy: Vacancy) => dayNumber(TODAY) - dayNumber(vacancy.createdAt);

function passes(vacancy: Vacancy, doc: number, query: VacancySearchQuery, except?: Dimension): boolean {
  const words = queryStems(query.q);
  if (!words.every((stem) => vacancyStems[doc]?.has(stem))) return false;
  const checks: Record<Dimension, () => boolean> = {
    regions: () => !query.regions || query.regions.includes(vacancy.region.code),
    specialisation: () => !query.specialisation || vacancy.category.specialisation === query.specialisation,
    employment: () => !query.employment || query.employment.includes(vacancy.employment),
    schedule: () => !query.schedule || query.schedule.includes(vacancy.schedule),
    experience: () => !query.experience || experienceBandOf(vacancy.requirement.experience) === query.experience,
    education: () => !query.education || vacancy.requirement.education === query.education,
    qualification: () => !query.qualification || vacancy.requirement.qualification === query.qualification,
    remote: () => !query.remote || vacancy.remote,
    socialPackage: () => !query.socialPackage || vacancy.socialPackage,
    quota: () => !query.quota || vacancy.socialProtected.length > 0,
    salary: () =>
      !(query.withSalaryOnly && top(vacancy) === 0) &&
      !(query.salaryFrom !== undefined && top(vacancy) > 0 && top(vacancy) < query.salaryFrom),
    posted: () => query.postedWithinDays === undefined || age(vacancy) < query.postedWithinDays,
  };
  return (Object.keys(checks) as Dimension[]).every((dimension) => dimension === except || checks[dimension]());
}

function bruteFacets(query: VacancySearchQuery): VacancyFacets {
  const countBy = <T extends string>(codes: readonly T[], dimension: Dimension, value: (vacancy: Vacancy) => T) => {
    const counts = Object.fromEntries(codes.map((code) => [code, 0])) as Record<T, number>;
    vacancies.forEach((vacancy, doc) => {
      if (passes(vacancy, doc, query, dimension)) counts[value(vacancy)] += 1;
    });
    return counts;
  };
  const countWhere = (dimension: Dimension, predicate: (vacancy: Vacancy) => boolean) =>
    vacancies.filter((vacancy, doc) => passes(vacancy, doc, query, dimension) && predicate(vacancy)).length;
  return {
    regions: countBy(
      RUSSIAN_REGIONS.map((region) => region.code),
      'regions',
      (vacancy) => vacancy.region.code,
    ),
    specialisation: countBy(SPECIALISATION_CODES, 'specialisation', (vacancy) => vacancy.category.specialisation),
    employment: countBy(EMPLOYMENT_TYPE_CODES, 'employment', (vacancy) => vacancy.employment),
    schedule: countBy(SCHEDULE_CODES, 'schedule', (vacancy) => vacancy.schedule),
    experience: countBy(EXPERIENCE_BAND_CODES, 'experience', (vacancy) =>
      experienceBandOf(vacancy.requirement.experience),
    ),
    education: countBy(EDUCATION_LEVEL_CODES, 'education', (vacancy) => vacancy.requirement.education),
    qualification: countBy(QUALIFICATION_LEVEL_CODES, 'qualification', (vacancy) => vacancy.requirement.qualification),
    remote: countWhere('remote', (vacancy) => vacancy.remote),
    socialPackage: countWhere('socialPackage', (vacancy) => vacancy.socialPackage),
    quota: countWhere('quota', (vacancy) => vacancy.socialProtected.length > 0),
    withSalary: countWhere('salary', (vacancy) => top(vacancy) > 0),
    postedWithin: {
      '1': countWhere('posted', (vacancy) => age(vacancy) < 1),
      '3': countWhere('posted', (vacancy) => age(vacancy) < 3),
      '7': countWhere('posted', (vacancy) => age(vacancy) < 7),
      '30': countWhere('posted', (vacancy) => age(vacancy) < 30),
    },
  };
}

const bruteIds = (query: VacancySearchQuery) =>
  new Set(vacancies.filter((vacancy, doc) => passes(vacancy, doc, query)).map((vacancy) => vacancy.id));

const parse = (raw: Record<string, string>) => VacancySearchQuerySchema.parse(raw);

/** Every result of a query, all pages. */
function allOf(raw: Record<string, string>) {
  const first = index.search(parse({ ...raw, pageSize: '100' }), TODAY);
  const items = [...first.items];
  for (let page = 2; items.length < first.total; page += 1) {
    items.push(...index.search(parse({ ...raw, pageSize: '100', page: String(page) }), TODAY).items);
  }
  return { result: first, items };
}

// ---- The tests -------------------------------------------------------------------------------------------------

describe('vacancy search', () => {
  it('finds word forms through the stemmer: бухгалтер ↔ бухгалтера, водитель ↔ водители, ё as е', () => {
    const titles = (q: string) => new Set(allOf({ q }).items.map((item) => item.jobName));
    const accountants = allOf({ q: 'бухгалтер' }).result.total;
    expect(accountants).toBeGreaterThan(50);
    for (const form of ['бухгалтера', 'бухгалтеров', 'Бухгалтеру', 'БУХГАЛТЕРОМ']) {
      expect(allOf({ q: form }).result.total, form).toBe(accountants);
    }
    expect(titles('бухгалтера')).toContain('Главный бухгалтер');
    const drivers = allOf({ q: 'водители' });
    expect(drivers.result.total).toBe(allOf({ q: 'водитель' }).result.total);
    expect([...new Set(drivers.items.map((item) => item.jobName))]).toEqual(
      expect.arrayContaining(['Водитель категории C', 'Водитель автобуса']),
    );
    expect(allOf({ q: 'медицинские сестры' }).result.total).toBe(allOf({ q: 'медицинская сестра' }).result.total);
    expect(allOf({ q: 'учёт' }).result.total).toBe(allOf({ q: 'учет' }).result.total);
    // Not substring matching: «бух» is no word of any vacancy.
    expect(allOf({ q: 'бух' }).result.total).toBe(0);
  });

  it('asks for every word (AND), ignoring stop words and punctuation, and echoes the query normalised', () => {
    const both = allOf({ q: 'программист 1С' });
    for (const item of both.items)
      expect(vacancyStems[vacancies.findIndex((vacancy) => vacancy.id === item.id)]).toContain('1с');
    expect(both.result.total).toBeLessThan(allOf({ q: 'программист' }).result.total);
    const echoed = index.search(
      parse({ q: '  Бухгалтер,  в   ШКОЛУ!  ', regions: '7700000000000,7700000000000' }),
      TODAY,
    );
    expect(echoed.query).toEqual({
      q: 'бухгалтер, в школу!',
      terms: ['бухгалтер', 'школу'],
      regions: ['7700000000000'],
      sort: 'relevance',
      page: 1,
      pageSize: 20,
    });
    expect(new Set(allOf({ q: 'бухгалтер школа' }).items.map((item) => item.id))).toEqual(
      bruteIds(parse({ q: 'бухгалтер школа' })),
    );
  });

  const QUERIES: Record<string, string>[] = [
    {},
    { q: 'бухгалтер' },
    { regions: '7700000000000,5000000000000,7800000000000' },
    { specialisation: 'medicine' },
    { employment: 'part,temporary' },
    { schedule: 'shift,rotation' },
    { salaryFrom: '80000' },
    { salaryFrom: '60000', withSalaryOnly: 'true' },
    { withSalaryOnly: 'true' },
    { experience: 'none' },
    { education: 'higher' },
    { qualification: 'manager' },
    { remote: 'true' },
    { socialPackage: 'true' },
    { quota: 'true' },
    { postedWithinDays: '7' },
    { remote: 'false', quota: 'false' },
    {
      q: 'водитель',
      regions: '7700000000000,5000000000000,6600000000000,2300000000000',
      employment: 'full',
      schedule: 'full-day,shift',
      salaryFrom: '50000',
      experience: '1-3',
      postedWithinDays: '30',
    },
    {
      specialisation: 'education',
      education: 'higher',
      qualification: 'specialist',
      socialPackage: 'true',
      withSalaryOnly: 'true',
      postedWithinDays: '14',
    },
    { q: 'медицинская сестра', quota: 'true', regions: '7700000000000' },
    { q: 'несуществующееслово' },
  ];

  it('filters exactly as the brute force does, each filter alone and several together', () => {
    for (const raw of QUERIES) {
      const { result, items } = allOf(raw);
      const expected = bruteIds(parse(raw));
      expect(result.total, JSON.stringify(raw)).toBe(expected.size);
      expect(new Set(items.map((item) => item.id)), JSON.stringify(raw)).toEqual(expected);
    }
  });

  it('counts every facet under the other filters, as the brute force does', () => {
    for (const raw of QUERIES) {
      const query = parse(raw);
      expect(index.search(query, TODAY).facets, JSON.stringify(raw)).toEqual(bruteFacets(query));
    }
    // Standard faceting: ticking a second region adds exactly what its count said.
    const one = index.search(parse({ regions: '7700000000000' }), TODAY);
    const two = index.search(parse({ regions: '7700000000000,5000000000000' }), TODAY);
    expect(two.total).toBe(one.total + (one.facets.regions['5000000000000'] ?? 0));
    expect(one.facets.regions).toEqual(two.facets.regions);
  });

  it('sorts by date (newest first), by salary (highest first, none last) and by relevance (title matches first)', () => {
    const byDate = allOf({ sort: 'date', specialisation: 'sales' }).items;
    for (let at = 1; at < byDate.length; at += 1) {
      expect((byDate[at - 1]?.createdAt ?? '') >= (byDate[at]?.createdAt ?? '')).toBe(true);
    }
    const bySalary = allOf({ sort: 'salary', regions: '7700000000000' }).items;
    const tops = bySalary.map((item) => Math.max(item.salary.min, item.salary.max));
    for (let at = 1; at < tops.length; at += 1) expect((tops[at - 1] ?? 0) >= (tops[at] ?? 0)).toBe(true);
    expect(tops.at(-1)).toBe(0);
    // «Водитель» in the title outweighs a mention in the duties (drivers' duties mention no driver; a dispatcher's
    // «контроль доставки» does not either, so look at «склад»: the storekeepers first, then those who only work at one).
    const relevant = allOf({ q: 'склад' }).items;
    const firstOther = relevant.findIndex((item) => !/склад/i.test(item.jobName));
    const lastTitled = relevant.map((item) => /склад/i.test(item.jobName)).lastIndexOf(true);
    expect(firstOther).toBeGreaterThan(0);
    expect(lastTitled).toBeLessThan(firstOther);
    // Without words, «relevance» is by date.
    expect(index.search(parse({}), TODAY).items).toEqual(index.search(parse({ sort: 'date' }), TODAY).items);
  });

  it('pages without gaps or repeats in every order', () => {
    for (const sort of ['relevance', 'date', 'salary']) {
      const raw = { q: 'менеджер', sort };
      const whole = index.search(parse({ ...raw, pageSize: '100' }), TODAY).items.map((item) => item.id);
      const paged: string[] = [];
      for (let page = 1; page <= 5; page += 1) {
        paged.push(
          ...index.search(parse({ ...raw, pageSize: '20', page: String(page) }), TODAY).items.map((item) => item.id),
        );
      }
      expect(paged, sort).toEqual(whole);
    }
    expect(index.search(parse({ page: '1000', pageSize: '10' }), TODAY).items).toEqual([]);
  });

  it('indexes the text of the duties only: not scripts, styles, comments or attributes', () => {
    const [sample] = vacancies;
    const hidden = new VacancyIndex([
      {
        ...(sample as Vacancy),
        id: 'hidden-words',
        duty:
          '<p title="атрибутслово">Видимоеслово</p><script>скриптслово</script><STYLE>.стильслово{}</STYLE >' +
          '<!-- комментслово --><b>жирноеслово</b>',
      },
    ]);
    const total = (q: string) => hidden.search(parse({ q }), TODAY).total;
    expect([total('видимоеслово'), total('жирноеслово')]).toEqual([1, 1]);
    expect([total('атрибутслово'), total('скриптслово'), total('стильслово'), total('комментслово')]).toEqual([
      0, 0, 0, 0,
    ]);
    expect(hidden.search(parse({}), TODAY).items[0]?.snippet).toBe('Видимоеслово; жирноеслово');
  });

  it('answers in the contract shape, with title suggestions when nothing is found', () => {
    const result = index.search(parse({ q: 'бухгалтир' }), TODAY);
    expect(VacancySearchResultSchema.parse(result)).toEqual(result);
    expect(result.total).toBe(0);
    expect(result.suggestions).toEqual(expect.arrayContaining(['Бухгалтер']));
    expect(index.search(parse({ q: 'бухгалтер' }), TODAY).suggestions).toBeUndefined();
  });

  it('suggests job titles whose words start with what was typed, the ones starting with it first', () => {
    const suggested = index.suggest('бухг', 10).items.map((item) => item.title);
    expect(suggested[0]).toBe('Бухгалтер');
    expect(suggested).toEqual(expect.arrayContaining(['Главный бухгалтер', 'Бухгалтер-кассир']));
    expect(suggested.indexOf('Бухгалтер-кассир')).toBeLessThan(suggested.indexOf('Главный бухгалтер'));
    expect(index.suggest('вод кат', 10).items.every((item) => /^Водитель категории/.test(item.title))).toBe(true);
    expect(index.suggest('Учитель мат', 3).items.map((item) => item.title)).toEqual(['Учитель математики']);
    expect(index.suggest('   ', 10)).toEqual({ q: '', items: [] });
    const counts = index.suggest('врач', 20).items;
    for (const item of counts) {
      expect(item.count).toBe(vacancies.filter((vacancy) => vacancy.jobName === item.title).length);
    }
  });

  it('gives a vacancy with its duty sanitised and «проверенный работодатель» from the registry', () => {
    const known = new Set(generated.registry.map((entry) => `${entry.inn}|${entry.ogrn}`));
    const verified = vacancies.find((vacancy) => known.has(`${vacancy.company.inn}|${vacancy.company.ogrn}`));
    const unverified = vacancies.find((vacancy) => !known.has(`${vacancy.company.inn}|${vacancy.company.ogrn}`));
    expect(index.detail(verified?.id ?? '')?.verifiedEmployer).toBe(true);
    expect(index.detail(unverified?.id ?? '')?.verifiedEmployer).toBe(false);
    const messy = vacancies.find((vacancy) => vacancy.duty.includes('<div'));
    const detail = index.detail(messy?.id ?? '');
    expect(detail?.duty).not.toMatch(/<div|style=/);
    expect(detail).toMatchObject({ id: messy?.id, jobName: messy?.jobName, company: messy?.company });
    expect(index.detail('no-such-vacancy')).toBeUndefined();
    // An employer whose numbers fail their checksums is never verified, even if listed.
    const forged = new EmployerRegistry([{ inn: '7707083894', ogrn: '1027700132195' }]);
    expect(forged.verified('7707083894', '1027700132195')).toBe(false);
    expect(
      new EmployerRegistry([{ inn: '7707083893', ogrn: '1027700132195' }]).verified('7707083893', '1027700132195'),
    ).toBe(true);
  });
});
