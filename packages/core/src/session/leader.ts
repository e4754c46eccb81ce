/**
 * Leader election across the tabs of one origin with the Web Locks API: the tab holding the lock `name` leads until
 * it closes (or another tab steals the lock from a leader that stopped answering). Only the leader renews tokens,
 * so tabs never present the same rotating refresh token twice — which the provider treats as theft and answers by
 * revoking the whole session (oidc-client-ts#430).
 *
 * Without Web Locks every tab leads; `jitter` then spreads their renewals apart (best effort).
 */
export class Leadership {
  readonly #name: string;
  readonly #onChange: (leading: boolean) => void;
  #release?: () => void;
  #leading = false;
  #resigned = false;
  readonly exclusive = typeof navigator !== 'undefined' && navigator.locks !== undefined;

  constructor(name: string, onChange: (leading: boolean) => void) {
    this.#name = name;
    this.#onChange = onChange;
  }

  get leading(): boolean {
    return this.#leading;
  }

  /** Queues for leadership; `steal` takes it at once from a holder that stopped answering. */
  request(steal = false): void {
    this.#resigned = false;
    if (!this.exclusive) {
      this.#set(true);
      return;
    }
    if (this.#leading || (this.#release && !steal)) return;
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    // A request still queued is superseded: when granted it finds it is no longer wanted and lets go at once.
    this.#release?.();
    this.#release = release;
    navigator.locks
      .request(this.#name, steal ? { steal: true } : {}, () => {
        if (this.#release !== release) return undefined;
        this.#set(true);
        return held;
      })
      // Rejected with AbortError when another tab steals the lock.
      .catch(() => undefined)
      .finally(() => {
        if (this.#release !== release) return;
        this.#release = undefined;
        this.#set(false);
        // Lost to a steal while this tab was frozen: queue again behind the new leader.
        if (!this.#resigned) this.request();
      });
  }

  resign(): void {
    this.#resigned = true;
    const release = this.#release;
    this.#release = undefined;
    release?.();
    this.#set(false);
  }

  #set(leading: boolean): void {
    if (leading === this.#leading) return;
    this.#leading = leading;
    this.#onChange(leading);
  }
}
