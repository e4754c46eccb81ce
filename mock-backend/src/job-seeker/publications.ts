// Vacancies published in development (`POST /dev/vacancies`): completed, put into the search index, and kept so
// they are still there after a restart. Each first publication gets the next number of one sequence: a saved search
// watches what comes after the number current when it was saved.
import type { Vacancy } from '@gos-elements/contracts';
import type { Clock } from '../clock.js';
import { moscowToday } from '../vacancies/dates.js';
import { completeDevVacancy, type DevVacancy } from '../vacancies/dev-vacancy.js';
import type { VacancyIndex } from '../vacancies/search.js';
import type { PublishedVacancyRecord, RecordStore } from './records.js';

export class Publications {
  readonly #records = new Map<string, PublishedVacancyRecord>();
  readonly #index: VacancyIndex;
  readonly #clock: Clock;
  readonly #store: RecordStore<PublishedVacancyRecord> | undefined;
  #latest = 0;

  /** Puts the vacancies kept from earlier runs back into `index` (they were matched when first published). */
  constructor(index: VacancyIndex, clock: Clock, store?: RecordStore<PublishedVacancyRecord>) {
    this.#index = index;
    this.#clock = clock;
    this.#store = store;
    const kept = (store?.load() ?? []).sort((a, b) => a.publication - b.publication);
    for (const record of kept) {
      this.#records.set(record.id, record);
      this.#latest = Math.max(this.#latest, record.publication);
      index.upsert(record.vacancy);
    }
  }

  /** The number of the latest first publication (0 before any). */
  get latest(): number {
    return this.#latest;
  }

  /** The number of the vacancy's first publication here; undefined for generated or imported ones. */
  publicationOf(vacancyId: string): number | undefined {
    return this.#records.get(vacancyId)?.publication;
  }

  /**
   * Publishes `input`: with the id of a vacancy in the search, its new version (what is left out stays as it was);
   * otherwise a new vacancy with a fresh id (`dev-YYYYMMDD-n`), published today.
   */
  publish(input: DevVacancy): { readonly created: boolean; readonly vacancy: Vacancy } {
    const today = moscowToday(this.#clock.now());
    const previous = input.id === undefined ? undefined : this.#index.vacancy(input.id);
    const id = previous?.id ?? this.#freshId(today);
    const vacancy = completeDevVacancy(input, { id, today, ...(previous ? { previous } : {}) });
    this.#index.upsert(vacancy);
    const kept = this.#records.get(id);
    // A generated vacancy changed here is kept too (so the change survives a restart), but it was published before
    // anything was saved: number 0 keeps it from being «new» to anyone.
    const publication = kept?.publication ?? (previous ? 0 : (this.#latest += 1));
    const record: PublishedVacancyRecord = { id, vacancy, publication };
    this.#records.set(id, record);
    this.#store?.save(record);
    return { created: previous === undefined, vacancy };
  }

  #freshId(today: string): string {
    const day = today.replaceAll('-', '');
    for (let serial = this.#latest + 1; ; serial += 1) {
      const id = `dev-${day}-${serial}`;
      if (!this.#index.vacancy(id)) return id;
    }
  }
}
