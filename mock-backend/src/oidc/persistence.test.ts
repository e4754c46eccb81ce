import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as client from 'openid-client';
import { afterEach, describe, expect, it } from 'vitest';
import { systemClock } from '../clock.js';
import { seededUser } from '../identity/index.js';
import { freshConnections, startTestBackend, type RunningBackend } from '../test-support.js';
import { TestBrowser } from './test-browser.js';
import { DEMO_REDIRECT_URI, authorization, demoClient, exchange, signIn } from './test-flow.js';

const dirs: string[] = [];
const servers: RunningBackend[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('a restart on the same data directory', () => {
  it('keeps refresh tokens, browser sessions, signing keys and users', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'gos-oidc-'));
    dirs.push(dataDir);
    const user = seededUser('standard-totp');

    const first = await startTestBackend({ dataDir });
    const config = await demoClient(first);
    const browser = new TestBrowser();
    const auth = await authorization(config);
    const tokens = await exchange(config, await signIn(first, browser, auth.url, user, { clock: systemClock }), auth);
    const jwks = await (await fetch(`${first.backend.issuer}/jwks`)).json();
    await first.close();
    await freshConnections();

    // Same port, so the issuer (and with it every token's `iss`) is the same.
    const second = await startTestBackend({ dataDir, env: { PORT: String(first.port) } });
    servers.push(second);
    expect(second.backend.issuer).toBe(first.backend.issuer);
    expect(await (await fetch(`${second.backend.issuer}/jwks`)).json()).toEqual(jwks);

    const refreshed = await client.refreshTokenGrant(config, tokens.refresh_token!);
    expect(refreshed.claims()?.sub).toBe(user.oid); // a new ID token, verified against the same keys
    expect((await client.fetchUserInfo(config, refreshed.access_token, user.oid)).sub).toBe(user.oid);

    // The browser session survived: no login page this time.
    const silent = await authorization(config);
    const callback = await browser.navigate(silent.url, { stopAt: DEMO_REDIRECT_URI });
    expect((await exchange(config, callback, silent)).claims()?.sub).toBe(user.oid);

    // Users are still there (seeding did not run twice) and can sign in.
    const other = seededUser('no-second-factor');
    expect(second.backend.identity.accounts.findById(other.oid)?.profile.lastName).toBe(other.person.lastName);
    const fresh = await authorization(config);
    const again = await signIn(second, new TestBrowser(), fresh.url, other, { clock: systemClock });
    expect((await exchange(config, again, fresh)).claims()?.sub).toBe(other.oid);
  });
});
