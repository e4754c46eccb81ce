/** A day in the Gregorian calendar, free of time zones: what a person writes on a form. */
export interface CalendarDate {
  readonly day: number;
  readonly month: number;
  readonly year: number;
  /** `YYYY-MM-DD`, the form `<input type="date">` and APIs use. */
  readonly iso: string;
}

export type CalendarDateProblem = 'format' | 'nonexistent';

export type CalendarDateParse =
  { readonly ok: true; readonly date: CalendarDate } | { readonly ok: false; readonly problem: CalendarDateProblem };

/** What an option such as `today` or `birthDate` may be given as. */
export type CalendarDateInput = string | Date | CalendarDate;

// People type 1.9.1990 as often as 01.09.1990; ISO comes from <input type="date"> and from APIs.
const RUSSIAN_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** Builds a date from its parts, or returns null when the calendar has no such day (31.04, 29.02.2023). */
export function calendarDate(year: number, month: number, day: number): CalendarDate | null {
  const integral = Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day);
  if (!integral || year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  if (day > daysInMonth(year, month)) return null;
  return { day, month, year, iso: `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` };
}

/** Reads `DD.MM.YYYY` (one-digit day and month allowed) or `YYYY-MM-DD`, surrounding spaces ignored. */
export function parseCalendarDate(input: string): CalendarDateParse {
  const text = input.trim();
  const russian = RUSSIAN_DATE.exec(text);
  const iso = russian ? null : ISO_DATE.exec(text);
  let parts: [number, number, number] | null = null;
  if (russian) parts = [Number(russian[3]), Number(russian[2]), Number(russian[1])];
  else if (iso) parts = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  if (!parts) return { ok: false, problem: 'format' };
  const date = calendarDate(...parts);
  return date ? { ok: true, date } : { ok: false, problem: 'nonexistent' };
}

/** `DD.MM.YYYY`, as ESIA and Russian forms write dates. */
export function formatCalendarDate(date: CalendarDate): string {
  return `${pad(date.day, 2)}.${pad(date.month, 2)}.${pad(date.year, 4)}`;
}

/**
 * Turns an option value into a calendar date. A `Date` is read in local time, because "today" for a citizen
 * is the day on their own clock. Returns null for text that is not a real date.
 */
export function toCalendarDate(input: CalendarDateInput): CalendarDate | null {
  if (typeof input === 'string') {
    const parsed = parseCalendarDate(input);
    return parsed.ok ? parsed.date : null;
  }
  if (input instanceof Date) {
    if (Number.isNaN(input.getTime())) return null;
    return calendarDate(input.getFullYear(), input.getMonth() + 1, input.getDate());
  }
  return calendarDate(input.year, input.month, input.day);
}

/**
 * Resolves the `today` option. The clock is read only when the caller gave no date, so tests pass `today`
 * (or fake timers); a malformed `today` is a programming error and throws rather than silently using the clock.
 */
export function resolveToday(today: CalendarDateInput | undefined): CalendarDate {
  const resolved = toCalendarDate(today ?? new Date());
  if (!resolved) throw new RangeError(`"today" is not a calendar date: ${String(today)}`);
  return resolved;
}

export function compareCalendarDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/**
 * The date on which someone born on `birth` turns `years` old. Someone born on 29 February turns a year older
 * on 28 February in common years: article 192 of the Civil Code ends a period that falls on a missing day of the
 * month on that month's last day.
 */
export function anniversary(birth: CalendarDate, years: number): CalendarDate {
  const year = birth.year + years;
  const day = Math.min(birth.day, daysInMonth(year, birth.month));
  // Built directly rather than through calendarDate(): a birthday typed as 9995 still has a (far) 14th anniversary.
  return { day, month: birth.month, year, iso: `${pad(year, 4)}-${pad(birth.month, 2)}-${pad(day, 2)}` };
}

/** Completed years of life on a day; throws if that day precedes the birth, which has no age. */
export function ageOn(birth: CalendarDate, on: CalendarDate): number {
  if (compareCalendarDates(on, birth) < 0) throw new RangeError(`${on.iso} precedes the birth on ${birth.iso}`);
  const years = on.year - birth.year;
  return compareCalendarDates(on, anniversary(birth, years)) < 0 ? years - 1 : years;
}
