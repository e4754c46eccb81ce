import type { TokenStorage } from './types.js';

/** What a session holds. Lives in this module's store and travels between same-origin tabs; never in events. */
export interface TokenSet {
  readonly accessToken: string;
  readonly refreshToken?: string;
  readonly idToken?: string;
  /** When the access token expires, ms since the epoch. */
  readonly expiresAt: number;
  readonly scope?: string;
  /** The claims the SDK shows (and oidc-client-ts needs to validate a refresh): no tokens in here. */
  readonly claims: Readonly<Record<string, unknown>>;
  /** When these tokens were obtained (ms): of two sets, the later one wins. */
  readonly obtainedAt: number;
}

export interface TokenStore {
  load(): TokenSet | undefined;
  save(tokens: TokenSet | undefined): void;
}

function isTokenSet(value: unknown): value is TokenSet {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<TokenSet>;
  return (
    typeof candidate.accessToken === 'string' &&
    typeof candidate.expiresAt === 'number' &&
    typeof candidate.obtainedAt === 'number' &&
    typeof candidate.claims === 'object' &&
    candidate.claims !== null
  );
}

/** Parses a token set that came from storage or another tab; anything malformed counts as none. */
export function parseTokenSet(value: unknown): TokenSet | undefined {
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return undefined;
    }
  }
  return isTokenSet(value) ? value : undefined;
}

/**
 * `session`: this tab's `sessionStorage`, so a reload keeps the session and closing the tab ends it;
 * `memory`: nothing survives a reload (other open tabs still share theirs). Never `localStorage`.
 */
export function tokenStore(kind: TokenStorage, key: string): TokenStore {
  let current: TokenSet | undefined;
  const storage = kind === 'session' ? sessionStorageOrUndefined() : undefined;
  return {
    load() {
      current ??= parseTokenSet(storage?.getItem(key) ?? undefined);
      return current;
    },
    save(tokens) {
      current = tokens;
      if (!storage) return;
      if (tokens) storage.setItem(key, JSON.stringify(tokens));
      else storage.removeItem(key);
    },
  };
}

function sessionStorageOrUndefined(): Storage | undefined {
  try {
    // Reading the property throws where storage is blocked (sandboxed iframes, some privacy modes).
    return globalThis.sessionStorage;
  } catch {
    return undefined;
  }
}

/** Whether the access token has less than `marginMs` to live at `now`. */
export function expiresWithin(tokens: TokenSet, marginMs: number, now: number): boolean {
  return tokens.expiresAt - now <= marginMs;
}
