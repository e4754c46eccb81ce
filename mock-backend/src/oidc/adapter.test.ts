import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDatabase, type Database } from '../db/database.js';
import { revokeAccountArtifacts, sqliteAdapter } from './adapter.js';
import { loadOrCreateKeys } from './keys.js';
import { oidcMigrations } from './migrations.js';

let db: Database;
beforeEach(() => {
  db = openDatabase({ kind: 'memory' }, oidcMigrations);
});
afterEach(() => {
  vi.useRealTimers();
  db.close();
});

describe('the SQLite adapter for oidc-provider', () => {
  it('upserts, finds, consumes and destroys a model', async () => {
    const adapter = sqliteAdapter(db)('AuthorizationCode');
    await adapter.upsert('c1', { jti: 'c1', kind: 'AuthorizationCode', grantId: 'g1', accountId: '7' }, 60);
    expect(await adapter.find('c1')).toEqual({ jti: 'c1', kind: 'AuthorizationCode', grantId: 'g1', accountId: '7' });
    expect(await sqliteAdapter(db)('AccessToken').find('c1')).toBeUndefined(); // kinds are separate

    await adapter.consume('c1');
    expect((await adapter.find('c1'))?.consumed).toEqual(expect.any(Number));
    await adapter.upsert('c1', { jti: 'c1', scope: 'openid' }, 60);
    expect(await adapter.find('c1')).toEqual({ jti: 'c1', scope: 'openid', consumed: expect.any(Number) });

    await adapter.destroy('c1');
    expect(await adapter.find('c1')).toBeUndefined();
  });

  it('respects expiry', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const adapter = sqliteAdapter(db)('Session');
    await adapter.upsert('s1', { jti: 's1', uid: 'u1' }, 10);
    await adapter.upsert('s2', { jti: 's2', uid: 'u2' }, undefined);
    vi.advanceTimersByTime(10_001);
    expect(await adapter.find('s1')).toBeUndefined();
    expect(await adapter.findByUid('u1')).toBeUndefined();
    expect(await adapter.findByUid('u2')).toEqual({ jti: 's2', uid: 'u2' });
  });

  it('finds by user code, and revokes everything of a grant but not the grant-bound interaction', async () => {
    const models = sqliteAdapter(db);
    await models('DeviceCode').upsert('d1', { jti: 'd1', userCode: 'ABCD-EFGH', grantId: 'g1' }, 60);
    await models('AccessToken').upsert('a1', { jti: 'a1', grantId: 'g1' }, 60);
    await models('RefreshToken').upsert('r1', { jti: 'r1', grantId: 'g1' }, 60);
    await models('RefreshToken').upsert('r2', { jti: 'r2', grantId: 'g2' }, 60);
    await models('Interaction').upsert('i1', { jti: 'i1', grantId: 'g1' }, 60);
    expect(await models('DeviceCode').findByUserCode('ABCD-EFGH')).toMatchObject({ jti: 'd1' });

    await models('AccessToken').revokeByGrantId('g1');
    expect(await models('AccessToken').find('a1')).toBeUndefined();
    expect(await models('RefreshToken').find('r1')).toBeUndefined();
    expect(await models('DeviceCode').find('d1')).toBeUndefined();
    expect(await models('RefreshToken').find('r2')).toBeDefined();
    expect(await models('Interaction').find('i1')).toBeDefined();
  });

  it('revokes every session, grant and token of one account', async () => {
    const models = sqliteAdapter(db);
    await models('Session').upsert('s1', { jti: 's1', uid: 'u1', accountId: '42' }, 60);
    await models('Grant').upsert('g1', { jti: 'g1', accountId: '42' }, 60);
    await models('RefreshToken').upsert('r1', { jti: 'r1', accountId: '42', grantId: 'g1' }, 60);
    await models('RefreshToken').upsert('r2', { jti: 'r2', accountId: '43', grantId: 'g2' }, 60);
    expect(revokeAccountArtifacts(db, '42')).toBe(3);
    expect(await models('Session').findByUid('u1')).toBeUndefined();
    expect(await models('RefreshToken').find('r2')).toBeDefined();
  });
});

describe('provider keys', () => {
  it('are generated once and then read back', () => {
    const first = loadOrCreateKeys(db);
    expect(first.signing).toHaveLength(1);
    expect(first.signing[0]).toMatchObject({
      kty: 'RSA',
      alg: 'RS256',
      use: 'sig',
      kid: expect.any(String),
      d: expect.any(String),
    });
    expect(first.cookies).toHaveLength(1);
    expect(loadOrCreateKeys(db)).toEqual(first);
  });
});
