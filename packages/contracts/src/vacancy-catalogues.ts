// Plain data, no zod: what a browser needs of the vacancy catalogues (regions for a type-ahead, specialisations and
// the other filter values with their titles in both languages) without shipping the schemas.
import type { Bilingual } from './payment-kinds.js';

export interface RegionInfo extends Bilingual {
  /**
   * The 13-digit code «Работа России» gives a region (`region.region_code` of its open data): the two-digit code of the
   * subject followed by eleven zeros, as in the KLADR — `7700000000000` is Moscow.
   */
  readonly code: string;
}

/**
 * The 89 subjects of the Russian Federation, by their codes. The four subjects admitted in 2022 carry the subject
 * codes the federal address registry gave them (90, 93, 94, 95), in the same 13-digit form.
 */
export const RUSSIAN_REGIONS = [
  { code: '0100000000000', title: 'Республика Адыгея', titleEn: 'Republic of Adygea' },
  { code: '0200000000000', title: 'Республика Башкортостан', titleEn: 'Republic of Bashkortostan' },
  { code: '0300000000000', title: 'Республика Бурятия', titleEn: 'Republic of Buryatia' },
  { code: '0400000000000', title: 'Республика Алтай', titleEn: 'Altai Republic' },
  { code: '0500000000000', title: 'Республика Дагестан', titleEn: 'Republic of Dagestan' },
  { code: '0600000000000', title: 'Республика Ингушетия', titleEn: 'Republic of Ingushetia' },
  { code: '0700000000000', title: 'Кабардино-Балкарская Республика', titleEn: 'Kabardino-Balkarian Republic' },
  { code: '0800000000000', title: 'Республика Калмыкия', titleEn: 'Republic of Kalmykia' },
  { code: '0900000000000', title: 'Карачаево-Черкесская Республика', titleEn: 'Karachay-Cherkess Republic' },
  { code: '1000000000000', title: 'Республика Карелия', titleEn: 'Republic of Karelia' },
  { code: '1100000000000', title: 'Республика Коми', titleEn: 'Komi Republic' },
  { code: '1200000000000', title: 'Республика Марий Эл', titleEn: 'Mari El Republic' },
  { code: '1300000000000', title: 'Республика Мордовия', titleEn: 'Republic of Mordovia' },
  { code: '1400000000000', title: 'Республика Саха (Якутия)', titleEn: 'Sakha (Yakutia) Republic' },
  { code: '1500000000000', title: 'Республика Северная Осетия — Алания', titleEn: 'Republic of North Ossetia–Alania' },
  { code: '1600000000000', title: 'Республика Татарстан', titleEn: 'Republic of Tatarstan' },
  { code: '1700000000000', title: 'Республика Тыва', titleEn: 'Tuva Republic' },
  { code: '1800000000000', title: 'Удмуртская Республика', titleEn: 'Udmurt Republic' },
  { code: '1900000000000', title: 'Республика Хакасия', titleEn: 'Republic of Khakassia' },
  { code: '2000000000000', title: 'Чеченская Республика', titleEn: 'Chechen Republic' },
  { code: '2100000000000', title: 'Чувашская Республика', titleEn: 'Chuvash Republic' },
  { code: '2200000000000', title: 'Алтайский край', titleEn: 'Altai Krai' },
  { code: '2300000000000', title: 'Краснодарский край', titleEn: 'Krasnodar Krai' },
  { code: '2400000000000', title: 'Красноярский край', titleEn: 'Krasnoyarsk Krai' },
  { code: '2500000000000', title: 'Приморский край', titleEn: 'Primorsky Krai' },
  { code: '2600000000000', title: 'Ставропольский край', titleEn: 'Stavropol Krai' },
  { code: '2700000000000', title: 'Хабаровский край', titleEn: 'Khabarovsk Krai' },
  { code: '2800000000000', title: 'Амурская область', titleEn: 'Amur Oblast' },
  { code: '2900000000000', title: 'Архангельская область', titleEn: 'Arkhangelsk Oblast' },
  { code: '3000000000000', title: 'Астраханская область', titleEn: 'Astrakhan Oblast' },
  { code: '3100000000000', title: 'Белгородская область', titleEn: 'Belgorod Oblast' },
  { code: '3200000000000', title: 'Брянская область', titleEn: 'Bryansk Oblast' },
  { code: '3300000000000', title: 'Владимирская область', titleEn: 'Vladimir Oblast' },
  { code: '3400000000000', title: 'Волгоградская область', titleEn: 'Volgograd Oblast' },
  { code: '3500000000000', title: 'Вологодская область', titleEn: 'Vologda Oblast' },
  { code: '3600000000000', title: 'Воронежская область', titleEn: 'Voronezh Oblast' },
  { code: '3700000000000', title: 'Ивановская область', titleEn: 'Ivanovo Oblast' },
  { code: '3800000000000', title: 'Иркутская область', titleEn: 'Irkutsk Oblast' },
  { code: '3900000000000', title: 'Калининградская область', titleEn: 'Kaliningrad Oblast' },
  { code: '4000000000000', title: 'Калужская область', titleEn: 'Kaluga Oblast' },
  { code: '4100000000000', title: 'Камчатский край', titleEn: 'Kamchatka Krai' },
  { code: '4200000000000', title: 'Кемеровская область — Кузбасс', titleEn: 'Kemerovo Oblast – Kuzbass' },
  { code: '4300000000000', title: 'Кировская область', titleEn: 'Kirov Oblast' },
  { code: '4400000000000', title: 'Костромская область', titleEn: 'Kostroma Oblast' },
  { code: '4500000000000', title: 'Курганская область', titleEn: 'Kurgan Oblast' },
  { code: '4600000000000', title: 'Курская область', titleEn: 'Kursk Oblast' },
  { code: '4700000000000', title: 'Ленинградская область', titleEn: 'Leningrad Oblast' },
  { code: '4800000000000', title: 'Липецкая область', titleEn: 'Lipetsk Oblast' },
  { code: '4900000000000', title: 'Магаданская область', titleEn: 'Magadan Oblast' },
  { code: '5000000000000', title: 'Московская область', titleEn: 'Moscow Oblast' },
  { code: '5100000000000', title: 'Мурманская область', titleEn: 'Murmansk Oblast' },
  { code: '5200000000000', title: 'Нижегородская область', titleEn: 'Nizhny Novgorod Oblast' },
  { code: '5300000000000', title: 'Новгородская область', titleEn: 'Novgorod Oblast' },
  { code: '5400000000000', title: 'Новосибирская область', titleEn: 'Novosibirsk Oblast' },
  { code: '5500000000000', title: 'Омская область', titleEn: 'Omsk Oblast' },
  { code: '5600000000000', title: 'Оренбургская область', titleEn: 'Orenburg Oblast' },
  { code: '5700000000000', title: 'Орловская область', titleEn: 'Oryol Oblast' },
  { code: '5800000000000', title: 'Пензенская область', titleEn: 'Penza Oblast' },
  { code: '5900000000000', title: 'Пермский край', titleEn: 'Perm Krai' },
  { code: '6000000000000', title: 'Псковская область', titleEn: 'Pskov Oblast' },
  { code: '6100000000000', title: 'Ростовская область', titleEn: 'Rostov Oblast' },
  { code: '6200000000000', title: 'Рязанская область', titleEn: 'Ryazan Oblast' },
  { code: '6300000000000', title: 'Самарская область', titleEn: 'Samara Oblast' },
  { code: '6400000000000', title: 'Саратовская область', titleEn: 'Saratov Oblast' },
  { code: '6500000000000', title: 'Сахалинская область', titleEn: 'Sakhalin Oblast' },
  { code: '6600000000000', title: 'Свердловская область', titleEn: 'Sverdlovsk Oblast' },
  { code: '6700000000000', title: 'Смоленская область', titleEn: 'Smolensk Oblast' },
  { code: '6800000000000', title: 'Тамбовская область', titleEn: 'Tambov Oblast' },
  { code: '6900000000000', title: 'Тверская область', titleEn: 'Tver Oblast' },
  { code: '7000000000000', title: 'Томская область', titleEn: 'Tomsk Oblast' },
  { code: '7100000000000', title: 'Тульская область', titleEn: 'Tula Oblast' },
  { code: '7200000000000', title: 'Тюменская область', titleEn: 'Tyumen Oblast' },
  { code: '7300000000000', title: 'Ульяновская область', titleEn: 'Ulyanovsk Oblast' },
  { code: '7400000000000', title: 'Челябинская область', titleEn: 'Chelyabinsk Oblast' },
  { code: '7500000000000', title: 'Забайкальский край', titleEn: 'Zabaykalsky Krai' },
  { code: '7600000000000', title: 'Ярославская область', titleEn: 'Yaroslavl Oblast' },
  { code: '7700000000000', title: 'Москва', titleEn: 'Moscow' },
  { code: '7800000000000', title: 'Санкт-Петербург', titleEn: 'Saint Petersburg' },
  { code: '7900000000000', title: 'Еврейская автономная область', titleEn: 'Jewish Autonomous Oblast' },
  { code: '8300000000000', title: 'Ненецкий автономный округ', titleEn: 'Nenets Autonomous Okrug' },
  {
    code: '8600000000000',
    title: 'Ханты-Мансийский автономный округ — Югра',
    titleEn: 'Khanty-Mansi Autonomous Okrug – Yugra',
  },
  { code: '8700000000000', title: 'Чукотский автономный округ', titleEn: 'Chukotka Autonomous Okrug' },
  { code: '8900000000000', title: 'Ямало-Ненецкий автономный округ', titleEn: 'Yamalo-Nenets Autonomous Okrug' },
  { code: '9000000000000', title: 'Запорожская область', titleEn: 'Zaporozhye Oblast' },
  { code: '9100000000000', title: 'Республика Крым', titleEn: 'Republic of Crimea' },
  { code: '9200000000000', title: 'Севастополь', titleEn: 'Sevastopol' },
  { code: '9300000000000', title: 'Донецкая Народная Республика', titleEn: 'Donetsk People’s Republic' },
  { code: '9400000000000', title: 'Луганская Народная Республика', titleEn: 'Luhansk People’s Republic' },
  { code: '9500000000000', title: 'Херсонская область', titleEn: 'Kherson Oblast' },
] as const satisfies readonly RegionInfo[];

export type RegionCode = (typeof RUSSIAN_REGIONS)[number]['code'];
/** The shape of a region code; an imported vacancy may name a code outside the 89 (it is kept as it came). */
export const REGION_CODE_PATTERN = /^\d{13}$/;
/** Where an imported vacancy that names no region is filed. */
export const UNKNOWN_REGION = {
  code: '0000000000000',
  title: 'Регион не указан',
  titleEn: 'Region not given',
} as const;

/**
 * The professional spheres of «Работа России» (`category.specialisation` of the open data), by stable code. `other`
 * holds imported vacancies whose sphere is not on this list; the generator never uses it.
 */
export const SPECIALISATIONS = {
  accounting: { title: 'Бухгалтерия, финансы, экономика', titleEn: 'Accounting, finance, economics' },
  administration: { title: 'Административная работа, секретариат, АХО', titleEn: 'Administration, office support' },
  banking: { title: 'Банки, кредит, страхование', titleEn: 'Banking, credit, insurance' },
  security: { title: 'Безопасность, службы охраны', titleEn: 'Security services' },
  'top-management': { title: 'Высший менеджмент', titleEn: 'Top management' },
  'public-service': {
    title: 'Государственная служба, некоммерческие организации',
    titleEn: 'Civil service, non-profit organisations',
  },
  mining: { title: 'Добывающая промышленность', titleEn: 'Mining and extraction' },
  'housing-utilities': { title: 'ЖКХ, эксплуатация', titleEn: 'Housing and utilities, maintenance' },
  it: { title: 'ИТ, интернет, связь, телеком', titleEn: 'IT, internet, communications, telecom' },
  culture: { title: 'Искусство, культура и развлечения', titleEn: 'Arts, culture, entertainment' },
  hr: { title: 'Кадровая служба, управление персоналом', titleEn: 'Human resources' },
  marketing: { title: 'Маркетинг, реклама, PR', titleEn: 'Marketing, advertising, PR' },
  medicine: { title: 'Медицина, фармацевтика, ветеринария', titleEn: 'Medicine, pharmacy, veterinary' },
  education: { title: 'Образование и наука', titleEn: 'Education and science' },
  manufacturing: { title: 'Производство', titleEn: 'Manufacturing' },
  sales: { title: 'Продажи, закупки, снабжение, торговля', titleEn: 'Sales, purchasing, supply, retail' },
  unskilled: { title: 'Работы, не требующие квалификации', titleEn: 'Jobs requiring no qualification' },
  trades: { title: 'Рабочие специальности', titleEn: 'Skilled trades' },
  agriculture: { title: 'Сельское хозяйство', titleEn: 'Agriculture' },
  'sports-beauty': { title: 'Спорт, фитнес, салоны красоты', titleEn: 'Sports, fitness, beauty' },
  construction: {
    title: 'Строительство, ремонт, стройматериалы, недвижимость',
    titleEn: 'Construction, repair, building materials, real estate',
  },
  transport: {
    title: 'Транспорт, автобизнес, логистика, склад, ВЭД',
    titleEn: 'Transport, automotive, logistics, warehouse, foreign trade',
  },
  hospitality: { title: 'Туризм, гостиницы, рестораны', titleEn: 'Tourism, hotels, restaurants' },
  'consumer-services': { title: 'Услуги населению, сервисное обслуживание', titleEn: 'Consumer services' },
  legal: { title: 'Юриспруденция', titleEn: 'Law' },
  energy: { title: 'Электроэнергетика', titleEn: 'Power industry' },
  other: { title: 'Другие сферы деятельности', titleEn: 'Other fields' },
} as const satisfies Record<string, Bilingual>;

export type Specialisation = keyof typeof SPECIALISATIONS;
export const SPECIALISATION_CODES = Object.keys(SPECIALISATIONS) as [Specialisation, ...Specialisation[]];

/** Type of employment («Тип занятости»), as the open data's `employment` spells it in Russian. */
export const EMPLOYMENT_TYPES = {
  full: { title: 'Полная занятость', titleEn: 'Full-time' },
  part: { title: 'Частичная занятость', titleEn: 'Part-time' },
  temporary: { title: 'Временная', titleEn: 'Temporary' },
  seasonal: { title: 'Сезонная', titleEn: 'Seasonal' },
  internship: { title: 'Стажировка', titleEn: 'Internship' },
} as const satisfies Record<string, Bilingual>;

export type EmploymentType = keyof typeof EMPLOYMENT_TYPES;
export const EMPLOYMENT_TYPE_CODES = Object.keys(EMPLOYMENT_TYPES) as [EmploymentType, ...EmploymentType[]];

/** Working schedule («График работы»), as the open data's `schedule` spells it in Russian. */
export const SCHEDULES = {
  'full-day': { title: 'Полный рабочий день', titleEn: 'Full day' },
  'part-day': { title: 'Неполный рабочий день', titleEn: 'Part day' },
  shift: { title: 'Сменный график', titleEn: 'Shifts' },
  flexible: { title: 'Гибкий график', titleEn: 'Flexible hours' },
  rotation: { title: 'Вахтовый метод', titleEn: 'Rotational (fly-in fly-out)' },
  irregular: { title: 'Ненормированный рабочий день', titleEn: 'Irregular hours' },
} as const satisfies Record<string, Bilingual>;

export type Schedule = keyof typeof SCHEDULES;
export const SCHEDULE_CODES = Object.keys(SCHEDULES) as [Schedule, ...Schedule[]];

/** The education a vacancy asks for (`requirement.education`), lowest first. */
export const EDUCATION_LEVELS = {
  any: { title: 'Не требуется', titleEn: 'Not required' },
  secondary: { title: 'Среднее общее', titleEn: 'Secondary' },
  vocational: { title: 'Среднее профессиональное', titleEn: 'Vocational' },
  'incomplete-higher': { title: 'Неполное высшее', titleEn: 'Incomplete higher' },
  higher: { title: 'Высшее', titleEn: 'Higher' },
} as const satisfies Record<string, Bilingual>;

export type EducationLevel = keyof typeof EDUCATION_LEVELS;
export const EDUCATION_LEVEL_CODES = Object.keys(EDUCATION_LEVELS) as [EducationLevel, ...EducationLevel[]];

export interface ExperienceBandInfo extends Bilingual {
  /** Years of experience asked for: at least `from`, less than `to` (no upper bound when absent). */
  readonly from: number;
  readonly to?: number;
}

/** Experience bands over `requirement.experience` (whole years asked for), as the filter offers them. */
export const EXPERIENCE_BANDS = {
  none: { title: 'Без опыта', titleEn: 'No experience', from: 0, to: 1 },
  '1-3': { title: 'От 1 года до 3 лет', titleEn: '1 to 3 years', from: 1, to: 3 },
  '3-6': { title: 'От 3 до 6 лет', titleEn: '3 to 6 years', from: 3, to: 6 },
  '6-plus': { title: 'Более 6 лет', titleEn: 'Over 6 years', from: 6 },
} as const satisfies Record<string, ExperienceBandInfo>;

export type ExperienceBand = keyof typeof EXPERIENCE_BANDS;
export const EXPERIENCE_BAND_CODES = Object.keys(EXPERIENCE_BANDS) as [ExperienceBand, ...ExperienceBand[]];

/** The band a number of years falls in. */
export function experienceBandOf(years: number): ExperienceBand {
  if (years < 1) return 'none';
  if (years < 3) return '1-3';
  if (years < 6) return '3-6';
  return '6-plus';
}

/** The level of the position («Квалификация»). */
export const QUALIFICATION_LEVELS = {
  specialist: { title: 'Специалист', titleEn: 'Specialist' },
  manager: { title: 'Руководитель', titleEn: 'Manager' },
  trainee: { title: 'Стажёр', titleEn: 'Trainee' },
} as const satisfies Record<string, Bilingual>;

export type QualificationLevel = keyof typeof QUALIFICATION_LEVELS;
export const QUALIFICATION_LEVEL_CODES = Object.keys(QUALIFICATION_LEVELS) as [
  QualificationLevel,
  ...QualificationLevel[],
];

/**
 * Groups a quota workplace is set aside for (`social_protected` of the open data): the categories of the Law of the
 * Russian Federation «О занятости населения», art. 13, that employers reserve places for.
 */
export const SOCIAL_GROUPS = {
  disabled: { title: 'Инвалиды', titleEn: 'People with disabilities' },
  'pre-retirement': { title: 'Граждане предпенсионного возраста', titleEn: 'People close to retirement age' },
  graduates: {
    title: 'Выпускники образовательных организаций в возрасте до 25 лет',
    titleEn: 'Graduates under 25',
  },
  minors: { title: 'Несовершеннолетние от 14 до 18 лет', titleEn: 'Minors aged 14 to 18' },
  'single-parents': {
    title: 'Одинокие и многодетные родители, воспитывающие несовершеннолетних детей',
    titleEn: 'Single parents and parents of large families',
  },
  'released-prisoners': {
    title: 'Освобождённые из учреждений, исполняющих наказание',
    titleEn: 'People released from prison',
  },
} as const satisfies Record<string, Bilingual>;

export type SocialGroup = keyof typeof SOCIAL_GROUPS;
export const SOCIAL_GROUP_CODES = Object.keys(SOCIAL_GROUPS) as [SocialGroup, ...SocialGroup[]];

/** How the list is ordered: by relevance to `q` (by date without `q`), by date, or by salary, highest first. */
export const VACANCY_SORTS = ['relevance', 'date', 'salary'] as const;
export type VacancySort = (typeof VACANCY_SORTS)[number];

/** The posting-age buckets the date facet counts («за сутки», «за 3 дня», «за неделю», «за месяц»). */
export const POSTED_WITHIN_BUCKETS = [1, 3, 7, 30] as const;
/** The oldest a `postedWithinDays` filter may reach. */
export const POSTED_WITHIN_MAX_DAYS = 365;

export const VACANCY_PAGE_SIZE_DEFAULT = 20;
/** The most vacancies one page holds (the backend's limits may hold it lower). */
export const VACANCY_PAGE_SIZE_MAX = 100;
/** The deepest page: like any search engine, results past the first 10,000 are not paged through. */
export const VACANCY_RESULT_WINDOW = 10_000;
/** The longest search text, in characters. */
export const VACANCY_QUERY_MAX = 200;
/** The most job titles one suggestion answer holds. */
export const VACANCY_SUGGEST_MAX = 20;

/** The only currency salaries come in; the open data writes it «руб.». */
export const VACANCY_CURRENCY = 'RUB';
/** The salary text of a vacancy that names no salary (both bounds 0). */
export const SALARY_NOT_GIVEN = 'з/п не указана';
