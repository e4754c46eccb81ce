import { css } from 'lit';

/**
 * The job seeker's panels inside `<gos-vacancy-search>`: add to the host's `styles` after `controlStyles`.
 * Component properties `--gos-vacancy-search-*` fall back to the shared tokens, which fall back to literals.
 * Works at 320 px (everything wraps), in forced colours (states by shape and text, not colour alone) and with
 * reduced motion (no animation at all).
 */
export const accountStyles = css`
  :host {
    --_acc-gap: var(--gos-vacancy-search-account-gap, var(--_gos-space-3));
    --_acc-favourite: var(--gos-vacancy-search-favourite-color, #b35c00);
  }
  :host(:state(theme-dark)) {
    --_acc-favourite: var(--gos-vacancy-search-favourite-color, #ffc46b);
  }
  :host(:state(low-vision)) {
    --_acc-favourite: var(--_gos-color-on-surface);
  }

  /* Tabs */
  .account-tabs {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gos-space-1);
    border-block-end: 1px solid var(--_gos-color-border);
  }
  .account-tab {
    display: inline-flex;
    align-items: center;
    gap: var(--_gos-space-2);
    min-height: 44px;
    padding: var(--_gos-space-2) var(--_gos-space-3);
    border: 0;
    border-block-end: 3px solid transparent;
    background: none;
    color: var(--_gos-color-on-surface);
    font: inherit;
    letter-spacing: inherit;
    cursor: pointer;
  }
  .account-tab[aria-selected='true'] {
    border-block-end-color: var(--_gos-color-primary);
    color: var(--_gos-color-primary);
    font-weight: 600;
  }
  .unread-badge {
    min-inline-size: 1.5em;
    padding: 0 var(--_gos-space-1);
    border: 1px solid currentColor;
    border-radius: 999px;
    background: var(--_gos-color-primary);
    color: var(--_gos-color-on-primary);
    font-size: var(--_gos-font-size-small);
    font-weight: 600;
    line-height: 1.5;
    text-align: center;
  }
  .account-tabpanel {
    padding-block: var(--_acc-gap);
  }
  .account-tabpanel:focus {
    outline: none;
  }
  .account-tabpanel:focus-visible {
    outline: var(--_gos-focus-ring-width) solid var(--_gos-color-focus);
  }

  /* Panels */
  .account-panel,
  .account-form,
  .resume,
  .rows {
    display: grid;
    gap: var(--_acc-gap);
    min-inline-size: 0;
  }
  .account-panel p,
  .account-panel h3,
  .account-panel h4 {
    margin: 0;
  }
  .account-heading {
    margin: 0;
    font-weight: 600;
    font-size: var(--_gos-font-size-large);
    line-height: 1.3;
  }
  h4.account-heading,
  .account-heading.small {
    font-size: var(--_gos-font-size);
  }
  .account-heading:focus,
  .account-item-title span:focus {
    outline: none;
  }
  .account-heading:focus-visible {
    outline: var(--_gos-focus-ring-width) solid var(--_gos-color-focus);
  }
  .account-notice {
    display: grid;
    gap: var(--_gos-space-2);
    justify-items: start;
    padding: var(--_gos-space-2) var(--_gos-space-3);
    border-inline-start: 4px solid var(--_gos-color-border);
  }
  .account-notice.error {
    border-color: var(--_gos-color-error);
  }
  .account-notice.success {
    border-color: var(--_gos-color-success);
  }
  .account-list {
    display: grid;
    gap: var(--_gos-space-2);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .account-item {
    display: grid;
    gap: var(--_gos-space-2);
    justify-items: start;
    min-inline-size: 0;
  }
  .account-item.gone .account-item-title {
    color: var(--_gos-color-muted);
  }
  .account-item-title {
    margin: 0;
    font-size: var(--_gos-font-size);
  }
  .account-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gos-space-2);
  }
  .link {
    min-height: 24px;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_gos-color-primary);
    font: inherit;
    font-weight: 600;
    letter-spacing: inherit;
    text-align: start;
    text-decoration: underline;
    cursor: pointer;
  }
  .badge {
    display: inline-block;
    padding: 0 var(--_gos-space-2);
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: var(--_gos-font-size-small);
  }
  .badge.invited,
  .badge.unread {
    border-width: 2px;
    font-weight: 600;
  }
  .badge.invited::before {
    content: '✓ ' / '';
  }
  .badge.rejected::before,
  .badge.gone::before {
    content: '✕ ' / '';
  }
  .badge.withdrawn,
  .badge.gone {
    color: var(--_gos-color-muted);
  }
  .confirm {
    display: grid;
    gap: var(--_gos-space-2);
    padding: var(--_gos-space-2) var(--_gos-space-3);
    border: 2px solid var(--_gos-color-warning);
    border-radius: var(--_gos-radius);
  }
  .invitation dl {
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    gap: var(--_gos-space-1) var(--_gos-space-3);
    margin: 0;
  }
  .invitation dd {
    margin: 0;
  }
  details > summary {
    min-height: 24px;
    cursor: pointer;
    color: var(--_gos-color-primary);
  }
  .account-history {
    display: grid;
    gap: var(--_gos-space-1);
    margin: var(--_gos-space-2) 0 0;
    padding-inline-start: var(--_gos-space-3);
  }
  .letter {
    white-space: pre-wrap;
  }

  /* Favourite toggle */
  .favourite {
    display: inline-flex;
    align-items: center;
    gap: var(--_gos-space-1);
    min-height: 44px;
    min-width: 44px;
    padding: var(--_gos-space-1) var(--_gos-space-2);
    border: 1px solid var(--_gos-color-border);
    border-radius: var(--_gos-radius);
    background: var(--_gos-color-surface);
    color: var(--_gos-color-on-surface);
    font: inherit;
    letter-spacing: inherit;
    cursor: pointer;
  }
  .favourite.compact {
    justify-content: center;
    padding: 0;
  }
  .favourite-star {
    font-size: 1.4em;
    line-height: 1;
  }
  .favourite[aria-pressed='true'] {
    border-width: 2px;
    border-color: var(--_acc-favourite);
  }
  .favourite[aria-pressed='true'] .favourite-star {
    color: var(--_acc-favourite);
  }
  .favourite[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.7;
  }

  /* Forms: at 320 px (or 200 % text) no control is wider than its column — a long region name in a select, a file
     input's button and name, a month field. */
  .account-panel .field {
    min-inline-size: 0;
  }
  .account-panel .field > input:not([type='checkbox']),
  .account-panel .field > select,
  .account-panel .field > textarea {
    inline-size: 100%;
    max-inline-size: 100%;
    min-inline-size: 0;
  }
  .field textarea {
    resize: vertical;
    min-block-size: 8rem;
  }
  .counter.over {
    color: var(--_gos-color-error);
    font-weight: 600;
  }
  .required {
    color: var(--_gos-color-muted);
    font-size: var(--_gos-font-size-small);
  }
  fieldset {
    min-inline-size: 0;
    margin: 0;
    padding: var(--_gos-space-2) var(--_gos-space-3);
    border: 1px solid var(--_gos-color-border);
    border-radius: var(--_gos-radius);
  }
  legend {
    padding: 0 var(--_gos-space-1);
    font-weight: 600;
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gos-space-1) var(--_gos-space-3);
  }
  .choices legend {
    float: left;
    inline-size: 100%;
    padding: 0;
  }
  .choice,
  .switch label {
    display: inline-flex;
    align-items: center;
    gap: var(--_gos-space-2);
    min-height: 44px;
  }
  .choice input,
  .switch input {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0;
    accent-color: var(--_gos-color-primary);
  }
  .row {
    display: grid;
    gap: var(--_gos-space-2);
  }
  .pair {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gos-space-3);
  }
  .pair > .field {
    flex: 1 1 12rem;
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
    border: 1px solid var(--_gos-color-border);
    border-radius: 999px;
    background: var(--_gos-color-surface-variant);
  }
  .chip-remove {
    min-block-size: 32px;
    min-inline-size: 32px;
    border: 0;
    border-radius: 999px;
    background: none;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
  .error-summary {
    padding: var(--_gos-space-2) var(--_gos-space-3);
    border: 3px solid var(--_gos-color-error);
    border-radius: var(--_gos-radius);
  }
  .error-summary.empty {
    /* Kept in the page (an alert region must exist before its text arrives), but takes no room. */
    padding: 0;
    border: 0;
  }
  .error-summary ul {
    margin: var(--_gos-space-1) 0 0;
    padding-inline-start: var(--_gos-space-3);
  }
  .error-summary a {
    color: var(--_gos-color-error);
    font-weight: 600;
  }
  .save-search {
    display: grid;
    gap: var(--_gos-space-2);
    justify-items: start;
  }
  form.save-search {
    justify-items: stretch;
  }
  progress {
    inline-size: 100%;
  }

  @media (forced-colors: active) {
    .account-tab[aria-selected='true'] {
      border-block-end-color: Highlight;
    }
    .unread-badge {
      border-color: CanvasText;
      background: Canvas;
      color: CanvasText;
    }
    .favourite,
    .badge,
    .chip,
    fieldset,
    .confirm,
    .error-summary {
      border-color: CanvasText;
    }
    .favourite[aria-pressed='true'],
    .favourite[aria-pressed='true'] .favourite-star {
      border-color: Highlight;
      color: Highlight;
    }
  }
`;
