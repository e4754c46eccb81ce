import { describe, expect, it } from 'vitest';
import { seededUser } from './seed.js';
import { testIdentity } from './test-support.js';

const dmitry = seededUser('standard-totp');

async function seeded() {
  const context = testIdentity();
  await context.identity.seed();
  return context;
}

describe('backup codes', () => {
  it('accepts each published code once, with or without the hyphen', async () => {
    const { identity } = await seeded();
    const [first = '', second = ''] = dmitry.backupCodes;
    expect(identity.secondFactors.backupCodesLeft(dmitry.oid)).toBe(10);
    expect(identity.secondFactors.useBackupCode(dmitry.oid, first)).toBe(true);
    expect(identity.secondFactors.useBackupCode(dmitry.oid, first)).toBe(false);
    expect(identity.secondFactors.useBackupCode(dmitry.oid, ` ${second.replace('-', ' ')} `)).toBe(true);
    expect(identity.secondFactors.backupCodesLeft(dmitry.oid)).toBe(8);
  });

  it("refuses wrong codes and another account's codes", async () => {
    const { identity } = await seeded();
    const anna = seededUser('confirmed-sms');
    expect(identity.secondFactors.useBackupCode(dmitry.oid, '0000-0000')).toBe(false);
    expect(identity.secondFactors.useBackupCode(dmitry.oid, 'abcd-efgh')).toBe(false);
    expect(identity.secondFactors.useBackupCode(dmitry.oid, anna.backupCodes[0] ?? '')).toBe(false);
    expect(identity.secondFactors.backupCodesLeft(dmitry.oid)).toBe(10);
  });

  it('stores codes hashed', async () => {
    const { identity, db } = await seeded();
    const stored = JSON.stringify(db.prepare('SELECT * FROM backup_codes').all());
    for (const code of dmitry.backupCodes) {
      expect(stored).not.toContain(code);
      expect(stored).not.toContain(code.replace('-', ''));
    }
    expect(identity.secondFactors.backupCodesLeft(dmitry.oid)).toBe(10);
  });

  it('issues a new random set that replaces the old one', async () => {
    const { identity } = await seeded();
    const codes = await identity.secondFactors.issueBackupCodes(dmitry.oid);
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^\d{4}-\d{4}$/);
    expect(identity.secondFactors.useBackupCode(dmitry.oid, dmitry.backupCodes[0] ?? '')).toBe(false);
    expect(identity.secondFactors.useBackupCode(dmitry.oid, codes[3] ?? '')).toBe(true);
    expect(identity.secondFactors.backupCodesLeft(dmitry.oid)).toBe(9);
  });

  it('issues codes only for existing accounts', async () => {
    const { identity } = await seeded();
    await expect(identity.secondFactors.issueBackupCodes('42')).rejects.toMatchObject({ status: 404 });
  });
});
