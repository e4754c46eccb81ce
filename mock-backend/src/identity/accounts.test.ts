import { describe, expect, it, vi } from 'vitest';
import { HttpProblem } from '../http/problem.js';
import { DEFAULT_LIMITS } from '../limits.js';
import { FIRST_GENERATED_OID } from './accounts.js';
import { seededUser } from './seed.js';
import { fastHasher, newAccount, testIdentity } from './test-support.js';
import type { PasswordCheck } from './types.js';

const MINUTE = 60_000;
const anna = seededUser('confirmed-sms');
const alexey = seededUser('no-second-factor');

async function seeded() {
  const context = testIdentity();
  await context.identity.seed();
  return context;
}

async function problemOf(promise: Promise<unknown>): Promise<HttpProblem> {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof HttpProblem)) throw new Error(`expected an HttpProblem, got ${String(error)}`);
  return error;
}

describe('finding accounts', () => {
  it.each([
    '+79165550101',
    '+7 (916) 555-01-01',
    '8 916 555-01-01',
    '89165550101',
    '79165550101',
    '9165550101',
    ' +7 916 555 01 01 ',
    'anna.smirnova@example.ru',
    'Anna.Smirnova@Example.RU',
    '140-582-731 46',
    '14058273146',
    '140 582 731 46',
    '140-582-731-46',
  ])('finds the account by «%s»', async (identifier) => {
    const { identity } = await seeded();
    expect(identity.accounts.findByIdentifier(identifier)?.id).toBe(anna.oid);
  });

  it('finds nothing for identifiers of no account or of no kind', async () => {
    const { identity } = await seeded();
    for (const identifier of ['+79160000000', 'nobody@example.ru', '112-233-445 95', '', 'анна', '12345']) {
      expect(identity.accounts.findByIdentifier(identifier)).toBeUndefined();
    }
  });

  it('returns the ESIA-shaped profile, level and factors', async () => {
    const { identity } = await seeded();
    const account = identity.accounts.findById(anna.oid);
    expect(account).toMatchObject({
      id: anna.oid,
      level: 'confirmed',
      factors: ['sms', 'email'],
      profile: {
        oid: anna.oid,
        lastName: 'Смирнова',
        snils: '140-582-731 46',
        trusted: true,
        accountLevel: 'confirmed',
      },
    });
    expect(account?.lockedUntil).toBeUndefined();
    expect(identity.accounts.findById('999')).toBeUndefined();
    expect(identity.accounts.findById('not-a-number')).toBeUndefined();
  });
});

describe('checking passwords', () => {
  it('accepts the right password with any spelling of the identifier', async () => {
    const { identity } = await seeded();
    const result = await identity.accounts.checkPassword('8 (916) 555-01-01', anna.password);
    expect(result.ok && result.account.id).toBe(anna.oid);
  });

  it('locks after three consecutive wrong passwords, until the lockout period ends', async () => {
    const { identity, clock, limits } = await seeded();
    const start = clock.now();
    expect(await identity.accounts.checkPassword(anna.email, 'Wrong!Pass1')).toEqual({
      ok: false,
      reason: 'invalid-credentials',
    });
    expect(await identity.accounts.checkPassword(anna.phone, 'Wrong!Pass2')).toEqual({
      ok: false,
      reason: 'invalid-credentials',
    });
    const lockedUntil = start + 15 * MINUTE;
    expect(limits.password.lockoutMs).toBe(15 * MINUTE);
    expect(await identity.accounts.checkPassword(anna.snils ?? '', 'Wrong!Pass3')).toEqual({
      ok: false,
      reason: 'locked',
      lockedUntil,
    });
    expect(identity.accounts.findById(anna.oid)?.lockedUntil).toBe(lockedUntil);

    // The right password is refused while the lock lasts, and does not shorten it.
    clock.advance(15 * MINUTE - 1);
    expect(await identity.accounts.checkPassword(anna.phone, anna.password)).toEqual({
      ok: false,
      reason: 'locked',
      lockedUntil,
    });

    clock.advance(1);
    expect(identity.accounts.findById(anna.oid)?.lockedUntil).toBeUndefined();
    const result = await identity.accounts.checkPassword(anna.phone, anna.password);
    expect(result.ok).toBe(true);
  });

  it('starts counting afresh after a lock ends and after a right password', async () => {
    const { identity, clock } = await seeded();
    const wrong = () => identity.accounts.checkPassword(anna.phone, 'Wrong!Pass1');
    await wrong();
    await wrong();
    expect((await identity.accounts.checkPassword(anna.phone, anna.password)).ok).toBe(true);
    expect(await wrong()).toMatchObject({ reason: 'invalid-credentials' });
    expect(await wrong()).toMatchObject({ reason: 'invalid-credentials' });
    expect(await wrong()).toMatchObject({ reason: 'locked' });
    clock.advance(15 * MINUTE);
    expect(await wrong()).toMatchObject({ reason: 'invalid-credentials' });
  });

  it('counts wrong passwords tried at the same time without losing any', async () => {
    const { identity } = await seeded();
    const results = await Promise.all(
      [1, 2, 3].map((n) => identity.accounts.checkPassword(anna.phone, `Wrong!Pass${n}`)),
    );
    expect(results.filter((result) => !result.ok && result.reason === 'locked')).toHaveLength(1);
  });

  it('honours other limits', async () => {
    const { identity, clock } = testIdentity({
      limits: { ...DEFAULT_LIMITS, password: { maxFailures: 5, lockoutMs: MINUTE } },
    });
    await identity.seed();
    for (let attempt = 1; attempt < 5; attempt += 1) {
      expect(await identity.accounts.checkPassword(anna.phone, 'Wrong!Pass1')).toMatchObject({
        reason: 'invalid-credentials',
      });
    }
    expect(await identity.accounts.checkPassword(anna.phone, 'Wrong!Pass1')).toEqual({
      ok: false,
      reason: 'locked',
      lockedUntil: clock.now() + MINUTE,
    });
  });

  it('answers an unknown identifier exactly like a wrong password, after the same hash work', async () => {
    const hasher = fastHasher();
    const verify = vi.spyOn(hasher, 'verify');
    const { identity } = testIdentity({ hasher });
    await identity.seed();

    verify.mockClear();
    const wrongPassword = await identity.accounts.checkPassword(anna.phone, 'Wrong!Pass1');
    expect(verify).toHaveBeenCalledTimes(1);

    verify.mockClear();
    const unknownIdentifier = await identity.accounts.checkPassword('+79160000000', 'Wrong!Pass1');
    expect(verify).toHaveBeenCalledTimes(1);
    // Against a real argon2id hash made by the same hasher, not a shortcut.
    expect(verify.mock.calls[0]?.[0]).toMatch(/^\$argon2id\$/);

    expect(unknownIdentifier).toEqual(wrongPassword);
    expect(unknownIdentifier).toStrictEqual<PasswordCheck>({ ok: false, reason: 'invalid-credentials' });
  });

  it('locks unknown identifiers too, so a lockout does not reveal that an account exists', async () => {
    const { identity, clock } = await seeded();
    const attempt = (identifier: string) => identity.accounts.checkPassword(identifier, 'Wrong!Pass1');
    await attempt('+7 916 000-00-00');
    await attempt('89160000000');
    const third = await attempt('+79160000000');
    expect(third).toEqual({ ok: false, reason: 'locked', lockedUntil: clock.now() + 15 * MINUTE });
    expect(await attempt('nobody@example.ru')).toEqual({ ok: false, reason: 'invalid-credentials' });
  });

  it('refuses the seeded locked account even with its password', async () => {
    const { identity, clock } = await seeded();
    const locked = seededUser('locked');
    const result = await identity.accounts.checkPassword(locked.phone, locked.password);
    expect(result).toMatchObject({ ok: false, reason: 'locked' });
    expect(!result.ok && result.reason === 'locked' && result.lockedUntil).toBeGreaterThan(
      clock.now() + 99 * 365 * 24 * 60 * MINUTE,
    );
  });
});

describe('setting a password', () => {
  it('refuses a password that breaks the policy, in Russian, rule by rule', async () => {
    const { identity } = await seeded();
    const problem = await problemOf(identity.accounts.setPassword(alexey.oid, 'sokolov1990'));
    expect(problem.status).toBe(400);
    expect(problem.code).toBe('validation-failed');
    const codes = problem.errors?.map((error) => error.code);
    expect(codes).toEqual(expect.arrayContaining(['no-uppercase', 'no-special', 'contains-personal']));
    expect(problem.errors?.every((error) => error.field === 'password' && /[а-я]/u.test(error.message))).toBe(true);
    expect(problem.errors?.find((error) => error.code === 'contains-personal')?.message).toMatch(/фамилию/u);
    // Nothing changed.
    expect((await identity.accounts.checkPassword(alexey.phone, alexey.password)).ok).toBe(true);
  });

  it('replaces the password and lifts a lock', async () => {
    const { identity } = await seeded();
    const locked = seededUser('locked');
    await identity.accounts.setPassword(locked.oid, 'Novyi!Klyuch7');
    expect(identity.accounts.findById(locked.oid)?.lockedUntil).toBeUndefined();
    expect(await identity.accounts.checkPassword(locked.email, locked.password)).toMatchObject({
      reason: 'invalid-credentials',
    });
    expect((await identity.accounts.checkPassword(locked.email, 'Novyi!Klyuch7')).ok).toBe(true);
  });

  it('answers 404 for an unknown account', async () => {
    const { identity } = await seeded();
    expect((await problemOf(identity.accounts.setPassword('42', 'Novyi!Klyuch7'))).status).toBe(404);
  });
});

describe('creating accounts', () => {
  it('stores normalised identifiers and hands out the next oid', async () => {
    const { identity } = await seeded();
    const account = await identity.accounts.createAccount(
      newAccount({
        person: {
          contacts: [
            { type: 'MBT', value: '8 (999) 555-09-09', vrfStu: 'NOT_VERIFIED' },
            { type: 'EML', value: 'E.Volkova@Example.RU', vrfStu: 'NOT_VERIFIED' },
          ],
          snils: '11223344595',
        },
      }),
    );
    expect(Number(account.id)).toBeGreaterThanOrEqual(FIRST_GENERATED_OID);
    expect(account.profile).toMatchObject({
      oid: account.id,
      snils: '112-233-445 95',
      trusted: false,
      accountLevel: 'simplified',
    });
    expect(account.profile.contacts[0]?.value).toBe('+79995550909');
    expect(identity.accounts.findByIdentifier('e.volkova@example.ru')?.id).toBe(account.id);
    expect(identity.accounts.findByIdentifier('112-233-445 95')?.id).toBe(account.id);
    expect((await identity.accounts.checkPassword('+79995550909', 'Proba!Vhod2026')).ok).toBe(true);
  });

  it('refuses a taken phone, e-mail or SNILS with 409', async () => {
    const { identity } = await seeded();
    const problem = await problemOf(
      identity.accounts.createAccount(
        newAccount({
          person: { contacts: [{ type: 'EML', value: 'ANNA.smirnova@example.ru', vrfStu: 'VERIFIED' }] },
          factors: [],
        }),
      ),
    );
    expect(problem.status).toBe(409);
    expect(problem.code).toBe('already-registered');
    expect(problem.errors?.map((error) => error.field)).toEqual(['email']);
  });

  it('reports bad data and a weak password all at once', async () => {
    const { identity } = testIdentity();
    const problem = await problemOf(
      identity.accounts.createAccount(
        newAccount({
          level: 'standard',
          password: 'elena',
          factors: ['totp'],
          person: { snils: '112-233-445 96', inn: '770123456704' },
        }),
      ),
    );
    expect(problem.status).toBe(400);
    const fields = problem.errors?.map((error) => `${error.field}:${error.code}`);
    expect(fields).toEqual(
      expect.arrayContaining([
        'person.snils:checksum',
        'person.inn:checksum',
        'person.documents:required',
        'factors:totp-needs-enrolment',
        'password:too-short',
        'password:contains-personal',
      ]),
    );
  });
});
