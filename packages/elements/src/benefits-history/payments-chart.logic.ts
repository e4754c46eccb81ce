// The arithmetic of the payments chart and the year-on-year comparison: no DOM, no Lit, tested in node.
import type {
  MonthSummary,
  PaymentKind,
  PaymentKindCode,
  PaymentSummary,
  PeriodSummary,
} from '@gos-elements/contracts';
import type { Locale } from '@gos-elements/core';
import { formatDate, formatMoney, formatNumber } from '@gos-elements/core/i18n/format';
import type { ColorToken } from '../styles/tokens.js';

/** The value axis, in kopecks: `max` is the last tick, so the tallest bar never touches the frame. */
export interface Scale {
  readonly max: number;
  readonly ticks: readonly number[];
}

const KOPECKS = 100;

/**
 * Round rouble ticks from 0 to at least `maxKopecks` (0, 5 000, 10 000 …): steps of 1, 2, 2.5 or 5 times a power of
 * ten, at most `count + 2` of them, the one whose top wastes least room above the tallest bar (so one huge month
 * does not squash the rest more than it must). Steps are whole roubles, so a tick never shows kopecks; an empty
 * period still gets an axis (0 – 1 000 ₽) rather than a division by zero.
 */
export function niceScale(maxKopecks: number, count = 4): Scale {
  const top = Math.max(0, maxKopecks) / KOPECKS;
  if (top === 0) return { max: 1000 * KOPECKS, ticks: [0, 500 * KOPECKS, 1000 * KOPECKS] };
  const magnitude = 10 ** Math.floor(Math.log10(top / count));
  let best = { step: 0, steps: 0 };
  for (const factor of [1, 2, 2.5, 5, 10]) {
    const step = Math.max(1, factor * magnitude);
    // 2.5 × 1 ₽ would be 2,50 ₽.
    if (!Number.isInteger(step)) continue;
    const steps = Math.ceil(top / step - 1e-9);
    if (steps <= count + 2 && (!best.step || steps * step < best.steps * best.step)) best = { step, steps };
  }
  const ticks = Array.from({ length: best.steps + 1 }, (_, i) => Math.round(i * best.step * KOPECKS));
  return { max: best.steps * best.step * KOPECKS, ticks };
}

/** One kind's slice of a month's bar: `from` and `to` are the running sums the slice spans, in kopecks. */
export interface Segment {
  readonly kind: PaymentKindCode;
  /** Position of the kind in the legend: picks its colour and pattern. */
  readonly index: number;
  readonly kopecks: number;
  readonly count: number;
  readonly from: number;
  readonly to: number;
}

/** The month's kinds bottom-up in legend order (the legend reads top-down in the same order); empty kinds left out. */
export function stackMonth(month: MonthSummary, kinds: readonly PaymentKind[]): Segment[] {
  const segments: Segment[] = [];
  let sum = 0;
  kinds.forEach((kind, index) => {
    const amount = month.byKind.find((item) => item.kind === kind.code);
    if (!amount || (amount.kopecks === 0 && amount.count === 0)) return;
    segments.push({
      kind: kind.code,
      index,
      kopecks: amount.kopecks,
      count: amount.count,
      from: sum,
      to: sum + amount.kopecks,
    });
    sum += amount.kopecks;
  });
  return segments;
}

/** An SVG pattern tile (8 × 8 user units): `path` is stroked over the kind's colour, in the background colour. */
export interface KindPattern {
  readonly name: string;
  readonly path: string;
  readonly width: number;
}

export const PATTERN_SIZE = 8;

/**
 * One distinct texture per legend position, so kinds differ by shape as well as colour: in low-vision schemes and
 * forced colours every kind has the same colour and the texture is all that tells them apart. Ten: the catalogue
 * has ten kinds.
 */
export const KIND_PATTERNS: readonly KindPattern[] = [
  { name: 'solid', path: '', width: 0 },
  { name: 'hatch', path: 'M-2 2l4-4M0 8l8-8M6 10l4-4', width: 1.5 },
  { name: 'dots', path: 'M4 4h0', width: 4 },
  { name: 'cross-hatch', path: 'M0 8l8-8M-2 2l4-4M6 10l4-4M0 0l8 8M-2 6l4 4M6-2l4 4', width: 1 },
  { name: 'horizontal', path: 'M0 2h8M0 6h8', width: 1.5 },
  { name: 'vertical', path: 'M2 0v8M6 0v8', width: 1.5 },
  { name: 'back-hatch', path: 'M0 0l8 8M-2 6l4 4M6-2l4 4', width: 1.5 },
  { name: 'grid', path: 'M0 4h8M4 0v8', width: 1 },
  { name: 'checks', path: 'M0 2h4M4 6h4', width: 4 },
  { name: 'zigzag', path: 'M0 6l2-4 2 4 2-4 2 4', width: 1.2 },
];

/**
 * Fills that keep 3:1 against the surface in both themes. `error` is left out on purpose: red next to payments
 * reads as "refused".
 */
export const KIND_COLORS: readonly ColorToken[] = ['primary', 'success', 'warning', 'muted', 'on-surface'];

export interface KindEncoding {
  readonly color: ColorToken;
  readonly pattern: KindPattern;
}

/** The colour and texture of the kind at legend position `index`; patterns never repeat within ten kinds. */
export function kindEncoding(index: number): KindEncoding {
  return {
    color: KIND_COLORS[index % KIND_COLORS.length],
    pattern: KIND_PATTERNS[index % KIND_PATTERNS.length],
  };
}

export interface MonthLabel {
  /** `янв.` / `Jan`: the axis label. */
  readonly short: string;
  /** On January and on the first bar, so every stretch of the axis says which year it is. */
  readonly year?: string;
  /** `январь 2025 г.` / `January 2025`: table rows and accessible names. */
  readonly long: string;
  /** Whether the axis has room for it at this number of months (every month up to a year, fewer beyond). */
  readonly shown: boolean;
  /** Quarter starts: the labels that stay on a narrow screen (only the ones with a year stay on the narrowest). */
  readonly quarter: boolean;
}

const monthDate = (month: string) => Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 1);

/** Axis and long labels of `months` (`YYYY-MM`), via Intl in the locale. */
export function monthLabels(locale: Locale, months: readonly string[]): MonthLabel[] {
  const step =
    months.length <= 12 ? 1 : months.length <= 24 ? 2 : months.length <= 48 ? 3 : months.length <= 96 ? 6 : 12;
  return months.map((month, index) => {
    const date = monthDate(month);
    const number = Number(month.slice(5, 7));
    const withYear = index === 0 || number === 1;
    return {
      short: formatDate(locale, date, { month: 'short', timeZone: 'UTC' }),
      ...(withYear ? { year: month.slice(0, 4) } : {}),
      long: formatDate(locale, date, { month: 'long', year: 'numeric', timeZone: 'UTC' }),
      shown: withYear || (number - 1) % step === 0,
      quarter: (number - 1) % 3 === 0,
    };
  });
}

/** The month paid the most (the earliest of equals), or undefined when nothing was paid. */
export function peakMonth(period: PeriodSummary): MonthSummary | undefined {
  let peak: MonthSummary | undefined;
  for (const month of period.months) if (month.kopecks > (peak?.kopecks ?? 0)) peak = month;
  return peak;
}

export interface ComparisonRow {
  readonly current: number;
  readonly previous: number;
  /** current − previous, kopecks. */
  readonly difference: number;
  /** The difference in percent of the previous sum; null when nothing was paid before (no base to compare with). */
  readonly percent: number | null;
}

/** A kind's row of the comparison. */
export interface KindComparisonRow extends ComparisonRow {
  readonly kind: PaymentKind;
}

function row(current: number, previous: number): ComparisonRow {
  const difference = current - previous;
  return {
    current,
    previous,
    difference,
    percent: previous === 0 ? null : (difference / previous) * 100,
  };
}

/** This period against the previous one, one row per kind of the legend (in its order), and the total. */
export function comparisonRows(summary: PaymentSummary): { rows: KindComparisonRow[]; total: ComparisonRow } {
  const sum = (period: PeriodSummary, code: PaymentKindCode) =>
    period.byKind.find((item) => item.kind === code)?.kopecks ?? 0;
  return {
    rows: summary.kinds.map((kind) => ({
      kind,
      ...row(sum(summary.current, kind.code), sum(summary.previous, kind.code)),
    })),
    total: row(summary.current.kopecks, summary.previous.kopecks),
  };
}

/** `12 345,67 ₽` from 1234567 kopecks (integer kopecks never pass through a rouble float before this point). */
export const formatKopecks = (locale: Locale, kopecks: number): string => formatMoney(locale, kopecks / KOPECKS);

/** Axis ticks are short (`5 тыс. ₽`, `₽5k`): they are decoration, the exact sums are on the bars and in the table. */
export const formatTick = (locale: Locale, kopecks: number): string =>
  formatNumber(locale, kopecks / KOPECKS, {
    style: 'currency',
    currency: 'RUB',
    currencyDisplay: 'narrowSymbol',
    notation: 'compact',
    minimumFractionDigits: 0,
    maximumFractionDigits: 1,
  });

/** The size of a change in percent, unsigned (the caller shows the direction): `12,5 %`. */
export const formatPercent = (locale: Locale, percent: number): string =>
  formatNumber(locale, Math.abs(percent) / 100, { style: 'percent', maximumFractionDigits: 1 });

/** `01.01.2025 – 31.12.2025`, from calendar dates `YYYY-MM-DD`. */
export function formatPeriod(locale: Locale, from: string, to: string): string {
  const date = (day: string) =>
    formatDate(locale, Date.parse(`${day}T00:00:00Z`), {
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      timeZone: 'UTC',
    });
  return `${date(from)} – ${date(to)}`;
}
