import type { GosConfig, Locale } from '@gos-elements/core';
import { LitElement, type CSSResultGroup, type PropertyValues } from 'lit';
import { baseStyles, tokens } from '../styles/tokens.js';
import { ConfigController } from './config-controller.js';
import { VERSION } from './version.js';

/**
 * Base of every gos element: the shared tokens and base styles, the configuration that applies to the element,
 * and the theme as custom states (`:state(theme-dark)`, `:state(low-vision)`, `:state(lv-blue)`) that the token
 * sheet keys on — states, not attributes, so we never sprout attributes on the host's markup.
 */
export class GosElement extends LitElement {
  static readonly gosVersion: string = VERSION;
  static override styles: CSSResultGroup = [tokens, baseStyles];

  protected readonly config = new ConfigController(this);
  protected readonly internals: ElementInternals = this.attachInternals();

  /** The configuration in force for this element. */
  protected get gosConfig(): GosConfig {
    return this.config.value;
  }

  /** Read by the localize controller: `<gos-config locale>` forces a language. */
  get configuredLocale(): Locale | undefined {
    return this.config.value.locale;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.#applyThemeStates(this.config.value);
  }

  #applyThemeStates({ theme, lowVision, lowVisionScheme }: GosConfig): void {
    const wanted = new Set([`theme-${theme}`]);
    if (lowVision) wanted.add('low-vision').add(`lv-${lowVisionScheme}`);
    const states = this.internals.states;
    for (const state of [...states]) {
      if ((state.startsWith('theme-') || state === 'low-vision' || state.startsWith('lv-')) && !wanted.has(state))
        states.delete(state);
    }
    for (const state of wanted) states.add(state);
  }
}
