// Calendar arithmetic on plain `YYYY-MM-DD` strings and month numbers, in Moscow time: payments are dated by the
// Russian calendar, whatever the server's or the browser's time zone.

const MOSCOW_OFFSET_MS = 3 * 3_600_000;

/** A month as one number (`year * 12 + month - 1`), so months add and compare as integers. */
export type MonthIndex = number;

/** Today in Moscow, `YYYY-MM-DD`. */
export function moscowToday(now: number): string {
  return new Date(now + MOSCOW_OFFSET_MS).toISOString().slice(0, 10);
}

export function monthIndexOf(date: string): MonthIndex {
  return Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
}

/** `YYYY-MM` of a month. */
export function monthKey(month: MonthIndex): string {
  return `${String(Math.floor(month / 12)).padStart(4, '0')}-${String((month % 12) + 1).padStart(2, '0')}`;
}

export function yearOf(month: MonthIndex): number {
  return Math.floor(month / 12);
}

/** 1–12. */
export function monthOfYear(month: MonthIndex): number {
  return (month % 12) + 1;
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

export function daysInMonth(month: MonthIndex): number {
  const year = yearOf(month);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month % 12 === 1 && leap ? 29 : (DAYS[month % 12] ?? 31);
}

/** The date of `day` in `month`, the month's last day when it is shorter. */
export function dateIn(month: MonthIndex, day: number): string {
  return `${monthKey(month)}-${String(Math.min(day, daysInMonth(month))).padStart(2, '0')}`;
}

export function firstDay(month: MonthIndex): string {
  return dateIn(month, 1);
}

export function lastDay(month: MonthIndex): string {
  return dateIn(month, 31);
}

/** `date` moved by whole months, keeping the day where the month has it (31 January + 1 month = 28/29 February). */
export function addMonths(date: string, months: number): string {
  return dateIn(monthIndexOf(date) + months, Number(date.slice(8, 10)));
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Days from `from` to `to`, both included. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}

/** `ДД.ММ.ГГГГ`, as Russian documents and Excel in a Russian locale write dates. */
export function russianDate(date: string): string {
  return `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)}`;
}

const MONTHS_NOMINATIVE = [
  'январь',
  'февраль',
  'март',
  'апрель',
  'май',
  'июнь',
  'июль',
  'август',
  'сентябрь',
  'октябрь',
  'ноябрь',
  'декабрь',
] as const;

/** «октябрь 2026», for titles such as «ЕДВ за октябрь 2026». */
export function russianMonth(month: MonthIndex): string {
  return `${MONTHS_NOMINATIVE[month % 12] ?? ''} ${yearOf(month)}`;
}
