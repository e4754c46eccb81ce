import { describe, expect, it } from 'vitest';
import {
  codeLength,
  crossedMilestone,
  extractPastedCode,
  formatCountdown,
  inputMaxLength,
  isComplete,
  maskDestination,
  normalizeCode,
  otherFactors,
  otpPhase,
  remainingSeconds,
  sameLocalDay,
  sanitizeTyped,
  toFactor,
  toTimestamp,
} from './otp-prompt.logic.js';

describe('factors', () => {
  it('falls back to SMS for an unknown factor', () => {
    expect(toFactor('email')).toBe('email');
    expect(toFactor('push')).toBe('sms');
    expect(toFactor(undefined)).toBe('sms');
  });

  it('lists the other known factors once, in order, without the current one', () => {
    expect(otherFactors('email totp  backup', 'sms')).toEqual(['email', 'totp', 'backup']);
    expect(otherFactors('SMS email sms passkey email', 'totp')).toEqual(['sms', 'email']);
    expect(otherFactors('sms', 'sms')).toEqual([]);
    expect(otherFactors(undefined, 'sms')).toEqual([]);
  });
});

describe('code length', () => {
  it('defaults to 6, and 8 for backup codes', () => {
    expect(codeLength('sms', undefined)).toBe(6);
    expect(codeLength('totp', null)).toBe(6);
    expect(codeLength('backup', undefined)).toBe(8);
  });

  it('takes a sensible attribute and ignores a broken one', () => {
    expect(codeLength('sms', 4)).toBe(4);
    expect(codeLength('sms', 0)).toBe(6);
    expect(codeLength('sms', Number.NaN)).toBe(6);
    expect(codeLength('sms', 2.5)).toBe(6);
    expect(codeLength('sms', 1000)).toBe(32);
  });

  it('leaves room for separators in backup codes only', () => {
    expect(inputMaxLength('sms', 6)).toBe(6);
    expect(inputMaxLength('backup', 8)).toBe(15);
  });
});

describe('code normalisation', () => {
  it('keeps only digits while a digit code is typed, up to its length', () => {
    expect(sanitizeTyped('sms', '12a3 4-5', 6)).toBe('12345');
    expect(sanitizeTyped('email', '1234567', 6)).toBe('123456');
    expect(sanitizeTyped('totp', '١٢٣', 6)).toBe('');
  });

  it('keeps letters, digits and single dashes in backup codes, upper case', () => {
    expect(sanitizeTyped('backup', 'ab12 34--56', 8)).toBe('AB12-34-56');
    expect(sanitizeTyped('backup', '-1234', 8)).toBe('1234');
    expect(sanitizeTyped('backup', 'кд1234', 8)).toBe('1234');
  });

  it('strips spaces and dashes from a pasted digit code', () => {
    expect(extractPastedCode('sms', ' 123 456 ', 6)).toBe('123456');
    expect(extractPastedCode('sms', '123-456', 6)).toBe('123456');
    expect(extractPastedCode('sms', '123 – 456', 6)).toBe('123456');
    expect(extractPastedCode('sms', '1234567', 6)).toBe('123456');
  });

  it('finds the code in a pasted message', () => {
    expect(extractPastedCode('sms', 'Код 123456 для входа на Госуслуги. Действует 10 минут', 6)).toBe('123456');
    expect(extractPastedCode('email', 'Your code: 123 456', 6)).toBe('123456');
    expect(extractPastedCode('sms', '@gosuslugi.ru #654321', 6)).toBe('654321');
  });

  it('falls back to the digits of a message without a run of the right length', () => {
    expect(extractPastedCode('sms', 'Код: 12 34', 6)).toBe('1234');
  });

  it('pastes backup codes as typed text', () => {
    expect(extractPastedCode('backup', ' 1234-5678\n', 8)).toBe('1234-5678');
  });

  it('submits digit codes as digits and backup codes without separators', () => {
    expect(normalizeCode('sms', '123456', 6)).toBe('123456');
    expect(normalizeCode('backup', '1234-5678', 8)).toBe('12345678');
    expect(normalizeCode('backup', 'ab12 cd34', 8)).toBe('AB12CD34');
  });

  it('knows when a code is complete', () => {
    expect(isComplete('sms', '12345', 6)).toBe(false);
    expect(isComplete('sms', '123456', 6)).toBe(true);
    expect(isComplete('backup', '1234-567', 8)).toBe(false);
    expect(isComplete('backup', '1234-5678', 8)).toBe(true);
    expect(isComplete('backup', '12345678', 8)).toBe(true);
  });
});

describe('destination', () => {
  it('masks a phone for SMS and an address for e-mail', () => {
    expect(maskDestination('sms', '+79001234567')).toBe('+7 (***) ***-45-67');
    expect(maskDestination('sms', '8 900 123-45-67')).toBe('+7 (***) ***-45-67');
    expect(maskDestination('email', 'ivan@mail.ru')).toBe('i***@mail.ru');
  });

  it('shows an already masked destination as is', () => {
    expect(maskDestination('sms', '+7 (***) ***-45-67')).toBe('+7 (***) ***-45-67');
    expect(maskDestination('email', 'i***@mail.ru')).toBe('i***@mail.ru');
  });

  it('has no destination for app and backup codes, or when empty', () => {
    expect(maskDestination('totp', '+79001234567')).toBeUndefined();
    expect(maskDestination('sms', '  ')).toBeUndefined();
    expect(maskDestination('sms', undefined)).toBeUndefined();
  });
});

describe('time', () => {
  const now = Date.UTC(2026, 4, 12, 9, 40, 0);

  it('reads ISO times, ms and Dates, and nothing else', () => {
    expect(toTimestamp('2026-05-12T09:45:00Z')).toBe(Date.UTC(2026, 4, 12, 9, 45));
    expect(toTimestamp(String(now))).toBe(now);
    expect(toTimestamp(now)).toBe(now);
    expect(toTimestamp(new Date(now))).toBe(now);
    for (const bad of ['', '  ', 'soon', Number.NaN, null, undefined, new Date('x'), {}]) {
      expect(toTimestamp(bad)).toBeUndefined();
    }
  });

  it('counts whole seconds left, rounding up, never below zero', () => {
    expect(remainingSeconds(now + 299_001, now)).toBe(300);
    expect(remainingSeconds(now + 299_000, now)).toBe(299);
    expect(remainingSeconds(now + 1, now)).toBe(1);
    expect(remainingSeconds(now, now)).toBe(0);
    expect(remainingSeconds(now - 5000, now)).toBe(0);
    expect(remainingSeconds(undefined, now)).toBe(0);
  });

  it('formats countdowns as m:ss, and h:mm:ss from an hour', () => {
    expect(formatCountdown(299)).toBe('4:59');
    expect(formatCountdown(7)).toBe('0:07');
    expect(formatCountdown(60)).toBe('1:00');
    expect(formatCountdown(0)).toBe('0:00');
    expect(formatCountdown(-3)).toBe('0:00');
    expect(formatCountdown(3725)).toBe('1:02:05');
  });

  it('announces 60 s, 30 s and expiry once each, not every second', () => {
    const announced: number[] = [];
    let previous: number | undefined;
    for (let seconds = 90; seconds >= 0; seconds--) {
      const milestone = crossedMilestone(previous, seconds);
      if (milestone !== undefined) announced.push(milestone);
      previous = seconds;
    }
    expect(announced).toEqual([60, 30, 0]);
  });

  it('announces nothing for the first reading, and only the latest milestone after a jump', () => {
    expect(crossedMilestone(undefined, 60)).toBeUndefined();
    expect(crossedMilestone(undefined, 0)).toBeUndefined();
    expect(crossedMilestone(75, 10)).toBe(30);
    expect(crossedMilestone(75, 0)).toBe(0);
    expect(crossedMilestone(20, 25)).toBeUndefined();
  });

  it('tells the phase: lock first, then exhausted attempts, then expiry', () => {
    expect(otpPhase({ now })).toBe('ready');
    expect(otpPhase({ now, expiresAt: now + 1000, attemptsLeft: 2 })).toBe('ready');
    expect(otpPhase({ now, expiresAt: now })).toBe('expired');
    expect(otpPhase({ now, expiresAt: now - 1, attemptsLeft: 0 })).toBe('exhausted');
    expect(otpPhase({ now, lockedUntil: now + 60_000, attemptsLeft: 0 })).toBe('locked');
    expect(otpPhase({ now, lockedUntil: now - 1 })).toBe('ready');
  });

  it('compares local calendar days', () => {
    const local = new Date(2026, 4, 12, 10, 0).getTime();
    expect(sameLocalDay(local, new Date(2026, 4, 12, 23, 59).getTime())).toBe(true);
    expect(sameLocalDay(local, new Date(2026, 4, 13, 0, 1).getTime())).toBe(false);
  });
});
