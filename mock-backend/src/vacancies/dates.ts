// Publication dates are Moscow calendar days, `YYYY-MM-DD`; the search compares them as day numbers.
export { addDays, moscowToday } from '../payments/calendar.js';

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a `YYYY-MM-DD` date (NaN for anything else). */
export function dayNumber(date: string): number {
  return Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
}
