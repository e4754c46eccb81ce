// Saved searches: a job seeker's searches watched for new vacancies. Each one is told only of vacancies first
// published after it was saved (the match job), by the channel it names.
import type { NotificationChannel, SavedSearch, SavedSearchList, SavedSearchQuery } from '@gos-elements/contracts';
import type { Clock } from '../clock.js';
import type { Notifications } from './notifications.js';
import type { PersonDirectory } from './people.js';
import { JobSeekerError } from './problems.js';
import { nextSerial, type RecordStore, type SavedSearchRecord } from './records.js';
import { savedSearchName } from './saved-search-name.js';

export interface SavedSearchesOptions {
  readonly clock: Clock;
  readonly people: PersonDirectory;
  readonly notifications: Notifications;
  readonly max: number;
  /** The number of the latest publication: a search saved now watches what is published after it. */
  readonly latestPublication: () => number;
  readonly store?: RecordStore<SavedSearchRecord> | undefined;
}

const NOT_FOUND = 'Сохранённый поиск не найден: возможно, он уже удалён.';

export class SavedSearches {
  readonly #records = new Map<string, SavedSearchRecord>();
  readonly #options: SavedSearchesOptions;
  readonly #nextId: () => string;

  constructor(options: SavedSearchesOptions) {
    this.#options = options;
    for (const record of options.store?.load() ?? []) this.#records.set(record.id, record);
    this.#nextId = nextSerial('ss', this.#records.keys());
  }

  /** Every saved search of every owner: what the match job goes through. */
  all(): readonly SavedSearchRecord[] {
    return [...this.#records.values()];
  }

  list(owner: string): SavedSearchList {
    const unread = this.#options.notifications.unreadBySavedSearch(owner);
    const items = [...this.#records.values()]
      .filter((record) => record.owner === owner)
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id))
      .map((record) => view(record, unread.get(record.id) ?? 0));
    return { items };
  }

  create(
    owner: string,
    input: {
      readonly name?: string | undefined;
      readonly query: SavedSearchQuery;
      readonly channel: NotificationChannel;
    },
  ): SavedSearch {
    const { max } = this.#options;
    if ([...this.#records.values()].filter((record) => record.owner === owner).length >= max) {
      throw new JobSeekerError(
        'saved-searches-full',
        `Можно сохранить не больше ${max} поисков. Удалите ненужный и сохраните этот снова.`,
      );
    }
    this.#checkChannel(owner, input.channel);
    const at = this.#now();
    const query = withoutEmpty(input.query);
    const record: SavedSearchRecord = {
      id: this.#nextId(),
      owner,
      name: input.name ?? savedSearchName(query),
      query,
      channel: input.channel,
      createdAt: at,
      updatedAt: at,
      watchesAfter: this.#options.latestPublication(),
    };
    this.#records.set(record.id, record);
    this.#options.store?.save(record);
    return view(record, 0);
  }

  update(
    owner: string,
    id: string,
    patch: { readonly name?: string | undefined; readonly channel?: NotificationChannel | undefined },
  ): SavedSearch {
    const record = this.#own(owner, id);
    if (patch.channel) this.#checkChannel(owner, patch.channel);
    if (patch.name !== undefined) record.name = patch.name;
    if (patch.channel !== undefined) record.channel = patch.channel;
    record.updatedAt = this.#now();
    this.#options.store?.save(record);
    return view(record, this.#options.notifications.unreadBySavedSearch(owner).get(id) ?? 0);
  }

  /** Deletes the search and its notifications. */
  delete(owner: string, id: string): void {
    this.#own(owner, id);
    this.#records.delete(id);
    this.#options.store?.delete(id);
    this.#options.notifications.deleteOfSavedSearch(id);
  }

  /** Remembers when the search last found something new. */
  matched(record: SavedSearchRecord): void {
    record.lastMatchAt = this.#now();
    this.#options.store?.save(record);
  }

  #own(owner: string, id: string): SavedSearchRecord {
    const record = this.#records.get(id);
    if (!record || record.owner !== owner) throw new JobSeekerError('saved-search-not-found', NOT_FOUND);
    return record;
  }

  /** E-mail needs the account's address, SMS its phone. */
  #checkChannel(owner: string, channel: NotificationChannel): void {
    const person = this.#options.people.personOf(owner);
    if (channel === 'email' && !person?.email) {
      throw new JobSeekerError(
        'channel-unavailable',
        'В учётной записи нет адреса электронной почты. Добавьте его в профиле или выберите другой способ.',
      );
    }
    if (channel === 'sms' && !person?.phone) {
      throw new JobSeekerError(
        'channel-unavailable',
        'В учётной записи нет номера телефона. Добавьте его в профиле или выберите другой способ.',
      );
    }
  }

  #now(): string {
    return new Date(this.#options.clock.now()).toISOString();
  }
}

function view(record: SavedSearchRecord, unread: number): SavedSearch {
  return {
    id: record.id,
    name: record.name,
    query: structuredClone(record.query),
    channel: record.channel,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    unread,
    ...(record.lastMatchAt ? { lastMatchAt: record.lastMatchAt } : {}),
  };
}

/** The query without what filters nothing (empty words and lists, flags left false), as the search would read it. */
function withoutEmpty(query: SavedSearchQuery): SavedSearchQuery {
  return Object.fromEntries(
    Object.entries(query).filter(
      ([, value]) => value !== undefined && value !== '' && value !== false && !(Array.isArray(value) && !value.length),
    ),
  ) as SavedSearchQuery;
}
