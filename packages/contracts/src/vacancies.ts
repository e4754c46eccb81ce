import { z } from 'zod';
import { commaList } from './query.js';
import { named } from './registry.js';
import {
  EDUCATION_LEVEL_CODES,
  EMPLOYMENT_TYPE_CODES,
  EXPERIENCE_BAND_CODES,
  POSTED_WITHIN_BUCKETS,
  POSTED_WITHIN_MAX_DAYS,
  QUALIFICATION_LEVEL_CODES,
  REGION_CODE_PATTERN,
  SCHEDULE_CODES,
  SOCIAL_GROUP_CODES,
  SPECIALISATION_CODES,
  VACANCY_CURRENCY,
  VACANCY_PAGE_SIZE_DEFAULT,
  VACANCY_PAGE_SIZE_MAX,
  VACANCY_QUERY_MAX,
  VACANCY_RESULT_WINDOW,
  VACANCY_SORTS,
  VACANCY_SUGGEST_MAX,
} from './vacancy-catalogues.js';

/*
 * A vacancy in the shape of the open data of «Работа России» (trudvsem open-data API v1), with camelCase names.
 * The importer (mock-backend/src/vacancies/import.ts) reads the original; the mapping is:
 *
 * | open data (`vacancy.…`)                     | here                                              |
 * |---------------------------------------------|---------------------------------------------------|
 * | `id`                                        | `id`                                              |
 * | `region.region_code`, `region.name`         | `region.code`, `region.name`                      |
 * | `company.inn`/`ogrn`/`kpp`/`name`/`url`     | `company.inn`/`ogrn`/`kpp`/`name`/`url`           |
 * | `creation-date`, `modify-date`              | `createdAt`, `modifiedAt` (YYYY-MM-DD)            |
 * | `salary`, `salary_min`, `salary_max`        | `salary.text`, `salary.min`, `salary.max` (0 = not given) |
 * | `currency` («руб.»)                         | `salary.currency` (`RUB`)                         |
 * | `job-name`                                  | `jobName`                                         |
 * | `employment`, `schedule` (Russian text)     | `employment`, `schedule` (codes of the catalogues) |
 * | `duty` (HTML)                               | `duty` (HTML; sanitised in the detail answer)     |
 * | `category.specialisation` (Russian text)    | `category.specialisation` (code)                  |
 * | `requirement.education` / `qualification` / `experience` | `requirement.education` / `qualification` (codes) / `experience` (years) |
 * | `addresses.address[]` `{location, lng, lat}` | `addresses[]` `{location, lng, lat}` (numbers)   |
 * | `social_protected`                          | `socialProtected` (codes of SOCIAL_GROUPS)        |
 * | `contact_list[]` `{contact_type, contact_value}`, `contact_person` | `contacts[]` `{type, value}`, `contactPerson` |
 * | `work_places`                               | `workPlaces`                                      |
 * | `vac_url`                                   | `sourceUrl`                                       |
 * | —                                           | `remote`, `socialPackage` (read from the schedule and the terms) |
 */

const calendarDate = () => z.iso.date().describe('A calendar date (Moscow), YYYY-MM-DD.');
const count = () => z.number().int().nonnegative();

export const RegionCodeSchema = named(z.string().regex(REGION_CODE_PATTERN), {
  id: 'RegionCode',
  description: 'A region’s 13-digit code as «Работа России» gives it (`7700000000000` is Moscow; RUSSIAN_REGIONS).',
});

export const SpecialisationSchema = named(z.enum(SPECIALISATION_CODES), {
  id: 'Specialisation',
  description: 'A professional sphere of «Работа России» (SPECIALISATIONS in the contracts package).',
});
export const EmploymentTypeSchema = named(z.enum(EMPLOYMENT_TYPE_CODES), {
  id: 'EmploymentType',
  description: 'full, part, temporary, seasonal or internship (EMPLOYMENT_TYPES).',
});
export const ScheduleSchema = named(z.enum(SCHEDULE_CODES), {
  id: 'Schedule',
  description: 'full-day, part-day, shift, flexible, rotation or irregular (SCHEDULES).',
});
export const EducationLevelSchema = named(z.enum(EDUCATION_LEVEL_CODES), {
  id: 'EducationLevel',
  description: 'The education asked for: any, secondary, vocational, incomplete-higher or higher (EDUCATION_LEVELS).',
});
export const ExperienceBandSchema = named(z.enum(EXPERIENCE_BAND_CODES), {
  id: 'ExperienceBand',
  description: 'Years of experience asked for: none (< 1), 1-3, 3-6 or 6-plus (EXPERIENCE_BANDS).',
});
export const QualificationLevelSchema = named(z.enum(QUALIFICATION_LEVEL_CODES), {
  id: 'QualificationLevel',
  description: 'specialist (специалист), manager (руководитель) or trainee (стажёр).',
});
export const SocialGroupSchema = named(z.enum(SOCIAL_GROUP_CODES), {
  id: 'SocialGroup',
  description: 'A group quota workplaces are set aside for (SOCIAL_GROUPS).',
});

export const VacancyRegionSchema = named(z.object({ code: RegionCodeSchema, name: z.string().min(1) }), {
  id: 'VacancyRegion',
  description: 'The region of the workplace (open data: `region.region_code`, `region.name`).',
});
export type VacancyRegion = z.infer<typeof VacancyRegionSchema>;

export const VacancyCompanySchema = named(
  z.object({
    inn: z.string().describe('As the employer gave it: 10 digits for an organisation; imported data may be wrong.'),
    ogrn: z.string().describe('As the employer gave it: 13 digits for an organisation.'),
    kpp: z.string(),
    name: z.string().min(1),
    url: z.string().optional().describe('The employer’s site.'),
  }),
  { id: 'VacancyCompany', description: 'The employer.' },
);
export type VacancyCompany = z.infer<typeof VacancyCompanySchema>;

export const VacancySalarySchema = named(
  z.object({
    text: z.string().min(1).describe('As the vacancy words it: «от 45000 до 60000», «з/п не указана».'),
    min: count().describe('Roubles a month before tax; 0 = not given.'),
    max: count().describe('Roubles a month before tax; 0 = not given.'),
    currency: z.literal(VACANCY_CURRENCY),
  }),
  { id: 'VacancySalary', description: 'The salary offered (open data: `salary`, `salary_min`, `salary_max`).' },
);
export type VacancySalary = z.infer<typeof VacancySalarySchema>;

export const VacancyAddressSchema = named(
  z.object({
    location: z.string().min(1),
    lat: z.number().min(-90).max(90),
    lng: z.number().min(-180).max(180),
  }),
  { id: 'VacancyAddress', description: 'A workplace address with its coordinates (WGS 84).' },
);
export type VacancyAddress = z.infer<typeof VacancyAddressSchema>;

export const VacancyContactSchema = named(
  z.object({ type: z.enum(['phone', 'email', 'other']), value: z.string().min(1) }),
  { id: 'VacancyContact', description: 'A way to reach the employer (open data: `contact_list[]`).' },
);
export type VacancyContact = z.infer<typeof VacancyContactSchema>;

const vacancyShape = {
  id: z.string().min(1).max(64),
  region: VacancyRegionSchema,
  company: VacancyCompanySchema,
  createdAt: calendarDate().describe('When it was published (open data: `creation-date`).'),
  modifiedAt: calendarDate().describe('When it last changed (open data: `modify-date`).'),
  salary: VacancySalarySchema,
  jobName: z.string().min(1).describe('The job title (open data: `job-name`).'),
  employment: EmploymentTypeSchema,
  schedule: ScheduleSchema,
  remote: z.boolean().describe('The work can be done remotely.'),
  socialPackage: z.boolean().describe('A social package is offered (paid meals, transport, voluntary insurance…).'),
  category: z.object({ specialisation: SpecialisationSchema }),
  requirement: z.object({
    education: EducationLevelSchema,
    qualification: QualificationLevelSchema,
    experience: count().max(50).describe('Whole years of experience asked for; 0 = none.'),
  }),
  addresses: z.array(VacancyAddressSchema),
  socialProtected: z
    .array(SocialGroupSchema)
    .describe('Quota workplaces: the groups they are set aside for; empty = not a quota workplace.'),
  contacts: z.array(VacancyContactSchema),
  contactPerson: z.string().optional(),
  workPlaces: z.number().int().min(1).describe('How many people are hired.'),
  sourceUrl: z.string().optional().describe('The vacancy on the site it came from (open data: `vac_url`).'),
};

export const VacancySchema = named(
  z.object({ ...vacancyShape, duty: z.string().describe('The duties, as HTML (open data: `duty`).') }),
  { id: 'Vacancy', description: 'A vacancy in the shape of the «Работа России» open data, camelCase.' },
);
export type Vacancy = z.infer<typeof VacancySchema>;

export const VacancyDetailSchema = named(
  z.object({
    ...vacancyShape,
    duty: z
      .string()
      .describe(
        'The duties as safe HTML: only p, br, ul, ol, li, b, strong, i, em and a (http, https or mailto links with ' +
          'rel="noopener noreferrer nofollow"); everything else is removed on the server.',
      ),
    verifiedEmployer: z
      .boolean()
      .describe('«Проверенный работодатель»: its INN and OGRN are valid and the registry knows the organisation.'),
  }),
  { id: 'VacancyDetail', description: 'One vacancy with its duties sanitised and the employer’s check.' },
);
export type VacancyDetail = z.infer<typeof VacancyDetailSchema>;

export const VacancySummarySchema = named(
  z.object({
    id: z.string().min(1),
    jobName: z.string().min(1),
    company: z.object({ name: z.string().min(1), inn: z.string() }),
    verifiedEmployer: z.boolean(),
    region: VacancyRegionSchema,
    location: z.string().optional().describe('The first workplace address.'),
    salary: VacancySalarySchema,
    employment: EmploymentTypeSchema,
    schedule: ScheduleSchema,
    remote: z.boolean(),
    specialisation: SpecialisationSchema,
    experience: ExperienceBandSchema,
    createdAt: calendarDate(),
    snippet: z.string().describe('The start of the duties as plain text, for the result list.'),
  }),
  { id: 'VacancySummary', description: 'A vacancy as a result list shows it.' },
);
export type VacancySummary = z.infer<typeof VacancySummarySchema>;

/** A yes/no filter: `true` applies it; `false` (like leaving it out) does not. */
const flag = () =>
  z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional();

/** Text as the search reads it: whitespace collapsed, lower case, «ё» as «е». */
export function normaliseSearchText(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase().replace(/ё/g, 'е');
}

export const VacancySearchQuerySchema = z
  .object({
    q: z
      .string()
      .max(VACANCY_QUERY_MAX, `Не больше ${VACANCY_QUERY_MAX} символов.`)
      .transform(normaliseSearchText)
      .optional()
      .describe('Words to find in the title, the duties and the employer’s name, every one of them, in any form.'),
    regions: commaList(RegionCodeSchema).optional().describe('Only these regions, comma-separated codes.'),
    specialisation: SpecialisationSchema.optional(),
    employment: commaList(EmploymentTypeSchema).optional().describe('Only these types, comma-separated.'),
    schedule: commaList(ScheduleSchema).optional().describe('Only these schedules, comma-separated.'),
    salaryFrom: z.coerce
      .number()
      .int()
      .min(0)
      .max(10_000_000)
      .optional()
      .describe(
        'Roubles a month: vacancies whose salary reaches it (the upper bound, or the lower one when only it is given). ' +
          'Vacancies that name no salary stay unless `withSalaryOnly`.',
      ),
    withSalaryOnly: flag().describe('Leave out vacancies that name no salary.'),
    experience: ExperienceBandSchema.optional(),
    education: EducationLevelSchema.optional(),
    qualification: QualificationLevelSchema.optional(),
    remote: flag().describe('Only remote work.'),
    socialPackage: flag().describe('Only vacancies with a social package.'),
    quota: flag().describe('Only quota workplaces for protected groups.'),
    postedWithinDays: z.coerce
      .number()
      .int()
      .min(1)
      .max(POSTED_WITHIN_MAX_DAYS)
      .optional()
      .describe('Published in the last N days, today included (Moscow): 1 = today, 7 = today and the six days before.'),
    sort: z.enum(VACANCY_SORTS).default('relevance').describe('relevance (date without `q`), date or salary.'),
    page: z.coerce.number().int().min(1).max(VACANCY_RESULT_WINDOW).default(1),
    pageSize: z.coerce.number().int().min(1).max(VACANCY_PAGE_SIZE_MAX).default(VACANCY_PAGE_SIZE_DEFAULT),
  })
  .refine((query) => query.page * query.pageSize <= VACANCY_RESULT_WINDOW, {
    message: `Можно пролистать только первые ${VACANCY_RESULT_WINDOW} вакансий: уточните запрос.`,
    path: ['page'],
  });
export type VacancySearchQuery = z.infer<typeof VacancySearchQuerySchema>;
/** The filters alone (what facets are counted under). */
export type VacancyFilters = Omit<VacancySearchQuery, 'q' | 'sort' | 'page' | 'pageSize'>;

export const VacancyQueryEchoSchema = named(
  z.object({
    q: z.string().optional().describe('The text searched, normalised (whitespace collapsed, lower case, ё as е).'),
    terms: z.array(z.string()).describe('The words that were searched for (stop words and punctuation dropped).'),
    regions: z.array(RegionCodeSchema).optional(),
    specialisation: SpecialisationSchema.optional(),
    employment: z.array(EmploymentTypeSchema).optional(),
    schedule: z.array(ScheduleSchema).optional(),
    salaryFrom: count().optional(),
    withSalaryOnly: z.boolean().optional(),
    experience: ExperienceBandSchema.optional(),
    education: EducationLevelSchema.optional(),
    qualification: QualificationLevelSchema.optional(),
    remote: z.boolean().optional(),
    socialPackage: z.boolean().optional(),
    quota: z.boolean().optional(),
    postedWithinDays: z.number().int().optional(),
    sort: z.enum(VACANCY_SORTS),
    page: z.number().int().min(1),
    pageSize: z.number().int().min(1),
  }),
  {
    id: 'VacancyQuery',
    description: 'The query as the server understood it: defaults filled in, lists without repeats, flags as booleans.',
  },
);
export type VacancyQueryEcho = z.infer<typeof VacancyQueryEchoSchema>;

const POSTED_WITHIN_KEYS = POSTED_WITHIN_BUCKETS.map(String) as ['1', '3', '7', '30'];

export const VacancyFacetsSchema = named(
  z.object({
    regions: z
      .record(z.string(), count())
      .describe('Per region code: every one of the 89, and any other code the data holds.'),
    specialisation: z.record(SpecialisationSchema, count()),
    employment: z.record(EmploymentTypeSchema, count()),
    schedule: z.record(ScheduleSchema, count()),
    experience: z.record(ExperienceBandSchema, count()),
    education: z.record(EducationLevelSchema, count()),
    qualification: z.record(QualificationLevelSchema, count()),
    remote: count().describe('Remote vacancies.'),
    socialPackage: count().describe('Vacancies with a social package.'),
    quota: count().describe('Quota workplaces.'),
    withSalary: count().describe('Vacancies that name a salary (under every filter but the salary ones).'),
    postedWithin: z
      .record(z.enum(POSTED_WITHIN_KEYS), count())
      .describe('Vacancies published within 1, 3, 7 and 30 days (under every filter but the date one).'),
  }),
  {
    id: 'VacancyFacets',
    description:
      'How many vacancies each value of each filter would find, under the other filters: a filter’s own choice ' +
      'does not narrow its own counts, so ticking a second region adds what its count says.',
  },
);
export type VacancyFacets = z.infer<typeof VacancyFacetsSchema>;

export const VacancySearchResultSchema = named(
  z.object({
    items: z.array(VacancySummarySchema),
    total: count().describe('Vacancies matching, on every page.'),
    page: z.number().int().min(1),
    pageSize: z.number().int().min(1),
    query: VacancyQueryEchoSchema,
    facets: VacancyFacetsSchema,
    suggestions: z
      .array(z.string())
      .optional()
      .describe('When nothing was found for `q`: job titles that start like it, to try instead.'),
  }),
  { id: 'VacancySearchResult', description: 'One page of the vacancies found, with facet counts.' },
);
export type VacancySearchResult = z.infer<typeof VacancySearchResultSchema>;

export const VacancySuggestQuerySchema = z.object({
  q: z
    .string()
    .max(VACANCY_QUERY_MAX, `Не больше ${VACANCY_QUERY_MAX} символов.`)
    .transform(normaliseSearchText)
    .describe('What has been typed: the last word may be unfinished.'),
  limit: z.coerce.number().int().min(1).max(VACANCY_SUGGEST_MAX).default(10),
});
export type VacancySuggestQuery = z.infer<typeof VacancySuggestQuerySchema>;

export const VacancyTitleSuggestionsSchema = named(
  z.object({
    q: z.string().describe('The text as normalised.'),
    items: z.array(z.object({ title: z.string().min(1), count: z.number().int().min(1) })),
  }),
  {
    id: 'VacancyTitleSuggestions',
    description:
      'Job titles whose words start with the words typed, those starting with the text first, then the most common.',
  },
);
export type VacancyTitleSuggestions = z.infer<typeof VacancyTitleSuggestionsSchema>;
