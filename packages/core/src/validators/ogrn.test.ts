import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeOgrn, ogrnCheckDigit, validateOgrn, validateOgrnip } from './ogrn.js';

// Independent restatement: the remainder of the long number computed digit by digit (Horner's scheme) in
// ordinary numbers, instead of BigInt.
function referenceCheckDigit(leading: readonly number[]): number {
  const modulus = leading.length === 12 ? 11 : 13;
  const remainder = leading.reduce((rest, digit) => (rest * 10 + digit) % modulus, 0);
  return remainder % 10;
}

const digitArray = (length: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: length, maxLength: length });

describe('validateOgrn', () => {
  it('accepts an organisation OGRN', () => {
    expect(validateOgrn('1027700132195')).toEqual({
      valid: true,
      value: { ogrn: '1027700132195', kind: 'organisation' },
    });
  });

  it('accepts an entrepreneur OGRNIP', () => {
    expect(validateOgrn('304500116000157')).toEqual({
      valid: true,
      value: { ogrn: '304500116000157', kind: 'entrepreneur' },
    });
    expect(validateOgrnip(' 304500116000157 ').valid).toBe(true);
  });

  it('rejects a wrong check digit with "checksum", naming the register', () => {
    const ogrn = validateOgrn('1027700132196');
    expect(ogrn).toMatchObject({ valid: false, reason: 'checksum' });
    if (!ogrn.valid) expect(ogrn.message.ru).toContain('Проверьте ОГРН:');
    const ogrnip = validateOgrn('304500116000158');
    expect(ogrnip).toMatchObject({ valid: false, reason: 'checksum' });
    if (!ogrnip.valid) expect(ogrnip.message.ru).toContain('Проверьте ОГРНИП:');
  });

  it.each(['', ' ', null, undefined])('reports %j as empty', (input) => {
    expect(validateOgrn(input)).toMatchObject({ valid: false, reason: 'empty' });
  });

  it.each(['102770013219', '10277001321950', '1027700l32195', '3045001160001577'])(
    'reports %j as a format error',
    (input) => {
      expect(validateOgrn(input)).toMatchObject({ valid: false, reason: 'format' });
    },
  );

  it('names the wrong kind of registration', () => {
    expect(validateOgrnip('1027700132195')).toMatchObject({ valid: false, reason: 'organisation-not-accepted' });
    expect(validateOgrn('304500116000157', { kinds: ['organisation'] })).toMatchObject({
      valid: false,
      reason: 'entrepreneur-not-accepted',
    });
  });

  it('refuses an empty list of kinds as a programming error', () => {
    expect(() => validateOgrn('1027700132195', { kinds: [] })).toThrow(RangeError);
  });

  it('normalises spaces away', () => {
    expect(normalizeOgrn('1 02 77 00 13219 5')).toBe('1027700132195');
  });

  it('keeps exact arithmetic for the largest OGRNIP', () => {
    expect(ogrnCheckDigit('99999999999999')).toBe(String(referenceCheckDigit(Array(14).fill(9))));
  });

  for (const [register, leadingLength, kind] of [
    ['OGRN', 12, 'organisation'],
    ['OGRNIP', 14, 'entrepreneur'],
  ] as const) {
    it(`accepts every ${register} with the right check digit and rejects the nine others`, () => {
      fc.assert(
        fc.property(digitArray(leadingLength), (leading) => {
          const check = referenceCheckDigit(leading);
          const body = leading.join('');
          expect(ogrnCheckDigit(body)).toBe(String(check));
          expect(validateOgrn(body + check)).toEqual({ valid: true, value: { ogrn: body + check, kind } });
          for (let wrong = 0; wrong <= 9; wrong += 1) {
            if (wrong === check) continue;
            expect(validateOgrn(body + wrong)).toMatchObject({ valid: false, reason: 'checksum' });
          }
        }),
        { numRuns: 1000 },
      );
    });
  }
});
