import { css } from 'lit';

/**
 * Buttons as every element draws them: 44 px minimum targets, visible focus, `aria-disabled` that keeps focus.
 * Its own module so that elements without fields (the sign-in button) do not ship the field styles.
 */
export const buttonStyles = css`
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--_gos-space-2);
    min-height: 44px;
    min-width: 44px;
    padding: var(--_gos-space-2) var(--_gos-space-4);
    border: 2px solid var(--_gos-color-primary);
    border-radius: var(--_gos-radius);
    background: var(--_gos-color-primary);
    color: var(--_gos-color-on-primary);
    font: inherit;
    font-weight: 600;
    letter-spacing: inherit;
    text-decoration: none;
    cursor: pointer;
    transition:
      background-color var(--_gos-transition),
      color var(--_gos-transition);
  }
  .button.secondary {
    background: var(--_gos-color-surface);
    color: var(--_gos-color-primary);
  }
  .button[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.7;
  }
  .title {
    margin: 0;
    font-size: var(--_gos-font-size-large);
    line-height: 1.3;
  }
  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
  }
`;
