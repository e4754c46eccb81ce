/**
 * Markers the SDK appends to the OAuth `state` (oidc-client-ts `url_state`), so a page can tell, from its URL alone,
 * a response meant for this SDK — and for which window — from another library's `?code=`.
 */
export const STATE_MARKERS = { redirect: 'gos-r', popup: 'gos-p', signout: 'gos-o' } as const;

export type CallbackKind = keyof typeof STATE_MARKERS;

const RESPONSE_PARAMS = ['code', 'state', 'session_state', 'iss', 'error', 'error_description', 'error_uri'];

/** Which SDK response, if any, the URL carries in its query. */
export function callbackKind(href: string): CallbackKind | undefined {
  const params = new URL(href).searchParams;
  const state = params.get('state');
  if (!state) return undefined;
  const marker = state.slice(state.lastIndexOf(';') + 1);
  const kind = (Object.keys(STATE_MARKERS) as CallbackKind[]).find((key) => STATE_MARKERS[key] === marker);
  if (kind === undefined || kind === 'signout') return kind;
  return params.has('code') || params.has('error') ? kind : undefined;
}

/** The URL without the provider's response parameters (what the page showed before, if it had a query). */
export function withoutResponseParams(href: string): string {
  const url = new URL(href);
  for (const name of RESPONSE_PARAMS) url.searchParams.delete(name);
  return url.href;
}

/**
 * Where to put the person after a response: the exact page (path, query, hash) they started from, if it is on this
 * origin; else the page without the response parameters. A foreign `returnTo` cannot come from our own state
 * store, but an open redirect is not worth the risk.
 */
export function returnUrl(returnTo: unknown, href: string): string {
  if (typeof returnTo === 'string') {
    const target = URL.parse(returnTo, href);
    if (target && target.origin === new URL(href).origin) return target.href;
  }
  return withoutResponseParams(href);
}

/** The redirect URI for a page: the page itself without query and hash (the provider appends its response). */
export function pageRedirectUri(href: string): string {
  const url = new URL(href);
  return `${url.origin}${url.pathname}`;
}
