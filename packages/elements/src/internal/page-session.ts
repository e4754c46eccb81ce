// The session an element signs in with: its own `session` property, or the page's shared one for the identity
// provider `<gos-config>` names (the one `<gos-login-button>` shows).
import type { GosConfig, SessionHandle, SessionOptions } from '@gos-elements/core';
import type { ReactiveControllerHost } from 'lit';

/**
 * What `sessionFor` needs from the configuration, or undefined until the issuer and client id are known. Apart from
 * `sessionFor` itself, so that an element which signs in only on demand can load the session code lazily.
 */
export function sessionOptionsOf(config: GosConfig): SessionOptions | undefined {
  const { issuer, clientId, redirectUri, tokenStorage, idleTimeout } = config;
  if (!issuer || !clientId) return undefined;
  return {
    issuer,
    clientId,
    ...(redirectUri ? { redirectUri } : {}),
    storage: tokenStorage,
    idleTimeout: idleTimeout * 1000,
  };
}

/** Follows one session at a time and re-renders the host whenever it changes (sign-in, sign-out, renewal). */
export class SessionFollower {
  readonly #host: ReactiveControllerHost;
  #current?: SessionHandle;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController({ hostDisconnected: () => this.follow(undefined) });
  }

  /** The session followed now. */
  get current(): SessionHandle | undefined {
    return this.#current;
  }

  get signedIn(): boolean {
    return this.#current?.state.user !== undefined;
  }

  /** Follows `session` from now on (call it in `willUpdate`, so the render sees the right one). */
  follow(session: SessionHandle | undefined): void {
    if (session === this.#current) return;
    this.#current?.removeEventListener('change', this.#onChange);
    session?.addEventListener('change', this.#onChange);
    this.#current = session;
  }

  readonly #onChange = (): void => this.#host.requestUpdate();
}
