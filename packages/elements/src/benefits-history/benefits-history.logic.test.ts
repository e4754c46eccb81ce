import { describe, expect, it } from 'vitest';
import {
  byteSize,
  DEFAULT_VIEW,
  filtersOf,
  moscowToday,
  periodOf,
  queryWithView,
  viewFromQuery,
  type HistoryView,
} from './benefits-history.logic.js';

const TODAY = '2026-12-06';

describe('periodOf', () => {
  it('turns each preset into dates, in Moscow', () => {
    const of = (period: HistoryView['period']) => periodOf({ period, from: '', to: '' }, TODAY);
    expect(of('this-year')).toEqual({ from: '2026-01-01', to: TODAY });
    expect(of('last-year')).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(of('12-months')).toEqual({ from: '2025-12-07', to: TODAY });
    expect(of('all')).toEqual({ from: '', to: '' });
    expect(periodOf({ period: 'custom', from: '2024-03-01', to: '' }, TODAY)).toEqual({ from: '2024-03-01', to: '' });
    // A year back from 29 February is 28 February (then the next day).
    expect(periodOf({ period: '12-months', from: '', to: '' }, '2028-02-29').from).toBe('2027-03-01');
    expect(moscowToday(new Date('2026-12-06T21:30:00Z'))).toBe('2026-12-07');
  });
});

describe('the view in the URL', () => {
  const view: HistoryView = {
    ...DEFAULT_VIEW,
    period: 'custom',
    from: '2025-01-01',
    to: '2025-06-30',
    kinds: ['edv', 'unified-allowance'],
    statuses: ['returned'],
    child: 'child-maxim',
    sort: 'amount',
    order: 'asc',
    page: 3,
  };

  it('round-trips, keeping the host page’s own parameters and leaving defaults out', () => {
    const search = queryWithView('?utm=mail&page=7', view, 'pay-');
    expect(search).toContain('utm=mail');
    expect(search).toContain('page=7');
    // Kinds come back in the catalogue's order: one view, one URL.
    expect(viewFromQuery(search, 'pay-')).toEqual({ ...view, kinds: ['unified-allowance', 'edv'] });
    expect(queryWithView('?utm=mail', DEFAULT_VIEW, 'pay-')).toBe('?utm=mail');
    expect(queryWithView('', DEFAULT_VIEW)).toBe('');
  });

  it('forgives a hand-edited link: unknown values fall back, lists keep the catalogue order', () => {
    const parsed = viewFromQuery(
      '?period=soon&from=yesterday&kind=edv,nonsense,unified-allowance&status=lost&page=-2&sort=price-up',
    );
    expect(parsed.period).toBe(DEFAULT_VIEW.period);
    expect(parsed.from).toBe('');
    expect(parsed.kinds).toEqual(['unified-allowance', 'edv']);
    expect(parsed.statuses).toEqual([]);
    expect(parsed.page).toBe(1);
    expect([parsed.sort, parsed.order]).toEqual(['date', 'desc']);
  });

  it('gives the API only the filters that narrow', () => {
    expect(filtersOf(DEFAULT_VIEW, TODAY)).toEqual({ from: '2025-12-07', to: TODAY });
    expect(filtersOf({ ...DEFAULT_VIEW, period: 'all', statuses: ['paid'], child: 'c1' }, TODAY)).toEqual({
      statuses: ['paid'],
      beneficiary: 'c1',
    });
  });
});

describe('byteSize', () => {
  it('reads as people read sizes', () => {
    expect(byteSize(340 * 1024, 'ru')).toBe('340 КБ');
    expect(byteSize(1.25 * 1024 * 1024, 'ru')).toBe('1,3 МБ');
    expect(byteSize(2048, 'en')).toBe('2 KB');
  });
});
