import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IdleWatcher, type IdleCallbacks } from './idle.js';

const MINUTE = 60_000;

function setup() {
  const calls: string[] = [];
  const callbacks: IdleCallbacks = {
    warn: (deadline) => calls.push(`warn ${deadline}`),
    clear: () => calls.push('clear'),
    idle: () => calls.push('idle'),
    share: (at) => calls.push(`share ${at}`),
  };
  const page = new EventTarget();
  const watcher = new IdleWatcher(15 * MINUTE, MINUTE, callbacks, page);
  return { calls, page, watcher };
}

describe('IdleWatcher', () => {
  beforeEach(() => vi.useFakeTimers({ now: 0 }));
  afterEach(() => vi.useRealTimers());

  it('warns a minute before the timeout and ends the session at it', () => {
    const { calls, watcher } = setup();
    watcher.start();
    vi.advanceTimersByTime(14 * MINUTE - 1);
    expect(calls).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(calls).toEqual([`warn ${15 * MINUTE}`]);
    vi.advanceTimersByTime(MINUTE);
    expect(calls).toEqual([`warn ${15 * MINUTE}`, 'idle']);
    expect(watcher.running).toBe(false);
  });

  it('counts key presses and clicks, not a resting mouse, and tells other tabs now and then', () => {
    const { calls, page, watcher } = setup();
    watcher.start();
    vi.advanceTimersByTime(10 * MINUTE);
    page.dispatchEvent(new Event('mousemove'));
    page.dispatchEvent(new Event('keydown'));
    vi.advanceTimersByTime(1_000);
    page.dispatchEvent(new Event('pointerdown'));
    expect(calls).toEqual([`share ${10 * MINUTE}`]);
    vi.advanceTimersByTime(14 * MINUTE);
    expect(calls).toEqual([`share ${10 * MINUTE}`, `warn ${10 * MINUTE + 1_000 + 15 * MINUTE}`]);
  });

  it('takes the warning down on activity here or in another tab, sharing an extension at once', () => {
    const { calls, watcher } = setup();
    watcher.start();
    vi.advanceTimersByTime(14 * MINUTE + 30_000);
    watcher.touch(Date.now(), { urgent: true });
    expect(calls.slice(1)).toEqual([`share ${14 * MINUTE + 30_000}`, 'clear']);
    vi.advanceTimersByTime(14 * MINUTE);
    watcher.touch(Date.now(), { remote: true });
    expect(calls.slice(-2)).toEqual([`warn ${28 * MINUTE + 30_000 + MINUTE}`, 'clear']);
    expect(calls.filter((call) => call.startsWith('share'))).toHaveLength(1);
  });

  it('catches up after the page slept past the deadline, and stops listening when stopped', () => {
    const { calls, page, watcher } = setup();
    watcher.start();
    vi.setSystemTime(20 * MINUTE);
    page.dispatchEvent(new Event('visibilitychange'));
    expect(calls).toEqual(['idle']);
    page.dispatchEvent(new Event('keydown'));
    vi.advanceTimersByTime(30 * MINUTE);
    expect(calls).toEqual(['idle']);
  });
});
