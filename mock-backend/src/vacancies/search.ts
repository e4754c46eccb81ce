// The vacancy search engine: an inverted index (postings per stem, built once) for the words, typed-array columns
// for the filters, and one pass over the candidates that both filters and counts the facets. Everything is plain
// TypeScript over typed arrays, so the MSW handlers run the very same engine in a browser.
//
// Scoring is BM25 over the title (weight 3), the duty text and the employer's name, as one weighted field (BM25F in
// its simplest form): a title match outweighs a mention in the duties.
import {
  EDUCATION_LEVEL_CODES,
  EMPLOYMENT_TYPE_CODES,
  experienceBandOf,
  EXPERIENCE_BAND_CODES,
  POSTED_WITHIN_BUCKETS,
  QUALIFICATION_LEVEL_CODES,
  RUSSIAN_REGIONS,
  SCHEDULE_CODES,
  SPECIALISATION_CODES,
  type Vacancy,
  type VacancyDetail,
  type VacancyFacets,
  type VacancyFilters,
  type VacancyQueryEcho,
  type VacancySearchQuery,
  type VacancySearchResult,
  type VacancySummary,
  type VacancyTitleSuggestions,
} from '@gos-elements/contracts';
import { dayNumber } from './dates.js';
import { decodeEntities, sanitizeHtml } from './html.js';
import { EmployerRegistry } from './registry.js';
import { foldText, isStopWord, queryTerms, Stemmer, wordsOf } from './text.js';

const TITLE_WEIGHT = 3;
const DUTY_WEIGHT = 1;
const COMPANY_WEIGHT = 1;
const K1 = 1.2;
const B = 0.75;
/** Documents the relevance key can hold: the rank takes the low 20 bits of a double's 53. */
const MAX_DOCUMENTS = 2 ** 20;
const SNIPPET_LENGTH = 160;

const FLAG_REMOTE = 1;
const FLAG_SOCIAL_PACKAGE = 2;
const FLAG_QUOTA = 4;

const INDEX_WORD = /[a-zа-яё0-9]+/g;
/** Distinct duty sentences remembered while indexing. */
const SEGMENT_CACHE_SIZE = 200_000;
const EMPTY_TERMS = new Int32Array(0);

interface Segment {
  /** Decoded, whitespace collapsed. */
  readonly text: string;
  readonly terms: Int32Array;
}

const HIDDEN = /^<(script|style|!--)/i;

/**
 * Calls `each` with the texts between the tags of duty HTML; scripts, styles and comments are not text. A plain scan
 * rather than a regular expression: it runs over 50,000 duties at start-up.
 */
function forEachDutySegment(html: string, each: (raw: string) => void): void {
  let at = 0;
  while (at < html.length) {
    const open = html.indexOf('<', at);
    if (open === -1) {
      each(html.slice(at));
      return;
    }
    if (open > at) each(html.slice(at, open));
    const hidden = HIDDEN.exec(html.slice(open, open + 7))?.[1]?.toLowerCase();
    if (hidden) {
      // Skip to the end of the comment, or past the element's end tag (`</script>` in any case).
      const rest = html.slice(open);
      const end = hidden === '!--' ? /-->/.exec(rest) : new RegExp(`</${hidden}[^>]*>`, 'i').exec(rest);
      at = end ? open + end.index + end[0].length : html.length;
      continue;
    }
    const close = html.indexOf('>', open + 1);
    at = close === -1 ? html.length : close + 1;
  }
}

/** Sentences of the duties joined for a snippet: list items and paragraphs separated by «; » unless punctuated. */
function joinText(before: string, next: string): string {
  if (before === '') return next;
  return /[.:;!?]$/.test(before) ? `${before} ${next}` : `${before}; ${next}`;
}

interface Postings {
  readonly docs: Int32Array;
  /** Weighted term frequency in each of `docs`. */
  readonly weights: Float32Array;
}

export interface VacancyIndexOptions {
  /** Who is a «проверенный работодатель»; nobody when absent. */
  readonly registry?: EmployerRegistry;
}

/** The filters of a query, as indexes into the columns; -1 or null where the filter is not set. */
interface CompiledFilters {
  readonly regions: Uint8Array | null;
  readonly specialisation: number;
  readonly employment: number;
  readonly schedule: number;
  readonly experience: number;
  readonly education: number;
  readonly qualification: number;
  readonly remote: boolean;
  readonly socialPackage: boolean;
  readonly quota: boolean;
  readonly salaryFrom: number;
  readonly withSalaryOnly: boolean;
  /** The oldest publication day let through; -Infinity without the filter. */
  readonly postedFrom: number;
}

function snippetOf(text: string): string {
  if (text.length <= SNIPPET_LENGTH) return text;
  const cut = text.lastIndexOf(' ', SNIPPET_LENGTH);
  return `${text.slice(0, cut > SNIPPET_LENGTH / 2 ? cut : SNIPPET_LENGTH).replace(/[\s,.;:—–-]+$/, '')}…`;
}

function bitOf<T extends string>(codes: readonly T[], values: readonly T[] | undefined): number {
  if (!values) return 0;
  let mask = 0;
  for (const value of values) mask |= 1 << codes.indexOf(value);
  return mask;
}

/** A record of counts over `codes`, in their order. */
function counted<T extends string>(codes: readonly T[], counts: Int32Array): Record<T, number> {
  const record = {} as Record<T, number>;
  codes.forEach((code, index) => {
    record[code] = counts[index] ?? 0;
  });
  return record;
}

/**
 * The `count` smallest values, ascending. A page needs the first few of possibly 50,000 results: a heap of `count`
 * keeps them in one pass instead of sorting everything (a full sort when most are needed anyway).
 */
function smallestSorted<T extends Float64Array | Int32Array>(values: T, count: number): T {
  const total = values.length;
  if (count * 4 >= total) return values.sort().subarray(0, Math.min(count, total)) as T;
  const heap = values.slice(0, count) as T;
  const siftDown = (start: number) => {
    let at = start;
    for (;;) {
      const left = 2 * at + 1;
      if (left >= count) return;
      const right = left + 1;
      const larger = right < count && (heap[right] ?? 0) > (heap[left] ?? 0) ? right : left;
      if ((heap[larger] ?? 0) <= (heap[at] ?? 0)) return;
      const swap = heap[at] ?? 0;
      heap[at] = heap[larger] ?? 0;
      heap[larger] = swap;
      at = larger;
    }
  };
  for (let at = (count >> 1) - 1; at >= 0; at -= 1) siftDown(at);
  for (let at = count; at < total; at += 1) {
    const value = values[at] ?? 0;
    if (value < (heap[0] ?? 0)) {
      heap[0] = value;
      siftDown(0);
    }
  }
  return heap.sort() as T;
}

/** The rank in the low 20 bits of a relevance key (the score is in the bits above). */
function rankOf(key: number): number {
  return ((key % MAX_DOCUMENTS) + MAX_DOCUMENTS) % MAX_DOCUMENTS;
}

type TitleCount = { readonly title: string; readonly folded: string; readonly words: string[]; count: number };

/** What a saved search watches with: the words and filters of a search, without sort, pages or «posted within». */
export type VacancyMatchQuery = Omit<VacancyFilters, 'postedWithinDays'> & { readonly q?: string | undefined };

const columnOf = <T extends string>(codes: readonly T[]): ReadonlyMap<string, number> =>
  new Map(codes.map((code, index) => [code, index]));
const SPECIALISATION_COLUMN = columnOf(SPECIALISATION_CODES);
const EMPLOYMENT_COLUMN = columnOf(EMPLOYMENT_TYPE_CODES);
const SCHEDULE_COLUMN = columnOf(SCHEDULE_CODES);
const EXPERIENCE_COLUMN = columnOf(EXPERIENCE_BAND_CODES);
const EDUCATION_COLUMN = columnOf(EDUCATION_LEVEL_CODES);
const QUALIFICATION_COLUMN = columnOf(QUALIFICATION_LEVEL_CODES);

/** The text between two tags as the index reads it: entities decoded, whitespace collapsed. */
function segmentText(raw: string): string {
  return decodeEntities(raw).replace(/\s+/g, ' ').trim();
}

/** The stems of a text, in order, repeats kept (they count): lower case, «ё» as «е», stop words left out. */
function stemsOf(text: string, stems: Stemmer): string[] {
  const found: string[] = [];
  for (const word of text.toLowerCase().match(INDEX_WORD) ?? []) {
    const folded = word.replace(/ё/g, 'е');
    if (!isStopWord(folded)) found.push(stems.stem(folded));
  }
  return found;
}

/** The indexed texts of a vacancy with their weights: the title, the employer's name, then each duty segment. */
function forEachWeightedSegment(vacancy: Vacancy, each: (raw: string, weight: number, duty: boolean) => void): void {
  each(vacancy.jobName, TITLE_WEIGHT, false);
  each(vacancy.company.name, COMPANY_WEIGHT, false);
  forEachDutySegment(vacancy.duty, (raw) => each(raw, DUTY_WEIGHT, true));
}

function summaryOf(
  vacancy: Vacancy,
  company: VacancySummary['company'],
  verified: boolean,
  snippet: string,
): VacancySummary {
  const summary: VacancySummary = {
    id: vacancy.id,
    jobName: vacancy.jobName,
    company,
    verifiedEmployer: verified,
    region: vacancy.region,
    salary: vacancy.salary,
    employment: vacancy.employment,
    schedule: vacancy.schedule,
    remote: vacancy.remote,
    specialisation: vacancy.category.specialisation,
    experience: experienceBandOf(vacancy.requirement.experience),
    createdAt: vacancy.createdAt,
    snippet: snippetOf(snippet),
  };
  const location = vacancy.addresses[0]?.location;
  if (location) summary.location = location;
  return summary;
}

interface Column extends ArrayLike<number> {
  set(array: ArrayLike<number>, offset?: number): void;
}

/** `to` holding `from` at its start. */
function resized<T extends Column>(from: T, to: T): T {
  to.set(from);
  return to;
}

/** Where `value` is in an ascending array, or -1. */
function indexOfSorted(values: Int32Array, value: number): number {
  let low = 0;
  let high = values.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const at = values[middle] ?? 0;
    if (at === value) return middle;
    if (at < value) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

export class VacancyIndex {
  // Growable: `upsert` appends documents (capacity doubles) and rewrites one in place. Everything below is per
  // document, indexed by its number; numbers are never reused or reordered, so postings stay sorted by document.
  readonly #vacancies: Vacancy[];
  readonly #summaries: VacancySummary[] = [];
  readonly #byId = new Map<string, number>();
  readonly #registry: EmployerRegistry;
  #verified: Uint8Array;

  // Filter columns, one entry per document.
  readonly #regionCodes: string[] = RUSSIAN_REGIONS.map((region) => region.code);
  readonly #regionIndex = new Map(this.#regionCodes.map((code, index) => [code, index]));
  #region: Uint16Array;
  #specialisation: Uint8Array;
  #employment: Uint8Array;
  #schedule: Uint8Array;
  #experience: Uint8Array;
  #education: Uint8Array;
  #qualification: Uint8Array;
  #flags: Uint8Array;
  /** The most the vacancy offers (roubles): the upper bound, else the lower one; 0 = not given. */
  #salaryTop: Int32Array;
  #created: Int32Array;

  // Orders: documents by date (newest first) and by salary (highest first), and each document's place in them.
  #byDate = new Int32Array(0);
  #dateRank = new Int32Array(0);
  #bySalary = new Int32Array(0);
  #salaryRank = new Int32Array(0);

  // The inverted index.
  readonly #stems = new Stemmer();
  readonly #postings = new Map<string, Postings>();
  /** Weighted length of each document (title ×3, duties, employer), for BM25's length normalisation. */
  #lengths: Float64Array;
  /** k1 · (1 − b + b · length / average length) per document: the length part of BM25, computed once. */
  #norm: Float32Array;

  // Title suggestions: distinct titles (one entry per folded spelling), most common first.
  readonly #titleCounts = new Map<string, TitleCount>();
  #titles: TitleCount[] = [];

  constructor(vacancies: readonly Vacancy[], { registry = new EmployerRegistry() }: VacancyIndexOptions = {}) {
    const size = vacancies.length;
    if (size >= MAX_DOCUMENTS) throw new RangeError(`at most ${MAX_DOCUMENTS - 1} vacancies can be indexed`);
    this.#vacancies = [...vacancies];
    this.#registry = registry;
    this.#region = new Uint16Array(size);
    this.#specialisation = new Uint8Array(size);
    this.#employment = new Uint8Array(size);
    this.#schedule = new Uint8Array(size);
    this.#experience = new Uint8Array(size);
    this.#education = new Uint8Array(size);
    this.#qualification = new Uint8Array(size);
    this.#flags = new Uint8Array(size);
    this.#salaryTop = new Int32Array(size);
    this.#created = new Int32Array(size);
    this.#verified = new Uint8Array(size);
    this.#lengths = new Float64Array(size);
    this.#norm = new Float32Array(size);

    // Per employer, by the company object (generated vacancies share it) and else by its numbers (imported ones).
    const companies = new Map<object, { readonly verified: boolean; readonly summary: VacancySummary['company'] }>();
    const companiesByNumbers = new Map<
      string,
      { readonly verified: boolean; readonly summary: VacancySummary['company'] }
    >();
    const days = new Map<string, number>();

    // Postings are collected in growing plain arrays, then frozen into typed arrays.
    const termIds = new Map<string, number>();
    // Every (term, weight) of every document, in document order, in two flat arrays that grow by doubling: far less
    // for the collector than a growing array per term. Postings are cut from them once all documents are read.
    let pairTerms = new Int32Array(1 << 20);
    let pairWeights = new Float32Array(1 << 20);
    let pairs = 0;
    const documentStarts = new Int32Array(size + 1);
    const documentFrequency: number[] = [];
    const termsOf = (text: string): Int32Array => {
      const stems = stemsOf(text, this.#stems);
      const terms = new Int32Array(stems.length);
      stems.forEach((stem, at) => {
        let term = termIds.get(stem);
        if (term === undefined) {
          term = termIds.size;
          termIds.set(stem, term);
          documentFrequency.push(0);
        }
        terms[at] = term;
      });
      return terms;
    };
    // The text between two tags, decoded and split into terms, remembered: duties repeat the same sentences
    // («Официальное трудоустройство по ТК РФ») thousands of times. Bounded, so unique imported texts cannot pile up.
    const segments = new Map<string, Segment>();
    const segmentOf = (raw: string): Segment => {
      let segment = segments.get(raw);
      if (!segment) {
        const text = segmentText(raw);
        segment = { text, terms: text === '' ? EMPTY_TERMS : termsOf(text) };
        if (segments.size >= SEGMENT_CACHE_SIZE) segments.clear();
        segments.set(raw, segment);
      }
      return segment;
    };
    let scratch = new Float64Array(1024);
    const touched: number[] = [];
    const add = (terms: Int32Array, weight: number): number => {
      for (const term of terms) {
        if (term >= scratch.length) {
          const grown = new Float64Array(Math.max(scratch.length * 2, term + 1));
          grown.set(scratch);
          scratch = grown;
        }
        if (scratch[term] === 0) touched.push(term);
        scratch[term] = (scratch[term] ?? 0) + weight;
      }
      return terms.length * weight;
    };

    // By the title as written (no folding per vacancy), then by the folded one (one entry per spelling).
    const titleByName = new Map<string, TitleCount>();
    vacancies.forEach((vacancy, doc) => {
      if (this.#byId.has(vacancy.id)) throw new Error(`two vacancies with the id ${vacancy.id}`);
      this.#byId.set(vacancy.id, doc);
      let day = days.get(vacancy.createdAt);
      if (day === undefined) {
        day = dayNumber(vacancy.createdAt);
        days.set(vacancy.createdAt, day);
      }
      let company = companies.get(vacancy.company);
      if (!company) {
        const { inn, ogrn, name } = vacancy.company;
        const numbers = `${inn}|${ogrn}|${name}`;
        company = companiesByNumbers.get(numbers) ?? {
          verified: registry.verified(inn, ogrn),
          summary: Object.freeze({ name, inn }),
        };
        companiesByNumbers.set(numbers, company);
        companies.set(vacancy.company, company);
      }
      this.#setColumns(doc, vacancy, day, company.verified);

      let length = 0;
      let snippet = '';
      forEachWeightedSegment(vacancy, (raw, weight, duty) => {
        const segment = segmentOf(raw);
        length += add(segment.terms, weight);
        if (duty && snippet.length <= SNIPPET_LENGTH && segment.text !== '') snippet = joinText(snippet, segment.text);
      });
      if (pairs + touched.length > pairTerms.length) {
        const terms = new Int32Array(pairTerms.length * 2);
        const weights = new Float32Array(pairWeights.length * 2);
        terms.set(pairTerms);
        weights.set(pairWeights);
        pairTerms = terms;
        pairWeights = weights;
      }
      for (const term of touched) {
        pairTerms[pairs] = term;
        pairWeights[pairs] = scratch[term] ?? 0;
        pairs += 1;
        documentFrequency[term] = (documentFrequency[term] ?? 0) + 1;
        scratch[term] = 0;
      }
      touched.length = 0;
      documentStarts[doc + 1] = pairs;
      this.#lengths[doc] = length;

      let title = titleByName.get(vacancy.jobName);
      if (!title) {
        title = this.#titleOf(vacancy.jobName);
        titleByName.set(vacancy.jobName, title);
      }
      title.count += 1;

      this.#summaries[doc] = summaryOf(vacancy, company.summary, company.verified, snippet);
    });

    // Postings by counting sort: each term's slice of one buffer, filled in document order (so sorted by document).
    const termStarts = new Int32Array(termIds.size + 1);
    documentFrequency.forEach((df, term) => {
      termStarts[term + 1] = (termStarts[term] ?? 0) + df;
    });
    const postedDocs = new Int32Array(pairs);
    const postedWeights = new Float32Array(pairs);
    const filled = termStarts.slice(0, termIds.size);
    for (let doc = 0; doc < size; doc += 1) {
      for (let pair = documentStarts[doc] ?? 0; pair < (documentStarts[doc + 1] ?? 0); pair += 1) {
        const term = pairTerms[pair] ?? 0;
        const at = filled[term] ?? 0;
        postedDocs[at] = doc;
        postedWeights[at] = pairWeights[pair] ?? 0;
        filled[term] = at + 1;
      }
    }
    for (const [stem, term] of termIds) {
      const start = termStarts[term] ?? 0;
      const end = termStarts[term + 1] ?? 0;
      this.#postings.set(stem, {
        docs: postedDocs.subarray(start, end),
        weights: postedWeights.subarray(start, end),
      });
    }

    this.#computeNorms();
    this.#sortOrders();
    this.#sortTitles();
  }

  get size(): number {
    return this.#vacancies.length;
  }

  /**
   * Publishes a vacancy: a new id is appended, a known one is replaced in place (a new version). Afterwards search,
   * facets, sorts and suggestions answer exactly as an index built afresh over the same vacancies would. Costs a
   * re-sort of the orders (milliseconds for 50,000): meant for the occasional publication, not a bulk load.
   */
  upsert(vacancy: Vacancy): 'added' | 'replaced' {
    let doc = this.#byId.get(vacancy.id);
    const replacing = doc !== undefined;
    if (doc === undefined) {
      doc = this.#vacancies.length;
      if (doc + 1 >= MAX_DOCUMENTS) throw new RangeError(`at most ${MAX_DOCUMENTS - 1} vacancies can be indexed`);
      this.#reserve(doc + 1);
      this.#byId.set(vacancy.id, doc);
    } else {
      const old = this.#vacancies[doc] as Vacancy;
      for (const stem of this.#documentTerms(old).weights.keys()) this.#removePosting(stem, doc);
      this.#uncountTitle(old.jobName);
    }
    this.#vacancies[doc] = vacancy;
    const verified = this.#registry.verified(vacancy.company.inn, vacancy.company.ogrn);
    this.#setColumns(doc, vacancy, dayNumber(vacancy.createdAt), verified);
    const terms = this.#documentTerms(vacancy);
    for (const [stem, weight] of terms.weights) this.#addPosting(stem, doc, weight);
    this.#lengths[doc] = terms.length;
    this.#titleOf(vacancy.jobName).count += 1;
    const company = Object.freeze({ name: vacancy.company.name, inn: vacancy.company.inn });
    this.#summaries[doc] = summaryOf(vacancy, company, verified, terms.snippet);
    this.#computeNorms();
    this.#sortOrders();
    this.#sortTitles();
    return replacing ? 'replaced' : 'added';
  }

  /**
   * Which of `ids` a search with these words and filters finds: the search's own matching (stems, stop words, every
   * word, the same filters), over a few documents instead of all — what a saved search watches new vacancies with.
   * Unknown ids are left out; the result keeps document order.
   */
  matching(query: VacancyMatchQuery, ids: Iterable<string>): string[] {
    const known = new Set<number>();
    for (const id of ids) {
      const doc = this.#byId.get(id);
      if (doc !== undefined) known.add(doc);
    }
    let docs = Int32Array.from(known).sort();
    for (const stem of query.q ? queryTerms(query.q, this.#stems).stems : []) {
      const postings = this.#postings.get(stem);
      docs = postings ? docs.filter((doc) => indexOfSorted(postings.docs, doc) >= 0) : new Int32Array(0);
    }
    // The filters as the search compiles them (the date filter is not part of a saved search, so no day is needed).
    const found = this.#filter({ docs, scores: new Float64Array(docs.length) }, this.#compile(query, 0), 0).docs;
    return Array.from(found, (doc) => (this.#vacancies[doc] as Vacancy).id);
  }

  /** The vacancy as it was given (duty unsanitised), or undefined. */
  vacancy(id: string): Vacancy | undefined {
    const doc = this.#byId.get(id);
    return doc === undefined ? undefined : this.#vacancies[doc];
  }

  /** The vacancy as a result list shows it, or undefined for an unknown id. */
  summary(id: string): VacancySummary | undefined {
    const doc = this.#byId.get(id);
    return doc === undefined ? undefined : this.#summaries[doc];
  }

  /** Writes a document's filter columns. */
  #setColumns(doc: number, vacancy: Vacancy, day: number, verified: boolean): void {
    let region = this.#regionIndex.get(vacancy.region.code);
    if (region === undefined) {
      region = this.#regionCodes.length;
      this.#regionCodes.push(vacancy.region.code);
      this.#regionIndex.set(vacancy.region.code, region);
    }
    this.#region[doc] = region;
    this.#specialisation[doc] = SPECIALISATION_COLUMN.get(vacancy.category.specialisation) ?? 0;
    this.#employment[doc] = EMPLOYMENT_COLUMN.get(vacancy.employment) ?? 0;
    this.#schedule[doc] = SCHEDULE_COLUMN.get(vacancy.schedule) ?? 0;
    this.#experience[doc] = EXPERIENCE_COLUMN.get(experienceBandOf(vacancy.requirement.experience)) ?? 0;
    this.#education[doc] = EDUCATION_COLUMN.get(vacancy.requirement.education) ?? 0;
    this.#qualification[doc] = QUALIFICATION_COLUMN.get(vacancy.requirement.qualification) ?? 0;
    this.#flags[doc] =
      (vacancy.remote ? FLAG_REMOTE : 0) |
      (vacancy.socialPackage ? FLAG_SOCIAL_PACKAGE : 0) |
      (vacancy.socialProtected.length > 0 ? FLAG_QUOTA : 0);
    this.#salaryTop[doc] = Math.max(vacancy.salary.min, vacancy.salary.max);
    this.#created[doc] = day;
    this.#verified[doc] = verified ? 1 : 0;
  }

  /** Room for `size` documents in every per-document column (doubling, so appends stay cheap). */
  #reserve(size: number): void {
    if (size <= this.#region.length) return;
    const capacity = Math.max(size, this.#region.length * 2, 16);
    this.#region = resized(this.#region, new Uint16Array(capacity));
    this.#specialisation = resized(this.#specialisation, new Uint8Array(capacity));
    this.#employment = resized(this.#employment, new Uint8Array(capacity));
    this.#schedule = resized(this.#schedule, new Uint8Array(capacity));
    this.#experience = resized(this.#experience, new Uint8Array(capacity));
    this.#education = resized(this.#education, new Uint8Array(capacity));
    this.#qualification = resized(this.#qualification, new Uint8Array(capacity));
    this.#flags = resized(this.#flags, new Uint8Array(capacity));
    this.#salaryTop = resized(this.#salaryTop, new Int32Array(capacity));
    this.#created = resized(this.#created, new Int32Array(capacity));
    this.#verified = resized(this.#verified, new Uint8Array(capacity));
    this.#lengths = resized(this.#lengths, new Float64Array(capacity));
    this.#norm = resized(this.#norm, new Float32Array(capacity));
  }

  /** One document's stems with their weighted frequencies, its weighted length and its snippet, as indexed. */
  #documentTerms(vacancy: Vacancy): { weights: Map<string, number>; length: number; snippet: string } {
    const weights = new Map<string, number>();
    let length = 0;
    let snippet = '';
    forEachWeightedSegment(vacancy, (raw, weight, duty) => {
      const text = segmentText(raw);
      const stems = text === '' ? [] : stemsOf(text, this.#stems);
      for (const stem of stems) weights.set(stem, (weights.get(stem) ?? 0) + weight);
      length += stems.length * weight;
      if (duty && snippet.length <= SNIPPET_LENGTH && text !== '') snippet = joinText(snippet, text);
    });
    return { weights, length, snippet };
  }

  #addPosting(stem: string, doc: number, weight: number): void {
    const postings = this.#postings.get(stem);
    const docs = postings?.docs ?? new Int32Array(0);
    const weights = postings?.weights ?? new Float32Array(0);
    // Appended documents go last; a replaced one goes back to its place.
    let at = docs.length;
    while (at > 0 && (docs[at - 1] ?? 0) > doc) at -= 1;
    const nextDocs = new Int32Array(docs.length + 1);
    const nextWeights = new Float32Array(docs.length + 1);
    nextDocs.set(docs.subarray(0, at));
    nextWeights.set(weights.subarray(0, at));
    nextDocs[at] = doc;
    nextWeights[at] = weight;
    nextDocs.set(docs.subarray(at), at + 1);
    nextWeights.set(weights.subarray(at), at + 1);
    this.#postings.set(stem, { docs: nextDocs, weights: nextWeights });
  }

  #removePosting(stem: string, doc: number): void {
    const postings = this.#postings.get(stem);
    const at = postings ? indexOfSorted(postings.docs, doc) : -1;
    if (!postings || at < 0) return;
    if (postings.docs.length === 1) {
      this.#postings.delete(stem);
      return;
    }
    const docs = new Int32Array(postings.docs.length - 1);
    const weights = new Float32Array(postings.docs.length - 1);
    docs.set(postings.docs.subarray(0, at));
    weights.set(postings.weights.subarray(0, at));
    docs.set(postings.docs.subarray(at + 1), at);
    weights.set(postings.weights.subarray(at + 1), at);
    this.#postings.set(stem, { docs, weights });
  }

  /** BM25's inverse document frequency of a word found in `df` documents. */
  #idf(df: number): number {
    return Math.log(1 + (this.size - df + 0.5) / (df + 0.5));
  }

  /** The length part of BM25 for every document, from the average weighted length (summed in document order). */
  #computeNorms(): void {
    const size = this.size;
    let total = 0;
    for (let doc = 0; doc < size; doc += 1) total += this.#lengths[doc] ?? 0;
    const average = size > 0 ? total / size : 1;
    for (let doc = 0; doc < size; doc += 1) {
      this.#norm[doc] = K1 * (1 - B + (B * (this.#lengths[doc] ?? 0)) / (average || 1));
    }
  }

  /** Newest first, the same day by position (the order the data came in); highest salary first, none last. */
  #sortOrders(): void {
    const size = this.size;
    this.#byDate = Int32Array.from({ length: size }, (_, doc) => doc).sort(
      (a, b) => (this.#created[b] ?? 0) - (this.#created[a] ?? 0) || a - b,
    );
    this.#dateRank = new Int32Array(size);
    this.#byDate.forEach((doc, rank) => {
      this.#dateRank[doc] = rank;
    });
    // Equal salaries newest first.
    this.#bySalary = Int32Array.from({ length: size }, (_, doc) => doc).sort(
      (a, b) =>
        (this.#salaryTop[b] ?? 0) - (this.#salaryTop[a] ?? 0) || (this.#dateRank[a] ?? 0) - (this.#dateRank[b] ?? 0),
    );
    this.#salaryRank = new Int32Array(size);
    this.#bySalary.forEach((doc, rank) => {
      this.#salaryRank[doc] = rank;
    });
  }

  /** The suggestion entry of a title (made, with a count of 0, on first sight of its folded spelling). */
  #titleOf(jobName: string): TitleCount {
    const folded = foldText(jobName);
    let title = this.#titleCounts.get(folded);
    if (!title) {
      title = { title: jobName, folded, words: wordsOf(folded), count: 0 };
      this.#titleCounts.set(folded, title);
    }
    return title;
  }

  #uncountTitle(jobName: string): void {
    const title = this.#titleCounts.get(foldText(jobName));
    if (!title) return;
    title.count -= 1;
    if (title.count <= 0) this.#titleCounts.delete(title.folded);
  }

  #sortTitles(): void {
    this.#titles = [...this.#titleCounts.values()].sort(
      (a, b) => b.count - a.count || (a.folded < b.folded ? -1 : a.folded > b.folded ? 1 : 0),
    );
  }

  /** The vacancy with its duty sanitised and the employer's check, or undefined for an unknown id. */
  detail(id: string): VacancyDetail | undefined {
    const doc = this.#byId.get(id);
    const vacancy = doc === undefined ? undefined : this.#vacancies[doc];
    if (doc === undefined || !vacancy) return undefined;
    return { ...vacancy, duty: sanitizeHtml(vacancy.duty), verifiedEmployer: this.#verified[doc] === 1 };
  }

  /** The search: words, filters, facets under the other filters, sort and the page. `today` is the Moscow date. */
  search(query: VacancySearchQuery, today: string): VacancySearchResult {
    const text = query.q ? queryTerms(query.q, this.#stems) : { words: [], stems: [] };
    const filters = this.#compile(query, dayNumber(today));
    const matched = text.stems.length > 0 ? this.#match(text.stems) : null;
    const { docs, scores, facets } = this.#filter(matched, filters, dayNumber(today));

    const start = (query.page - 1) * query.pageSize;
    const ordered = this.#order(docs, scores, query.sort, start + query.pageSize);
    const items = Array.from(
      ordered.subarray(start, start + query.pageSize),
      (doc) => this.#summaries[doc] as VacancySummary,
    );
    const total = docs.length;
    const suggestions = total === 0 && text.words.length > 0 ? this.#didYouMean(text.words) : undefined;
    return {
      items,
      total,
      page: query.page,
      pageSize: query.pageSize,
      query: echo(query, text.words),
      facets,
      ...(suggestions && suggestions.length > 0 ? { suggestions } : {}),
    };
  }

  /**
   * Job titles for a search box: every word typed must start a word of the title (the last one may be unfinished);
   * titles that start with the whole text come first, then the most common.
   */
  suggest(q: string, limit: number): VacancyTitleSuggestions {
    const folded = foldText(q);
    const typed = wordsOf(folded);
    if (typed.length === 0) return { q: folded, items: [] };
    const starting: VacancyTitleSuggestions['items'] = [];
    const others: VacancyTitleSuggestions['items'] = [];
    for (const title of this.#titles) {
      if (!typed.every((word) => title.words.some((own) => own.startsWith(word)))) continue;
      (title.folded.startsWith(folded) ? starting : others).push({ title: title.title, count: title.count });
      if (starting.length >= limit) break;
    }
    return { q: folded, items: [...starting, ...others].slice(0, limit) };
  }

  /**
   * Titles to try when the words found nothing: titles starting like the words, the words shortened a letter at a
   * time (down to four) so that a misspelt ending («бухгалтир») still finds «Бухгалтер».
   */
  #didYouMean(words: readonly string[]): string[] {
    const longest = Math.max(...words.map((word) => word.length));
    for (let cut = 0; longest - cut >= 4; cut += 1) {
      const prefixes = words.map((word) => word.slice(0, Math.max(4, word.length - cut)));
      const found = this.suggest(prefixes.join(' '), 5).items;
      if (found.length > 0) return found.map((item) => item.title);
    }
    return [];
  }

  #compile(query: VacancyFilters, today: number): CompiledFilters {
    let regions: Uint8Array | null = null;
    if (query.regions) {
      regions = new Uint8Array(this.#regionCodes.length);
      for (const code of query.regions) {
        const index = this.#regionCodes.indexOf(code);
        if (index >= 0) regions[index] = 1;
      }
    }
    const at = <T extends string>(codes: readonly T[], value: T | undefined) =>
      value === undefined ? -1 : codes.indexOf(value);
    return {
      regions,
      specialisation: at(SPECIALISATION_CODES, query.specialisation),
      employment: bitOf(EMPLOYMENT_TYPE_CODES, query.employment),
      schedule: bitOf(SCHEDULE_CODES, query.schedule),
      experience: at(EXPERIENCE_BAND_CODES, query.experience),
      education: at(EDUCATION_LEVEL_CODES, query.education),
      qualification: at(QUALIFICATION_LEVEL_CODES, query.qualification),
      remote: query.remote === true,
      socialPackage: query.socialPackage === true,
      quota: query.quota === true,
      salaryFrom: query.salaryFrom ?? 0,
      withSalaryOnly: query.withSalaryOnly === true,
      postedFrom: query.postedWithinDays === undefined ? -Infinity : today - (query.postedWithinDays - 1),
    };
  }

  /** Documents holding every stem, with their BM25 scores; both in document order. */
  #match(stems: readonly string[]): { docs: Int32Array; scores: Float64Array } {
    const lists: Postings[] = [];
    for (const stem of stems) {
      const postings = this.#postings.get(stem);
      if (!postings) return { docs: new Int32Array(0), scores: new Float64Array(0) };
      lists.push(postings);
    }
    // The rarest word first: every later intersection is at most that long.
    lists.sort((a, b) => a.docs.length - b.docs.length);
    const norm = this.#norm;
    const first = lists[0] as Postings;
    let docs = first.docs;
    let scores = new Float64Array(docs.length);
    // BM25 of one word in one document: idf · w(k1 + 1) / (w + k1(1 − b + b·len/avg)), the denominator's length part
    // precomputed per document (norm).
    let idfK = this.#idf(first.docs.length) * (K1 + 1);
    for (let at = 0; at < docs.length; at += 1) {
      const weight = first.weights[at] ?? 0;
      scores[at] = (idfK * weight) / (weight + (norm[docs[at] ?? 0] ?? K1));
    }
    for (const postings of lists.slice(1)) {
      const nextDocs = new Int32Array(docs.length);
      const nextScores = new Float64Array(docs.length);
      idfK = this.#idf(postings.docs.length) * (K1 + 1);
      let kept = 0;
      let at = 0;
      const other = postings.docs;
      for (let index = 0; index < docs.length && at < other.length; index += 1) {
        const doc = docs[index] as number;
        while (at < other.length && (other[at] as number) < doc) at += 1;
        if (other[at] === doc) {
          const weight = postings.weights[at] ?? 0;
          nextDocs[kept] = doc;
          nextScores[kept] = (scores[index] ?? 0) + (idfK * weight) / (weight + (norm[doc] ?? K1));
          kept += 1;
        }
      }
      docs = nextDocs.subarray(0, kept);
      scores = nextScores.subarray(0, kept);
    }
    return { docs, scores };
  }

  /**
   * One pass over the candidates (every document without words): a document passing every filter is a result and
   * counts in every facet; one failing exactly one filter counts in that filter's facet only — which is what that
   * facet's values would find if the filter were changed (standard faceting: a filter does not narrow its own
   * counts).
   */
  #filter(
    matched: { docs: Int32Array; scores: Float64Array } | null,
    filters: CompiledFilters,
    today: number,
  ): { docs: Int32Array; scores: Float64Array | null; facets: VacancyFacets } {
    const regionCounts = new Int32Array(this.#regionCodes.length);
    const specialisationCounts = new Int32Array(SPECIALISATION_CODES.length);
    const employmentCounts = new Int32Array(EMPLOYMENT_TYPE_CODES.length);
    const scheduleCounts = new Int32Array(SCHEDULE_CODES.length);
    const experienceCounts = new Int32Array(EXPERIENCE_BAND_CODES.length);
    const educationCounts = new Int32Array(EDUCATION_LEVEL_CODES.length);
    const qualificationCounts = new Int32Array(QUALIFICATION_LEVEL_CODES.length);
    const postedCounts = new Int32Array(POSTED_WITHIN_BUCKETS.length);
    let remote = 0;
    let socialPackage = 0;
    let quota = 0;
    let withSalary = 0;

    const region = this.#region;
    const specialisation = this.#specialisation;
    const employment = this.#employment;
    const schedule = this.#schedule;
    const experience = this.#experience;
    const education = this.#education;
    const qualification = this.#qualification;
    const flags = this.#flags;
    const salaryTop = this.#salaryTop;
    const created = this.#created;
    const f = filters;

    const count = matched ? matched.docs.length : this.size;
    const resultDocs = new Int32Array(count);
    const resultScores = matched ? new Float64Array(count) : null;
    let results = 0;

    const countPosted = (doc: number) => {
      const age = today - (created[doc] ?? 0);
      for (let bucket = 0; bucket < POSTED_WITHIN_BUCKETS.length; bucket += 1) {
        if (age < (POSTED_WITHIN_BUCKETS[bucket] ?? 0)) postedCounts[bucket] = (postedCounts[bucket] ?? 0) + 1;
      }
    };

    for (let index = 0; index < count; index += 1) {
      const doc = matched ? (matched.docs[index] as number) : index;
      const own = flags[doc] ?? 0;
      const top = salaryTop[doc] ?? 0;
      // Which filter failed: its facet dimension (0–11); a second failure ends this document's turn at once.
      let failed = -1;
      if (f.regions && f.regions[region[doc] ?? 0] !== 1) failed = 0;
      if (f.specialisation >= 0 && specialisation[doc] !== f.specialisation) {
        if (failed !== -1) continue;
        failed = 1;
      }
      if (f.employment !== 0 && (f.employment & (1 << (employment[doc] ?? 0))) === 0) {
        if (failed !== -1) continue;
        failed = 2;
      }
      if (f.schedule !== 0 && (f.schedule & (1 << (schedule[doc] ?? 0))) === 0) {
        if (failed !== -1) continue;
        failed = 3;
      }
      if (f.experience >= 0 && experience[doc] !== f.experience) {
        if (failed !== -1) continue;
        failed = 4;
      }
      if (f.education >= 0 && education[doc] !== f.education) {
        if (failed !== -1) continue;
        failed = 5;
      }
      if (f.qualification >= 0 && qualification[doc] !== f.qualification) {
        if (failed !== -1) continue;
        failed = 6;
      }
      if (f.remote && (own & FLAG_REMOTE) === 0) {
        if (failed !== -1) continue;
        failed = 7;
      }
      if (f.socialPackage && (own & FLAG_SOCIAL_PACKAGE) === 0) {
        if (failed !== -1) continue;
        failed = 8;
      }
      if (f.quota && (own & FLAG_QUOTA) === 0) {
        if (failed !== -1) continue;
        failed = 9;
      }
      if ((f.withSalaryOnly && top === 0) || (f.salaryFrom > 0 && top > 0 && top < f.salaryFrom)) {
        if (failed !== -1) continue;
        failed = 10;
      }
      if ((created[doc] ?? 0) < f.postedFrom) {
        if (failed !== -1) continue;
        failed = 11;
      }

      if (failed === -1) {
        resultDocs[results] = doc;
        if (resultScores && matched) resultScores[results] = matched.scores[index] ?? 0;
        results += 1;
      }
      // Each facet counts the document when it passes every filter but (maybe) that facet's own.
      if (failed === -1 || failed === 0) regionCounts[region[doc] ?? 0] = (regionCounts[region[doc] ?? 0] ?? 0) + 1;
      if (failed === -1 || failed === 1) {
        const at = specialisation[doc] ?? 0;
        specialisationCounts[at] = (specialisationCounts[at] ?? 0) + 1;
      }
      if (failed === -1 || failed === 2) {
        const at = employment[doc] ?? 0;
        employmentCounts[at] = (employmentCounts[at] ?? 0) + 1;
      }
      if (failed === -1 || failed === 3) {
        const at = schedule[doc] ?? 0;
        scheduleCounts[at] = (scheduleCounts[at] ?? 0) + 1;
      }
      if (failed === -1 || failed === 4) {
        const at = experience[doc] ?? 0;
        experienceCounts[at] = (experienceCounts[at] ?? 0) + 1;
      }
      if (failed === -1 || failed === 5) {
        const at = education[doc] ?? 0;
        educationCounts[at] = (educationCounts[at] ?? 0) + 1;
      }
      if (failed === -1 || failed === 6) {
        const at = qualification[doc] ?? 0;
        qualificationCounts[at] = (qualificationCounts[at] ?? 0) + 1;
      }
      if ((failed === -1 || failed === 7) && (own & FLAG_REMOTE) !== 0) remote += 1;
      if ((failed === -1 || failed === 8) && (own & FLAG_SOCIAL_PACKAGE) !== 0) socialPackage += 1;
      if ((failed === -1 || failed === 9) && (own & FLAG_QUOTA) !== 0) quota += 1;
      if ((failed === -1 || failed === 10) && top > 0) withSalary += 1;
      if (failed === -1 || failed === 11) countPosted(doc);
    }

    const regions: Record<string, number> = {};
    this.#regionCodes.forEach((code, index) => {
      regions[code] = regionCounts[index] ?? 0;
    });
    return {
      docs: resultDocs.subarray(0, results),
      scores: resultScores ? resultScores.subarray(0, results) : null,
      facets: {
        regions,
        specialisation: counted(SPECIALISATION_CODES, specialisationCounts),
        employment: counted(EMPLOYMENT_TYPE_CODES, employmentCounts),
        schedule: counted(SCHEDULE_CODES, scheduleCounts),
        experience: counted(EXPERIENCE_BAND_CODES, experienceCounts),
        education: counted(EDUCATION_LEVEL_CODES, educationCounts),
        qualification: counted(QUALIFICATION_LEVEL_CODES, qualificationCounts),
        remote,
        socialPackage,
        quota,
        withSalary,
        postedWithin: {
          '1': postedCounts[0] ?? 0,
          '3': postedCounts[1] ?? 0,
          '7': postedCounts[2] ?? 0,
          '30': postedCounts[3] ?? 0,
        },
      },
    };
  }

  /**
   * The results in order, at least the first `needed`. Ranks are unique, so sorting numbers is enough: by date or
   * salary, the document's rank in that order; by relevance, the score (to a millionth) in the high bits and the
   * date rank in the low ones, so equal scores fall back on the newest.
   */
  #order(docs: Int32Array, scores: Float64Array | null, sort: VacancySearchQuery['sort'], needed: number): Int32Array {
    if (docs.length === 0) return docs;
    if (sort === 'relevance' && scores) {
      const keys = new Float64Array(docs.length);
      for (let index = 0; index < docs.length; index += 1) {
        keys[index] = -Math.round((scores[index] ?? 0) * 1e6) * MAX_DOCUMENTS + (this.#dateRank[docs[index] ?? 0] ?? 0);
      }
      return Int32Array.from(smallestSorted(keys, needed), (key) => this.#byDate[rankOf(key)] ?? 0);
    }
    const [rank, order] = sort === 'salary' ? [this.#salaryRank, this.#bySalary] : [this.#dateRank, this.#byDate];
    // With no words and no filters every document is a result: the precomputed order is the answer.
    if (docs.length === this.size) return order.subarray(0, Math.min(needed, order.length));
    const ranks = Int32Array.from(docs, (doc) => rank[doc] ?? 0);
    return Int32Array.from(smallestSorted(ranks, needed), (at) => order[at] ?? 0);
  }
}

/** The query as understood: defaults filled in, only the filters that were given, in the schema's order. */
function echo(query: VacancySearchQuery, words: string[]): VacancyQueryEcho {
  const { q, sort, page, pageSize, ...filters } = query;
  const given: Partial<VacancyQueryEcho> = {};
  for (const [name, value] of Object.entries(filters)) {
    if (value !== undefined) Object.assign(given, { [name]: value });
  }
  return { ...(q ? { q } : {}), terms: words, ...given, sort, page, pageSize };
}
