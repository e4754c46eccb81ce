import { FAVORITES_MAX, type VacancyRef } from '@gos-elements/contracts';
import { describe, expect, it } from 'vitest';
import {
  LOCAL_FAVOURITES_KEY,
  LocalFavourites,
  mergeLocalFavourites,
  parseLocalFavourites,
  type FavouriteStorage,
} from './local-favourites.js';

const MOSCOW = { code: '7700000000000', name: 'г. Москва' };
const ref = (id: string): VacancyRef => ({
  id,
  jobName: `Вакансия ${id}`,
  company: { name: 'ООО «Ромашка»' },
  region: MOSCOW,
});

class MemoryStorage implements FavouriteStorage {
  readonly values = new Map<string, string>();
  getItem(key: string): string | null {
    return this.values.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.values.set(key, value);
  }
  removeItem(key: string): void {
    this.values.delete(key);
  }
}

class ThrowingStorage implements FavouriteStorage {
  getItem(): string | null {
    throw new DOMException('blocked', 'SecurityError');
  }
  setItem(): void {
    throw new DOMException('full', 'QuotaExceededError');
  }
  removeItem(): void {
    throw new DOMException('blocked', 'SecurityError');
  }
}

let tick = 0;
const clock = () => new Date(Date.UTC(2026, 10, 20, 9, 0, tick++));

describe('LocalFavourites', () => {
  it('keeps favourites newest first, once each, under the shared key, and forgets them', () => {
    const storage = new MemoryStorage();
    const store = new LocalFavourites(storage, clock);
    expect(store.add(ref('a'))).toBe('added');
    expect(store.add(ref('b'))).toBe('added');
    expect(store.add(ref('a'))).toBe('already');
    expect(store.list().map((favourite) => favourite.vacancy.id)).toEqual(['b', 'a']);
    expect(JSON.parse(storage.getItem(LOCAL_FAVOURITES_KEY)!)).toMatchObject({ v: 1, items: [{}, {}] });
    // Another store (another tab, a reload) reads the same.
    expect(new LocalFavourites(storage).has('a')).toBe(true);
    expect(store.remove('a')).toBe(true);
    expect(store.remove('a')).toBe(false);
    store.clear();
    expect(storage.values.has(LOCAL_FAVOURITES_KEY)).toBe(false);
  });

  it('stores only the reference fields of a whole vacancy', () => {
    const storage = new MemoryStorage();
    const summary = { ...ref('a'), salary: { text: 'от 50000' }, snippet: 'Длинное описание' } as VacancyRef;
    new LocalFavourites(storage, clock).add(summary);
    expect(new LocalFavourites(storage).list()[0]!.vacancy).toEqual(ref('a'));
  });

  it('reads a corrupt, foreign or missing value as no favourites, and skips broken items', () => {
    expect(parseLocalFavourites(null)).toEqual([]);
    expect(parseLocalFavourites('{not json')).toEqual([]);
    expect(parseLocalFavourites('"text"')).toEqual([]);
    expect(parseLocalFavourites('{"items": 5}')).toEqual([]);
    const mixed = JSON.stringify({
      items: [
        null,
        { vacancy: { id: 'x' } },
        { vacancy: ref('a'), addedAt: 'yesterday' },
        { vacancy: ref('a'), addedAt: '2026-01-01T00:00:00Z' },
        { vacancy: ref('b'), addedAt: '2026-01-01T00:00:00Z' },
      ],
    });
    const parsed = parseLocalFavourites(mixed);
    expect(parsed.map((favourite) => favourite.vacancy.id)).toEqual(['a', 'b']);
    expect(parsed[0]!.addedAt).toBe('1970-01-01T00:00:00.000Z');
    const storage = new MemoryStorage();
    storage.setItem(LOCAL_FAVOURITES_KEY, '[[[');
    const store = new LocalFavourites(storage, clock);
    expect(store.list()).toEqual([]);
    expect(store.add(ref('c'))).toBe('added');
    expect(store.list()).toHaveLength(1);
  });

  it('goes on in memory when the storage throws or is missing', () => {
    for (const storage of [new ThrowingStorage(), undefined]) {
      const store = new LocalFavourites(storage, clock);
      expect(store.list()).toEqual([]);
      expect(store.add(ref('a'))).toBe('added');
      expect(store.has('a')).toBe(true);
      expect(store.remove('a')).toBe(true);
      expect(store.list()).toEqual([]);
    }
  });

  it(`keeps at most ${FAVORITES_MAX}`, () => {
    const storage = new MemoryStorage();
    const items = Array.from({ length: FAVORITES_MAX + 5 }, (_, index) => ({
      vacancy: ref(`v${index}`),
      addedAt: '2026-01-01T00:00:00Z',
    }));
    storage.setItem(LOCAL_FAVOURITES_KEY, JSON.stringify({ v: 1, items }));
    const store = new LocalFavourites(storage, clock);
    expect(store.list()).toHaveLength(FAVORITES_MAX);
    expect(store.add(ref('one-more'))).toBe('full');
    expect(store.has('one-more')).toBe(false);
  });
});

describe('mergeLocalFavourites', () => {
  const failure = (status: number, code: string) => Object.assign(new Error(code), { status, code });

  it('puts each local favourite not on the account, oldest first, drops the gone ones and clears the rest', async () => {
    const store = new LocalFavourites(new MemoryStorage(), clock);
    for (const id of ['a', 'b', 'gone', 'c']) store.add(ref(id));
    const put: string[] = [];
    const outcome = await mergeLocalFavourites(store, new Set(['b']), {
      addFavorite: (id) => {
        put.push(id);
        return id === 'gone' ? Promise.reject(failure(404, 'vacancy-not-found')) : Promise.resolve({});
      },
    });
    expect(put).toEqual(['a', 'gone', 'c']);
    expect(outcome.added.map((vacancy) => vacancy.id)).toEqual(['a', 'c']);
    expect(outcome.alreadyThere.map((vacancy) => vacancy.id)).toEqual(['b']);
    expect(outcome.gone.map((vacancy) => vacancy.id)).toEqual(['gone']);
    expect(outcome.kept).toEqual([]);
    expect(outcome.full).toBe(false);
    expect(store.list()).toEqual([]);
  });

  it('keeps the ones that failed for the next try', async () => {
    const store = new LocalFavourites(new MemoryStorage(), clock);
    for (const id of ['a', 'b', 'c']) store.add(ref(id));
    const outcome = await mergeLocalFavourites(store, new Set(), {
      addFavorite: (id) => (id === 'b' ? Promise.reject(failure(503, 'unavailable')) : Promise.resolve({})),
    });
    expect(outcome.kept.map((vacancy) => vacancy.id)).toEqual(['b']);
    expect(store.list().map((favourite) => favourite.vacancy.id)).toEqual(['b']);
    // The next try puts it.
    const again = await mergeLocalFavourites(store, new Set(), { addFavorite: () => Promise.resolve({}) });
    expect(again.added.map((vacancy) => vacancy.id)).toEqual(['b']);
    expect(store.list()).toEqual([]);
  });

  it('stops at a full account and keeps what is left', async () => {
    const store = new LocalFavourites(new MemoryStorage(), clock);
    for (const id of ['a', 'b', 'c']) store.add(ref(id));
    const put: string[] = [];
    const outcome = await mergeLocalFavourites(store, new Set(), {
      addFavorite: (id) => {
        put.push(id);
        return id === 'b' ? Promise.reject(failure(409, 'favorites-full')) : Promise.resolve({});
      },
    });
    expect(put).toEqual(['a', 'b']);
    expect(outcome.full).toBe(true);
    expect(outcome.kept.map((vacancy) => vacancy.id)).toEqual(['b', 'c']);
    expect(store.list().map((favourite) => favourite.vacancy.id)).toEqual(['c', 'b']);
  });

  it('stops when aborted (signed out halfway) and keeps what it did not reach', async () => {
    const store = new LocalFavourites(new MemoryStorage(), clock);
    for (const id of ['a', 'b']) store.add(ref(id));
    const abort = new AbortController();
    const outcome = await mergeLocalFavourites(
      store,
      new Set(),
      {
        addFavorite: () => {
          abort.abort();
          return Promise.resolve({});
        },
      },
      abort.signal,
    );
    expect(outcome.added.map((vacancy) => vacancy.id)).toEqual(['a']);
    expect(outcome.kept.map((vacancy) => vacancy.id)).toEqual(['b']);
    expect(store.has('b')).toBe(true);
  });
});
