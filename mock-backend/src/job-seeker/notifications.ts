// The job seeker's notifications: new matches of saved searches and the employer's moves on responses. Kept per
// owner, listed and marked read by the owner only, and handed live to whoever follows the owner's event stream.
import type {
  JobNotification,
  JobNotificationList,
  MarkNotificationsRead,
  NotificationListQuery,
} from '@gos-elements/contracts';
import type { Clock } from '../clock.js';
import { nextSerial, type NotificationRecord, type RecordStore } from './records.js';

type Listener = (notification: JobNotification) => void;

/** A notification to record: everything but what the record gets on the way in. */
export type NewNotification = Omit<JobNotification, 'id' | 'createdAt' | 'read'>;

function view({ owner: _owner, ...notification }: NotificationRecord): JobNotification {
  return structuredClone(notification);
}

const newestFirst = (a: NotificationRecord, b: NotificationRecord) =>
  b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id);

export class Notifications {
  readonly #records = new Map<string, NotificationRecord>();
  /** `savedSearchId|vacancyId` of every match ever notified: a pair is notified once, whatever happens after. */
  readonly #matched = new Set<string>();
  readonly #listeners = new Map<string, Set<Listener>>();
  readonly #clock: Clock;
  readonly #store: RecordStore<NotificationRecord> | undefined;
  readonly #nextId: () => string;

  constructor(clock: Clock, store?: RecordStore<NotificationRecord>) {
    this.#clock = clock;
    this.#store = store;
    for (const record of store?.load() ?? []) {
      this.#records.set(record.id, record);
      if (record.savedSearchId) this.#matched.add(`${record.savedSearchId}|${record.vacancy.id}`);
    }
    this.#nextId = nextSerial('ntf', this.#records.keys());
  }

  list(owner: string, query: NotificationListQuery): JobNotificationList {
    const own = [...this.#records.values()].filter((record) => record.owner === owner);
    const matching = own
      .filter((record) => !query.unread || !record.read)
      .filter((record) => !query.savedSearchId || record.savedSearchId === query.savedSearchId)
      .filter((record) => !query.kind || query.kind.includes(record.kind))
      .sort(newestFirst);
    return {
      items: matching.slice(0, query.limit).map(view),
      total: matching.length,
      unread: own.filter((record) => !record.read).length,
    };
  }

  /** Marks the owner's notifications chosen by `input` (all of them for `{}`); others' ids are passed over. */
  markRead(owner: string, input: MarkNotificationsRead): { unread: number } {
    const ids = input.ids ? new Set(input.ids) : undefined;
    let unread = 0;
    for (const record of this.#records.values()) {
      if (record.owner !== owner || record.read) continue;
      const chosen =
        (!ids || ids.has(record.id)) &&
        (!input.savedSearchId || record.savedSearchId === input.savedSearchId) &&
        (!input.kind || record.kind === input.kind);
      if (!chosen) {
        unread += 1;
        continue;
      }
      record.read = true;
      this.#store?.save(record);
    }
    return { unread };
  }

  /** Unread notifications of each of the owner's saved searches. */
  unreadBySavedSearch(owner: string): Map<string, number> {
    const counts = new Map<string, number>();
    for (const record of this.#records.values()) {
      if (record.owner !== owner || record.read || !record.savedSearchId) continue;
      counts.set(record.savedSearchId, (counts.get(record.savedSearchId) ?? 0) + 1);
    }
    return counts;
  }

  /** Whether this saved search was ever notified of this vacancy. */
  notifiedOf(savedSearchId: string, vacancyId: string): boolean {
    return this.#matched.has(`${savedSearchId}|${vacancyId}`);
  }

  /** Keeps a new notification and hands it to the owner's listeners at once. */
  record(owner: string, notification: NewNotification): JobNotification {
    const record: NotificationRecord = {
      ...structuredClone(notification),
      id: this.#nextId(),
      owner,
      createdAt: new Date(this.#clock.now()).toISOString(),
      read: false,
    };
    this.#records.set(record.id, record);
    if (record.savedSearchId) this.#matched.add(`${record.savedSearchId}|${record.vacancy.id}`);
    this.#store?.save(record);
    const sent = view(record);
    for (const listener of this.#listeners.get(owner) ?? []) listener(sent);
    return sent;
  }

  /**
   * Forgets a deleted saved search's notifications. Its pairs stay in memory for this run, and its id is never
   * given again, so nothing is notified twice either way.
   */
  deleteOfSavedSearch(savedSearchId: string): void {
    for (const record of [...this.#records.values()]) {
      if (record.savedSearchId !== savedSearchId) continue;
      this.#records.delete(record.id);
      this.#store?.delete(record.id);
    }
  }

  /** The owner's notifications as they are recorded. Returns the unsubscribe function. */
  subscribe(owner: string, listener: Listener): () => void {
    let set = this.#listeners.get(owner);
    if (!set) this.#listeners.set(owner, (set = new Set()));
    set.add(listener);
    return () => set.delete(listener);
  }
}
