import { describe, expect, it } from 'vitest';
import {
  EDUCATION_LEVEL_CODES,
  EMPLOYMENT_TYPES,
  experienceBandOf,
  QUALIFICATION_LEVELS,
  REGION_CODE_PATTERN,
  RUSSIAN_REGIONS,
  SCHEDULES,
  SOCIAL_GROUPS,
  SPECIALISATIONS,
  VacancyDetailSchema,
  VacancySchema,
  VacancySearchQuerySchema,
  VacancySuggestQuerySchema,
} from './index.js';
import { endpoints, vacancyEndpoints } from './endpoints.js';
import { buildOpenApiDocument } from './openapi.js';

const vacancy = {
  id: '4bb8c8b1-3c1a-11ee-8a0a-bf2b24c5a1f1',
  region: { code: '6600000000000', name: 'Свердловская область' },
  company: { inn: '6661004661', ogrn: '1026605606620', kpp: '667101001', name: 'ГАУЗ СО «ЦГБ № 3»' },
  createdAt: '2026-11-02',
  modifiedAt: '2026-11-20',
  salary: { text: 'от 45000 до 60000', min: 45000, max: 60000, currency: 'RUB' },
  jobName: 'Медицинская сестра',
  employment: 'full',
  schedule: 'shift',
  remote: false,
  socialPackage: true,
  duty: '<p>Уход за больными</p>',
  category: { specialisation: 'medicine' },
  requirement: { education: 'vocational', qualification: 'specialist', experience: 1 },
  addresses: [{ location: 'г. Екатеринбург, ул. Сибирский тракт, д. 8', lat: 56.82, lng: 60.65 }],
  socialProtected: ['disabled'],
  contacts: [{ type: 'phone', value: '+7 (343) 215-00-01' }],
  workPlaces: 3,
};

describe('vacancy catalogues', () => {
  it('list the 89 subjects of the Federation with 13-digit codes, the four of 2022 included', () => {
    expect(RUSSIAN_REGIONS).toHaveLength(89);
    expect(new Set(RUSSIAN_REGIONS.map((region) => region.code)).size).toBe(89);
    expect(new Set(RUSSIAN_REGIONS.map((region) => region.title)).size).toBe(89);
    for (const region of RUSSIAN_REGIONS) {
      expect(region.code).toMatch(REGION_CODE_PATTERN);
      expect(region.code.endsWith('00000000000')).toBe(true);
      expect(region.titleEn).toMatch(/^[A-Z]/);
    }
    const byCode = new Map(RUSSIAN_REGIONS.map((region) => [region.code, region.title]));
    expect(byCode.get('7700000000000')).toBe('Москва');
    expect(byCode.get('7800000000000')).toBe('Санкт-Петербург');
    expect(byCode.get('5000000000000')).toBe('Московская область');
    for (const title of [
      'Донецкая Народная Республика',
      'Луганская Народная Республика',
      'Запорожская область',
      'Херсонская область',
    ]) {
      expect([...byCode.values()]).toContain(title);
    }
  });

  it('name the spheres of «Работа России» and every filter value in Russian and English', () => {
    expect(Object.values(SPECIALISATIONS).map((item) => item.title)).toEqual(
      expect.arrayContaining([
        'Бухгалтерия, финансы, экономика',
        'Транспорт, автобизнес, логистика, склад, ВЭД',
        'Медицина, фармацевтика, ветеринария',
        'Образование и наука',
        'ИТ, интернет, связь, телеком',
        'Строительство, ремонт, стройматериалы, недвижимость',
        'Производство',
        'Продажи, закупки, снабжение, торговля',
        'Сельское хозяйство',
        'Государственная служба, некоммерческие организации',
      ]),
    );
    for (const catalogue of [SPECIALISATIONS, EMPLOYMENT_TYPES, SCHEDULES, QUALIFICATION_LEVELS, SOCIAL_GROUPS]) {
      for (const item of Object.values(catalogue)) {
        expect(item.title).toMatch(/[А-Яа-яЁё]/);
        expect(item.titleEn).toMatch(/^[A-Z]/);
      }
    }
    expect(Object.values(QUALIFICATION_LEVELS).map((item) => item.title)).toEqual([
      'Специалист',
      'Руководитель',
      'Стажёр',
    ]);
    expect(EDUCATION_LEVEL_CODES[0]).toBe('any');
    expect([0, 1, 2, 3, 5, 6, 20].map(experienceBandOf)).toEqual([
      'none',
      '1-3',
      '1-3',
      '3-6',
      '3-6',
      '6-plus',
      '6-plus',
    ]);
  });
});

describe('vacancy contracts', () => {
  it('accept a vacancy of the open-data shape and refuse a bad code, a float salary or another currency', () => {
    expect(VacancySchema.parse(vacancy)).toEqual(vacancy);
    for (const bad of [
      { region: { code: '77', name: 'Москва' } },
      { salary: { ...vacancy.salary, min: 45000.5 } },
      { salary: { ...vacancy.salary, currency: 'USD' } },
      { employment: 'gig' },
      { socialProtected: ['everyone'] },
      { createdAt: '02.11.2026' },
    ]) {
      expect(VacancySchema.safeParse({ ...vacancy, ...bad }).success, JSON.stringify(bad)).toBe(false);
    }
    expect(VacancyDetailSchema.parse({ ...vacancy, verifiedEmployer: true })).toMatchObject({ verifiedEmployer: true });
  });

  it('reads the search query: normalised text, comma lists without repeats, flags, numbers and bounds', () => {
    expect(VacancySearchQuerySchema.parse({})).toEqual({ sort: 'relevance', page: 1, pageSize: 20 });
    expect(
      VacancySearchQuerySchema.parse({
        q: '  Главный   БУХГАЛТЁР ',
        regions: '7700000000000, 5000000000000,7700000000000',
        employment: 'full,part',
        schedule: 'shift',
        salaryFrom: '50000',
        withSalaryOnly: 'true',
        remote: 'false',
        postedWithinDays: '7',
        sort: 'salary',
        page: '2',
        pageSize: '50',
      }),
    ).toEqual({
      q: 'главный бухгалтер',
      regions: ['7700000000000', '5000000000000'],
      employment: ['full', 'part'],
      schedule: ['shift'],
      salaryFrom: 50000,
      withSalaryOnly: true,
      remote: false,
      postedWithinDays: 7,
      sort: 'salary',
      page: 2,
      pageSize: 50,
    });
    for (const bad of [
      { regions: 'moscow' },
      { employment: 'full,gig' },
      { remote: 'yes' },
      { salaryFrom: '-1' },
      { postedWithinDays: '0' },
      { pageSize: '101' },
      { page: '101', pageSize: '100' },
      { sort: 'cheap' },
      { q: 'я'.repeat(201) },
    ]) {
      expect(VacancySearchQuerySchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
    expect(VacancySuggestQuerySchema.parse({ q: ' Бухг ' })).toEqual({ q: 'бухг', limit: 10 });
    expect(VacancySuggestQuerySchema.safeParse({ q: 'бух', limit: '21' }).success).toBe(false);
  });

  it('documents the public search in OpenAPI', () => {
    expect(endpoints).toEqual(expect.arrayContaining([...vacancyEndpoints]));
    const document = buildOpenApiDocument({ endpoints: vacancyEndpoints });
    expect(Object.keys(document.paths)).toEqual([
      '/api/v1/vacancies',
      '/api/v1/vacancies/suggest',
      '/api/v1/vacancies/{id}',
    ]);
    for (const operations of Object.values(document.paths)) {
      for (const operation of Object.values(operations) as { security?: unknown }[])
        expect(operation.security).toBeUndefined();
    }
  });
});
