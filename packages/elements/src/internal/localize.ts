import type { Locale } from '@gos-elements/core';
import { DEFAULT_LOCALE, resolveLocale } from '@gos-elements/core/i18n/locale';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** A message: plain text, or a function of its parameters (for plurals, names, dates). */
export type Message = string | ((...args: never[]) => string);
export type Messages = Readonly<Record<string, Message>>;

/** A component's messages in every locale; English must have every key Russian has, with the same signatures. */
export type Catalog<M extends Messages> = { readonly [L in Locale]: M };

type Args<T> = T extends (...args: infer A) => string ? A : [];

interface LocalizedHost extends ReactiveControllerHost, HTMLElement {
  /** Locale forced by configuration (`<gos-config locale>`), if any. */
  readonly configuredLocale?: Locale;
}

const connected = new Set<LocalizeController<Messages>>();
let langObserver: MutationObserver | undefined;

function watchLang(): void {
  if (langObserver || typeof MutationObserver === 'undefined') return;
  // One observer for the whole SDK: any `lang` change anywhere may change which language an element speaks.
  langObserver = new MutationObserver(() => {
    for (const controller of connected) controller.refresh();
  });
  langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/**
 * The `lang` that applies to `element`: its own or an ancestor's (crossing shadow roots), stopping at the
 * enclosing `<gos-config>` so that its `locale` can win over the page's, and excluding the document element.
 */
function nearestLang(element: Element): string | undefined {
  let node: Element | null = element;
  while (node && node !== document.documentElement) {
    const lang = node.getAttribute('lang');
    if (lang) return lang;
    if (node !== element && node.localName === 'gos-config') return undefined;
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;
  }
  return undefined;
}

/**
 * Per-element localisation: follows the element's nearest `lang`, then `<gos-config locale>`, then the
 * document's `lang`, then Russian. No page-global "configure once" state: several SDK copies and the host's own
 * i18n can share a page.
 */
export class LocalizeController<M extends Messages> implements ReactiveController {
  readonly #host: LocalizedHost;
  readonly #catalog: Catalog<M>;
  #locale: Locale = DEFAULT_LOCALE;

  constructor(host: LocalizedHost, catalog: Catalog<M>) {
    this.#host = host;
    this.#catalog = catalog;
    host.addController(this);
  }

  get locale(): Locale {
    return this.#locale;
  }

  /** `lang` value for rendered content, so screen readers pronounce it right even when it differs from the page. */
  get lang(): string {
    return this.#locale;
  }

  hostConnected(): void {
    connected.add(this as unknown as LocalizeController<Messages>);
    watchLang();
    this.#locale = this.#resolve();
  }

  hostDisconnected(): void {
    connected.delete(this as unknown as LocalizeController<Messages>);
  }

  hostUpdate(): void {
    this.#locale = this.#resolve();
  }

  /** Re-reads the locale and re-renders the host if it changed. */
  refresh(): void {
    if (this.#resolve() !== this.#locale) this.#host.requestUpdate();
  }

  /** The message `key` in the current locale. */
  msg<K extends keyof M>(key: K, ...args: Args<M[K]>): string {
    const message = this.#catalog[this.#locale][key] ?? this.#catalog[DEFAULT_LOCALE][key];
    return typeof message === 'function' ? (message as (...a: Args<M[K]>) => string)(...args) : (message as string);
  }

  #resolve(): Locale {
    const own = nearestLang(this.#host);
    if (own) return resolveLocale(own);
    if (this.#host.configuredLocale) return this.#host.configuredLocale;
    return resolveLocale(document.documentElement.lang);
  }
}
