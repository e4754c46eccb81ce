// The cabinet's and the vacancy search's dates are Moscow dates: what «today» is for them, wherever the browser is.

/** Today in Moscow, `YYYY-MM-DD`. */
export function moscowToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Moscow' }).format(now);
}
