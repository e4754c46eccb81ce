import {
  ErrorResponse,
  InMemoryWebStorage,
  OidcClient,
  WebStorageStateStore,
  type SigninResponse,
} from 'oidc-client-ts';
import { callbackKind, pageRedirectUri, returnUrl, STATE_MARKERS, withoutResponseParams } from './callback.js';
import { IdleWatcher } from './idle.js';
import { Leadership } from './leader.js';
import { tabChannel, type TabChannel, type TabMessage } from './tab-channel.js';
import { expiresWithin, tokenStore, type TokenSet, type TokenStore } from './tokens.js';
import type {
  SessionEndReason,
  SessionError,
  SessionErrorCode,
  SessionEventMap,
  SessionHandle,
  SessionOptions,
  SessionState,
  SignInMode,
} from './types.js';
import { userFromClaims } from './user.js';

/** The leader renews this long before the access token expires. */
const RENEW_BEFORE_MS = 60_000;
/** `accessToken()` renews a token with less than this to live. */
const FRESH_ENOUGH_MS = 15_000;
/** How long a freshly loaded tab waits for another tab to share its session. */
const ASK_TIMEOUT_MS = 300;
/** How long a follower waits for the leader to renew before it takes over. */
const LEADER_TIMEOUT_MS = 5_000;
const RETRY_MIN_MS = 2_000;
const RETRY_MAX_MS = 60_000;
const POPUP_MESSAGE = 'gos-signin-response';
const POPUP_FEATURES = 'popup,width=520,height=720';

const DEFAULTS = { scope: 'openid fullname', storage: 'session', idleTimeout: 15 * 60_000, idleWarning: 60_000 };

type ResolvedOptions = Required<Omit<SessionOptions, 'redirectUri'>> & Pick<SessionOptions, 'redirectUri'>;

interface ResponseState {
  readonly returnTo?: string;
}

function sessionStorageOr(fallback: Storage): Storage {
  try {
    return globalThis.sessionStorage ?? fallback;
  } catch {
    return fallback;
  }
}

/** The SDK's reading of a failure: provider words become a code, anything else means the provider is unreachable. */
function errorFrom(error: unknown, fallback: SessionErrorCode = 'unavailable'): SessionError {
  if (error instanceof ErrorResponse) {
    const code = error.error === 'access_denied' || error.error === 'login_required' ? 'denied' : 'callback';
    return { code, detail: error.error_description ?? error.error ?? undefined };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return { code: /state/i.test(detail) ? 'callback' : fallback, detail };
}

function tokensFrom(response: SigninResponse, previous?: TokenSet): TokenSet {
  const now = Date.now();
  return {
    accessToken: response.access_token,
    ...(response.refresh_token ? { refreshToken: response.refresh_token } : {}),
    ...((response.id_token ?? previous?.idToken) ? { idToken: response.id_token ?? previous?.idToken } : {}),
    expiresAt: response.expires_at ? response.expires_at * 1000 : now + 5 * 60_000,
    ...(response.scope ? { scope: response.scope } : {}),
    claims: { ...previous?.claims, ...response.profile },
    obtainedAt: now,
  };
}

/**
 * A sign-in session with one OpenID provider for one client, shared by every element on the page and kept in step
 * with the page's other tabs. Built on oidc-client-ts's `OidcClient` (authorization code + PKCE, token and
 * response validation); windows, storage, renewal, tabs and idle time are handled here.
 *
 * Events (`CustomEvent`s, see {@link SessionEventMap}): `change` on every state change, `login`, `logout`,
 * `expired`, `error`.
 */
export class GosSession extends EventTarget implements SessionHandle {
  readonly #options: ResolvedOptions;
  readonly #client: OidcClient;
  readonly #store: TokenStore;
  readonly #channel: TabChannel;
  readonly #leadership: Leadership;
  readonly #idle?: IdleWatcher;
  #state: SessionState = { status: 'restoring' };
  #tokens?: TokenSet;
  #renewing?: Promise<void>;
  #renewTimer?: ReturnType<typeof setTimeout>;
  #retryDelay = RETRY_MIN_MS;
  #probeTimer?: ReturnType<typeof setTimeout>;
  #lastAction?: () => Promise<void>;
  #asking?: (tokens: TokenSet) => void;
  #tokenWaiters: Array<() => void> = [];

  constructor(options: SessionOptions) {
    super();
    this.#options = { ...DEFAULTS, ...options } as ResolvedOptions;
    const key = `${options.issuer}|${options.clientId}`;
    this.#client = new OidcClient({
      authority: options.issuer,
      client_id: options.clientId,
      redirect_uri: options.redirectUri ?? pageRedirectUri(location.href),
      scope: this.#options.scope,
      response_mode: 'query',
      // Names come from userinfo: the ID token carries only `sub`, `amr` and `account_level`.
      loadUserInfo: true,
      filterProtocolClaims: false,
      // PKCE verifiers and `state` must survive the redirect to the provider and back in this tab only.
      stateStore: new WebStorageStateStore({ prefix: 'gos.', store: sessionStorageOr(new InMemoryWebStorage()) }),
    });
    this.#store = tokenStore(this.#options.storage, `gos.session.${key}`);
    this.#channel = tabChannel(`gos-session:${key}`, (message) => this.#onTabMessage(message));
    this.#leadership = new Leadership(`gos-session-leader:${key}`, (leading) => {
      if (leading) this.#scheduleRenewal();
      else clearTimeout(this.#renewTimer);
    });
    if (this.#options.idleTimeout > 0) {
      this.#idle = new IdleWatcher(this.#options.idleTimeout, this.#options.idleWarning, {
        warn: (deadline) => this.#set({ ...this.#state, idleDeadline: deadline }),
        clear: () => this.#set({ ...this.#state, idleDeadline: undefined }),
        idle: () => void this.#end('idle'),
        share: (at) => this.#channel.post({ type: 'activity', at }),
      });
    }
    window.addEventListener('message', this.#onWindowMessage);
    window.addEventListener('online', () => this.#probe());
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') this.#scheduleRenewal();
    });
    this.#leadership.request();
    void this.#start();
  }

  get state(): SessionState {
    return this.#state;
  }

  async signIn({ mode = 'redirect' }: { mode?: SignInMode } = {}): Promise<void> {
    if (this.#busy) return;
    this.#lastAction = () => this.signIn({ mode });
    // Opened before anything is awaited, while the click still counts as a user gesture; else it is blocked.
    const popup = mode === 'popup' ? window.open('about:blank', 'gos-signin', POPUP_FEATURES) : null;
    this.#set({ status: 'signing-in' });
    try {
      const request = await this.#client.createSigninRequest({
        redirect_uri: this.#options.redirectUri ?? pageRedirectUri(location.href),
        url_state: popup ? STATE_MARKERS.popup : STATE_MARKERS.redirect,
        state: { returnTo: location.href } satisfies ResponseState,
      });
      if (!popup || popup.closed) {
        location.assign(request.url);
        return;
      }
      popup.location.href = request.url;
      this.#watchPopup(popup);
    } catch (error) {
      popup?.close();
      this.#fail(errorFrom(error));
    }
  }

  async signOut(): Promise<void> {
    if (this.#state.status === 'signing-out' || this.#state.status === 'signing-in') return;
    const idToken = this.#tokens?.idToken;
    this.#lastAction = () => this.signOut();
    const wasSignedIn = this.#tokens !== undefined;
    this.#clear();
    this.#set({ status: 'signing-out' });
    if (wasSignedIn) {
      this.#channel.post({ type: 'signed-out', reason: 'user' });
      this.#emit('logout', { via: 'user' });
    }
    try {
      // Local sign-out is done; now end the single sign-on session at the provider (which shows its own page).
      const request = await this.#client.createSignoutRequest({
        ...(idToken ? { id_token_hint: idToken } : {}),
        post_logout_redirect_uri: this.#options.redirectUri ?? pageRedirectUri(location.href),
        url_state: STATE_MARKERS.signout,
        state: { returnTo: location.href } satisfies ResponseState,
      });
      location.assign(request.url);
    } catch (error) {
      this.#fail(errorFrom(error));
    }
  }

  extend(): void {
    this.#idle?.touch(Date.now(), { urgent: true });
  }

  async retry(): Promise<void> {
    if (this.#state.status !== 'error') return;
    const action = this.#lastAction;
    this.#settle();
    await action?.();
  }

  async accessToken(): Promise<string | undefined> {
    const tokens = this.#tokens;
    if (!tokens) return undefined;
    if (!expiresWithin(tokens, FRESH_ENOUGH_MS, Date.now())) return tokens.accessToken;
    if (this.#leadership.leading) await this.#renew();
    else await this.#askLeaderToRenew();
    return this.#tokens?.accessToken;
  }

  get #busy(): boolean {
    return this.#state.status === 'signing-in' || this.#state.status === 'signing-out';
  }

  async #start(): Promise<void> {
    const href = location.href;
    const kind = callbackKind(href);
    const opener = window.opener as Window | null;
    if (kind === 'popup' && opener && opener !== window) {
      // This window is the sign-in popup: hand the response to the page that opened it, which holds the PKCE
      // verifier, and close. Same origin only: the response must not leak anywhere else.
      opener.postMessage({ type: POPUP_MESSAGE, url: href }, location.origin);
      window.close();
      return;
    }
    if (kind === 'redirect' || kind === 'popup') {
      await this.#completeSignIn(href, 'redirect');
      return;
    }
    if (kind === 'signout') {
      const response = await this.#client.processSignoutResponse(href).catch(() => undefined);
      history.replaceState(history.state, '', returnUrl((response?.userState as ResponseState)?.returnTo, href));
    }
    const stored = this.#store.load();
    if (stored) {
      this.#adopt(stored, 'restore');
      return;
    }
    const shared = await this.#askOtherTabs(true);
    if (shared) this.#adopt(shared, 'other-tab');
    else if (this.#state.status === 'restoring') this.#set({ status: 'signed-out' });
  }

  /** The newest session other tabs hold: the first answer when `first`, else the newest within the wait. */
  #askOtherTabs(first: boolean): Promise<TokenSet | undefined> {
    if (typeof BroadcastChannel === 'undefined') return Promise.resolve(undefined);
    return new Promise((resolve) => {
      let newest: TokenSet | undefined;
      const finish = (): void => {
        clearTimeout(timer);
        this.#asking = undefined;
        resolve(newest);
      };
      const timer = setTimeout(finish, ASK_TIMEOUT_MS);
      this.#asking = (tokens) => {
        if (!newest || tokens.obtainedAt > newest.obtainedAt) newest = tokens;
        if (first) finish();
      };
      this.#channel.post({ type: 'ask' });
    });
  }

  async #completeSignIn(url: string, via: SignInMode): Promise<void> {
    // The response is single-use: take it out of the address bar first, so a reload cannot replay it.
    if (via === 'redirect') history.replaceState(history.state, '', withoutResponseParams(url));
    this.#set({ status: 'signing-in' });
    try {
      const response = await this.#client.processSigninResponse(url);
      const tokens = tokensFrom(response);
      this.#adopt(tokens, via);
      this.#channel.post({ type: 'tokens', tokens, signIn: true });
      if (via === 'redirect') this.#returnTo((response.userState as ResponseState | undefined)?.returnTo);
    } catch (error) {
      this.#lastAction = () => this.signIn({ mode: via });
      this.#fail(errorFrom(error, 'callback'));
    }
  }

  /**
   * Back to the exact page sign-in started from: same document when only query or hash differ. The page read its
   * address before the callback was handled, so a `popstate` tells whoever keeps a view in the query (`sync-url`
   * elements, the host's router) to read it again — as back/forward to that address would.
   */
  #returnTo(returnTo: string | undefined): void {
    const target = returnUrl(returnTo, location.href);
    if (new URL(target).pathname !== location.pathname) {
      location.replace(target);
      return;
    }
    if (target === location.href) return;
    history.replaceState(history.state, '', target);
    dispatchEvent(new PopStateEvent('popstate', { state: history.state }));
  }

  #watchPopup(popup: Window): void {
    const timer = setInterval(() => {
      if (!popup.closed) return;
      clearInterval(timer);
      // The popup posts its response and then closes: give that message time to arrive before calling it a cancel.
      setTimeout(() => {
        if (this.#state.status === 'signing-in' && !this.#tokens) {
          this.#lastAction = () => this.signIn({ mode: 'popup' });
          this.#fail({ code: 'popup-closed' });
        }
      }, 500);
    }, 300);
  }

  readonly #onWindowMessage = (event: MessageEvent): void => {
    const data = event.data as { type?: unknown; url?: unknown } | null;
    if (event.origin !== location.origin || data?.type !== POPUP_MESSAGE || typeof data.url !== 'string') return;
    if (callbackKind(data.url) !== 'popup' || this.#state.status !== 'signing-in') return;
    void this.#completeSignIn(data.url, 'popup');
  };

  /** Takes `tokens` as this tab's session; `via` says whether that is news worth a `login` event. */
  #adopt(tokens: TokenSet, via?: SessionLoginVia): void {
    const user = userFromClaims(tokens.claims);
    const previous = this.#tokens;
    this.#tokens = tokens;
    this.#store.save(tokens);
    this.#retryDelay = RETRY_MIN_MS;
    this.#set({ status: 'signed-in', user, idleDeadline: this.#state.idleDeadline });
    this.#idle?.start();
    this.#scheduleRenewal();
    for (const wake of this.#tokenWaiters.splice(0)) wake();
    if (via && previous?.claims['sub'] !== user.sub) this.#emit('login', { user, via });
  }

  #clear(): void {
    this.#tokens = undefined;
    this.#store.save(undefined);
    this.#idle?.stop();
    clearTimeout(this.#renewTimer);
  }

  /** The session ended without the person asking: here, in other tabs, and (for idle) at the provider. */
  async #end(reason: SessionEndReason, fromOtherTab = false): Promise<void> {
    const tokens = this.#tokens;
    if (!tokens) return;
    this.#clear();
    this.#set({ status: 'signed-out' });
    this.#emit('expired', { reason });
    if (fromOtherTab) return;
    this.#channel.post({ type: 'signed-out', reason });
    if (reason === 'idle' && tokens.refreshToken) {
      await this.#client.revokeToken(tokens.refreshToken, 'refresh_token').catch(() => undefined);
    }
  }

  #scheduleRenewal(): void {
    clearTimeout(this.#renewTimer);
    const tokens = this.#tokens;
    if (!tokens?.refreshToken || !this.#leadership.leading) return;
    // Without Web Locks every tab leads: spreading their renewals makes a collision unlikely (not impossible).
    const jitter = this.#leadership.exclusive ? 0 : Math.random() * 20_000;
    const delay = Math.max(0, tokens.expiresAt - RENEW_BEFORE_MS - jitter - Date.now());
    this.#renewTimer = setTimeout(() => void this.#renew(), Math.min(delay, 2 ** 31 - 1));
  }

  #renew(): Promise<void> {
    this.#renewing ??= this.#refresh().finally(() => (this.#renewing = undefined));
    return this.#renewing;
  }

  async #refresh(): Promise<void> {
    // A tab that was frozen or just took over may hold a refresh token another tab has already used: presenting it
    // would get the whole session revoked. Take the newest set any tab has first.
    const newest = await this.#askOtherTabs(false);
    if (newest && this.#tokens && newest.obtainedAt > this.#tokens.obtainedAt) this.#adopt(newest);
    const tokens = this.#tokens;
    if (!tokens) return;
    if (!expiresWithin(tokens, RENEW_BEFORE_MS, Date.now())) return;
    if (!tokens.refreshToken) {
      if (expiresWithin(tokens, 0, Date.now())) await this.#end('expired');
      return;
    }
    try {
      const response = await this.#client.useRefreshToken({
        state: {
          refresh_token: tokens.refreshToken,
          id_token: tokens.idToken,
          session_state: null,
          scope: tokens.scope,
          profile: tokens.claims as SigninResponse['profile'],
        },
        timeoutInSeconds: 20,
      });
      if (this.#tokens !== tokens) return;
      const renewed = tokensFrom(response, tokens);
      this.#adopt(renewed);
      this.#channel.post({ type: 'tokens', tokens: renewed, signIn: false });
    } catch (error) {
      if (this.#tokens !== tokens) return;
      if (error instanceof ErrorResponse && error.error === 'invalid_grant') {
        await this.#end('revoked');
        return;
      }
      // The provider is unreachable: the session may well be alive. Keep it and try again, more slowly each time.
      clearTimeout(this.#renewTimer);
      this.#renewTimer = setTimeout(() => void this.#renew(), this.#retryDelay);
      this.#retryDelay = Math.min(this.#retryDelay * 2, RETRY_MAX_MS);
    }
  }

  /** A follower needs a fresh token: ask the leader; if it does not answer in time (frozen tab), take over. */
  async #askLeaderToRenew(): Promise<void> {
    const before = this.#tokens;
    const renewed = new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), LEADER_TIMEOUT_MS);
      this.#tokenWaiters.push(() => {
        clearTimeout(timer);
        resolve(true);
      });
    });
    this.#channel.post({ type: 'renew' });
    if ((await renewed) || this.#tokens !== before) return;
    this.#leadership.request(true);
    await this.#renew();
  }

  #onTabMessage(message: TabMessage): void {
    const tokens = this.#tokens;
    switch (message.type) {
      case 'ask':
        if (tokens) this.#channel.post({ type: 'tokens', tokens, signIn: false });
        return;
      case 'renew':
        if (this.#leadership.leading && tokens) {
          if (expiresWithin(tokens, RENEW_BEFORE_MS, Date.now())) void this.#renew();
          else this.#channel.post({ type: 'tokens', tokens, signIn: false });
        }
        return;
      case 'tokens':
        if (this.#asking) this.#asking(message.tokens);
        else if (tokens ? message.tokens.obtainedAt > tokens.obtainedAt : message.signIn) {
          this.#adopt(message.tokens, 'other-tab');
        }
        return;
      case 'signed-out':
        if (!tokens) return;
        if (message.reason === 'user') {
          this.#clear();
          this.#set({ status: 'signed-out' });
          this.#emit('logout', { via: 'other-tab' });
        } else void this.#end(message.reason, true);
        return;
      case 'activity':
        this.#idle?.touch(message.at, { remote: true });
        return;
    }
  }

  #fail(error: SessionError): void {
    this.#set({ status: 'error', error, ...(this.#tokens ? { user: userFromClaims(this.#tokens.claims) } : {}) });
    this.#emit('error', error);
    if (error.code === 'unavailable') this.#scheduleProbe(RETRY_MIN_MS);
  }

  /** Leaves the error state for the settled state the tokens say. */
  #settle(): void {
    clearTimeout(this.#probeTimer);
    this.#set(
      this.#tokens ? { status: 'signed-in', user: userFromClaims(this.#tokens.claims) } : { status: 'signed-out' },
    );
  }

  #scheduleProbe(delay: number): void {
    clearTimeout(this.#probeTimer);
    this.#probeTimer = setTimeout(() => this.#probe(delay), delay);
  }

  /** While the provider is unreachable, check now and then (and when the browser comes back online). */
  #probe(delay = RETRY_MIN_MS): void {
    if (this.#state.status !== 'error' || this.#state.error?.code !== 'unavailable') return;
    fetch(`${this.#options.issuer}/.well-known/openid-configuration`, { cache: 'no-store' })
      .then((response) => {
        if (!response.ok) throw new Error(String(response.status));
        if (this.#state.status === 'error' && this.#state.error?.code === 'unavailable') this.#settle();
      })
      .catch(() => this.#scheduleProbe(Math.min(delay * 2, RETRY_MAX_MS / 2)));
  }

  #set(state: SessionState): void {
    this.#state = state;
    this.#emit('change', state);
  }

  #emit<K extends keyof SessionEventMap>(type: K, detail: SessionEventMap[K]['detail']): void {
    this.dispatchEvent(new CustomEvent(type, { detail }));
  }
}

type SessionLoginVia = SessionEventMap['login']['detail']['via'];

const sessions = new Map<string, GosSession>();

/**
 * The page's session with `issuer` for `clientId`: created on first use, then shared, so any number of elements
 * (and the host's own code) see one state and one set of tokens. Later calls' other options are ignored.
 */
export function sessionFor(options: SessionOptions): GosSession {
  const key = `${options.issuer}|${options.clientId}`;
  let session = sessions.get(key);
  if (!session) {
    session = new GosSession(options);
    sessions.set(key, session);
  }
  return session;
}
