import { css, unsafeCSS, type CSSResult } from 'lit';
import type { LowVisionScheme } from '@gos-elements/core';

/**
 * Design tokens. Public ones (`--gos-<category>-<name>`) are what a host page sets; each component reads
 * the private `--_gos-*` copies defined here, which fall back to a literal per theme, so an element dropped into
 * a bare page looks finished. Low-vision schemes deliberately ignore the host's colours: the citizen asked for them.
 */
export const COLOR_TOKENS = [
  'primary',
  'on-primary',
  'surface',
  'surface-variant',
  'on-surface',
  'muted',
  'border',
  'error',
  'success',
  'warning',
  'focus',
] as const;
export type ColorToken = (typeof COLOR_TOKENS)[number];

type Palette = Readonly<Record<ColorToken, string>>;

export const PALETTES: Readonly<Record<'light' | 'dark', Palette>> = {
  // Gosuslugi palette; every text colour is ≥ 4.5:1 and borders ≥ 3:1 on its surface.
  light: {
    primary: '#0d4cd3',
    'on-primary': '#ffffff',
    surface: '#ffffff',
    'surface-variant': '#f5f7fa',
    'on-surface': '#0b1f33',
    muted: '#5a6673',
    border: '#7f8b98',
    error: '#c4161c',
    success: '#0a7340',
    warning: '#8a4b00',
    focus: '#0d4cd3',
  },
  dark: {
    primary: '#8cb1ff',
    'on-primary': '#0b1f33',
    surface: '#16202b',
    'surface-variant': '#1f2b38',
    'on-surface': '#e8eef4',
    muted: '#a9b6c3',
    border: '#8794a1',
    error: '#ff9a9e',
    success: '#6fdc9a',
    warning: '#ffc46b',
    focus: '#b5ceff',
  },
};

/** Foreground and background of the five schemes Russian "версия для слабовидящих" toggles offer. */
export const LOW_VISION_COLORS: Readonly<Record<LowVisionScheme, { readonly fg: string; readonly bg: string }>> = {
  'black-on-white': { fg: '#000000', bg: '#ffffff' },
  'white-on-black': { fg: '#ffffff', bg: '#000000' },
  blue: { fg: '#063462', bg: '#9dd1ff' },
  brown: { fg: '#4d4b43', bg: '#f7f3d6' },
  green: { fg: '#a9e44d', bg: '#3b2716' },
};

function themedColors(palette: Palette): string {
  return COLOR_TOKENS.map((token) => `--_gos-color-${token}: var(--gos-color-${token}, ${palette[token]});`).join('');
}

function lowVisionColors(scheme: LowVisionScheme): string {
  const { fg, bg } = LOW_VISION_COLORS[scheme];
  const colors: Palette = {
    primary: fg,
    'on-primary': bg,
    surface: bg,
    'surface-variant': bg,
    'on-surface': fg,
    muted: fg,
    border: fg,
    error: fg,
    success: fg,
    warning: fg,
    focus: fg,
  };
  return COLOR_TOKENS.map((token) => `--_gos-color-${token}: ${colors[token]};`).join('');
}

const schemeRules = (Object.keys(LOW_VISION_COLORS) as LowVisionScheme[])
  .map((scheme) => `:host(:state(low-vision):state(lv-${scheme})) { ${lowVisionColors(scheme)} }`)
  .join('\n');

/** Shared by every component (first in its `styles`). Themes are custom states the base element sets. */
export const tokens: CSSResult = css`
  :host {
    ${unsafeCSS(themedColors(PALETTES.light))}
    --_gos-font-family: var(--gos-font-family, Lato, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif);
    --_gos-font-size: var(--gos-font-size, 1rem);
    --_gos-font-size-small: var(--gos-font-size-small, 0.875rem);
    --_gos-font-size-large: var(--gos-font-size-large, 1.25rem);
    --_gos-line-height: var(--gos-line-height, 1.5);
    --_gos-letter-spacing: var(--gos-letter-spacing, normal);
    --_gos-radius: var(--gos-radius, 8px);
    --_gos-space-1: var(--gos-space-1, 0.25rem);
    --_gos-space-2: var(--gos-space-2, 0.5rem);
    --_gos-space-3: var(--gos-space-3, 1rem);
    --_gos-space-4: var(--gos-space-4, 1.5rem);
    --_gos-focus-ring-width: var(--gos-focus-ring-width, 3px);
    --_gos-transition: var(--gos-transition, 150ms ease-out);
    --_gos-decorative-display: inline-block;
  }
  :host(:state(theme-dark)) {
    ${unsafeCSS(themedColors(PALETTES.dark))}
  }
  @media (prefers-color-scheme: dark) {
    :host(:state(theme-auto)) {
      ${unsafeCSS(themedColors(PALETTES.dark))}
    }
  }
  :host(:state(low-vision)) {
    --_gos-font-size: var(--gos-low-vision-font-size, 1.5rem);
    --_gos-font-size-small: var(--gos-low-vision-font-size, 1.5rem);
    --_gos-font-size-large: 1.875rem;
    --_gos-line-height: 1.8;
    --_gos-letter-spacing: 0.05em;
    --_gos-radius: 0;
    --_gos-focus-ring-width: 4px;
    --_gos-decorative-display: none;
    --_gos-font-family: Arial, 'Helvetica Neue', sans-serif;
  }
  ${unsafeCSS(schemeRules)}
  @media (prefers-reduced-motion: reduce) {
    :host {
      --_gos-transition: 0s;
    }
  }
`;

/**
 * Base rules every component shares. Typography sits on the `.surface` wrapper, not on `:host`, because a host
 * page's `*` or tag rules beat `:host` and would otherwise restyle us; the wrapper is out of their reach.
 */
export const baseStyles: CSSResult = css`
  :host {
    display: block;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .surface {
    font-family: var(--_gos-font-family);
    font-size: var(--_gos-font-size);
    font-weight: 400;
    font-style: normal;
    line-height: var(--_gos-line-height);
    letter-spacing: var(--_gos-letter-spacing);
    word-spacing: normal;
    text-align: start;
    text-transform: none;
    text-indent: 0;
    color: var(--_gos-color-on-surface);
    overflow-wrap: anywhere;
  }
  :focus-visible {
    outline: var(--_gos-focus-ring-width) solid var(--_gos-color-focus);
    outline-offset: 2px;
  }
  .decorative {
    display: var(--_gos-decorative-display);
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
