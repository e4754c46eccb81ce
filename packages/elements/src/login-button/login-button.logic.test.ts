import { describe, expect, it } from 'vitest';
import { countdown, idleMilestone, isBusy, toLevel, toMode } from './login-button.logic.js';

describe('login-button logic', () => {
  it('reads the level and mode attributes, ignoring anything unknown', () => {
    expect(toLevel(' Confirmed ')).toBe('confirmed');
    expect(toLevel('gold')).toBeUndefined();
    expect(toLevel(null)).toBeUndefined();
    expect(toMode('POPUP')).toBe('popup');
    expect(toMode('window')).toBe('redirect');
  });

  it('is busy while restoring, signing in or signing out', () => {
    expect(['restoring', 'signing-in', 'signing-out'].every((s) => isBusy(s as never))).toBe(true);
    expect(['signed-in', 'signed-out', 'error'].some((s) => isBusy(s as never))).toBe(false);
  });

  it('counts down in m:ss, rounding up and never below zero', () => {
    expect(countdown(60_000, 0)).toEqual({ seconds: 60, text: '1:00' });
    expect(countdown(60_000, 500)).toEqual({ seconds: 60, text: '1:00' });
    expect(countdown(60_000, 51_000)).toEqual({ seconds: 9, text: '0:09' });
    expect(countdown(60_000, 90_000)).toEqual({ seconds: 0, text: '0:00' });
  });

  it('speaks up when the time left drops to 30 and to 10 seconds, once each', () => {
    expect(idleMilestone(60, 59)).toBeUndefined();
    expect(idleMilestone(31, 30)).toBe(30);
    expect(idleMilestone(30, 29)).toBeUndefined();
    expect(idleMilestone(11, 10)).toBe(10);
    expect(idleMilestone(45, 8)).toBe(10);
  });
});
