import type { AccountLevel } from '@gos-elements/contracts';

export type { AccountLevel };

/** Who is signed in, as the SDK shows it. Never holds tokens. */
export interface SessionUser {
  /** The provider's subject identifier. */
  readonly sub: string;
  readonly familyName: string;
  readonly givenName: string;
  readonly middleName?: string;
  /** Surname and initials, «Иванов И. И.»; falls back to whatever name the provider gave. */
  readonly shortName: string;
  readonly accountLevel: AccountLevel;
  /** How the person proved who they are (`pwd`, `sms`, `otp`, `mail`, …). */
  readonly amr: readonly string[];
}

/**
 * - `restoring`: the page has just loaded; the SDK is finishing a sign-in callback, reading a stored session or
 *   asking other tabs for theirs.
 * - `signed-out`, `signed-in`: settled.
 * - `signing-in`, `signing-out`: an action is under way (the page may be about to navigate away).
 * - `error`: the last action failed; `error` says why; `retry()` tries again.
 */
export type SessionStatus = 'restoring' | 'signed-out' | 'signing-in' | 'signed-in' | 'signing-out' | 'error';

/**
 * - `unavailable`: the identity provider could not be reached (network, server down, 5xx).
 * - `popup-closed`: the person closed the sign-in window.
 * - `denied`: the provider refused (the person declined, the client is not allowed, `access_denied`).
 * - `callback`: the response in the URL could not be used (stale, replayed, tampered with).
 * - `config`: the page's `<gos-config>` lacks an issuer or client id.
 */
export type SessionErrorCode = 'unavailable' | 'popup-closed' | 'denied' | 'callback' | 'config';

export interface SessionError {
  readonly code: SessionErrorCode;
  /** The provider's or browser's own words, for developers; the UI shows its own text per `code`. */
  readonly detail?: string;
}

export type SignInMode = 'redirect' | 'popup';

/** Why a session ended without the person asking: idle timeout, or the provider no longer honours it. */
export type SessionEndReason = 'idle' | 'expired' | 'revoked';

export interface SessionState {
  readonly status: SessionStatus;
  readonly user?: SessionUser;
  readonly error?: SessionError;
  /**
   * While the idle warning is up: when (ms since the epoch) the session will be ended for inactivity unless
   * `extend()` is called. Undefined otherwise.
   */
  readonly idleDeadline?: number;
}

/** `detail` of the session's `login` event. */
export interface SessionLoginDetail {
  readonly user: SessionUser;
  /** `redirect`/`popup`: signed in here just now; `restore`: found after a reload; `other-tab`: another tab did it. */
  readonly via: SignInMode | 'restore' | 'other-tab';
}

/** `detail` of the session's `logout` event. */
export interface SessionLogoutDetail {
  /** `user`: signed out here; `other-tab`: another tab signed out. */
  readonly via: 'user' | 'other-tab';
}

/** `detail` of the session's `expired` event. */
export interface SessionExpiredDetail {
  readonly reason: SessionEndReason;
}

export interface SessionEventMap {
  change: CustomEvent<SessionState>;
  login: CustomEvent<SessionLoginDetail>;
  logout: CustomEvent<SessionLogoutDetail>;
  expired: CustomEvent<SessionExpiredDetail>;
  error: CustomEvent<SessionError>;
}

/** What elements need from a session; `GosSession` implements it, stories and tests may use a stand-in. */
export interface SessionHandle extends EventTarget {
  readonly state: SessionState;
  /** Starts sign-in; with `popup`, falls back to a redirect when the browser blocks the window. */
  signIn(options?: { mode?: SignInMode }): Promise<void>;
  /** Signs out here, in every other tab, and at the provider (end-session redirect). */
  signOut(): Promise<void>;
  /** Keeps an idle session alive (the «Продолжить» of the idle warning); also counts as activity. */
  extend(): void;
  /** Repeats the action that failed (`error` state), or re-checks the provider. */
  retry(): Promise<void>;
  /** A valid access token for API calls, renewed first if it is about to expire; undefined when signed out. */
  accessToken(): Promise<string | undefined>;
}

export type TokenStorage = 'session' | 'memory';

export interface SessionOptions {
  readonly issuer: string;
  readonly clientId: string;
  /** The page the provider sends the person back to; the SDK handles the response on any page it runs on. */
  readonly redirectUri?: string;
  /** Scopes beyond `openid`; default `openid fullname`. */
  readonly scope?: string;
  /** `session` (default): this tab's sessionStorage, so a reload keeps the session; `memory`: nothing is stored. */
  readonly storage?: TokenStorage;
  /** Idle timeout in ms (default 15 minutes); 0 turns it off. */
  readonly idleTimeout?: number;
  /** How long before the idle timeout the warning shows, in ms (default 60 s). */
  readonly idleWarning?: number;
}
