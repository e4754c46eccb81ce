import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPhone, maskPhone, normalizePhone, validatePhone } from './phone.js';

const digits = (length: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: length, maxLength: length }).map((list) => list.join(''));

/** Ten national digits written the many ways people write them. */
const writtenPhone = (national: string) =>
  fc
    .record({
      prefix: fc.constantFrom('+7', '8', '7', ''),
      afterPrefix: fc.constantFrom('', ' ', '-'),
      brackets: fc.boolean(),
      separators: fc.array(fc.constantFrom('', ' ', '-'), { minLength: 3, maxLength: 3 }),
      padding: fc.constantFrom('', ' ', '  '),
    })
    .map(({ prefix, afterPrefix, brackets, separators, padding }) => {
      const code = brackets ? `(${national.slice(0, 3)})` : national.slice(0, 3);
      const [a = '', b = '', c = ''] = separators;
      const head = prefix === '' ? '' : prefix + afterPrefix;
      return `${padding}${head}${code}${a}${national.slice(3, 6)}${b}${national.slice(6, 8)}${c}${national.slice(8)}${padding}`;
    });

describe('validatePhone', () => {
  it.each([
    '8 (900) 123-45-67',
    '+7 900 1234567',
    '9001234567',
    '7 900 123 45 67',
    '+7 (900) 123-45-67',
    '+79001234567',
  ])('normalises %j to +79001234567', (input) => {
    expect(validatePhone(input)).toEqual({ valid: true, value: '+79001234567' });
  });

  it('reaches every reason', () => {
    expect(validatePhone('')).toMatchObject({ reason: 'empty' });
    expect(validatePhone('900 123 45 6')).toMatchObject({ reason: 'format' });
    expect(validatePhone('+7 900 123 45 678')).toMatchObject({ reason: 'format' });
    expect(validatePhone('тел. 9001234567')).toMatchObject({ reason: 'format' });
    expect(validatePhone('1 900 123 45 67')).toMatchObject({ reason: 'format' });
    expect(validatePhone('+380 50 123 45 67')).toMatchObject({ reason: 'not-russian' });
    expect(validatePhone('8 (495) 123-45-67')).toMatchObject({ reason: 'not-mobile' });
    expect(validatePhone('+7 800 555-35-35')).toMatchObject({ reason: 'not-mobile' });
  });

  it('normalises landlines too, leaving the mobile check to the validator', () => {
    expect(normalizePhone('8 (495) 123-45-67')).toBe('+74951234567');
  });

  it('formats for display and masks for the code prompt', () => {
    expect(formatPhone('89001234567')).toBe('+7 (900) 123-45-67');
    expect(formatPhone('12')).toBe('12');
    expect(maskPhone('+79001234567')).toBe('+7 (***) ***-45-67');
    expect(maskPhone('8 900 123 45 67')).toBe('+7 (***) ***-45-67');
    expect(maskPhone('+44 20 7946 0958')).toBe('+** ** **** **58');
  });

  it('normalises any mobile number in any common writing to the same value, and format round-trips', () => {
    fc.assert(
      fc.property(
        digits(9)
          .map((rest) => `9${rest}`)
          .chain((national) => fc.tuple(fc.constant(national), writtenPhone(national))),
        ([national, written]) => {
          const expected = `+7${national}`;
          expect(validatePhone(written)).toEqual({ valid: true, value: expected });
          const formatted = formatPhone(written);
          expect(formatted).toBe(
            `+7 (${national.slice(0, 3)}) ${national.slice(3, 6)}-${national.slice(6, 8)}-${national.slice(8)}`,
          );
          expect(validatePhone(formatted)).toEqual({ valid: true, value: expected });
          expect(maskPhone(written)).toBe(`+7 (***) ***-${national.slice(6, 8)}-${national.slice(8)}`);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('reports every Russian number not starting with 9 as not mobile', () => {
    fc.assert(
      fc.property(
        fc
          .tuple(fc.integer({ min: 0, max: 8 }), digits(9))
          .map(([first, rest]) => `${first}${rest}`)
          .chain((national) => writtenPhone(national)),
        (written) => {
          expect(validatePhone(written)).toMatchObject({ valid: false, reason: 'not-mobile' });
        },
      ),
      { numRuns: 1000 },
    );
  });
});
