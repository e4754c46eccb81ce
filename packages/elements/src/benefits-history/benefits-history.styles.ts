import { css } from 'lit';

export const styles = css`
  :host {
    --_bh-gap: var(--gos-benefits-history-gap, var(--_gos-space-3));
  }
  .base {
    display: grid;
    gap: var(--_bh-gap);
    /* Rows become cards by the element's own width, not the window's: a sidebar is narrow on a wide screen. */
    container-type: inline-size;
  }
  h3,
  p {
    margin: 0;
  }
  a {
    color: var(--_gos-color-primary);
  }
  .results,
  .chart,
  .upcoming,
  .totals {
    display: grid;
    gap: var(--_gos-space-2);
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gos-space-3);
    align-items: end;
  }
  .choices {
    margin: 0;
    padding: var(--_gos-space-2);
    border: 1px solid var(--_gos-color-border);
    border-radius: var(--_gos-radius);
  }
  .choices summary {
    min-height: 44px;
    display: flex;
    align-items: center;
    cursor: pointer;
  }
  .choices fieldset {
    margin: 0;
    padding: 0;
    border: 0;
  }
  .choice {
    display: flex;
    gap: var(--_gos-space-2);
    align-items: center;
    min-height: 44px;
  }
  .choice input {
    inline-size: 1.25rem;
    block-size: 1.25rem;
  }
  .upcoming-list,
  .status-sums {
    display: grid;
    gap: var(--_gos-space-1);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .upcoming-list li {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gos-space-1) var(--_gos-space-3);
  }
  .upcoming-date,
  .amount {
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .export {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gos-space-2);
    align-items: center;
  }
  table {
    inline-size: 100%;
    border-collapse: collapse;
  }
  table:focus {
    outline: none;
  }
  table:focus-visible {
    outline: var(--_gos-focus-ring-width) solid var(--_gos-color-focus);
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: var(--_gos-space-2);
  }
  th,
  td {
    padding: var(--_gos-space-2);
    border-block-end: 1px solid var(--_gos-color-border);
    text-align: start;
    vertical-align: top;
  }
  th {
    font-weight: 600;
  }
  td.amount {
    text-align: end;
  }
  .sort {
    display: inline-flex;
    gap: var(--_gos-space-1);
    align-items: center;
    min-height: 44px;
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  .link {
    min-height: 44px;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_gos-color-primary);
    font: inherit;
    font-weight: 600;
    text-decoration: underline;
    cursor: pointer;
  }
  .badge {
    display: inline-block;
    padding: 0 var(--_gos-space-2);
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: var(--_gos-font-size-small);
    white-space: nowrap;
  }
  /* Meaning never by colour alone: the badge's words carry it, the mark and border add to it. */
  .badge.paid {
    color: var(--_gos-color-success);
  }
  .badge.pending {
    border-style: dashed;
  }
  .badge.rejected,
  .badge.returned {
    color: var(--_gos-color-error);
    border-width: 2px;
  }
  .detail-row td {
    background: var(--_gos-color-surface-variant);
  }
  .detail {
    display: grid;
    gap: var(--_gos-space-1);
    margin: 0 0 var(--_gos-space-2);
  }
  .detail .row {
    display: grid;
    grid-template-columns: minmax(8rem, 14rem) 1fr;
    gap: var(--_gos-space-2);
  }
  .detail dt {
    font-weight: 600;
  }
  .detail dd {
    margin: 0;
  }
  .clarify {
    display: grid;
    gap: var(--_gos-space-2);
    max-inline-size: 40rem;
  }
  .actions,
  .pager {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gos-space-2);
    align-items: center;
  }
  .notice {
    padding: var(--_gos-space-3);
    border-inline-start: 4px solid var(--_gos-color-primary);
    background: var(--_gos-color-surface-variant);
  }
  .notice.error {
    border-color: var(--_gos-color-error);
  }
  /* Narrow: every row a card, each value under its column's name; nothing dropped. */
  @container (max-width: 40rem) {
    thead {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
    }
    table,
    tbody,
    tr,
    td {
      display: block;
    }
    tr {
      padding: var(--_gos-space-2) 0;
      border-block-end: 1px solid var(--_gos-color-border);
    }
    td {
      display: grid;
      grid-template-columns: 8rem 1fr;
      gap: var(--_gos-space-2);
      padding: var(--_gos-space-1) 0;
      border: 0;
    }
    td[data-label]::before {
      content: attr(data-label);
      font-weight: 600;
    }
    td.amount {
      text-align: start;
    }
    .detail-row td,
    td:not([data-label]) {
      display: block;
    }
    .detail .row {
      grid-template-columns: 1fr;
    }
  }
  @media (forced-colors: active) {
    .badge,
    .notice,
    .choices {
      border-color: CanvasText;
    }
  }
`;
