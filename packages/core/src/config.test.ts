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
