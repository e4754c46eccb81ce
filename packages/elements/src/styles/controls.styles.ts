import { css } from 'lit';
import { buttonStyles } from './button.styles.js';

export { buttonStyles };

/**
 * Building blocks the components share, so a button or a field looks and behaves the same in every element:
 * 44 px minimum targets (WCAG 2.5.8 asks 24, Gosuslugi uses 48 on mobile), visible focus, states that never rely
 * on colour alone, and forced-colors support.
 */
export const controlStyles = css`
  ${buttonStyles}
  .field {
    display: grid;
    gap: var(--_gos-space-1);
  }
  .field input,
  .field select,
  .field textarea {
    min-height: 44px;
    padding: var(--_gos-space-2) var(--_gos-space-3);
    border: 1px solid var(--_gos-color-border);
    border-radius: var(--_gos-radius);
    background: var(--_gos-color-surface);
    color: var(--_gos-color-on-surface);
    font: inherit;
    letter-spacing: inherit;
  }
  .field [aria-invalid='true'] {
    border: 2px solid var(--_gos-color-error);
  }
  .hint {
    color: var(--_gos-color-muted);
    font-size: var(--_gos-font-size-small);
  }
  .message-error {
    color: var(--_gos-color-error);
  }
  .message-success {
    color: var(--_gos-color-success);
  }
  .message-warning {
    color: var(--_gos-color-warning);
  }
  .card {
    padding: var(--_gos-space-3);
    border: 1px solid var(--_gos-color-border);
    border-radius: var(--_gos-radius);
    background: var(--_gos-color-surface-variant);
  }
  @media (forced-colors: active) {
    .field [aria-invalid='true'] {
      border-color: Mark;
    }
  }
`;
