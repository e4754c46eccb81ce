import { ContextProvider } from '@lit/context';
import type { GosConfig } from '@gos-elements/core';
import { DEFAULT_CONFIG, resolveConfig } from '@gos-elements/core/config';
import { html, LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { gosConfigContext } from '../internal/config-context.js';
import { ConfigController } from '../internal/config-controller.js';
import {
  notifyConfigChanged,
  registerConfigSource,
  unregisterConfigSource,
  type ConfigSource,
} from '../internal/page-config.js';
import { VERSION } from '../internal/version.js';
import { sameConfig } from './config.logic.js';
import { styles } from './config.styles.js';

/**
 * One place per page for the settings every gos element needs: where the identity provider and the cabinet API
 * are, which client this site is, the language, the theme and low-vision mode.
 *
 * Elements inside `<gos-config>` use its settings; elements elsewhere on the page use the first top-level
 * `<gos-config>` of the page. A `<gos-config>` inside another inherits what it does not set itself.
 * Invalid values are ignored with a console warning naming the attribute, so one typo does not break the rest.
 *
 * @tagname gos-config
 * @summary Page-wide settings for gos elements: identity provider, client, API, language, theme, low-vision mode.
 * @slot - The part of the page these settings apply to. `<gos-config>` itself renders no box of its own.
 */
export class GosConfigElement extends LitElement implements ConfigSource {
  static readonly gosVersion: string = VERSION;
  static override styles = styles;

  readonly #inherited = new ConfigController(this, { pageDefault: false });
  readonly #provider = new ContextProvider(this, { context: gosConfigContext, initialValue: DEFAULT_CONFIG });
  #resolved: GosConfig = DEFAULT_CONFIG;
  readonly #reported = new Set<string>();

  /** OpenID issuer URL, e.g. `https://esia.gosuslugi.ru` or `http://localhost:4000/oidc` for the mock. */
  @property() issuer?: string;

  /** The site's client id at the identity provider. */
  @property({ attribute: 'client-id' }) clientId?: string;

  /** Where the identity provider returns the user; the current page when unset. May be relative. */
  @property({ attribute: 'redirect-uri' }) redirectUri?: string;

  /** Base URL of the cabinet API, e.g. `http://localhost:4000/api/v1`. May be relative. */
  @property({ attribute: 'api-base' }) apiBase?: string;

  /**
   * Where sign-in sessions keep their tokens: `session` (default; this tab's sessionStorage, so a reload keeps the
   * session) or `memory` (nothing stored; a reload signs out unless another tab shares its session).
   * Never localStorage.
   */
  @property({ attribute: 'token-storage' }) tokenStorage?: string;

  /**
   * Seconds without activity (typing, clicking, tapping, scrolling in any tab of the site) before a session ends;
   * a warning with «Продолжить работу» comes 60 seconds before. Default 900 (15 minutes); `0` turns it off.
   */
  @property({ attribute: 'idle-timeout' }) idleTimeout?: string;

  /** Forces the language of every element (`ru` or `en`); when unset they follow the nearest `lang`. */
  @property() locale?: string;

  /** Colour theme: `light` (default), `dark`, or `auto` to follow the system setting. */
  @property() theme?: string;

  /** Low-vision mode ("версия для слабовидящих"): large type, wide spacing, strong contrast, no decorative images. */
  @property({ type: Boolean, attribute: 'low-vision' }) lowVision = false;

  /**
   * Colour scheme in low-vision mode: `black-on-white` (default), `white-on-black`, `blue` (#063462 on #9DD1FF),
   * `brown` (#4D4B43 on #F7F3D6) or `green` (#A9E44D on #3B2716).
   */
  @property({ attribute: 'low-vision-scheme' }) lowVisionScheme?: string;

  /** The settings in force here: this element's valid attributes over those it inherits. */
  get resolvedConfig(): GosConfig {
    return this.#resolved;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    registerConfigSource(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unregisterConfigSource(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const { config, problems } = resolveConfig(
      {
        issuer: this.issuer,
        clientId: this.clientId,
        redirectUri: this.redirectUri,
        apiBase: this.apiBase,
        tokenStorage: this.tokenStorage,
        idleTimeout: this.idleTimeout,
        locale: this.locale,
        theme: this.theme,
        lowVision: this.lowVision,
        lowVisionScheme: this.lowVisionScheme,
      },
      this.#inherited.value,
      this.ownerDocument.baseURI,
    );
    for (const problem of problems) {
      const key = `${problem.field}=${problem.value}`;
      if (this.#reported.has(key)) continue;
      this.#reported.add(key);
      console.warn(`[gos-elements] <gos-config> ignores ${problem.field} "${problem.value}": ${problem.message}.`);
    }
    if (!sameConfig(config, this.#resolved)) {
      this.#resolved = config;
      this.#provider.setValue(config);
      notifyConfigChanged();
    }
  }

  protected override render(): TemplateResult {
    return html`<slot></slot>`;
  }
}
