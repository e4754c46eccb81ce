import { DEFAULT_CONFIG, resolveConfig } from '@gos-elements/core';
import { describe, expect, it } from 'vitest';
import { sameConfig } from './config.logic.js';

describe('sameConfig', () => {
  it('treats equal settings as the same even when built separately', () => {
    const a = resolveConfig({ clientId: 'gos-demo', theme: 'dark' }).config;
    const b = resolveConfig({ theme: 'dark', clientId: 'gos-demo' }).config;
    expect(a).not.toBe(b);
    expect(sameConfig(a, b)).toBe(true);
  });

  it('notices any changed or added setting', () => {
    expect(sameConfig(DEFAULT_CONFIG, resolveConfig({ lowVision: true }).config)).toBe(false);
    expect(sameConfig(DEFAULT_CONFIG, resolveConfig({ issuer: 'https://esia.gosuslugi.ru' }).config)).toBe(false);
  });
});
