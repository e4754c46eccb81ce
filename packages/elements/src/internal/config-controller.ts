import { ContextConsumer, ContextRoot } from '@lit/context';
import type { GosConfig } from '@gos-elements/core';
import { DEFAULT_CONFIG } from '@gos-elements/core/config';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { gosConfigContext } from './config-context.js';
import { onPageConfigChange, pageDefaultSource } from './page-config.js';

let contextRootAttached = false;

/**
 * Elements may upgrade before the `<gos-config>` around them (script order, lazy loading); a context root replays
 * their unanswered requests once the provider appears.
 */
function ensureContextRoot(): void {
  if (contextRootAttached || typeof document === 'undefined') return;
  contextRootAttached = true;
  new ContextRoot().attach(document.documentElement);
}

/**
 * Gives an element the configuration that applies to it: from the nearest enclosing `<gos-config>` (context),
 * else from the page's default `<gos-config>`, else the SDK defaults. The host re-renders when it changes.
 */
export class ConfigController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #consumer: ContextConsumer<typeof gosConfigContext, ReactiveControllerHost & HTMLElement>;
  readonly #usePageDefault: boolean;
  #stopWatchingPage?: () => void;

  /**
   * @param options.pageDefault whether to fall back to the page's default `<gos-config>` when none encloses the
   *   host; a `<gos-config>` inherits only from an enclosing one, never from a sibling.
   */
  constructor(host: ReactiveControllerHost & HTMLElement, options: { pageDefault?: boolean } = {}) {
    this.#host = host;
    this.#usePageDefault = options.pageDefault ?? true;
    ensureContextRoot();
    this.#consumer = new ContextConsumer(host, {
      context: gosConfigContext,
      subscribe: true,
      callback: () => host.requestUpdate(),
    });
    host.addController(this);
  }

  /** Whether a `<gos-config>` encloses the host (as opposed to the page default or nothing). */
  get isProvided(): boolean {
    return this.#consumer.value !== undefined;
  }

  get value(): GosConfig {
    return (
      this.#consumer.value ?? (this.#usePageDefault ? pageDefaultSource()?.resolvedConfig : undefined) ?? DEFAULT_CONFIG
    );
  }

  hostConnected(): void {
    if (!this.#usePageDefault) return;
    this.#stopWatchingPage = onPageConfigChange(() => {
      if (this.#consumer.value === undefined) this.#host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    this.#stopWatchingPage?.();
    this.#stopWatchingPage = undefined;
  }
}
