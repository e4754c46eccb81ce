// The vacancies a job seeker keeps. A favourite remembers the vacancy as it was, so the list still shows it after
// it is taken down, beside what is published of it now.
import type { Favorite, FavoriteList } from '@gos-elements/contracts';
import type { Clock } from '../clock.js';
import type { VacancyIndex } from '../vacancies/search.js';
import { vacancyRef } from './people.js';
import { JobSeekerError, VACANCY_GONE } from './problems.js';
import type { FavoriteRecord, RecordStore } from './records.js';

export class Favorites {
  readonly #records = new Map<string, FavoriteRecord>();
  readonly #index: VacancyIndex;
  readonly #clock: Clock;
  readonly #store: RecordStore<FavoriteRecord> | undefined;
  readonly #max: number;

  constructor(index: VacancyIndex, clock: Clock, max: number, store?: RecordStore<FavoriteRecord>) {
    this.#index = index;
    this.#clock = clock;
    this.#max = max;
    this.#store = store;
    for (const record of store?.load() ?? []) this.#records.set(record.id, record);
  }

  list(owner: string): FavoriteList {
    const items = this.#own(owner)
      .sort((a, b) => b.addedAt.localeCompare(a.addedAt) || b.id.localeCompare(a.id))
      .map((record) => this.#view(record));
    return { items, total: items.length };
  }

  /** Keeps a published vacancy; one kept already stays as it was (with its first date). */
  add(owner: string, vacancyId: string): Favorite {
    const kept = this.#records.get(recordId(owner, vacancyId));
    if (kept) return this.#view(kept);
    const vacancy = this.#index.summary(vacancyId);
    if (!vacancy) throw new JobSeekerError('vacancy-not-found', VACANCY_GONE);
    if (this.#own(owner).length >= this.#max) {
      throw new JobSeekerError(
        'favorites-full',
        `В избранном уже ${this.#max} вакансий. Уберите те, что больше не нужны, и добавьте эту снова.`,
      );
    }
    const record: FavoriteRecord = {
      id: recordId(owner, vacancyId),
      owner,
      vacancyId,
      addedAt: new Date(this.#clock.now()).toISOString(),
      vacancy: vacancyRef(vacancy),
    };
    this.#records.set(record.id, record);
    this.#store?.save(record);
    return this.#view(record);
  }

  /** Idempotent: removing what is not kept (or is someone else's) changes nothing. */
  remove(owner: string, vacancyId: string): void {
    const id = recordId(owner, vacancyId);
    if (!this.#records.delete(id)) return;
    this.#store?.delete(id);
  }

  #own(owner: string): FavoriteRecord[] {
    return [...this.#records.values()].filter((record) => record.owner === owner);
  }

  #view(record: FavoriteRecord): Favorite {
    return {
      vacancyId: record.vacancyId,
      addedAt: record.addedAt,
      vacancy: structuredClone(record.vacancy),
      current: this.#index.summary(record.vacancyId) ?? null,
    };
  }
}

function recordId(owner: string, vacancyId: string): string {
  return `${owner}|${vacancyId}`;
}
