import type { SessionError, SessionExpiredDetail, SessionLoginDetail, SessionLogoutDetail } from '@gos-elements/core';

/** `detail` of `gos-login`: who signed in and how (`redirect`, `popup`, `restore` after a reload, `other-tab`). */
export type GosLoginDetail = SessionLoginDetail;
/** `detail` of `gos-logout`: signed out here (`user`) or in another tab (`other-tab`). */
export type GosLogoutDetail = SessionLogoutDetail;
/** `detail` of `gos-session-expired`: `idle` (inactivity), `expired` or `revoked` (ended at the provider). */
export type GosSessionExpiredDetail = SessionExpiredDetail;
/** `detail` of `gos-error`: a code (`unavailable`, `popup-closed`, `denied`, `callback`, `config`) and details. */
export type GosLoginErrorDetail = SessionError;

export type GosLoginEvent = CustomEvent<GosLoginDetail>;
export type GosLogoutEvent = CustomEvent<GosLogoutDetail>;
export type GosSessionExpiredEvent = CustomEvent<GosSessionExpiredDetail>;
export type GosLoginErrorEvent = CustomEvent<GosLoginErrorDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'gos-login': GosLoginEvent;
    'gos-logout': GosLogoutEvent;
    'gos-session-expired': GosSessionExpiredEvent;
    'gos-error': GosLoginErrorEvent;
  }
  interface HTMLElementEventMap {
    'gos-login': GosLoginEvent;
    'gos-logout': GosLogoutEvent;
    'gos-session-expired': GosSessionExpiredEvent;
    'gos-error': GosLoginErrorEvent;
  }
}
