import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, resolveConfig } from './config.js';

describe('resolveConfig', () => {
  it('uses the defaults when nothing is set', () => {
    expect(resolveConfig({})).toEqual({ config: DEFAULT_CONFIG, problems: [] });
  });

  it('resolves relative URLs against the page and drops a trailing slash', () => {
    const { config } = resolveConfig(
      { apiBase: '/api/v1/', issuer: 'http://localhost:4000/oidc' },
      DEFAULT_CONFIG,
      'https://mintrud.gov.ru/services/page.html',
    );
    expect(config.apiBase).toBe('https://mintrud.gov.ru/api/v1');
    expect(config.issuer).toBe('http://localhost:4000/oidc');
  });

  it('reports each invalid value and keeps the valid ones', () => {
    const { config, problems } = resolveConfig({
      issuer: 'javascript:alert(1)',
      theme: 'neon',
      locale: 'de',
      lowVisionScheme: 'pink',
      clientId: ' gos-demo ',
    });
    expect(problems.map((p) => p.field)).toEqual(['issuer', 'locale', 'theme', 'lowVisionScheme']);
    expect(config).toMatchObject({ clientId: 'gos-demo', theme: 'light', lowVisionScheme: 'black-on-white' });
    expect(config.issuer).toBeUndefined();
  });

  it('inherits what it does not set, and keeps low-vision on once an outer config turned it on', () => {
    const outer = resolveConfig({ issuer: 'https://esia.gosuslugi.ru', theme: 'dark', lowVision: true }).config;
    const { config } = resolveConfig({ clientId: 'inner', lowVision: false, locale: 'EN' }, outer);
    expect(config).toMatchObject({
      issuer: 'https://esia.gosuslugi.ru',
      clientId: 'inner',
      theme: 'dark',
      lowVision: true,
      locale: 'en',
    });
  });
});

describe('resolveConfig: session settings', () => {
  it('keeps tokens in sessionStorage and ends idle sessions after 15 minutes by default', () => {
    expect(DEFAULT_CONFIG).toMatchObject({ tokenStorage: 'session', idleTimeout: 900 });
  });

  it('accepts memory storage and an idle timeout in seconds, or 0 to turn it off', () => {
    expect(resolveConfig({ tokenStorage: ' MEMORY ', idleTimeout: '120' }).config).toMatchObject({
      tokenStorage: 'memory',
      idleTimeout: 120,
    });
    expect(resolveConfig({ idleTimeout: 0 }).config.idleTimeout).toBe(0);
  });

  it('refuses localStorage, and timeouts too short to warn 60 s ahead and react (WCAG 2.2.1)', () => {
    const { config, problems } = resolveConfig({ tokenStorage: 'local', idleTimeout: '30' });
    expect(problems.map((p) => p.field)).toEqual(['tokenStorage', 'idleTimeout']);
    expect(config).toMatchObject({ tokenStorage: 'session', idleTimeout: 900 });
    for (const bad of ['79', '86401', '-1', '1e3', 'soon']) {
      expect(resolveConfig({ idleTimeout: bad }).problems).toHaveLength(1);
    }
  });
});
