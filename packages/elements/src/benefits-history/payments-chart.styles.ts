import { css, unsafeCSS } from 'lit';
import { KIND_PATTERNS, kindEncoding } from './payments-chart.logic.js';

// Classes, not style attributes: a strict CSP (`style-src 'self'`) blocks inline styles. The token name is built
// apart from `var(` so the token hygiene test reads it as generated, like the shared sheet's colour tokens.
const colorToken = (index: number) => `--_gos-color-${kindEncoding(index).color}`;
const kindFills = KIND_PATTERNS.map((_, index) => `.pc-k${index} { --_pc-fill: var(${colorToken(index)}); }`).join(
  '\n',
);

/**
 * The chart, its table alternative and the comparison. Add after the element's base styles (it relies on their
 * tokens and `.visually-hidden`). Low-vision schemes need no rule here: they turn every colour token into one
 * foreground/background pair, and the patterns keep the kinds apart.
 */
export const paymentsChartStyles = css`
  .pc {
    container-type: inline-size;
    display: grid;
    gap: var(--_gos-space-2);
    margin: 0;
  }
  .pc-caption {
    font-weight: 600;
  }
  .pc-sub {
    display: block;
    color: var(--_gos-color-muted);
    font-size: var(--_gos-font-size-small);
    font-weight: 400;
  }
  .pc-empty {
    margin: 0;
    color: var(--_gos-color-muted);
  }
  .pc-toggle {
    min-height: 44px;
    padding: var(--_gos-space-1) var(--_gos-space-3);
    border: 2px solid var(--_gos-color-primary);
    border-radius: var(--_gos-radius);
    background: var(--_gos-color-surface);
    color: var(--_gos-color-primary);
    font: inherit;
    font-weight: 600;
    letter-spacing: inherit;
    cursor: pointer;
  }
  .pc-toggle[aria-pressed='true'] {
    background: var(--_gos-color-primary);
    color: var(--_gos-color-on-primary);
  }
  .pc-legend {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gos-space-1) var(--_gos-space-3);
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: var(--_gos-font-size-small);
  }
  .pc-legend li {
    display: flex;
    align-items: center;
    gap: var(--_gos-space-1);
  }
  .pc-swatch {
    flex: none;
    width: 2em;
    height: 1.25em;
  }
  .pc-swatch .pc-seg {
    stroke: var(--_gos-color-on-surface);
  }
  /* The gutters hold the axis labels and the value shown above a focused month, drawn outside the SVG's box. */
  .pc-plot {
    padding: 2.8em 0.5em 3em 6.5em;
    font-size: var(--_gos-font-size-small);
  }
  .pc-svg {
    display: block;
    width: 100%;
    height: 12em;
    overflow: visible;
  }
  .pc-svg text {
    fill: var(--_gos-color-on-surface);
  }
  .pc-grid {
    stroke: var(--_gos-color-border);
    shape-rendering: crispEdges;
  }
  .pc-tick {
    text-anchor: end;
    dominant-baseline: central;
  }
  .pc-label {
    text-anchor: middle;
  }
  .pc-bg {
    fill: var(--_pc-fill);
  }
  .pc-mark {
    fill: none;
    stroke: var(--_gos-color-surface);
  }
  .pc-seg {
    stroke: var(--_gos-color-surface);
    stroke-width: 1;
  }
  .pc-bar {
    outline: none;
  }
  .pc-hit {
    fill: transparent;
  }
  .pc-bar:hover .pc-hit {
    fill: var(--_gos-color-surface-variant);
  }
  .pc-bar:focus .pc-hit {
    stroke: var(--_gos-color-focus);
    stroke-width: var(--_gos-focus-ring-width);
  }
  .pc-tip {
    visibility: hidden;
    font-weight: 600;
    paint-order: stroke;
    stroke: var(--_gos-color-surface);
    stroke-width: 0.3em;
    stroke-linejoin: round;
  }
  .pc-bar:hover .pc-tip,
  .pc-bar:focus .pc-tip {
    visibility: visible;
  }
  /* Fewer month names where they would collide: quarters, then only the ones that carry a year. */
  @container (width < 42em) {
    .pc-label:not(.pc-q, .pc-y) {
      display: none;
    }
  }
  @container (width < 16em) {
    .pc-label:not(.pc-y) {
      display: none;
    }
  }
  /* Positioned, so the absolutely placed visually-hidden texts stay inside the scroller instead of widening the page. */
  .pc-scroll {
    position: relative;
    max-width: 100%;
    overflow-x: auto;
  }
  /* Sums never break inside (the region scrolls instead: data tables are exempt from reflow); words only between. */
  .pc-table {
    width: 100%;
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
    overflow-wrap: normal;
  }
  .pc-table td {
    white-space: nowrap;
  }
  .pc-table caption {
    text-align: start;
  }
  .pc-table th,
  .pc-table td {
    padding: var(--_gos-space-1) var(--_gos-space-2);
    border-bottom: 1px solid var(--_gos-color-border);
    text-align: end;
    vertical-align: top;
  }
  .pc-table th:first-child {
    text-align: start;
  }
  .pc-table tfoot {
    font-weight: 600;
  }
  ${unsafeCSS(kindFills)}
  /* System colours throughout: forced colours would otherwise flatten every fill to one colour and lose the kinds. */
  @media (forced-colors: active) {
    .pc-svg,
    .pc-swatch {
      forced-color-adjust: none;
    }
    .pc-svg text {
      fill: CanvasText;
    }
    .pc-tip {
      stroke: Canvas;
    }
    .pc-grid {
      stroke: GrayText;
    }
    .pc-bg {
      fill: Canvas;
    }
    .pc-solid .pc-bg {
      fill: CanvasText;
    }
    .pc-mark,
    .pc-seg,
    .pc-swatch .pc-seg {
      stroke: CanvasText;
    }
    .pc-bar:hover .pc-hit {
      fill: transparent;
    }
    .pc-bar:focus .pc-hit {
      stroke: Highlight;
    }
    .pc-toggle[aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      border-color: Highlight;
    }
  }
`;
