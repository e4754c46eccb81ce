import { describe, expect, it } from 'vitest';
import { expiresWithin, parseTokenSet, tokenStore, type TokenSet } from './tokens.js';

const tokens: TokenSet = { accessToken: 'at', expiresAt: 10_000, claims: { sub: 'a' }, obtainedAt: 1 };

describe('token sets', () => {
  it('parses what storage or another tab hands over, and refuses anything malformed', () => {
    expect(parseTokenSet(JSON.stringify(tokens))).toEqual(tokens);
    expect(parseTokenSet(tokens)).toEqual(tokens);
    for (const bad of ['{', 'null', { ...tokens, accessToken: 1 }, { ...tokens, claims: null }, undefined]) {
      expect(parseTokenSet(bad)).toBeUndefined();
    }
  });

  it('keeps memory-only tokens in memory (and works where there is no sessionStorage at all)', () => {
    const store = tokenStore('memory', 'k');
    expect(store.load()).toBeUndefined();
    store.save(tokens);
    expect(store.load()).toBe(tokens);
    store.save(undefined);
    expect(store.load()).toBeUndefined();
    expect(tokenStore('session', 'k').load()).toBeUndefined();
  });

  it('tells when an access token is about to expire', () => {
    expect(expiresWithin(tokens, 1_000, 8_000)).toBe(false);
    expect(expiresWithin(tokens, 1_000, 9_000)).toBe(true);
  });
});
