import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatSnils, normalizeSnils, snilsCheckNumber, validateSnils } from './snils.js';

// Independent restatement of the SFR rule: weights counted from the right (1…9), and the modulus taken by
// repeated subtraction instead of `%`.
function referenceCheckNumber(nineDigits: readonly number[]): number {
  const sum = [...nineDigits].reverse().reduce((total, digit, position) => total + digit * (position + 1), 0);
  let rest = sum;
  while (rest > 101) rest -= 101;
  return rest === 100 || rest === 101 ? 0 : rest;
}

const digitArray = (length: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: length, maxLength: length });
const checkedBody = digitArray(9).filter((digits) => Number(digits.join('')) > 1_001_998);
const twoDigits = (value: number) => String(value).padStart(2, '0');

function styles(body: string, check: string): string[] {
  return [
    `${body.slice(0, 3)}-${body.slice(3, 6)}-${body.slice(6)} ${check}`,
    `${body.slice(0, 3)} ${body.slice(3, 6)} ${body.slice(6)} ${check}`,
    `${body}${check}`,
    `  ${body}${check}\t`,
  ];
}

describe('validateSnils', () => {
  it.each(['112-233-445 95', '987-654-321 83', '137-199-816 00', '112 233 445 95', '11223344595', ' 112-233-445 95 '])(
    'accepts %j',
    (input) => {
      const result = validateSnils(input);
      expect(result.valid).toBe(true);
    },
  );

  it('normalises to eleven digits', () => {
    expect(validateSnils('112-233-445 95')).toEqual({ valid: true, value: '11223344595' });
  });

  it('does not check the checksum of numbers up to 001-001-998 (ESIA test accounts)', () => {
    expect(validateSnils('000-000-600 06')).toEqual({ valid: true, value: '00000060006' });
    expect(validateSnils('001-001-998 77').valid).toBe(true);
    expect(validateSnils('001-001-999 77')).toMatchObject({ valid: false, reason: 'checksum' });
  });

  it('rejects a wrong check number with "checksum"', () => {
    const result = validateSnils('200-746-095 00');
    expect(result).toMatchObject({ valid: false, reason: 'checksum' });
    if (!result.valid) expect(result.message.ru).toContain('контрольное число не совпадает');
  });

  it.each(['', '   ', null, undefined])('reports %j as empty', (input) => {
    expect(validateSnils(input)).toMatchObject({ valid: false, reason: 'empty' });
  });

  it.each(['112-233-445 9', '112-233-445 955', '112-233-44a 95', 'СНИЛС 11223344595', '112--233-445 95'])(
    'reports %j as a format error',
    (input) => {
      const result = validateSnils(input);
      expect(result).toMatchObject({ valid: false, reason: 'format' });
      if (!result.valid) expect(result.message.en).toMatch(/11 digits/);
    },
  );

  it('formats and round-trips', () => {
    expect(formatSnils('11223344595')).toBe('112-233-445 95');
    expect(formatSnils('112 233 445 95')).toBe('112-233-445 95');
    expect(normalizeSnils(formatSnils('98765432183'))).toBe('98765432183');
    expect(formatSnils('not a snils')).toBe('not a snils');
  });

  // Bodies chosen so the weighted sum lands on each boundary of the rule.
  it.each([
    ['100582052', 99, '99'],
    ['050234316', 100, '00'],
    ['016103396', 101, '00'],
    ['700201621', 102, '01'],
    ['820981233', 201, '00'],
    ['913702858', 202, '00'],
    ['418942328', 203, '01'],
  ])('gives %s (weighted sum %i) the check number %s', (body, sum, check) => {
    expect([...body].reduce((total, digit, index) => total + Number(digit) * (9 - index), 0)).toBe(sum);
    expect(snilsCheckNumber(body)).toBe(check);
    expect(validateSnils(body + check).valid).toBe(true);
  });

  it('accepts the one right check number in every input style and rejects all 99 others', () => {
    fc.assert(
      fc.property(checkedBody, (digits) => {
        const body = digits.join('');
        const expected = referenceCheckNumber(digits);
        expect(snilsCheckNumber(body)).toBe(twoDigits(expected));
        for (const input of styles(body, twoDigits(expected))) {
          expect(validateSnils(input)).toEqual({ valid: true, value: `${body}${twoDigits(expected)}` });
        }
        for (let check = 0; check < 100; check += 1) {
          if (check === expected) continue;
          expect(validateSnils(`${body}${twoDigits(check)}`)).toMatchObject({ valid: false, reason: 'checksum' });
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('accepts any check number for numbers without a checksum', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_001_998 }), fc.integer({ min: 0, max: 99 }), (number, check) => {
        const body = String(number).padStart(9, '0');
        expect(validateSnils(`${body}${twoDigits(check)}`).valid).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('formats every valid number so that it validates back to the same value', () => {
    fc.assert(
      fc.property(checkedBody, (digits) => {
        const number = `${digits.join('')}${twoDigits(referenceCheckNumber(digits))}`;
        const formatted = formatSnils(number);
        expect(formatted).toMatch(/^\d{3}-\d{3}-\d{3} \d{2}$/);
        expect(validateSnils(formatted)).toEqual({ valid: true, value: number });
      }),
      { numRuns: 1000 },
    );
  });

  it('rejects digit strings of any other length as a format error', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 20 })
          .filter((length) => length !== 11)
          .chain((length) => digitArray(length)),
        (digits) => {
          expect(validateSnils(digits.join(''))).toMatchObject({ valid: false, reason: 'format' });
        },
      ),
      { numRuns: 1000 },
    );
  });
});
