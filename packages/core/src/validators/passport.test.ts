import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatDivisionCode,
  formatPassport,
  normalizeDivisionCode,
  normalizePassport,
  validateDivisionCode,
  validatePassport,
  validatePassportIssueDate,
} from './passport.js';

const digits = (length: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: length, maxLength: length }).map((list) => list.join(''));

// Independent calendar arithmetic through the built-in UTC calendar.
function exists(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function dayNumber(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

/** The 14th birthday, moved to 28 February in a common year for someone born on 29 February. */
function fourteenthBirthday(year: number, month: number, day: number): number {
  const target = year + 14;
  return exists(target, month, day) ? dayNumber(target, month, day) : dayNumber(target, month, day - 1);
}

const calendarDay = fc
  .record({
    year: fc.integer({ min: 1950, max: 2040 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
  })
  .filter(({ year, month, day }) => exists(year, month, day));

const ddmmyyyy = ({ year, month, day }: { year: number; month: number; day: number }) =>
  `${String(day).padStart(2, '0')}.${String(month).padStart(2, '0')}.${year}`;

describe('validatePassport', () => {
  it.each(['45 06 123456', '4506 123456', '4506123456', ' 45 06 123456 ', '45 06 № 123456'])('accepts %j', (input) => {
    expect(validatePassport(input)).toEqual({ valid: true, value: { series: '4506', number: '123456' } });
  });

  it.each(['', ' ', null, undefined])('reports %j as empty', (input) => {
    expect(validatePassport(input)).toMatchObject({ valid: false, reason: 'empty' });
  });

  it.each(['45 06 12345', '450 6123456', '4506 1234567', 'AB06 123456', '45-06-123456'])(
    'reports %j as a format error',
    (input) => {
      expect(validatePassport(input)).toMatchObject({ valid: false, reason: 'format' });
    },
  );

  it('formats as "45 06 123456" and leaves other text alone', () => {
    expect(formatPassport('4506123456')).toBe('45 06 123456');
    expect(formatPassport({ series: '4506', number: '123456' })).toBe('45 06 123456');
    expect(formatPassport('45 0')).toBe('45 0');
  });

  it('normalises any series and number in every input style, and the format round-trips', () => {
    fc.assert(
      fc.property(
        digits(4),
        digits(6),
        fc.constantFrom('spaced', 'series-joined', 'joined'),
        (series, number, style) => {
          const input =
            style === 'spaced'
              ? `${series.slice(0, 2)} ${series.slice(2)} ${number}`
              : style === 'series-joined'
                ? `${series} ${number}`
                : `${series}${number}`;
          expect(validatePassport(input)).toEqual({ valid: true, value: { series, number } });
          const formatted = formatPassport(input);
          expect(formatted).toBe(`${series.slice(0, 2)} ${series.slice(2)} ${number}`);
          expect(normalizePassport(formatted)).toEqual({ series, number });
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('rejects digit strings of any other length', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 16 })
          .filter((length) => length !== 10)
          .chain(digits),
        (input) => {
          expect(validatePassport(input)).toMatchObject({ valid: false, reason: 'format' });
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('validateDivisionCode', () => {
  it('accepts both styles and writes the hyphen', () => {
    expect(validateDivisionCode('123456')).toEqual({ valid: true, value: '123-456' });
    expect(validateDivisionCode(' 123-456 ')).toEqual({ valid: true, value: '123-456' });
    expect(formatDivisionCode('770001')).toBe('770-001');
    expect(formatDivisionCode('77-0001')).toBe('77-0001');
  });

  it('reports empty and malformed codes', () => {
    expect(validateDivisionCode('')).toMatchObject({ valid: false, reason: 'empty' });
    expect(validateDivisionCode('12-3456')).toMatchObject({ valid: false, reason: 'format' });
    expect(validateDivisionCode('1234567')).toMatchObject({ valid: false, reason: 'format' });
  });

  it('normalises any six digits in either style to NNN-NNN', () => {
    fc.assert(
      fc.property(digits(6), fc.boolean(), (code, hyphen) => {
        const input = hyphen ? `${code.slice(0, 3)}-${code.slice(3)}` : code;
        const expected = `${code.slice(0, 3)}-${code.slice(3)}`;
        expect(validateDivisionCode(input)).toEqual({ valid: true, value: expected });
        expect(normalizeDivisionCode(expected)).toBe(expected);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('validatePassportIssueDate', () => {
  const today = '2026-03-15';

  it('accepts a real past date in either notation', () => {
    expect(validatePassportIssueDate('15.03.2010', { today })).toEqual({
      valid: true,
      value: { day: 15, month: 3, year: 2010, iso: '2010-03-15' },
    });
    expect(validatePassportIssueDate('2010-03-15', { today }).valid).toBe(true);
    expect(validatePassportIssueDate('15.03.2026', { today }).valid).toBe(true);
  });

  it('reaches every reason', () => {
    expect(validatePassportIssueDate(' ', { today })).toMatchObject({ reason: 'empty' });
    expect(validatePassportIssueDate('2010/03/15', { today })).toMatchObject({ reason: 'format' });
    expect(validatePassportIssueDate('31.04.2010', { today })).toMatchObject({ reason: 'nonexistent' });
    expect(validatePassportIssueDate('16.03.2026', { today })).toMatchObject({ reason: 'future' });
    expect(validatePassportIssueDate('30.09.1997', { today })).toMatchObject({ reason: 'before-introduction' });
    expect(validatePassportIssueDate('01.10.1997', { today }).valid).toBe(true);
    expect(validatePassportIssueDate('14.05.2004', { today, birthDate: '15.05.1990' })).toMatchObject({
      reason: 'before-age-14',
    });
    expect(validatePassportIssueDate('15.05.2004', { today, birthDate: '15.05.1990' }).valid).toBe(true);
  });

  it('moves the 14th birthday of someone born on 29 February to 28 February', () => {
    expect(validatePassportIssueDate('27.02.2010', { today, birthDate: '29.02.1996' })).toMatchObject({
      reason: 'before-age-14',
    });
    expect(validatePassportIssueDate('28.02.2010', { today, birthDate: '29.02.1996' }).valid).toBe(true);
  });

  it('ignores a birth date that is not a date, leaving that error to its own field', () => {
    expect(validatePassportIssueDate('15.05.2004', { today, birthDate: '15.13.1990' }).valid).toBe(true);
  });

  it('throws on a malformed "today", which is a programming error', () => {
    expect(() => validatePassportIssueDate('15.05.2004', { today: 'yesterday' })).toThrow(RangeError);
  });

  it('agrees with an independent calendar on every date, today and birth date', () => {
    fc.assert(
      fc.property(calendarDay, calendarDay, calendarDay, fc.boolean(), (issue, now, birth, iso) => {
        const input = iso
          ? `${issue.year}-${String(issue.month).padStart(2, '0')}-${String(issue.day).padStart(2, '0')}`
          : ddmmyyyy(issue);
        const result = validatePassportIssueDate(input, { today: ddmmyyyy(now), birthDate: ddmmyyyy(birth) });
        const issued = dayNumber(issue.year, issue.month, issue.day);
        const expected =
          issued > dayNumber(now.year, now.month, now.day)
            ? 'future'
            : issued < dayNumber(1997, 10, 1)
              ? 'before-introduction'
              : issued < fourteenthBirthday(birth.year, birth.month, birth.day)
                ? 'before-age-14'
                : 'valid';
        expect(result.valid ? 'valid' : result.reason).toBe(expected);
      }),
      { numRuns: 1000 },
    );
  });
});
