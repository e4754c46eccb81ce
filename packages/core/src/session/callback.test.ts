import { describe, expect, it } from 'vitest';
import { callbackKind, pageRedirectUri, returnUrl, withoutResponseParams } from './callback.js';

const page = 'https://mintrud.gov.ru/uslugi/page.html';

describe('callbackKind', () => {
  it('recognises the SDK’s own responses by the marker in state', () => {
    expect(callbackKind(`${page}?code=abc&state=f00d;gos-r`)).toBe('redirect');
    expect(callbackKind(`${page}?code=abc&state=f00d;gos-p&iss=x`)).toBe('popup');
    expect(callbackKind(`${page}?error=access_denied&state=f00d;gos-r`)).toBe('redirect');
    expect(callbackKind(`${page}?state=f00d;gos-o`)).toBe('signout');
  });

  it('leaves other libraries’ responses and ordinary pages alone', () => {
    expect(callbackKind(`${page}?code=abc&state=f00d`)).toBeUndefined();
    expect(callbackKind(`${page}?code=abc&state=f00d;other`)).toBeUndefined();
    expect(callbackKind(`${page}?state=f00d;gos-r`)).toBeUndefined();
    expect(callbackKind(`${page}?q=1#code=abc`)).toBeUndefined();
  });
});

describe('return to the page', () => {
  it('drops only the provider’s parameters', () => {
    expect(withoutResponseParams(`${page}?tab=2&code=abc&state=s;gos-r&iss=x&session_state=y#top`)).toBe(
      `${page}?tab=2#top`,
    );
  });

  it('returns to the exact page on this origin, never elsewhere', () => {
    const callback = `${page}?code=abc&state=s;gos-r`;
    expect(returnUrl('https://mintrud.gov.ru/a.html?x=1#section-3', callback)).toBe(
      'https://mintrud.gov.ru/a.html?x=1#section-3',
    );
    expect(returnUrl('https://evil.example/steal', callback)).toBe(page);
    expect(returnUrl(undefined, callback)).toBe(page);
  });

  it('uses the page without query and hash as the redirect URI', () => {
    expect(pageRedirectUri(`${page}?x=1#y`)).toBe(page);
  });
});
