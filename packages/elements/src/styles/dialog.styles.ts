import { css } from 'lit';

/** A modal `<dialog>` (a warning or a confirmation) and its row of buttons. */
export const dialogStyles = css`
  dialog {
    max-inline-size: min(28rem, calc(100vw - 2rem));
    padding: var(--_gos-space-4);
    border: 1px solid var(--_gos-color-border);
    border-radius: var(--_gos-radius);
    background: var(--_gos-color-surface);
    color: var(--_gos-color-on-surface);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }
  dialog .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gos-space-2);
    margin-block-start: var(--_gos-space-3);
  }
`;
