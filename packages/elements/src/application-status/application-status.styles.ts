import { css } from 'lit';

export const styles = css`
  :host {
    --_as-gap: var(--gos-application-status-gap, var(--_gos-space-3));
  }
  .base {
    display: grid;
    gap: var(--_as-gap);
  }
  h3,
  h4,
  p {
    margin: 0;
  }
  h3:focus {
    outline: none;
  }
  h3:focus-visible {
    outline: var(--_gos-focus-ring-width) solid var(--_gos-color-focus);
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gos-space-3);
    align-items: end;
  }
  .items,
  .history {
    display: grid;
    gap: var(--_gos-space-2);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item {
    display: grid;
    gap: var(--_gos-space-1);
    justify-items: start;
  }
  .link {
    padding: 0;
    border: 0;
    background: none;
    color: var(--_gos-color-primary);
    font: inherit;
    font-weight: 600;
    text-decoration: underline;
    cursor: pointer;
    min-height: 24px;
  }
  .badge {
    display: inline-block;
    padding: 0 var(--_gos-space-2);
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: var(--_gos-font-size-small);
  }
  .badge.attention {
    border-width: 2px;
    font-weight: 600;
  }
  .badge.success::before {
    content: '✓ ' / '';
  }
  .badge.error::before {
    content: '✕ ' / '';
  }
  .notice {
    padding: var(--_gos-space-2) var(--_gos-space-3);
    border-inline-start: 4px solid var(--_gos-color-border);
  }
  .notice.error {
    border-color: var(--_gos-color-error);
  }
  .pager {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_gos-space-2);
  }
  .progress {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gos-space-2);
    margin: 0;
    padding: 0;
    list-style: none;
    counter-reset: stage;
  }
  .progress li {
    counter-increment: stage;
    padding: var(--_gos-space-1) var(--_gos-space-2);
    border: 1px solid var(--_gos-color-border);
    border-radius: var(--_gos-radius);
  }
  .progress li::before {
    content: counter(stage) '. ';
  }
  .progress .done::before {
    content: '✓ ' / '';
  }
  .progress .current {
    border: 2px solid var(--_gos-color-primary);
    font-weight: 600;
  }
  .progress .todo {
    color: var(--_gos-color-muted);
  }
  .history li {
    padding-inline-start: var(--_gos-space-3);
    border-inline-start: 2px solid var(--_gos-color-border);
  }
  .upload {
    display: grid;
    gap: var(--_gos-space-2);
  }
  .upload.dropping {
    outline: 2px dashed var(--_gos-color-primary);
    outline-offset: 2px;
  }
  progress {
    inline-size: 100%;
  }
  @media (forced-colors: active) {
    .badge,
    .progress li {
      border-color: CanvasText;
    }
  }
`;
