import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Secret, TOTP } from 'otpauth';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeClock } from '../clock.js';
import type { Storage } from '../config.js';
import { SEEDED_TOTP_SECRET, SEEDED_USERS, seededUser } from './seed.js';
import { codeIn, testIdentity } from './test-support.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('identity data in a data directory', () => {
  it('survives closing and reopening the database', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'gos-identity-'));
    dirs.push(dataDir);
    const storage: Storage = { kind: 'directory', dataDir };
    const clock = new FakeClock();
    const anna = seededUser('confirmed-sms');
    const dmitry = seededUser('standard-totp');
    const totpCode = TOTP.generate({ secret: Secret.fromBase32(SEEDED_TOTP_SECRET), timestamp: clock.now() });

    const first = testIdentity({ storage, clock });
    expect(await first.identity.seed()).toBe(true);
    await first.identity.accounts.setPassword(anna.oid, 'Drugoi!Parol5');
    await first.identity.accounts.checkPassword(anna.phone, 'Wrong!Pass1');
    await first.identity.accounts.checkPassword(anna.phone, 'Wrong!Pass2');
    const challenge = first.identity.secondFactors.sendCode(anna.oid, 'sms', 'sign-in');
    const smsCode = codeIn(first.identity.outbox.list({ to: anna.phone })[0]?.text ?? '');
    expect(first.identity.secondFactors.checkTotp(dmitry.oid, totpCode)).toBe(true);
    expect(first.identity.secondFactors.useBackupCode(dmitry.oid, dmitry.backupCodes[0] ?? '')).toBe(true);
    first.identity.journal.record({
      at: clock.now(),
      accountId: anna.oid,
      ip: '127.0.0.1',
      userAgent: 'test',
      result: 'success',
      factor: 'sms',
    });
    first.db.close();

    const second = testIdentity({ storage, clock });
    const { accounts, secondFactors, outbox, journal } = second.identity;
    expect(await second.identity.seed()).toBe(false);
    expect(accounts.count()).toBe(SEEDED_USERS.length);
    // The failure count survived the restart: this third wrong password locks.
    expect(await accounts.checkPassword(anna.phone, 'Wrong!Pass3')).toMatchObject({ reason: 'locked' });
    expect(await accounts.checkPassword(seededUser('locked').phone, seededUser('locked').password)).toMatchObject({
      reason: 'locked',
    });
    expect(secondFactors.getChallenge(challenge.id)).toEqual(challenge);
    expect(secondFactors.checkCode(challenge.id, smsCode)).toEqual({ ok: true });
    expect(secondFactors.checkTotp(dmitry.oid, totpCode)).toBe(false);
    expect(secondFactors.useBackupCode(dmitry.oid, dmitry.backupCodes[0] ?? '')).toBe(false);
    expect(secondFactors.backupCodesLeft(dmitry.oid)).toBe(9);
    expect(outbox.list({ to: anna.phone })).toHaveLength(1);
    expect(journal.latest(anna.oid, 50)).toHaveLength(1);

    clock.advance(15 * 60_000);
    expect((await accounts.checkPassword(anna.email, 'Drugoi!Parol5')).ok).toBe(true);
    second.db.close();
  });

  it('adds a seeded user a directory from an older version lacks, leaving the others as they were', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'gos-identity-'));
    dirs.push(dataDir);
    const storage: Storage = { kind: 'directory', dataDir };
    const clock = new FakeClock();
    const anna = seededUser('confirmed-sms');
    const vera = seededUser('load-payments');

    const first = testIdentity({ storage, clock });
    await first.identity.seed();
    await first.identity.accounts.setPassword(anna.oid, 'Drugoi!Parol5');
    // As before the load user was in the seed.
    first.db.prepare('DELETE FROM accounts WHERE id = ?').run(vera.oid);
    first.db.close();

    const second = testIdentity({ storage, clock });
    expect(await second.identity.seed()).toBe(true);
    expect(second.identity.accounts.count()).toBe(SEEDED_USERS.length);
    expect((await second.identity.accounts.checkPassword(vera.phone, vera.password)).ok).toBe(true);
    expect((await second.identity.accounts.checkPassword(anna.phone, 'Drugoi!Parol5')).ok).toBe(true);
    expect(await second.identity.seed()).toBe(false);
    second.db.close();
  });
});
