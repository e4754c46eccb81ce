// Roubles written by hand rather than through Intl: the text of statements and exports must not change with the
// ICU version of the Node or the browser that produced it.

const NBSP = '\u00a0';

function parts(kopecks: number): { whole: string; fraction: string; sign: string } {
  const sign = kopecks < 0 ? '-' : '';
  const absolute = Math.abs(Math.round(kopecks));
  return {
    sign,
    whole: String(Math.floor(absolute / 100)),
    fraction: String(absolute % 100).padStart(2, '0'),
  };
}

/** `12 345,67 ₽` (non-breaking spaces), for people. */
export function rubles(kopecks: number): string {
  const { sign, whole, fraction } = parts(kopecks);
  return `${sign}${whole.replace(/\B(?=(\d{3})+(?!\d))/g, NBSP)},${fraction}${NBSP}₽`;
}

/** `12345,67`: a number that Excel in a Russian locale reads as a number (no grouping, no currency sign). */
export function decimalComma(kopecks: number): string {
  const { sign, whole, fraction } = parts(kopecks);
  return `${sign}${whole},${fraction}`;
}
