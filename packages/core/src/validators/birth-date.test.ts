import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatBirthDate, validateBirthDate } from './birth-date.js';
import { ageOn, parseCalendarDate } from './calendar-date.js';

interface Ymd {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

// Independent calendar: the built-in UTC calendar decides which days exist and orders them.
function exists({ year, month, day }: Ymd): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function dayNumber({ year, month, day }: Ymd): number {
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

/** Counts birthdays one by one; a 29 February birthday is kept on 28 February in common years. */
function referenceAge(birth: Ymd, today: Ymd): number {
  let age = 0;
  for (;;) {
    const next = { year: birth.year + age + 1, month: birth.month, day: birth.day };
    const birthday = exists(next) ? next : { ...next, day: next.day - 1 };
    if (dayNumber(birthday) > dayNumber(today)) return age;
    age += 1;
  }
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');
const russian = ({ year, month, day }: Ymd) => `${pad(day)}.${pad(month)}.${pad(year, 4)}`;
const iso = ({ year, month, day }: Ymd) => `${pad(year, 4)}-${pad(month)}-${pad(day)}`;

const anyTriple = fc.record({
  year: fc.integer({ min: 1850, max: 2100 }),
  month: fc.integer({ min: 1, max: 12 }),
  day: fc.integer({ min: 1, max: 31 }),
});
const realDay = anyTriple.filter(exists);
// Birthdays on 29 February and at month ends are where age arithmetic breaks; make them common.
const awkwardDay = fc.oneof(
  realDay,
  fc
    .integer({ min: 1850, max: 2100 })
    .filter((year) => exists({ year, month: 2, day: 29 }))
    .map((year) => ({ year, month: 2, day: 29 })),
  fc.integer({ min: 1850, max: 2100 }).map((year) => ({ year, month: 2, day: 28 })),
  fc.integer({ min: 1850, max: 2100 }).map((year) => ({ year, month: 3, day: 1 })),
);

describe('validateBirthDate', () => {
  const today = '15.06.2026';

  afterEach(() => {
    vi.useRealTimers();
  });

  it('accepts a real date and returns its parts', () => {
    expect(validateBirthDate('01.09.1990', { today })).toEqual({
      valid: true,
      value: { day: 1, month: 9, year: 1990, iso: '1990-09-01' },
    });
    expect(validateBirthDate(' 1.9.1990 ', { today }).valid).toBe(true);
    expect(validateBirthDate('1990-09-01', { today }).valid).toBe(true);
  });

  it.each([
    ['', 'empty'],
    ['1990', 'format'],
    ['01/09/1990', 'format'],
    ['01.09.90', 'format'],
    ['31.02.1990', 'nonexistent'],
    ['29.02.1990', 'nonexistent'],
    ['29.02.1900', 'nonexistent'],
    ['16.06.2026', 'future'],
    ['16.06.2008', 'too-young'],
    ['14.06.1905', 'too-old'],
  ])('gives %j the reason %j', (input, reason) => {
    expect(validateBirthDate(input, { today })).toMatchObject({ valid: false, reason });
  });

  it('knows leap years', () => {
    expect(validateBirthDate('29.02.2000', { today }).valid).toBe(true);
    expect(validateBirthDate('29.02.1996', { today }).valid).toBe(true);
  });

  it('counts age on the birthday itself, and on 28 February for a 29 February birthday', () => {
    expect(validateBirthDate('15.06.2008', { today }).valid).toBe(true);
    expect(validateBirthDate('29.02.2008', { today: '27.02.2026' })).toMatchObject({ reason: 'too-young' });
    expect(validateBirthDate('29.02.2008', { today: '28.02.2026' }).valid).toBe(true);
    expect(validateBirthDate('29.02.2008', { today: '28.02.2028', minAge: 20 })).toMatchObject({ reason: 'too-young' });
    expect(validateBirthDate('29.02.2008', { today: '29.02.2028', minAge: 20 }).valid).toBe(true);
  });

  it('puts the age limits and the right noun forms into the messages', () => {
    const young = validateBirthDate('01.01.2010', { today, minAge: 21 });
    if (young.valid) throw new Error('expected too-young');
    expect(young.message.ru).toBe('Возраст должен быть не меньше 21 года');
    const old = validateBirthDate('01.01.1900', { today });
    if (old.valid) throw new Error('expected too-old');
    expect(old.message.ru).toContain('больше 120 лет');
    expect(validateBirthDate('15.06.1906', { today }).valid).toBe(true);
  });

  it('reads the clock only when no "today" is given', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date(2026, 5, 15, 12));
    expect(validateBirthDate('15.06.2008').valid).toBe(true);
    expect(validateBirthDate('16.06.2008')).toMatchObject({ reason: 'too-young' });
    expect(() => validateBirthDate('15.06.2008', { today: '31.02.2026' })).toThrow(RangeError);
  });

  it('formats to DD.MM.YYYY and leaves other text alone', () => {
    expect(formatBirthDate('1990-09-01')).toBe('01.09.1990');
    expect(formatBirthDate('1.9.1990')).toBe('01.09.1990');
    expect(formatBirthDate('01.13.1990')).toBe('01.13.1990');
  });

  it('accepts exactly the days the calendar has', () => {
    fc.assert(
      fc.property(anyTriple, (triple) => {
        const parsed = parseCalendarDate(russian(triple));
        expect(parsed.ok).toBe(exists(triple));
        if (!parsed.ok) expect(parsed.problem).toBe('nonexistent');
      }),
      { numRuns: 1000 },
    );
  });

  it('round-trips every real date in both notations', () => {
    fc.assert(
      fc.property(realDay, fc.boolean(), (date, useIso) => {
        const result = validateBirthDate(useIso ? iso(date) : russian(date), {
          today: '2200-01-01',
          minAge: 0,
          maxAge: 400,
        });
        expect(result).toEqual({ valid: true, value: { ...date, iso: iso(date) } });
        expect(formatBirthDate(iso(date))).toBe(russian(date));
      }),
      { numRuns: 1000 },
    );
  });

  it('agrees with birthday counting on the age, at every limit', () => {
    fc.assert(
      fc.property(awkwardDay, awkwardDay, (birth, now) => {
        fc.pre(dayNumber(birth) <= dayNumber(now));
        const age = referenceAge(birth, now);
        const parse = (date: Ymd) => {
          const parsed = parseCalendarDate(iso(date));
          if (!parsed.ok) throw new Error(`not a date: ${iso(date)}`);
          return parsed.date;
        };
        expect(ageOn(parse(birth), parse(now))).toBe(age);
        const options = { today: russian(now), maxAge: 1000 };
        expect(validateBirthDate(russian(birth), { ...options, minAge: age }).valid).toBe(true);
        expect(validateBirthDate(russian(birth), { ...options, minAge: age + 1 })).toMatchObject({
          reason: 'too-young',
        });
        expect(validateBirthDate(russian(birth), { today: russian(now), minAge: 0, maxAge: age }).valid).toBe(true);
        if (age > 0) {
          expect(validateBirthDate(russian(birth), { today: russian(now), minAge: 0, maxAge: age - 1 })).toMatchObject({
            reason: 'too-old',
          });
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('rejects every date after today as "future"', () => {
    fc.assert(
      fc.property(realDay, realDay, (birth, now) => {
        fc.pre(dayNumber(birth) > dayNumber(now));
        expect(validateBirthDate(iso(birth), { today: iso(now) })).toMatchObject({ reason: 'future' });
      }),
      { numRuns: 1000 },
    );
  });
});
