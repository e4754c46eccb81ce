import { css } from 'lit';

export const styles = css`
  :host {
    --_rw-gap: var(--gos-registration-wizard-gap, var(--_gos-space-3));
  }
  .base,
  form {
    display: grid;
    gap: var(--_rw-gap);
  }
  h2,
  h3,
  h4,
  p {
    margin: 0;
  }
  .step-heading:focus {
    outline: none;
  }
  .step-heading:focus-visible {
    outline: var(--_gos-focus-ring-width) solid var(--_gos-color-focus);
  }
  .stepper {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gos-space-1) var(--_gos-space-3);
    margin: 0;
    padding: 0;
    list-style: none;
    counter-reset: step;
  }
  .stepper li {
    counter-increment: step;
  }
  .stepper li::before {
    content: counter(step) '. ';
  }
  .stepper .current {
    font-weight: 600;
  }
  .stepper .done::before {
    content: '✓ ' / '';
  }
  .stepper .todo {
    color: var(--_gos-color-muted);
  }
  .link {
    padding: 0;
    border: 0;
    background: none;
    color: var(--_gos-color-primary);
    font: inherit;
    text-decoration: underline;
    cursor: pointer;
    min-height: 24px;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_gos-space-2) var(--_gos-space-3);
  }
  .restart {
    margin-inline-start: auto;
  }
  .account-links {
    display: inline-flex;
    flex-wrap: wrap;
    gap: var(--_gos-space-3);
  }
  .error-summary {
    padding: var(--_gos-space-3);
    border: 3px solid var(--_gos-color-error);
  }
  .error-summary:focus-visible {
    outline: var(--_gos-focus-ring-width) solid var(--_gos-color-focus);
  }
  .error-summary a {
    color: var(--_gos-color-error);
    font-weight: 600;
  }
  .notice {
    padding: var(--_gos-space-2) var(--_gos-space-3);
    border-inline-start: 4px solid var(--_gos-color-border);
  }
  .notice.error {
    border-color: var(--_gos-color-error);
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
  }
  fieldset.group {
    display: grid;
    gap: var(--_rw-gap);
  }
  legend {
    padding: 0;
    font-weight: 600;
  }
  .choice {
    display: flex;
    align-items: center;
    gap: var(--_gos-space-2);
    min-height: 44px;
  }
  .choice input {
    inline-size: 20px;
    block-size: 20px;
    margin: 0;
  }
  .rules {
    margin: 0;
    padding-inline-start: var(--_gos-space-3);
  }
  .rules .met::marker {
    content: '✓ ';
  }
  .rules .unmet::marker {
    content: '✕ ';
  }
  .consent {
    max-block-size: 16rem;
    overflow: auto;
    display: grid;
    gap: var(--_gos-space-2);
  }
  .consent:focus-visible {
    outline: var(--_gos-focus-ring-width) solid var(--_gos-color-focus);
  }
  .review-section dl {
    display: grid;
    gap: var(--_gos-space-1);
    margin: 0;
  }
  .review-section .row {
    display: grid;
    grid-template-columns: minmax(8rem, 14rem) 1fr;
    gap: var(--_gos-space-2);
  }
  .review-section dd {
    margin: 0;
  }
  .checks {
    display: grid;
    gap: var(--_gos-space-2);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .check {
    padding-inline-start: var(--_gos-space-3);
    border-inline-start: 4px solid var(--_gos-color-border);
  }
  .check.failed {
    border-color: var(--_gos-color-error);
  }
  progress {
    inline-size: 100%;
  }
`;
