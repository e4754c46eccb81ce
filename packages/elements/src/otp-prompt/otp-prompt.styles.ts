import { css } from 'lit';

/**
 * Component properties (`--gos-otp-prompt-*`) fall back to the shared private tokens, which fall back to literals,
 * so the prompt looks finished on a bare page. In low-vision mode the citizen's scheme wins over the host's
 * component properties, as it does over the global tokens.
 */
export const styles = css`
  :host {
    --_otp-gap: var(--gos-otp-prompt-gap, var(--_gos-space-3));
    --_otp-radius: var(--gos-otp-prompt-radius, var(--_gos-radius));
    --_otp-input-font-size: var(--gos-otp-prompt-input-font-size, var(--_gos-font-size-large));
    --_otp-input-border-color: var(--gos-otp-prompt-input-border-color, var(--_gos-color-border));
    --_otp-muted-color: var(--gos-otp-prompt-muted-color, var(--_gos-color-muted));
    --_otp-error-color: var(--gos-otp-prompt-error-color, var(--_gos-color-error));
    max-inline-size: 40rem;
  }
  :host(:state(low-vision)) {
    --_otp-radius: var(--_gos-radius);
    --_otp-input-font-size: var(--_gos-font-size-large);
    --_otp-input-border-color: var(--_gos-color-border);
    --_otp-muted-color: var(--_gos-color-muted);
    --_otp-error-color: var(--_gos-color-error);
  }

  .otp {
    position: relative;
    display: grid;
    gap: var(--_otp-gap);
  }
  .otp p {
    margin: 0;
  }

  .field {
    gap: var(--_gos-space-2);
  }
  .label {
    font-weight: 600;
  }
  .hint,
  .status {
    color: var(--_otp-muted-color);
  }
  .destination {
    unicode-bidi: isolate;
    white-space: nowrap;
  }

  .field .code {
    /* --_otp-length is set per element: the code's length in characters. */
    inline-size: 100%;
    max-inline-size: calc(var(--_otp-length, 6) * (1ch + 0.4em) + 3rem);
    border-color: var(--_otp-input-border-color);
    border-radius: var(--_otp-radius);
    font-size: var(--_otp-input-font-size);
    font-variant-numeric: tabular-nums;
    letter-spacing: 0.4em;
  }
  .field .code::placeholder {
    color: var(--_otp-muted-color);
  }
  .field .code[aria-invalid='true'] {
    border-color: var(--_otp-error-color);
  }
  .field .code:read-only {
    background: var(--_gos-color-surface-variant);
    border-style: dashed;
  }
  .field .code:disabled {
    opacity: 0.7;
    cursor: not-allowed;
  }

  .status {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_gos-space-2);
  }
  .spinner {
    inline-size: 1em;
    block-size: 1em;
    border: 0.15em solid currentColor;
    border-inline-end-color: transparent;
    border-radius: 50%;
    animation: otp-spin 0.8s linear infinite;
  }
  @keyframes otp-spin {
    to {
      transform: rotate(1turn);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation: none;
      border-inline-end-color: currentColor;
      border-style: dotted;
    }
  }

  .message-error {
    color: var(--_otp-error-color);
    font-weight: 600;
  }
  /* Out of the layout while empty, but never display: none — a live region must stay in the accessibility tree. */
  .message-error.empty {
    position: absolute;
  }
  .message-error p + p {
    margin-block-start: var(--_gos-space-1);
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: var(--_gos-space-2) var(--_gos-space-3);
  }
  .resend {
    display: grid;
    gap: var(--_gos-space-1);
    justify-items: start;
  }
  .button {
    border-radius: var(--_otp-radius);
    white-space: normal;
    text-align: center;
  }
  .switch {
    display: grid;
    gap: var(--_gos-space-2);
    justify-items: start;
  }
  .switch-list {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gos-space-2);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .switch-list[hidden] {
    display: none;
  }
  .switch-toggle::after {
    content: '';
    inline-size: 0.5em;
    block-size: 0.5em;
    border-block-end: 2px solid currentColor;
    border-inline-end: 2px solid currentColor;
    transform: translateY(-25%) rotate(45deg);
    transition: transform var(--_gos-transition);
  }
  .switch-toggle[aria-expanded='true']::after {
    transform: translateY(25%) rotate(-135deg);
  }

  @media (forced-colors: active) {
    .field .code[aria-invalid='true'] {
      border-color: Mark;
    }
    .message-error {
      color: CanvasText;
    }
  }
`;
