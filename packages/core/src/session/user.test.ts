import { describe, expect, it } from 'vitest';
import { levelAtLeast, userFromClaims } from './user.js';

describe('userFromClaims', () => {
  it('shortens the name to surname and initials', () => {
    const user = userFromClaims({
      sub: 'a1',
      family_name: 'Смирнова',
      given_name: 'анна',
      middle_name: 'Сергеевна',
      account_level: 'confirmed',
      amr: ['pwd', 'sms'],
    });
    expect(user).toEqual({
      sub: 'a1',
      familyName: 'Смирнова',
      givenName: 'анна',
      middleName: 'Сергеевна',
      shortName: 'Смирнова А. С.',
      accountLevel: 'confirmed',
      amr: ['pwd', 'sms'],
    });
  });

  it('does without a patronymic, and falls back to the full name, then the subject', () => {
    expect(userFromClaims({ sub: 'x', family_name: 'Петров', given_name: 'Иван' }).shortName).toBe('Петров И.');
    expect(userFromClaims({ sub: 'x', name: 'Ivan Petrov' }).shortName).toBe('Ivan Petrov');
    expect(userFromClaims({ sub: 'x' }).shortName).toBe('x');
  });

  it('never promises a higher level than the provider gave', () => {
    expect(userFromClaims({ sub: 'x', account_level: 'gold' }).accountLevel).toBe('simplified');
    expect(userFromClaims({ sub: 'x' }).accountLevel).toBe('simplified');
    expect(userFromClaims({ sub: 'x', amr: 'pwd' }).amr).toEqual([]);
  });
});

describe('levelAtLeast', () => {
  it('orders simplified < standard < confirmed', () => {
    expect(levelAtLeast('confirmed', 'standard')).toBe(true);
    expect(levelAtLeast('standard', 'standard')).toBe(true);
    expect(levelAtLeast('simplified', 'standard')).toBe(false);
    expect(levelAtLeast('standard', 'confirmed')).toBe(false);
  });
});
