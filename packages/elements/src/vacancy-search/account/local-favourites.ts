// Favourites of a job seeker who has not signed in: kept in this browser (localStorage), with enough of each vacancy
// to list it signed out, and put on the account after sign-in. Plain TypeScript, no DOM beyond the Storage API.
import { FAVORITES_MAX, type VacancyRef } from '@gos-elements/contracts';

/** The localStorage key, shared by every page of the site (and every copy of the SDK) on this origin. */
export const LOCAL_FAVOURITES_KEY = 'gos-elements:vacancy-favourites';

/** One favourite kept in the browser. */
export interface LocalFavourite {
  readonly vacancy: VacancyRef;
  /** When it was added, ISO 8601. */
  readonly addedAt: string;
}

/** What the store needs of `localStorage` (a fake in tests). */
export type FavouriteStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isText = (value: unknown): value is string => typeof value === 'string' && value.length > 0;

/** A vacancy reference as stored, or undefined for anything else (an older format, a hand-edited value). */
function refOf(value: unknown): VacancyRef | undefined {
  if (!isObject(value) || !isText(value['id']) || !isText(value['jobName'])) return undefined;
  const company = value['company'];
  const region = value['region'];
  if (!isObject(company) || !isText(company['name'])) return undefined;
  if (!isObject(region) || !isText(region['code']) || !isText(region['name'])) return undefined;
  // Only the fields of a VacancyRef: a whole VacancySummary given to `add` is not stored.
  return {
    id: value['id'],
    jobName: value['jobName'],
    company: { name: company['name'] },
    region: { code: region['code'], name: region['name'] },
  };
}

/** The favourites in a stored value, newest first, without repeats; [] for a missing or unreadable one. */
export function parseLocalFavourites(raw: string | null): LocalFavourite[] {
  if (!raw) return [];
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return [];
  }
  const items = isObject(value) && Array.isArray(value['items']) ? (value['items'] as unknown[]) : [];
  const seen = new Set<string>();
  const favourites: LocalFavourite[] = [];
  for (const item of items) {
    if (!isObject(item)) continue;
    const vacancy = refOf(item['vacancy']);
    if (!vacancy || seen.has(vacancy.id)) continue;
    seen.add(vacancy.id);
    const addedAt = isText(item['addedAt']) && !Number.isNaN(Date.parse(item['addedAt'])) ? item['addedAt'] : '';
    favourites.push({ vacancy, addedAt: addedAt || new Date(0).toISOString() });
  }
  return favourites.slice(0, FAVORITES_MAX);
}

/** What `add` did. */
export type AddOutcome = 'added' | 'already' | 'full';

/**
 * The signed-out favourites. Reads the storage on every call (another tab may have changed it), and keeps working
 * in memory when the storage is missing or throws (private mode, a full quota, storage blocked by the browser).
 */
export class LocalFavourites {
  readonly #storage: FavouriteStorage | undefined;
  readonly #now: () => Date;
  /** The last list written or read: what the page goes on with when the storage fails. */
  #memory: LocalFavourite[] = [];

  constructor(storage: FavouriteStorage | undefined = defaultStorage(), now: () => Date = () => new Date()) {
    this.#storage = storage;
    this.#now = now;
  }

  /** Every local favourite, newest first. */
  list(): LocalFavourite[] {
    if (!this.#storage) return [...this.#memory];
    try {
      this.#memory = parseLocalFavourites(this.#storage.getItem(LOCAL_FAVOURITES_KEY));
    } catch {
      // Unreadable now: what this page last knew.
    }
    return [...this.#memory];
  }

  ids(): Set<string> {
    return new Set(this.list().map((favourite) => favourite.vacancy.id));
  }

  has(id: string): boolean {
    return this.list().some((favourite) => favourite.vacancy.id === id);
  }

  /** Keeps `vacancy` (only its reference fields), newest first; refused beyond {@link FAVORITES_MAX}. */
  add(vacancy: VacancyRef): AddOutcome {
    const list = this.list();
    if (list.some((favourite) => favourite.vacancy.id === vacancy.id)) return 'already';
    if (list.length >= FAVORITES_MAX) return 'full';
    const ref = refOf(vacancy);
    if (!ref) return 'already';
    this.#write([{ vacancy: ref, addedAt: this.#now().toISOString() }, ...list]);
    return 'added';
  }

  /** Forgets `id`; true if it was kept. */
  remove(id: string): boolean {
    const list = this.list();
    const rest = list.filter((favourite) => favourite.vacancy.id !== id);
    if (rest.length === list.length) return false;
    this.#write(rest);
    return true;
  }

  clear(): void {
    this.#write([]);
  }

  #write(list: LocalFavourite[]): void {
    this.#memory = list;
    if (!this.#storage) return;
    try {
      if (list.length === 0) this.#storage.removeItem(LOCAL_FAVOURITES_KEY);
      else this.#storage.setItem(LOCAL_FAVOURITES_KEY, JSON.stringify({ v: 1, items: list }));
    } catch {
      // Quota or a blocked storage: the page keeps the list in memory until it is closed.
    }
  }
}

/** `localStorage`, or undefined where reading it throws (a sandboxed frame, storage blocked for the site). */
function defaultStorage(): FavouriteStorage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

/** What the merge needs of the API: the PUT of one favourite (`JobSeekerClient.addFavorite`). */
export interface FavouriteAdder {
  addFavorite(vacancyId: string): Promise<unknown>;
}

/** What a merge after sign-in did. */
export interface MergeOutcome {
  /** Put on the account now. */
  readonly added: readonly VacancyRef[];
  /** Were on the account already. */
  readonly alreadyThere: readonly VacancyRef[];
  /** Not published any more (404): dropped. */
  readonly gone: readonly VacancyRef[];
  /** Not merged this time (no answer, a server error, the account full): still kept here for the next try. */
  readonly kept: readonly VacancyRef[];
  /** The account has {@link FAVORITES_MAX} favourites: the rest wait until some are removed. */
  readonly full: boolean;
}

const statusOf = (error: unknown): number =>
  isObject(error) && typeof error['status'] === 'number' ? error['status'] : 0;
const codeOf = (error: unknown): string => (isObject(error) && typeof error['code'] === 'string' ? error['code'] : '');

/**
 * Puts each local favourite that is not on the account (`serverIds`) there, oldest first so the account lists them
 * in the order they were added, and forgets each one the account now has (or that is gone). One that fails stays
 * for the next sign-in or the next try; an aborted merge (sign-out halfway) keeps what it did not reach.
 */
export async function mergeLocalFavourites(
  local: LocalFavourites,
  serverIds: ReadonlySet<string>,
  api: FavouriteAdder,
  signal?: AbortSignal,
): Promise<MergeOutcome> {
  const added: VacancyRef[] = [];
  const alreadyThere: VacancyRef[] = [];
  const gone: VacancyRef[] = [];
  const kept: VacancyRef[] = [];
  let full = false;
  for (const { vacancy } of local.list().reverse()) {
    if (serverIds.has(vacancy.id)) {
      alreadyThere.push(vacancy);
      local.remove(vacancy.id);
      continue;
    }
    if (full || signal?.aborted) {
      kept.push(vacancy);
      continue;
    }
    try {
      await api.addFavorite(vacancy.id);
      added.push(vacancy);
      local.remove(vacancy.id);
    } catch (error) {
      if (statusOf(error) === 404) {
        gone.push(vacancy);
        local.remove(vacancy.id);
      } else {
        if (codeOf(error) === 'favorites-full') full = true;
        kept.push(vacancy);
      }
    }
  }
  return { added, alreadyThere, gone, kept, full };
}
