export interface IdleCallbacks {
  /** The warning is due: the session ends at `deadline` (ms) unless there is activity. */
  warn(deadline: number): void;
  /** Activity after a warning: take it down. */
  clear(): void;
  /** The timeout has passed with no activity. */
  idle(): void;
  /** Activity in this tab worth telling other tabs about. */
  share(at: number): void;
}

const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;
/** Other tabs hear about this tab's activity at most this often (the timeout is minutes; seconds do not matter). */
const SHARE_INTERVAL_MS = 10_000;

/**
 * Ends a session after `timeout` ms without a key press, click, tap or scroll in any tab, warning `warning` ms before
 * (WCAG 2.2.1: the person can extend with one simple action). Mouse movement alone does not count: a cursor resting
 * on the page is not a person at it.
 */
export class IdleWatcher {
  readonly #timeout: number;
  readonly #warning: number;
  readonly #callbacks: IdleCallbacks;
  readonly #target: EventTarget;
  #running = false;
  #last = 0;
  #lastShared = 0;
  #warned = false;
  #timer?: ReturnType<typeof setTimeout>;
  readonly #onActivity = (): void => this.touch(Date.now());
  readonly #onVisible = (): void => this.#plan();

  constructor(timeout: number, warning: number, callbacks: IdleCallbacks, target: EventTarget = document) {
    this.#timeout = timeout;
    this.#warning = Math.min(warning, timeout);
    this.#callbacks = callbacks;
    this.#target = target;
  }

  get running(): boolean {
    return this.#running;
  }

  start(now = Date.now()): void {
    if (this.running) return;
    for (const type of ACTIVITY_EVENTS)
      this.#target.addEventListener(type, this.#onActivity, { capture: true, passive: true });
    this.#target.addEventListener('visibilitychange', this.#onVisible);
    this.#running = true;
    this.#last = now;
    this.#plan();
  }

  stop(): void {
    for (const type of ACTIVITY_EVENTS) this.#target.removeEventListener(type, this.#onActivity, { capture: true });
    this.#target.removeEventListener('visibilitychange', this.#onVisible);
    clearTimeout(this.#timer);
    this.#running = false;
    this.#warned = false;
  }

  /**
   * Activity at `at` (ms): here (`remote` false, shared with other tabs now and then, or at once when `urgent`, as
   * for «Продолжить» on the warning) or in another tab.
   */
  touch(at: number, { remote = false, urgent = false } = {}): void {
    if (!this.running || at <= this.#last) return;
    this.#last = at;
    if (!remote && (urgent || at - this.#lastShared >= SHARE_INTERVAL_MS)) {
      this.#lastShared = at;
      this.#callbacks.share(at);
    }
    if (this.#warned) {
      this.#warned = false;
      this.#callbacks.clear();
    }
    this.#plan();
  }

  #plan(): void {
    clearTimeout(this.#timer);
    if (!this.running) return;
    const now = Date.now();
    const deadline = this.#last + this.#timeout;
    const warnAt = deadline - this.#warning;
    if (now >= deadline) {
      this.stop();
      this.#callbacks.idle();
      return;
    }
    if (now >= warnAt && !this.#warned) {
      this.#warned = true;
      this.#callbacks.warn(deadline);
    }
    this.#timer = setTimeout(() => this.#plan(), (now < warnAt ? warnAt : deadline) - now);
  }
}
