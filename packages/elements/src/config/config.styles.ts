import { css } from 'lit';

// No box of its own: the configured content lays out as if <gos-config> were not there.
export const styles = css`
  :host {
    display: contents;
  }
`;
