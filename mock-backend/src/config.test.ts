import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULTS, loadConfig } from './config.js';

function configError(env: Record<string, string>, argv: string[] = []): ConfigError {
  try {
    loadConfig(env, argv);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('applies the documented defaults to an empty environment', () => {
    const config = loadConfig({}, []);
    expect(config).toEqual({
      port: 4000,
      host: 'localhost',
      corsOrigins: ['http://localhost:5173', 'http://localhost:6006'],
      storage: { kind: 'directory', dataDir: DEFAULTS.dataDir },
      mode: 'development',
      logLevel: 'info',
      publicUrl: undefined,
      oidc: { partnerSecret: DEFAULTS.partnerSecret, partnerRedirectUris: ['http://localhost:3000/callback'] },
      simulatorIntervalMs: 60_000,
      registrationCheckDelayMs: 4000,
      vacanciesFile: undefined,
      vacancyLinkBase: 'http://localhost:5173',
    });
    expect(DEFAULTS.dataDir.endsWith(path.join('mock-backend', 'data'))).toBe(true);
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('reads every variable', () => {
    const config = loadConfig(
      {
        PORT: '4100',
        HOST: '127.0.0.1',
        CORS_ORIGINS: 'https://minzdrav.example, http://localhost:8080',
        DATA_DIR: '/tmp/gos-data',
        NODE_ENV: 'production',
        LOG_LEVEL: 'warn',
        PUBLIC_URL: 'https://id.example/',
        OIDC_PARTNER_SECRET: 'a-partner-secret-of-some-length',
        OIDC_PARTNER_REDIRECT_URIS: 'https://bank.example/cb, http://localhost:3000/callback',
      },
      [],
    );
    expect(config).toMatchObject({
      port: 4100,
      host: '127.0.0.1',
      corsOrigins: ['https://minzdrav.example', 'http://localhost:8080'],
      storage: { kind: 'directory', dataDir: '/tmp/gos-data' },
      mode: 'production',
      logLevel: 'warn',
      publicUrl: 'https://id.example',
      oidc: {
        partnerSecret: 'a-partner-secret-of-some-length',
        partnerRedirectUris: ['https://bank.example/cb', 'http://localhost:3000/callback'],
      },
    });
  });

  it('refuses a short partner secret without echoing it, and redirect URIs with fragments', () => {
    const error = configError({ OIDC_PARTNER_SECRET: 'short', OIDC_PARTNER_REDIRECT_URIS: 'https://a.example/#x' });
    expect(error.problems).toHaveLength(2);
    expect(error.message).not.toContain('short');
    expect(error.message).toContain('OIDC_PARTNER_REDIRECT_URIS');
  });

  it('normalises, trims and de-duplicates CORS origins', () => {
    const config = loadConfig({
      CORS_ORIGINS: ' HTTP://LOCALHOST:5173/ ,,http://localhost:5173,https://a.example:443',
    });
    expect(config.corsOrigins).toEqual(['http://localhost:5173', 'https://a.example']);
  });

  it('links vacancies in messages to the first CORS origin (the demo site) unless VACANCY_LINK_BASE says otherwise', () => {
    expect(loadConfig({ CORS_ORIGINS: 'https://trud.example,http://localhost:6006' }).vacancyLinkBase).toBe(
      'https://trud.example',
    );
    expect(loadConfig({ VACANCY_LINK_BASE: 'https://trudvsem.example/' }).vacancyLinkBase).toBe(
      'https://trudvsem.example',
    );
    expect(configError({ VACANCY_LINK_BASE: 'trudvsem' }).problems[0]).toContain('VACANCY_LINK_BASE');
  });

  it('treats empty variables as unset', () => {
    const config = loadConfig({ PORT: '', CORS_ORIGINS: ' ', LOG_LEVEL: '' });
    expect(config.port).toBe(4000);
    expect(config.corsOrigins).toEqual(DEFAULTS.corsOrigins);
    expect(config.logLevel).toBe('info');
  });

  it('accepts PORT=0 (any free port) and resolves a relative DATA_DIR against the working directory', () => {
    const config = loadConfig({ PORT: '0', DATA_DIR: 'tmp-data' });
    expect(config.port).toBe(0);
    expect(config.storage).toEqual({ kind: 'directory', dataDir: path.resolve('tmp-data') });
  });

  it('is silent by default under NODE_ENV=test', () => {
    expect(loadConfig({ NODE_ENV: 'test' }).logLevel).toBe('silent');
    expect(loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'debug' }).logLevel).toBe('debug');
  });

  it('--memory makes a throw-away run with no data directory', () => {
    expect(loadConfig({ DATA_DIR: '/tmp/x' }, ['--memory']).storage).toEqual({ kind: 'memory' });
  });

  it.each(['abc', '-1', '65536', '40 00', '4000.5', '999999'])('rejects PORT=%s with a clear message', (port) => {
    const error = configError({ PORT: port });
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]).toContain(`PORT=${JSON.stringify(port.trim())}`);
    expect(error.problems[0]).toMatch(/0.+65535/);
    expect(error.message).toContain('Некорректная конфигурация');
  });

  it('lists every bad variable and flag at once', () => {
    const error = configError(
      { PORT: 'x', NODE_ENV: 'staging', LOG_LEVEL: 'loud', CORS_ORIGINS: '*,http://ok.example,localhost:5173/app' },
      ['--persist'],
    );
    const text = error.problems.join('\n');
    expect(text).toContain('PORT=');
    expect(text).toContain('NODE_ENV="staging"');
    expect(text).toContain('LOG_LEVEL="loud"');
    expect(text).toContain('«*»');
    expect(text).toContain('«localhost:5173/app»');
    expect(text).toContain('--persist');
    expect(error.problems.length).toBeGreaterThanOrEqual(6);
  });

  it('rejects origins with a path or a non-http scheme', () => {
    expect(configError({ CORS_ORIGINS: 'http://localhost:5173/app' }).problems[0]).toContain('без пути');
    expect(configError({ CORS_ORIGINS: 'ftp://files.example' }).problems[0]).toContain('http');
  });

  it('rejects a HOST with spaces', () => {
    expect(configError({ HOST: 'local host' }).problems[0]).toMatch(/^HOST=/);
  });
});

describe('CABINET_SIMULATOR_SECONDS', () => {
  it('sets how often the simulator moves applications, 0 turning it off, and refuses nonsense', () => {
    expect(loadConfig({ CABINET_SIMULATOR_SECONDS: '0' }).simulatorIntervalMs).toBe(0);
    expect(loadConfig({ CABINET_SIMULATOR_SECONDS: '15' }).simulatorIntervalMs).toBe(15_000);
    for (const bad of ['-1', 'soon', '86401']) {
      expect(() => loadConfig({ CABINET_SIMULATOR_SECONDS: bad })).toThrow(/CABINET_SIMULATOR_SECONDS/);
    }
  });
});

describe('REGISTRATION_CHECK_SECONDS', () => {
  it('sets how long the simulated registries take, 0 answering at once, and refuses nonsense', () => {
    expect(loadConfig({ REGISTRATION_CHECK_SECONDS: '0' }).registrationCheckDelayMs).toBe(0);
    expect(loadConfig({ REGISTRATION_CHECK_SECONDS: '30' }).registrationCheckDelayMs).toBe(30_000);
    for (const bad of ['-1', 'soon', '1.5', '86401']) {
      expect(() => loadConfig({ REGISTRATION_CHECK_SECONDS: bad })).toThrow(/REGISTRATION_CHECK_SECONDS/);
    }
  });
});

describe('vacancies file', () => {
  it('is read from VACANCIES_FILE or --vacancies (the flag wins), resolved against the working directory', () => {
    expect(loadConfig({}).vacanciesFile).toBeUndefined();
    expect(loadConfig({ VACANCIES_FILE: 'data/vacancies.json' }).vacanciesFile).toBe(
      path.resolve('data/vacancies.json'),
    );
    expect(loadConfig({ VACANCIES_FILE: '/tmp/a.json' }, ['--vacancies', '/tmp/b.json']).vacanciesFile).toBe(
      '/tmp/b.json',
    );
    expect(() => loadConfig({}, ['--vacancies'])).toThrow(/--vacancies/);
  });
});
