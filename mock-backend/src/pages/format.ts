/**
 * Times on the pages are Moscow time, as on Gosuslugi (the server's own time zone is irrelevant to the user).
 * A lockout «до 12:45» reads right for the user only in the zone they live by; Gosuslugi states times in МСК.
 */
const TIME = new Intl.DateTimeFormat('ru-RU', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Moscow' });
const DATE_TIME = new Intl.DateTimeFormat('ru-RU', {
  day: 'numeric',
  month: 'long',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/Moscow',
});

/** `12:45` (Moscow time). */
export function formatTime(at: number): string {
  return TIME.format(at);
}

/** `24 ноября, 12:45` (Moscow time). */
export function formatDateTime(at: number): string {
  return DATE_TIME.format(at);
}

const pluralRules = new Intl.PluralRules('ru-RU');

/** Russian plural: `plural(2, ['попытка', 'попытки', 'попыток'])` → `попытки`. */
export function plural(count: number, [one, few, many]: readonly [string, string, string]): string {
  switch (pluralRules.select(count)) {
    case 'one':
      return one;
    case 'few':
      return few;
    default:
      return many;
  }
}

/** `5 минут`, `1 минуту`, `45 секунд` — a short duration, rounded up. */
export function formatDuration(ms: number): string {
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  if (seconds < 60) return `${seconds} ${plural(seconds, ['секунду', 'секунды', 'секунд'])}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} ${plural(minutes, ['минуту', 'минуты', 'минут'])}`;
}
