// What <gos-benefits-history> shows, as plain data: the filters, the order and the page, how a period preset becomes
// dates, and how the whole view goes into a URL query and back (`sync-url`), so back/forward and shared links work.
import {
  PAYMENT_KIND_CODES,
  PAYMENT_STATUS_CODES,
  type PaymentKindCode,
  type PaymentStatus,
} from '@gos-elements/contracts';

export const PERIOD_PRESETS = ['this-year', 'last-year', '12-months', 'all', 'custom'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

export type SortKey = 'date' | 'amount';
export type SortOrder = 'asc' | 'desc';

export interface HistoryView {
  readonly period: PeriodPreset;
  /** `YYYY-MM-DD`, only for the `custom` period ('' for an open end). */
  readonly from: string;
  readonly to: string;
  readonly kinds: readonly PaymentKindCode[];
  readonly statuses: readonly PaymentStatus[];
  /** A child's id (the per-child view), '' for the whole family. */
  readonly child: string;
  readonly sort: SortKey;
  readonly order: SortOrder;
  readonly page: number;
}

export const DEFAULT_VIEW: HistoryView = {
  period: '12-months',
  from: '',
  to: '',
  kinds: [],
  statuses: [],
  child: '',
  sort: 'date',
  order: 'desc',
  page: 1,
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;

// The cabinet's payment dates are Moscow dates.
export { moscowToday } from '../internal/moscow-date.js';

function shiftYears(date: string, years: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  // 29 February a year away is 28 February.
  const last = new Date(Date.UTC(year + years, month, 0)).getUTCDate();
  return `${year + years}-${String(month).padStart(2, '0')}-${String(Math.min(day, last)).padStart(2, '0')}`;
}

function nextDay(date: string): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

/** The dates a view covers ('' for an open end): what the list, the totals, the chart and the export ask for. */
export function periodOf(
  view: Pick<HistoryView, 'period' | 'from' | 'to'>,
  today: string,
): { from: string; to: string } {
  const year = Number(today.slice(0, 4));
  switch (view.period) {
    case 'this-year':
      return { from: `${year}-01-01`, to: today };
    case 'last-year':
      return { from: `${year - 1}-01-01`, to: `${year - 1}-12-31` };
    case '12-months':
      return { from: nextDay(shiftYears(today, -1)), to: today };
    case 'all':
      return { from: '', to: '' };
    case 'custom':
      return { from: view.from, to: view.to };
  }
}

/** The query parameters' names, after the host's prefix (`sync-url="pay-"` gives `pay-period`, `pay-page`…). */
const KEYS = ['period', 'from', 'to', 'kind', 'status', 'child', 'sort', 'page'] as const;

function listOf<T extends string>(text: string | null, allowed: readonly T[]): T[] {
  if (!text) return [];
  const wanted = new Set(text.split(','));
  // In the catalogue's order, whatever the link's: one view, one URL.
  return allowed.filter((code) => wanted.has(code));
}

/**
 * The view a URL query describes. Forgiving: whatever a hand-edited or outdated link gets wrong falls back to the
 * default for that part, never to an error.
 */
export function viewFromQuery(search: string, prefix = ''): HistoryView {
  const query = new URLSearchParams(search);
  const get = (key: (typeof KEYS)[number]) => query.get(prefix + key);
  const period = PERIOD_PRESETS.find((preset) => preset === get('period')) ?? DEFAULT_VIEW.period;
  const from = get('from') ?? '';
  const to = get('to') ?? '';
  const [sort, order] = (get('sort') ?? '').split('-');
  const page = Number(get('page'));
  return {
    period,
    from: period === 'custom' && DATE.test(from) ? from : '',
    to: period === 'custom' && DATE.test(to) ? to : '',
    kinds: listOf(get('kind'), PAYMENT_KIND_CODES),
    statuses: listOf(get('status'), PAYMENT_STATUS_CODES),
    child: (get('child') ?? '').slice(0, 64),
    sort: sort === 'amount' ? 'amount' : 'date',
    order: order === 'asc' ? 'asc' : 'desc',
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/**
 * `search` with the view written into it: the host page's own parameters stay, ours are set, and those at their
 * default are left out (a plain page keeps a plain URL).
 */
export function queryWithView(search: string, view: HistoryView, prefix = ''): string {
  const query = new URLSearchParams(search);
  for (const key of KEYS) query.delete(prefix + key);
  const set = (key: (typeof KEYS)[number], value: string, fallback: string) => {
    if (value !== fallback) query.set(prefix + key, value);
  };
  set('period', view.period, DEFAULT_VIEW.period);
  if (view.period === 'custom') {
    set('from', view.from, '');
    set('to', view.to, '');
  }
  set('kind', view.kinds.join(','), '');
  set('status', view.statuses.join(','), '');
  set('child', view.child, '');
  set('sort', `${view.sort}-${view.order}`, `${DEFAULT_VIEW.sort}-${DEFAULT_VIEW.order}`);
  set('page', String(view.page), '1');
  const text = query.toString();
  return text ? `?${text}` : '';
}

/** The filters of a view as the payments API takes them. */
export function filtersOf(view: HistoryView, today: string) {
  const { from, to } = periodOf(view, today);
  return {
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    ...(view.kinds.length ? { kinds: view.kinds } : {}),
    ...(view.statuses.length ? { statuses: view.statuses } : {}),
    ...(view.child ? { beneficiary: view.child } : {}),
  };
}

/** Whether a view narrows the history beyond its period (an empty result then says «nothing matches»). */
export function isNarrowed(view: HistoryView): boolean {
  return view.kinds.length > 0 || view.statuses.length > 0 || view.child !== '';
}

/** The page count for `total` rows (at least one). */
export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/** A size in bytes as people read it: «340 КБ», «1,2 МБ». */
export function byteSize(bytes: number, locale: 'ru' | 'en'): string {
  const [value, unit] =
    bytes < 1024 * 1024
      ? [bytes / 1024, locale === 'ru' ? 'КБ' : 'KB']
      : [bytes / 1024 / 1024, locale === 'ru' ? 'МБ' : 'MB'];
  const digits = value < 10 ? 1 : 0;
  return `${new Intl.NumberFormat(locale === 'ru' ? 'ru-RU' : 'en-GB', { maximumFractionDigits: digits }).format(value)} ${unit}`;
}
