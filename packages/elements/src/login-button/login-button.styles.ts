import { css } from 'lit';

/**
 * Component properties (`--gos-login-button-*`) fall back to the shared private tokens, which fall back to
 * literals, so the button looks finished on a bare page. In low-vision mode the citizen's scheme wins.
 */
export const styles = css`
  :host {
    --_lb-bg: var(--gos-login-button-bg, var(--_gos-color-primary));
    --_lb-color: var(--gos-login-button-color, var(--_gos-color-on-primary));
    --_lb-border-color: var(--gos-login-button-border-color, var(--_lb-bg));
    --_lb-radius: var(--gos-login-button-radius, var(--_gos-radius));
    --_lb-font-size: var(--gos-login-button-font-size, var(--_gos-font-size));
    display: inline-block;
    position: relative;
    max-inline-size: 100%;
    vertical-align: middle;
  }
  :host([variant='secondary']) {
    --_lb-bg: var(--gos-login-button-bg, transparent);
    --_lb-color: var(--gos-login-button-color, var(--_gos-color-primary));
    --_lb-border-color: var(--gos-login-button-border-color, currentColor);
  }
  :host(:state(low-vision)) {
    --_lb-bg: var(--_gos-color-primary);
    --_lb-color: var(--_gos-color-on-primary);
    --_lb-border-color: var(--_gos-color-on-surface);
    --_lb-radius: var(--_gos-radius);
    --_lb-font-size: var(--_gos-font-size);
  }
  .surface {
    font-size: var(--_lb-font-size);
  }
  .button.main {
    border-color: var(--_lb-border-color);
    border-radius: var(--_lb-radius);
    background: var(--_lb-bg);
    color: var(--_lb-color);
    max-inline-size: 100%;
    text-wrap: balance;
  }
  :host([size='small']) .button.main {
    min-height: 36px;
    padding: var(--_gos-space-1) var(--_gos-space-3);
    font-size: var(--_gos-font-size-small);
  }
  :host([size='large']) .button.main {
    min-height: 52px;
    font-size: var(--_gos-font-size-large);
  }
  .badge {
    padding: 0 var(--_gos-space-2);
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: var(--_gos-font-size-small);
    font-weight: 400;
  }
  .spinner {
    inline-size: 1em;
    block-size: 1em;
    border: 2px solid currentColor;
    border-inline-end-color: transparent;
    border-radius: 50%;
    animation: spin 0.8s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(1turn);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation: none;
      border-style: dotted;
    }
  }
  .panel,
  .box {
    display: grid;
    gap: var(--_gos-space-2);
    inline-size: max-content;
    max-inline-size: min(22rem, calc(100vw - 2rem));
    white-space: normal;
  }
  .panel {
    position: absolute;
    z-index: 10;
    inset-block-start: calc(100% + var(--_gos-space-1));
    inset-inline-end: 0;
    padding: var(--_gos-space-3);
    border: 1px solid var(--_gos-color-border);
    border-radius: var(--_gos-radius);
    background: var(--_gos-color-surface);
    box-shadow: 0 4px 16px rgb(0 0 0 / 0.16);
  }
  .panel[hidden] {
    display: none;
  }
  .box {
    margin-block-start: var(--_gos-space-2);
    padding: var(--_gos-space-2) var(--_gos-space-3);
    border-inline-start: 4px solid var(--_gos-color-warning);
    background: var(--_gos-color-surface);
  }
  .box.error {
    border-color: var(--_gos-color-error);
  }
  p {
    margin: 0;
  }
  a {
    color: var(--_gos-color-primary);
  }
  .time {
    font-variant-numeric: tabular-nums;
    font-weight: 600;
  }
  @media (forced-colors: active) {
    .badge,
    .box,
    .panel {
      border-color: CanvasText;
    }
  }
`;
