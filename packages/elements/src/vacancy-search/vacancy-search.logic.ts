// What <gos-vacancy-search> shows, as plain data: the search and its filters, how it goes into a URL query and back
// (`sync-url`), what the API is asked, how salaries, dates and regions read, and a parser that turns the duties'
// sanitised HTML into a tree the element renders with templates (no HTML sink: host pages enforce Trusted Types).
import {
  EDUCATION_LEVEL_CODES,
  EMPLOYMENT_TYPE_CODES,
  EXPERIENCE_BAND_CODES,
  POSTED_WITHIN_BUCKETS,
  QUALIFICATION_LEVEL_CODES,
  RUSSIAN_REGIONS,
  SCHEDULE_CODES,
  SPECIALISATION_CODES,
  VACANCY_QUERY_MAX,
  VACANCY_RESULT_WINDOW,
  VACANCY_SORTS,
  type EducationLevel,
  type EmploymentType,
  type ExperienceBand,
  type QualificationLevel,
  type RegionInfo,
  type SavedSearchQuery,
  type Schedule,
  type Specialisation,
  type VacancySalary,
  type VacancySort,
} from '@gos-elements/contracts';
import type { VacancySearchParams } from '@gos-elements/core/api/vacancies';

export interface SearchView {
  /** The words searched for, as typed. */
  readonly q: string;
  /** Region codes, in the order chosen. */
  readonly regions: readonly string[];
  readonly specialisation: Specialisation | '';
  readonly employment: readonly EmploymentType[];
  readonly schedule: readonly Schedule[];
  /** Roubles a month; 0 for none. */
  readonly salaryFrom: number;
  readonly withSalaryOnly: boolean;
  readonly experience: ExperienceBand | '';
  readonly education: EducationLevel | '';
  readonly qualification: QualificationLevel | '';
  readonly remote: boolean;
  readonly socialPackage: boolean;
  readonly quota: boolean;
  /** 1, 3, 7 or 30; 0 for any time. */
  readonly postedWithinDays: number;
  readonly sort: VacancySort;
  /** How many pages are shown («Показать ещё» adds one). */
  readonly pages: number;
  /** The vacancy open in the detail view, '' for the list. */
  readonly open: string;
}

export const DEFAULT_VIEW: SearchView = {
  q: '',
  regions: [],
  specialisation: '',
  employment: [],
  schedule: [],
  salaryFrom: 0,
  withSalaryOnly: false,
  experience: '',
  education: '',
  qualification: '',
  remote: false,
  socialPackage: false,
  quota: false,
  postedWithinDays: 0,
  sort: 'relevance',
  pages: 1,
  open: '',
};

/** The filters «Сбросить фильтры» clears: everything but the words, the order and what is open. */
export const FILTER_KEYS = [
  'regions',
  'specialisation',
  'employment',
  'schedule',
  'salaryFrom',
  'withSalaryOnly',
  'experience',
  'education',
  'qualification',
  'remote',
  'socialPackage',
  'quota',
  'postedWithinDays',
] as const satisfies readonly (keyof SearchView)[];

export const SALARY_MAX = 10_000_000;
const REGION_CODE = /^\d{13}$/;
const VACANCY_ID = /^[\w-]{1,64}$/;

/** The default view of an element whose `region` attribute preselects a region. */
export function defaultView(region?: string | null): SearchView {
  return region && REGION_CODE.test(region) ? { ...DEFAULT_VIEW, regions: [region] } : DEFAULT_VIEW;
}

/** Whether the view narrows the search beyond the words (an empty result then suggests loosening the filters). */
export function isFiltered(view: SearchView, defaults: SearchView = DEFAULT_VIEW): boolean {
  return FILTER_KEYS.some((key) => JSON.stringify(view[key]) !== JSON.stringify(defaults[key]));
}

/** The view with every filter back at its default (the words and the order stay). */
export function withoutFilters(view: SearchView, defaults: SearchView = DEFAULT_VIEW): SearchView {
  const reset: Record<string, unknown> = {};
  for (const key of FILTER_KEYS) reset[key] = defaults[key];
  return { ...view, ...(reset as Partial<SearchView>), pages: 1, open: '' };
}

// ——— The URL ———

/** Query parameter names (after the host's prefix: `sync-url="job-"` gives `job-q`, `job-region`…). */
const KEYS = {
  q: 'q',
  regions: 'region',
  specialisation: 'spec',
  employment: 'employment',
  schedule: 'schedule',
  salaryFrom: 'salary',
  withSalaryOnly: 'salary-only',
  experience: 'experience',
  education: 'education',
  qualification: 'qualification',
  remote: 'remote',
  socialPackage: 'social',
  quota: 'quota',
  postedWithinDays: 'posted',
  sort: 'sort',
  pages: 'pages',
  open: 'vacancy',
} as const satisfies Record<keyof SearchView, string>;

/** A view's value as a URL writes it. */
function written(view: SearchView, key: keyof SearchView): string {
  const value = view[key];
  if (Array.isArray(value)) return value.join(',');
  if (typeof value === 'boolean') return value ? '1' : '';
  if (typeof value === 'number') return value === 0 ? '' : String(value);
  return String(value);
}

function oneOf<T extends string>(text: string, allowed: readonly T[]): T | '' {
  return allowed.find((code) => code === text) ?? '';
}

function listOf<T extends string>(text: string, allowed: readonly T[]): T[] {
  const wanted = new Set(text.split(','));
  // In the catalogue's order, whatever the link's: one search, one URL.
  return allowed.filter((code) => wanted.has(code));
}

function wholeNumber(text: string, max: number): number {
  const value = Number(text);
  return Number.isInteger(value) && value > 0 ? Math.min(value, max) : 0;
}

/** The largest number of pages a search can show at `pageSize` (the backend pages through the first 10,000). */
export function maxPages(pageSize: number): number {
  return Math.max(1, Math.floor(VACANCY_RESULT_WINDOW / pageSize));
}

/**
 * The view a URL query describes. Parameters that are absent take the element's defaults (`defaults`: its
 * preselected region); whatever a hand-edited or outdated link gets wrong falls back to the default for that part.
 */
export function viewFromQuery(
  search: string,
  prefix = '',
  defaults: SearchView = DEFAULT_VIEW,
  pageSize = 20,
): SearchView {
  const query = new URLSearchParams(search);
  const read = <K extends keyof SearchView>(key: K, parse: (text: string) => SearchView[K]): SearchView[K] => {
    const text = query.get(prefix + KEYS[key]);
    return text === null ? defaults[key] : parse(text.trim());
  };
  const flag = (text: string) => text === '1' || text === 'true';
  return {
    q: read('q', (text) => text.slice(0, VACANCY_QUERY_MAX)),
    regions: read('regions', (text) => [...new Set(text.split(',').filter((code) => REGION_CODE.test(code)))]),
    specialisation: read('specialisation', (text) => oneOf(text, SPECIALISATION_CODES)),
    employment: read('employment', (text) => listOf(text, EMPLOYMENT_TYPE_CODES)),
    schedule: read('schedule', (text) => listOf(text, SCHEDULE_CODES)),
    salaryFrom: read('salaryFrom', (text) => wholeNumber(text, SALARY_MAX)),
    withSalaryOnly: read('withSalaryOnly', flag),
    experience: read('experience', (text) => oneOf(text, EXPERIENCE_BAND_CODES)),
    education: read('education', (text) => oneOf(text, EDUCATION_LEVEL_CODES)),
    qualification: read('qualification', (text) => oneOf(text, QUALIFICATION_LEVEL_CODES)),
    remote: read('remote', flag),
    socialPackage: read('socialPackage', flag),
    quota: read('quota', flag),
    postedWithinDays: read('postedWithinDays', (text) =>
      (POSTED_WITHIN_BUCKETS as readonly number[]).includes(Number(text)) ? Number(text) : 0,
    ),
    sort: read('sort', (text) => oneOf(text, VACANCY_SORTS) || 'relevance'),
    pages: read('pages', (text) => Math.max(1, wholeNumber(text, maxPages(pageSize)))),
    open: read('open', (text) => (VACANCY_ID.test(text) ? text : '')),
  };
}

/**
 * `search` with the view written into it: the host page's own parameters stay, ours are set where they differ
 * from the element's defaults (a plain search keeps a plain URL; a removed preselected region is written empty).
 */
export function queryWithView(search: string, view: SearchView, prefix = '', defaults: SearchView = DEFAULT_VIEW) {
  const query = new URLSearchParams(search);
  for (const key of Object.keys(KEYS) as (keyof SearchView)[]) {
    const name = prefix + KEYS[key];
    query.delete(name);
    const value = written(view, key);
    if (value !== written(defaults, key)) query.set(name, value);
  }
  const text = query.toString();
  return text ? `?${text}` : '';
}

/**
 * The address of the full search page (`searchPage`, resolved against `base`) with the compact form's search in
 * that page's `sync-url` parameters (`prefix`).
 */
export function searchPageHref(searchPage: string, base: string, view: SearchView, prefix = ''): string {
  const url = new URL(searchPage, base);
  url.search = queryWithView(url.search, { ...view, pages: 1, open: '' }, prefix);
  return url.href;
}

// ——— The API ———

/** The search the API is asked for: what the view filters by (not its pages or open vacancy). */
export function searchParamsOf(view: SearchView): VacancySearchParams {
  const q = view.q.trim();
  return {
    ...(q ? { q } : {}),
    ...(view.regions.length ? { regions: view.regions } : {}),
    ...(view.specialisation ? { specialisation: view.specialisation } : {}),
    ...(view.employment.length ? { employment: view.employment } : {}),
    ...(view.schedule.length ? { schedule: view.schedule } : {}),
    ...(view.salaryFrom > 0 ? { salaryFrom: view.salaryFrom } : {}),
    ...(view.withSalaryOnly ? { withSalaryOnly: true } : {}),
    ...(view.experience ? { experience: view.experience } : {}),
    ...(view.education ? { education: view.education } : {}),
    ...(view.qualification ? { qualification: view.qualification } : {}),
    ...(view.remote ? { remote: true } : {}),
    ...(view.socialPackage ? { socialPackage: true } : {}),
    ...(view.quota ? { quota: true } : {}),
    ...(view.postedWithinDays ? { postedWithinDays: view.postedWithinDays } : {}),
    ...(view.sort !== 'relevance' ? { sort: view.sort } : {}),
  };
}

/**
 * What «Сохранить поиск» keeps of the view: the words and the filters (not the order, the pages or «posted within»:
 * a saved search watches what is new).
 */
export function savedQueryOf(view: SearchView): SavedSearchQuery {
  const { sort: _sort, postedWithinDays: _posted, page: _page, pageSize: _size, ...kept } = searchParamsOf(view);
  const { regions, employment, schedule, ...rest } = kept;
  return {
    ...rest,
    ...(regions ? { regions: [...regions] } : {}),
    ...(employment ? { employment: [...employment] } : {}),
    ...(schedule ? { schedule: [...schedule] } : {}),
  };
}

/** A saved search opened again: its words and filters over an otherwise fresh view (the list, the first page). */
export function viewOfSavedQuery(query: SavedSearchQuery): SearchView {
  return {
    ...DEFAULT_VIEW,
    q: query.q ?? '',
    regions: query.regions ?? [],
    specialisation: query.specialisation ?? '',
    employment: query.employment ?? [],
    schedule: query.schedule ?? [],
    salaryFrom: query.salaryFrom ?? 0,
    withSalaryOnly: query.withSalaryOnly ?? false,
    experience: query.experience ?? '',
    education: query.education ?? '',
    qualification: query.qualification ?? '',
    remote: query.remote ?? false,
    socialPackage: query.socialPackage ?? false,
    quota: query.quota ?? false,
  };
}

/** One key per distinct search: equal keys ask the API the same (pages aside). */
export function searchKey(view: SearchView): string {
  return JSON.stringify(searchParamsOf(view));
}

/** The salary field's text as a number of roubles (spaces and other non-digits ignored; 0 when empty). */
export function parseSalary(text: string): number {
  const digits = text.replace(/\D/g, '');
  return digits ? Math.min(Number(digits), SALARY_MAX) : 0;
}

// ——— Reading ———

export type Locale = 'ru' | 'en';
const intlTag = (locale: Locale) => (locale === 'ru' ? 'ru-RU' : 'en-GB');

export interface SalaryWords {
  readonly from: (amount: string) => string;
  readonly upTo: (amount: string) => string;
  readonly notGiven: string;
}

/** A salary as people read it: «от 39 000 до 44 000 ₽» reads «39 000–44 000 ₽»; «от 45 000 ₽»; «з/п не указана». */
export function salaryText(salary: Pick<VacancySalary, 'min' | 'max'>, locale: Locale, words: SalaryWords): string {
  const format = new Intl.NumberFormat(intlTag(locale), {
    style: 'currency',
    currency: 'RUB',
    currencyDisplay: 'narrowSymbol',
    maximumFractionDigits: 0,
  });
  const { min, max } = salary;
  if (min > 0 && max > 0) return min === max ? format.format(min) : format.formatRange(min, max);
  if (min > 0) return words.from(format.format(min));
  if (max > 0) return words.upTo(format.format(max));
  return words.notGiven;
}

/** Whole days from `iso` to `today` (both `YYYY-MM-DD`). */
export function daysBetween(iso: string, today: string): number {
  return Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${iso}T00:00:00Z`)) / 86_400_000);
}

/** When a vacancy was published: «сегодня», «вчера», «3 дня назад» within a week, else «14 октября». */
export function postedText(iso: string, today: string, locale: Locale): string {
  const days = daysBetween(iso, today);
  if (days >= 0 && days < 7) {
    return new Intl.RelativeTimeFormat(intlTag(locale), { numeric: 'auto' }).format(-days, 'day');
  }
  return dateText(iso, locale, iso.slice(0, 4) !== today.slice(0, 4));
}

/** A calendar date in words: «14 октября 2026». */
export function dateText(iso: string, locale: Locale, withYear = true): string {
  return new Intl.DateTimeFormat(intlTag(locale), {
    day: 'numeric',
    month: 'long',
    ...(withYear ? { year: 'numeric' } : {}),
    timeZone: 'UTC',
  }).format(new Date(`${iso}T00:00:00Z`));
}

const searchable = (text: string) => text.toLowerCase().replace(/ё/g, 'е');

/** A region's title in `locale`. */
export function regionTitle(code: string, locale: Locale): string {
  const region = RUSSIAN_REGIONS.find((candidate) => candidate.code === code);
  return region ? (locale === 'ru' ? region.title : region.titleEn) : code;
}

/**
 * The regions whose title matches what was typed, best first: titles that start with it, then those with a word
 * that starts with it, then those that contain it (`«мос»` → Москва, Московская область). All of them for no text.
 */
export function matchRegions(text: string, locale: Locale): RegionInfo[] {
  const wanted = searchable(text.trim());
  const titleOf = (region: RegionInfo) => searchable(locale === 'ru' ? region.title : region.titleEn);
  const all = [...RUSSIAN_REGIONS].sort((a, b) => titleOf(a).localeCompare(titleOf(b), locale));
  if (!wanted) return all;
  const rank = (region: RegionInfo): number => {
    const title = titleOf(region);
    if (title.startsWith(wanted)) return 0;
    if (title.split(/[\s—–()-]+/).some((word) => word.startsWith(wanted))) return 1;
    return title.includes(wanted) ? 2 : 3;
  };
  return all
    .map((region) => ({ region, rank: rank(region) }))
    .filter(({ rank }) => rank < 3)
    .sort((a, b) => a.rank - b.rank)
    .map(({ region }) => region);
}

/** A workplace on Yandex Maps (a pin at its coordinates). */
export function mapHref(address: { readonly lat: number; readonly lng: number }): string {
  return `https://yandex.ru/maps/?pt=${address.lng},${address.lat}&z=16`;
}

/** A contact as a link: `tel:` with the digits of a phone, `mailto:` for an address; undefined for anything else. */
export function contactHref(contact: { readonly type: string; readonly value: string }): string | undefined {
  if (contact.type === 'phone') {
    const digits = contact.value.replace(/[^\d+]/g, '');
    return /^\+?\d{5,15}$/.test(digits) ? `tel:${digits}` : undefined;
  }
  if (contact.type === 'email') {
    return /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/.test(contact.value) ? `mailto:${contact.value}` : undefined;
  }
  return undefined;
}

// ——— The duties ———

export const DUTY_TAGS = ['p', 'br', 'ul', 'ol', 'li', 'b', 'strong', 'i', 'em', 'a'] as const;
export type DutyTag = (typeof DUTY_TAGS)[number];

export interface DutyElement {
  readonly tag: DutyTag;
  /** Only on `a`: an http, https or mailto address. */
  readonly href?: string;
  readonly children: DutyNode[];
}
/** Text, or an element of the allowed subset. */
export type DutyNode = string | DutyElement;

/** Elements whose content is never text to show. */
const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object', 'svg', 'math', 'title']);
const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Text with its character references resolved (`&amp;`, `&#171;`, `&#xAB;`); unknown ones stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '';
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** An address a duty link may have: http, https or mailto, nothing that could run or hide a scheme. */
export function safeHref(raw: string): string | undefined {
  // Browsers ignore control characters and whitespace inside a scheme («java\tscript:»): so does this check.
  const href = [...decodeEntities(raw)]
    .filter((char) => {
      const code = char.codePointAt(0) ?? 0;
      return code > 0x20 && (code < 0x7f || code > 0x9f);
    })
    .join('');
  if (!/^(https?:\/\/|mailto:)/i.test(href)) return undefined;
  try {
    const url = new URL(href);
    return ['http:', 'https:', 'mailto:'].includes(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function hrefOf(attributes: string): string | undefined {
  const pattern = /([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;
  for (const match of attributes.matchAll(pattern)) {
    if (match[1]?.toLowerCase() === 'href') return safeHref(match[2] ?? match[3] ?? match[4] ?? '');
  }
  return undefined;
}

/**
 * The duties' HTML as a tree of the allowed subset (p, br, ul, ol, li, b, strong, i, em, and a with an http, https or
 * mailto href). Anything else is dropped and its text kept (the content of script, style and the like is dropped
 * too); attributes other than a link's href are dropped; an `a` without a safe href keeps only its text. The server
 * sanitises already: this parser trusts it no more than it must, and never hands HTML to the DOM.
 */
export function parseDuty(source: string): DutyNode[] {
  const root: DutyElement = { tag: 'p', children: [] };
  const stack: DutyElement[] = [root];
  /** Tag whose content is being skipped until its end tag. */
  let skipping: string | undefined;
  const top = (): DutyElement => stack[stack.length - 1] ?? root;
  const addText = (text: string) => {
    if (!text) return;
    const children = top().children;
    const last = children[children.length - 1];
    if (typeof last === 'string') children[children.length - 1] = last + text;
    else children.push(text);
  };
  const tokens =
    /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<[!?][^>]*>?|<(\/?)([a-z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|[^<]+|</giy;
  const tags = () => stack.map((element) => element.tag);
  /** Inside a list only items may stand: text or another element there goes into an item of its own. */
  const intoItem = () => {
    const current = top().tag;
    if (stack.length > 1 && (current === 'ul' || current === 'ol')) {
      const item: DutyElement = { tag: 'li', children: [] };
      top().children.push(item);
      stack.push(item);
    }
  };
  for (const token of source.matchAll(tokens)) {
    const [whole, closing, rawName, attributes = ''] = token;
    if (rawName === undefined) {
      // Text (or a lone «<», which is text too); comments, doctypes and processing instructions are dropped.
      if (skipping || whole.startsWith('<!') || whole.startsWith('<?')) continue;
      const text = decodeEntities(whole);
      if (text.trim()) intoItem();
      else if (['ul', 'ol'].includes(top().tag) && stack.length > 1) continue;
      addText(text);
      continue;
    }
    const name = rawName.toLowerCase();
    if (skipping) {
      if (closing && name === skipping) skipping = undefined;
      continue;
    }
    if (SKIPPED.has(name)) {
      if (!closing && !/\/\s*$/.test(attributes)) skipping = name;
      continue;
    }
    if (!(DUTY_TAGS as readonly string[]).includes(name)) continue;
    let tag = name as DutyTag;
    const list = Math.max(tags().lastIndexOf('ul'), tags().lastIndexOf('ol'));
    if (closing) {
      // Close the nearest open element of that name (and whatever was left open inside it); a stray end tag is
      // ignored.
      const at = tags().lastIndexOf(tag === 'li' && list < 0 ? 'p' : tag);
      if (at > 0) stack.length = at;
      continue;
    }
    if (tag === 'li') {
      // An item belongs to the nearest list (closing what is open in it); outside any list it is a paragraph.
      if (list > 0) stack.length = list + 1;
      else tag = 'p';
    }
    if (tag === 'p' || tag === 'ul' || tag === 'ol') {
      // As in HTML, a block closes an open paragraph (one not inside a list item opened after it).
      const at = tags().lastIndexOf('p');
      if (at > 0 && at > Math.max(tags().lastIndexOf('li'), tags().lastIndexOf('ul'), tags().lastIndexOf('ol'))) {
        stack.length = at;
      }
    }
    if (tag !== 'li') intoItem();
    if (tag === 'br') {
      top().children.push({ tag, children: [] });
      continue;
    }
    if (tag === 'a') {
      const href = hrefOf(attributes);
      // No nested links; a link without a safe address is only its text.
      if (!href || tags().includes('a')) continue;
      const link: DutyElement = { tag, href, children: [] };
      top().children.push(link);
      stack.push(link);
      continue;
    }
    const element: DutyElement = { tag, children: [] };
    top().children.push(element);
    if (!/\/\s*$/.test(attributes)) stack.push(element);
  }
  return root.children;
}

/** The duties as plain text (for a test or a summary): the tree's text with blocks on lines of their own. */
export function dutyText(nodes: readonly DutyNode[]): string {
  const block = new Set<DutyTag>(['p', 'li', 'ul', 'ol', 'br']);
  const walk = (list: readonly DutyNode[]): string =>
    list
      .map((node) =>
        typeof node === 'string' ? node : block.has(node.tag) ? `\n${walk(node.children)}\n` : walk(node.children),
      )
      .join('');
  return walk(nodes)
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}
