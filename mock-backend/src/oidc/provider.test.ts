import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBackend, type RunningBackend } from '../test-support.js';
import { TestBrowser, textOf } from './test-browser.js';

let server: RunningBackend;
beforeAll(async () => {
  server = await startTestBackend();
});
afterAll(async () => {
  await server.close();
});

describe('the OpenID provider at /oidc', () => {
  it('publishes discovery with ESIA and standard scopes, S256 only, and the issuer under /oidc', async () => {
    const response = await fetch(`${server.url}/oidc/.well-known/openid-configuration`);
    expect(response.status).toBe(200);
    const discovery = (await response.json()) as Record<string, unknown>;
    expect(discovery).toMatchObject({
      issuer: `${server.url}/oidc`,
      authorization_endpoint: `${server.url}/oidc/auth`,
      token_endpoint: `${server.url}/oidc/token`,
      userinfo_endpoint: `${server.url}/oidc/me`,
      end_session_endpoint: `${server.url}/oidc/session/end`,
      jwks_uri: `${server.url}/oidc/jwks`,
      code_challenge_methods_supported: ['S256'],
      response_types_supported: ['code'],
      grant_types_supported: ['authorization_code', 'refresh_token'],
    });
    expect(discovery['scopes_supported']).toEqual(
      expect.arrayContaining([
        'openid',
        'offline_access',
        'fullname',
        'birthdate',
        'gender',
        'snils',
        'inn',
        'id_doc',
        'email',
        'mobile',
        'profile',
        'phone',
      ]),
    );
    expect(discovery['claims_supported']).toEqual(
      expect.arrayContaining([
        'sub',
        'lastName',
        'snils',
        'id_doc',
        'account_level',
        'urn:esia:sbj',
        'amr',
        'phone_number',
      ]),
    );
  });

  it('publishes only the public half of its signing key', async () => {
    const { keys } = (await (await fetch(`${server.url}/oidc/jwks`)).json()) as { keys: Record<string, unknown>[] };
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig' });
    expect(keys[0]).not.toHaveProperty('d');
  });

  it('renders its errors as our Russian page, without web fonts', async () => {
    const page = await new TestBrowser().navigate(
      `${server.url}/oidc/auth?client_id=unknown&response_type=code&scope=openid`,
    );
    expect(page.status).toBe(400);
    expect(page.body).toContain('<html lang="ru">');
    expect(textOf(page.body)).toContain('не зарегистрирован в Госуслугах');
    expect(page.body).not.toContain('googleapis');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
  });

  it('says the sign-in expired for an interaction this browser does not hold', async () => {
    const page = await new TestBrowser().navigate(`${server.url}/interaction/some-old-uid`);
    expect(page.status).toBe(400);
    expect(textOf(page.body)).toContain('Время на вход истекло');
    const post = await new TestBrowser().request(`${server.url}/interaction/some-old-uid/login`, {
      form: { identifier: 'x', password: 'y' },
    });
    expect(post.status).toBe(400);
  });

  it('serves the dev outbox outside production', async () => {
    expect((await fetch(`${server.url}/dev/outbox`)).status).toBe(200);
  });
});
