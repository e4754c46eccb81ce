// In the page: what a render scenario uses to time itself and to hand its numbers to the harness (render.mjs).

/** One measurement. Several entries with the same name are one row of the table (median, min, max). */
export interface BenchEntry {
  readonly name: string;
  readonly ms: number;
  /** The row is marked «ok» / «over target» against this (median ≤ target). */
  readonly targetMs?: number;
}

declare global {
  interface Window {
    /** Set by a scenario; the harness awaits it once the page has loaded. */
    __bench?: () => Promise<readonly BenchEntry[]>;
  }
}

/** Exposes the scenario to the harness as `window.__bench()`. */
export function defineBench(run: () => Promise<readonly BenchEntry[]>): void {
  window.__bench = run;
}

/** Resolves once the browser has run other work (a task without `setTimeout`'s 4 ms clamp). */
export function nextTask(): Promise<void> {
  const channel = new MessageChannel();
  return new Promise((resolve) => {
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Waits, a task at a time, until `done()` holds. */
export async function until(done: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!done()) {
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await nextTask();
  }
}

/**
 * Times one change: from just before `act()` until `done()` holds and the browser has computed style and layout of
 * the result (a layout read forces both). Lit renders in microtasks, so `done()` is checked after each task. Paint
 * and compositing are not included: they happen after the next animation frame, which headless Chromium paces.
 */
export async function measure(
  name: string,
  act: () => unknown,
  done: () => boolean,
  options: { readonly targetMs?: number } = {},
): Promise<BenchEntry> {
  const started = performance.now();
  await act();
  await until(done, name);
  void document.documentElement.getBoundingClientRect();
  const ms = performance.now() - started;
  return { name, ms, ...(options.targetMs === undefined ? {} : { targetMs: options.targetMs }) };
}
