import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Leadership } from './leader.js';

/** An in-process stand-in for the Web Locks API: exclusive locks granted in request order, with `steal`. */
class FakeLockManager {
  readonly #holders = new Map<string, { release: () => void; abort: (error: Error) => void }>();
  readonly #queues = new Map<string, Array<() => void>>();

  request(name: string, options: { steal?: boolean }, callback: () => unknown): Promise<unknown> {
    return new Promise((resolve, reject) => {
      const grant = (): void => {
        let released = false;
        const release = (): void => {
          if (released) return;
          released = true;
          this.#holders.delete(name);
          this.#queues.get(name)?.shift()?.();
        };
        this.#holders.set(name, {
          release,
          abort: (error) => {
            released = true;
            reject(error);
          },
        });
        Promise.resolve(callback()).then((value) => {
          if (released) return;
          release();
          resolve(value);
        });
      };
      const holder = this.#holders.get(name);
      if (options.steal && holder) {
        this.#holders.delete(name);
        holder.abort(new DOMException('stolen', 'AbortError'));
        grant();
      } else if (holder) {
        this.#queues.set(name, [...(this.#queues.get(name) ?? []), grant]);
      } else grant();
    });
  }
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('Leadership', () => {
  beforeEach(() => vi.stubGlobal('navigator', { locks: new FakeLockManager() }));
  afterEach(() => vi.unstubAllGlobals());

  it('lets one tab lead at a time and hands over when the leader goes', async () => {
    const changes: string[] = [];
    const a = new Leadership('l', (leading) => changes.push(`a ${leading}`));
    const b = new Leadership('l', (leading) => changes.push(`b ${leading}`));
    a.request();
    b.request();
    await flush();
    expect([a.leading, b.leading]).toEqual([true, false]);
    a.resign();
    await flush();
    expect([a.leading, b.leading]).toEqual([false, true]);
    expect(changes).toEqual(['a true', 'a false', 'b true']);
  });

  it('lets a tab take over from a leader that stopped answering; the old leader queues again', async () => {
    const a = new Leadership('l', () => undefined);
    const b = new Leadership('l', () => undefined);
    a.request();
    b.request();
    await flush();
    b.request(true);
    await flush();
    expect([a.leading, b.leading]).toEqual([false, true]);
    b.resign();
    await flush();
    expect(a.leading).toBe(true);
  });

  it('without Web Locks every tab leads (renewals are then spread out instead)', () => {
    vi.stubGlobal('navigator', {});
    const a = new Leadership('l', () => undefined);
    a.request();
    expect([a.exclusive, a.leading]).toEqual([false, true]);
  });
});
