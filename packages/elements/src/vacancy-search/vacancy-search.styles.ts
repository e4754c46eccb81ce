import { css } from 'lit';

export const styles = css`
  :host {
    --_vs-gap: var(--gos-vacancy-search-gap, var(--_gos-space-3));
    --_vs-filters-width: var(--gos-vacancy-search-filters-width, 18rem);
  }
  .base {
    display: grid;
    gap: var(--_vs-gap);
    /* The layout follows the element's own width, not the window's: a sidebar is narrow on a wide screen. */
    container-type: inline-size;
  }
  h3,
  h4,
  p {
    margin: 0;
  }
  a {
    color: var(--_gos-color-primary);
  }
  .panel,
  .main,
  .results,
  .detail,
  .duty {
    display: grid;
    gap: var(--_vs-gap);
    align-content: start;
    min-inline-size: 0;
  }
  .layout {
    display: grid;
    grid-template-columns: var(--_vs-filters-width) minmax(0, 1fr);
    gap: var(--_gos-space-4);
    align-items: start;
  }
  .side {
    display: grid;
    gap: var(--_gos-space-2);
    min-inline-size: 0;
  }

  /* The search form */
  .search {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gos-space-2);
    align-items: end;
  }
  .search .query {
    flex: 1 1 16rem;
  }
  .compact .search .field {
    flex: 1 1 12rem;
  }
  .field input,
  .field select {
    inline-size: 100%;
    max-inline-size: 100%;
  }
  .combo {
    position: relative;
  }
  .listbox {
    position: absolute;
    z-index: 2;
    inset-inline: 0;
    inset-block-start: 100%;
    max-block-size: 18rem;
    overflow-y: auto;
    margin: 2px 0 0;
    padding: var(--_gos-space-1) 0;
    list-style: none;
    border: 1px solid var(--_gos-color-border);
    border-radius: var(--_gos-radius);
    background: var(--_gos-color-surface);
    color: var(--_gos-color-on-surface);
    box-shadow: 0 4px 12px rgb(0 0 0 / 0.15);
  }
  .listbox[hidden] {
    display: none;
  }
  [role='option'] {
    display: flex;
    gap: var(--_gos-space-1);
    min-block-size: 44px;
    align-items: center;
    padding: var(--_gos-space-1) var(--_gos-space-3);
    cursor: pointer;
  }
  [role='option'].active {
    background: var(--_gos-color-primary);
    color: var(--_gos-color-on-primary);
    outline: 2px solid var(--_gos-color-focus);
    outline-offset: -2px;
  }
  [role='option'].none {
    cursor: default;
    color: var(--_gos-color-muted);
  }
  .check {
    inline-size: 1em;
    flex: none;
  }

  /* Filters: a column beside the results, folded behind «Фильтры» on a narrow element */
  .filters-toggle {
    display: none;
  }
  .filters {
    display: grid;
    gap: var(--_gos-space-3);
  }
  .group {
    display: grid;
    margin: 0;
    padding: var(--_gos-space-2);
    border: 1px solid var(--_gos-color-border);
    border-radius: var(--_gos-radius);
  }
  legend {
    padding: 0 var(--_gos-space-1);
    font-weight: 600;
  }
  .choice {
    display: flex;
    gap: var(--_gos-space-2);
    align-items: center;
    min-block-size: 44px;
    cursor: pointer;
  }
  .choice input {
    flex: none;
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0;
  }
  .count {
    color: var(--_gos-color-muted);
    font-variant-numeric: tabular-nums;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gos-space-1);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: var(--_gos-space-1);
    padding-inline-start: var(--_gos-space-2);
    border: 1px solid var(--_gos-color-primary);
    border-radius: 999px;
    background: var(--_gos-color-surface-variant);
  }
  .chip button {
    min-inline-size: 44px;
    min-block-size: 44px;
    border: 0;
    border-radius: 999px;
    background: none;
    color: inherit;
    font: inherit;
    font-size: 1.25em;
    cursor: pointer;
  }

  /* Results */
  .results-head {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gos-space-2) var(--_gos-space-3);
    align-items: end;
    justify-content: space-between;
  }
  .results-head h3:focus {
    outline: none;
  }
  .results-head h3:focus-visible {
    outline: var(--_gos-focus-ring-width) solid var(--_gos-color-focus);
  }
  .list,
  .skeleton,
  .plain {
    display: grid;
    gap: var(--_gos-space-3);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .plain {
    gap: var(--_gos-space-1);
  }
  .list[aria-busy='true'] {
    opacity: 0.6;
    transition: opacity var(--_gos-transition);
  }
  .result {
    display: grid;
    gap: var(--_gos-space-1);
    padding: var(--_gos-space-3);
    border: 1px solid var(--_gos-color-border);
    border-radius: var(--_gos-radius);
    background: var(--_gos-color-surface);
  }
  .result-title {
    font-size: var(--_gos-font-size-large);
    line-height: 1.3;
  }
  .title-link {
    color: var(--_gos-color-primary);
    font-weight: 600;
  }
  .link {
    min-block-size: 44px;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_gos-color-primary);
    font: inherit;
    font-weight: 600;
    text-align: start;
    text-decoration: underline;
    cursor: pointer;
  }
  .result-title .link {
    min-block-size: auto;
  }
  .salary {
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_gos-space-3);
  }
  .verified {
    display: inline-block;
    margin-inline-start: var(--_gos-space-1);
    padding: 0 var(--_gos-space-2);
    border: 1px solid var(--_gos-color-success);
    border-radius: 999px;
    color: var(--_gos-color-success);
    font-size: var(--_gos-font-size-small);
  }
  .more {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gos-space-2) var(--_gos-space-3);
    align-items: center;
  }
  .busy {
    display: flex;
    gap: var(--_gos-space-2);
    align-items: center;
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
  .placeholder {
    gap: var(--_gos-space-2);
  }
  .placeholder span {
    display: block;
    block-size: 1em;
    border-radius: 4px;
    background: var(--_gos-color-surface-variant);
    animation: pulse 1.2s ease-in-out infinite alternate;
  }
  .placeholder span:first-child {
    inline-size: 60%;
    block-size: 1.4em;
  }
  .placeholder span:last-child {
    inline-size: 80%;
  }
  @keyframes pulse {
    to {
      opacity: 0.4;
    }
  }
  .notice {
    display: grid;
    gap: var(--_gos-space-2);
    justify-items: start;
    padding: var(--_gos-space-3);
    border-inline-start: 4px solid var(--_gos-color-primary);
    background: var(--_gos-color-surface-variant);
  }
  .notice.error {
    border-color: var(--_gos-color-error);
  }
  .notice ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .did-you-mean {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_gos-space-3);
  }

  /* The open vacancy */
  .detail:focus,
  .detail-heading:focus {
    outline: none;
  }
  .detail-heading {
    font-size: var(--_gos-font-size-large);
    line-height: 1.3;
  }
  .detail-heading:focus-visible {
    outline: var(--_gos-focus-ring-width) solid var(--_gos-color-focus);
  }
  .back {
    justify-self: start;
  }
  .facts {
    display: grid;
    gap: var(--_gos-space-2);
    margin: 0;
  }
  .facts .row {
    display: grid;
    grid-template-columns: minmax(8rem, 14rem) minmax(0, 1fr);
    gap: var(--_gos-space-2);
  }
  .facts dt {
    font-weight: 600;
  }
  .facts dd {
    margin: 0;
  }
  .duty ul,
  .duty ol {
    margin: 0;
    padding-inline-start: 1.25em;
  }

  /* Narrow element: one column, filters behind their button */
  @container (max-width: 48rem) {
    .layout {
      grid-template-columns: minmax(0, 1fr);
    }
    .filters-toggle {
      display: inline-flex;
      justify-self: start;
    }
    .filters:not(.open) {
      display: none;
    }
  }
  @container (max-width: 30rem) {
    .facts .row {
      grid-template-columns: minmax(0, 1fr);
      gap: 0;
    }
    .search .button {
      inline-size: 100%;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner,
    .placeholder span {
      animation: none;
    }
  }
  @media (forced-colors: active) {
    .group,
    .chip,
    .result,
    .notice,
    .verified,
    .listbox {
      border-color: CanvasText;
    }
    [role='option'].active {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
    .placeholder span {
      background: GrayText;
    }
  }
`;
