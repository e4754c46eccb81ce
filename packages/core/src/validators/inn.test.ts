import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { innCheckDigits, normalizeInn, validateInn } from './inn.js';

// Independent restatement: every INN weight list is a tail of one sequence (the organisation's takes the last 9,
// the person's first check the last 10, the second check all 11), and the remainder is taken by division.
const WEIGHT_SEQUENCE = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8];

function referenceCheck(digits: readonly number[]): number {
  const weights = WEIGHT_SEQUENCE.slice(WEIGHT_SEQUENCE.length - digits.length);
  const sum = digits.reduce((total, digit, index) => total + digit * (weights[index] ?? Number.NaN), 0);
  const remainder = sum - 11 * Math.floor(sum / 11);
  return remainder === 10 ? 0 : remainder;
}

const digitArray = (length: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: length, maxLength: length });

function validOrganisationInn(body: readonly number[]): string {
  return [...body, referenceCheck(body)].join('');
}

function validPersonInn(body: readonly number[]): string {
  const first = referenceCheck(body);
  return [...body, first, referenceCheck([...body, first])].join('');
}

describe('validateInn', () => {
  it('accepts an organisation INN and reports its kind', () => {
    expect(validateInn('7707083893')).toEqual({ valid: true, value: { inn: '7707083893', kind: 'organisation' } });
  });

  it('accepts a person INN and reports its kind', () => {
    expect(validateInn(' 500100732259 ')).toEqual({ valid: true, value: { inn: '500100732259', kind: 'person' } });
  });

  it('rejects a wrong check digit with "checksum"', () => {
    expect(validateInn('7707083894')).toMatchObject({ valid: false, reason: 'checksum' });
    expect(validateInn('500100732258')).toMatchObject({ valid: false, reason: 'checksum' });
    expect(validateInn('500100732269')).toMatchObject({ valid: false, reason: 'checksum' });
  });

  it.each(['', '  ', null, undefined])('reports %j as empty', (input) => {
    expect(validateInn(input)).toMatchObject({ valid: false, reason: 'empty' });
  });

  it.each(['770708389', '77070838931', '5001007322590', 'ИНН7707083893', '7707-083893'])(
    'reports %j as a format error',
    (input) => {
      expect(validateInn(input)).toMatchObject({ valid: false, reason: 'format' });
    },
  );

  it('names the wrong kind instead of a generic error', () => {
    const organisation = validateInn('7707083893', { kinds: ['person'] });
    expect(organisation).toMatchObject({ valid: false, reason: 'organisation-not-accepted' });
    if (!organisation.valid) expect(organisation.message.ru).toContain('12 цифр');
    const person = validateInn('500100732259', { kinds: ['organisation'] });
    expect(person).toMatchObject({ valid: false, reason: 'person-not-accepted' });
    if (!person.valid) expect(person.message.ru).toContain('10 цифр');
  });

  it('words the format message after the kinds the field accepts', () => {
    const personOnly = validateInn('123', { kinds: ['person'] });
    if (personOnly.valid) throw new Error('expected a format error');
    expect(personOnly.message.ru).toBe('ИНН физического лица состоит из 12 цифр');
  });

  it('refuses an empty list of kinds as a programming error', () => {
    expect(() => validateInn('7707083893', { kinds: [] })).toThrow(RangeError);
  });

  it('normalises spaces away', () => {
    expect(normalizeInn('7707 083 893')).toBe('7707083893');
    expect(normalizeInn('77070838')).toBeNull();
  });

  it('accepts every organisation INN with the right check digit and no other', () => {
    fc.assert(
      fc.property(digitArray(9), (body) => {
        const inn = validOrganisationInn(body);
        expect(innCheckDigits(inn.slice(0, 9))).toBe(inn.slice(9));
        expect(validateInn(inn)).toEqual({ valid: true, value: { inn, kind: 'organisation' } });
        expect(validateInn(inn, { kinds: ['person'] })).toMatchObject({ reason: 'organisation-not-accepted' });
        for (let check = 0; check <= 9; check += 1) {
          if (String(check) === inn.slice(9)) continue;
          expect(validateInn(inn.slice(0, 9) + check)).toMatchObject({ valid: false, reason: 'checksum' });
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('accepts every person INN with both right check digits and no other pair', () => {
    fc.assert(
      fc.property(digitArray(10), (body) => {
        const inn = validPersonInn(body);
        expect(innCheckDigits(inn.slice(0, 10))).toBe(inn.slice(10));
        expect(validateInn(inn)).toEqual({ valid: true, value: { inn, kind: 'person' } });
        expect(validateInn(inn, { kinds: ['organisation'] })).toMatchObject({ reason: 'person-not-accepted' });
        for (let pair = 0; pair <= 99; pair += 1) {
          const checks = String(pair).padStart(2, '0');
          if (checks === inn.slice(10)) continue;
          expect(validateInn(inn.slice(0, 10) + checks)).toMatchObject({ valid: false, reason: 'checksum' });
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('catches any single mistyped digit of a valid INN', () => {
    fc.assert(
      fc.property(
        fc.oneof(digitArray(9).map(validOrganisationInn), digitArray(10).map(validPersonInn)),
        fc.nat(),
        fc.integer({ min: 1, max: 9 }),
        (inn, positionSeed, shift) => {
          const position = positionSeed % inn.length;
          const typo = (Number(inn[position]) + shift) % 10;
          const mistyped = inn.slice(0, position) + typo + inn.slice(position + 1);
          // Weights 10 and 11 are blind to some typos (weight × shift ≡ 0 or the result maps 10 → 0), so only
          // assert what the reference itself says.
          const referenceValid =
            mistyped.length === 10
              ? validOrganisationInn([...mistyped.slice(0, 9)].map(Number)) === mistyped
              : validPersonInn([...mistyped.slice(0, 10)].map(Number)) === mistyped;
          expect(validateInn(mistyped).valid).toBe(referenceValid);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
