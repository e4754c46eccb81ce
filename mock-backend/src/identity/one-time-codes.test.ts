import { describe, expect, it } from 'vitest';
import { HttpProblem } from '../http/problem.js';
import { seededUser } from './seed.js';
import { codeIn, newAccount, testIdentity } from './test-support.js';

const MINUTE = 60_000;
const anna = seededUser('confirmed-sms');

async function seeded() {
  const context = testIdentity();
  await context.identity.seed();
  const { identity } = context;
  /** The code in the newest message to `to`. */
  const lastCode = (to: string): string => codeIn(identity.outbox.list({ to, limit: 1 })[0]?.text ?? '');
  return { ...context, lastCode };
}

/** Some other code of the right length. */
function otherThan(code: string): string {
  return code === '000000' ? '000001' : '000000';
}

describe('sending codes', () => {
  it('sends a six-digit code by SMS through the outbox, in Russian', async () => {
    const { identity, clock } = await seeded();
    const challenge = identity.secondFactors.sendCode(anna.oid, 'sms', 'sign-in');
    expect(challenge).toMatchObject({
      accountId: anna.oid,
      purpose: 'sign-in',
      channel: 'sms',
      maskedDestination: '+7 (***) ***-01-01',
      expiresAt: clock.now() + 10 * MINUTE,
      attemptsLeft: 3,
      resendAvailableAt: clock.now() + MINUTE,
    });
    const [message] = identity.outbox.list({ to: anna.phone });
    expect(message).toMatchObject({ channel: 'sms', to: '+79165550101', sentAt: clock.now() });
    expect(message?.subject).toBeUndefined();
    expect(message?.text).toMatch(/^Код для входа на Госуслуги: \d{6}\. Никому его не сообщайте\.$/u);
  });

  it('sends e-mail codes with a subject, and recovery codes with their own words', async () => {
    const { identity } = await seeded();
    const challenge = identity.secondFactors.sendCode(anna.oid, 'email', 'recovery');
    expect(challenge.maskedDestination).toBe('a***@example.ru');
    const [message] = identity.outbox.list({ to: anna.email });
    expect(message?.subject).toBe('Восстановление доступа к Госуслугам');
    expect(message?.text).toMatch(/Здравствуйте, Анна!/u);
    expect(message?.text).toMatch(/Код для восстановления доступа к Госуслугам: \d{6}\./u);
    expect(message?.text).toMatch(/Код действует 10 минут\./u);
  });

  it('refuses a channel the account has no contact for', async () => {
    const { identity } = testIdentity();
    const account = await identity.accounts.createAccount(
      newAccount({ person: { contacts: [{ type: 'MBT', value: '+79995550909', vrfStu: 'VERIFIED' }] } }),
    );
    const attempt = () => identity.secondFactors.sendCode(account.id, 'email', 'sign-in');
    expect(attempt).toThrow(HttpProblem);
    expect(attempt).toThrow(/Нет адреса почты/u);
  });

  it('does not send again within the cooldown, and a later send replaces the open code', async () => {
    const { identity, clock, lastCode } = await seeded();
    const first = identity.secondFactors.sendCode(anna.oid, 'sms', 'sign-in');
    const firstCode = lastCode(anna.phone);
    clock.advance(30_000);
    expect(identity.secondFactors.sendCode(anna.oid, 'sms', 'sign-in').id).toBe(first.id);
    expect(identity.outbox.list({ to: anna.phone })).toHaveLength(1);

    clock.advance(30_000);
    const second = identity.secondFactors.sendCode(anna.oid, 'sms', 'sign-in');
    expect(second.id).not.toBe(first.id);
    expect(identity.secondFactors.getChallenge(first.id)).toBeUndefined();
    expect(identity.secondFactors.checkCode(first.id, firstCode)).toEqual({ ok: false, reason: 'unknown' });
    expect(identity.secondFactors.checkCode(second.id, lastCode(anna.phone))).toEqual({ ok: true });
  });
});

describe('checking codes', () => {
  it('accepts the right code once, spaces allowed', async () => {
    const { identity, lastCode } = await seeded();
    const challenge = identity.secondFactors.sendCode(anna.oid, 'sms', 'sign-in');
    const code = lastCode(anna.phone);
    expect(identity.secondFactors.checkCode(challenge.id, ` ${code.slice(0, 3)} ${code.slice(3)} `)).toEqual({
      ok: true,
    });
    expect(identity.secondFactors.checkCode(challenge.id, code)).toEqual({ ok: false, reason: 'unknown' });
    expect(identity.secondFactors.getChallenge(challenge.id)).toBeUndefined();
  });

  it('accepts a code until the end of its lifetime and refuses it from then on', async () => {
    const { identity, clock, lastCode } = await seeded();
    const early = identity.secondFactors.sendCode(anna.oid, 'sms', 'sign-in');
    clock.advance(10 * MINUTE - 1);
    expect(identity.secondFactors.checkCode(early.id, lastCode(anna.phone))).toEqual({ ok: true });

    const late = identity.secondFactors.sendCode(anna.oid, 'sms', 'recovery');
    clock.advance(10 * MINUTE);
    expect(identity.secondFactors.checkCode(late.id, lastCode(anna.phone))).toEqual({ ok: false, reason: 'expired' });
  });

  it('refuses the fourth entry after three wrong ones, even when it is right', async () => {
    const { identity, lastCode } = await seeded();
    const challenge = identity.secondFactors.sendCode(anna.oid, 'sms', 'sign-in');
    const code = lastCode(anna.phone);
    const wrong = otherThan(code);
    expect(identity.secondFactors.checkCode(challenge.id, wrong)).toEqual({
      ok: false,
      reason: 'wrong',
      attemptsLeft: 2,
    });
    expect(identity.secondFactors.checkCode(challenge.id, wrong)).toEqual({
      ok: false,
      reason: 'wrong',
      attemptsLeft: 1,
    });
    expect(identity.secondFactors.getChallenge(challenge.id)?.attemptsLeft).toBe(1);
    expect(identity.secondFactors.checkCode(challenge.id, 'abc')).toEqual({
      ok: false,
      reason: 'wrong',
      attemptsLeft: 0,
    });
    expect(identity.secondFactors.checkCode(challenge.id, code)).toEqual({ ok: false, reason: 'exhausted' });
  });

  it('answers unknown for a challenge that does not exist', async () => {
    const { identity } = await seeded();
    expect(identity.secondFactors.checkCode('no-such-challenge', '123456')).toEqual({ ok: false, reason: 'unknown' });
    expect(identity.secondFactors.resendCode('no-such-challenge')).toEqual({ ok: false, reason: 'unknown' });
  });
});

describe('resending codes', () => {
  it('holds the cooldown, then sends a new code that replaces the old one and restores the attempts', async () => {
    const { identity, clock, lastCode } = await seeded();
    const challenge = identity.secondFactors.sendCode(anna.oid, 'sms', 'sign-in');
    const oldCode = lastCode(anna.phone);
    identity.secondFactors.checkCode(challenge.id, otherThan(oldCode));

    expect(identity.secondFactors.resendCode(challenge.id)).toEqual({
      ok: false,
      reason: 'cooldown',
      retryAfterMs: MINUTE,
    });
    clock.advance(MINUTE - 1);
    expect(identity.secondFactors.resendCode(challenge.id)).toEqual({ ok: false, reason: 'cooldown', retryAfterMs: 1 });
    expect(identity.outbox.list({ to: anna.phone })).toHaveLength(1);

    clock.advance(1);
    const resent = identity.secondFactors.resendCode(challenge.id);
    expect(resent).toEqual({
      ok: true,
      challenge: expect.objectContaining({
        id: challenge.id,
        attemptsLeft: 3,
        expiresAt: clock.now() + 10 * MINUTE,
        resendAvailableAt: clock.now() + MINUTE,
      }),
    });
    expect(identity.outbox.list({ to: anna.phone })).toHaveLength(2);
    const newCode = lastCode(anna.phone);

    if (newCode !== oldCode) {
      expect(identity.secondFactors.checkCode(challenge.id, oldCode)).toMatchObject({ ok: false, reason: 'wrong' });
    }
    expect(identity.secondFactors.checkCode(challenge.id, newCode)).toEqual({ ok: true });
  });

  it('revives an expired or exhausted challenge with a new code', async () => {
    const { identity, clock, lastCode } = await seeded();
    const challenge = identity.secondFactors.sendCode(anna.oid, 'email', 'sign-in');
    clock.advance(11 * MINUTE);
    expect(identity.secondFactors.checkCode(challenge.id, lastCode(anna.email))).toEqual({
      ok: false,
      reason: 'expired',
    });
    expect(identity.secondFactors.resendCode(challenge.id).ok).toBe(true);
    expect(identity.secondFactors.checkCode(challenge.id, lastCode(anna.email))).toEqual({ ok: true });
  });
});
