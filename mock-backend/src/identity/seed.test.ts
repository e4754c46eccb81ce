import {
  checkPassword,
  validateInn,
  validatePassport,
  validatePhone,
  validateEmail,
  validateSnils,
} from '@gos-elements/core';
import { describe, expect, it } from 'vitest';
import { personalDataOf } from './password-policy.js';
import { SEED_LOCK_MS, SEEDED_TOTP_SECRET, SEEDED_USERS, seededUser } from './seed.js';
import { newAccount, testIdentity } from './test-support.js';

describe('seeded users', () => {
  it('are the documented six: one per level and factor, a password-only, a locked and a load one', () => {
    expect(SEEDED_USERS.map(({ key, oid, level, factors, locked }) => ({ key, oid, level, factors, locked }))).toEqual([
      { key: 'confirmed-sms', oid: '1000000001', level: 'confirmed', factors: ['sms', 'email'], locked: false },
      { key: 'standard-totp', oid: '1000000002', level: 'standard', factors: ['totp'], locked: false },
      { key: 'simplified-email', oid: '1000000003', level: 'simplified', factors: ['email'], locked: false },
      { key: 'no-second-factor', oid: '1000000004', level: 'standard', factors: [], locked: false },
      { key: 'locked', oid: '1000000005', level: 'standard', factors: ['sms'], locked: true },
      { key: 'load-payments', oid: '1000000006', level: 'standard', factors: [], locked: false },
    ]);
    expect(SEEDED_USERS.find((user) => user.key === 'standard-totp')?.totpSecret).toBe(SEEDED_TOTP_SECRET);
  });

  it('have valid identifiers and documents, and passwords that pass the policy', () => {
    const passwords = new Set<string>();
    for (const user of SEEDED_USERS) {
      const { person } = user;
      expect(validatePhone(user.phone)).toEqual({ valid: true, value: user.phone });
      expect(validateEmail(user.email).valid).toBe(true);
      expect(person.contacts.map((contact) => contact.value)).toEqual([user.phone, user.email]);
      expect(person.snils).toBe(user.snils);
      if (person.snils !== undefined) expect(validateSnils(person.snils).valid).toBe(true);
      if (person.inn !== undefined) expect(validateInn(person.inn, { kinds: ['person'] }).valid).toBe(true);
      for (const document of person.documents) {
        expect(validatePassport(`${document.series}${document.number}`).valid).toBe(true);
      }
      if (user.level !== 'simplified') expect(person.documents).toHaveLength(1);
      expect(checkPassword(user.password, { person: personalDataOf(person) }).failures).toEqual([]);
      passwords.add(user.password);
      expect(new Set(user.backupCodes).size).toBe(user.backupCodes.length);
      for (const code of user.backupCodes) expect(code).toMatch(/^\d{4}-\d{4}$/);
    }
    expect(passwords.size).toBe(SEEDED_USERS.length);
  });

  it('are created on an empty database exactly as listed', async () => {
    const { identity, clock } = testIdentity();
    expect(await identity.seed()).toBe(true);
    expect(identity.accounts.count()).toBe(SEEDED_USERS.length);
    for (const user of SEEDED_USERS) {
      const account = identity.accounts.findByIdentifier(user.email);
      expect(account).toMatchObject({ id: user.oid, level: user.level, factors: user.factors });
      expect(account?.profile.trusted).toBe(user.level === 'confirmed');
      expect(identity.accounts.findByIdentifier(user.phone)?.id).toBe(user.oid);
      if (user.snils !== undefined) expect(identity.accounts.findByIdentifier(user.snils)?.id).toBe(user.oid);
      expect(identity.secondFactors.backupCodesLeft(user.oid)).toBe(user.backupCodes.length);

      const result = await identity.accounts.checkPassword(user.phone, user.password);
      if (user.locked) {
        expect(result).toEqual({ ok: false, reason: 'locked', lockedUntil: clock.now() + SEED_LOCK_MS });
      } else {
        expect(result.ok).toBe(true);
      }
    }
  });

  it('are created once: seeding again, even concurrently, changes nothing', async () => {
    const { identity } = testIdentity();
    expect((await Promise.all([identity.seed(), identity.seed()])).sort()).toEqual([false, true]);
    const [user] = SEEDED_USERS;
    if (!user) throw new Error('no seeded users');
    await identity.accounts.setPassword(user.oid, 'Drugoi!Parol5');

    expect(await identity.seed()).toBe(false);
    expect(identity.accounts.count()).toBe(SEEDED_USERS.length);
    expect((await identity.accounts.checkPassword(user.phone, 'Drugoi!Parol5')).ok).toBe(true);
  });

  it('are created beside other accounts, except one whose phone someone registered meanwhile', async () => {
    const { identity } = testIdentity();
    const anna = seededUser('confirmed-sms');
    await identity.accounts.createAccount(
      newAccount({ person: { contacts: [{ type: 'MBT', value: anna.phone, vrfStu: 'VERIFIED' }] } }),
    );
    expect(await identity.seed()).toBe(true);
    expect(identity.accounts.count()).toBe(SEEDED_USERS.length);
    expect(identity.accounts.findById(anna.oid)).toBeUndefined();
    expect(await identity.seed()).toBe(false);
  });
});
