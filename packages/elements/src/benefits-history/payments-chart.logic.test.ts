import type { MonthSummary, PaymentKind, PaymentSummary, PeriodSummary } from '@gos-elements/contracts';
import { describe, expect, it } from 'vitest';
import {
  comparisonRows,
  formatKopecks,
  formatPercent,
  formatPeriod,
  formatTick,
  KIND_PATTERNS,
  kindEncoding,
  monthLabels,
  niceScale,
  peakMonth,
  stackMonth,
} from './payments-chart.logic.js';

const KINDS: PaymentKind[] = [
  { code: 'unified-allowance', title: 'Единое пособие в связи с рождением и воспитанием ребёнка' },
  { code: 'edv', title: 'Ежемесячная денежная выплата (ЕДВ)' },
  { code: 'housing-compensation', title: 'Компенсация расходов на оплату жилого помещения и коммунальных услуг' },
];

const month = (month: string, amounts: Partial<Record<string, number>> = {}): MonthSummary => {
  const byKind = KINDS.filter((kind) => amounts[kind.code] !== undefined).map((kind) => ({
    kind: kind.code,
    kopecks: amounts[kind.code]!,
    count: 1,
  }));
  return {
    month,
    kopecks: byKind.reduce((sum, item) => sum + item.kopecks, 0),
    count: byKind.length,
    byKind,
  };
};

const period = (from: string, to: string, months: MonthSummary[]): PeriodSummary => {
  const byKind = KINDS.map((kind) => {
    const items = months.flatMap((m) => m.byKind.filter((item) => item.kind === kind.code));
    return {
      kind: kind.code,
      kopecks: items.reduce((sum, item) => sum + item.kopecks, 0),
      count: items.reduce((sum, item) => sum + item.count, 0),
    };
  }).filter((item) => item.count > 0);
  return {
    from,
    to,
    kopecks: months.reduce((sum, m) => sum + m.kopecks, 0),
    count: months.reduce((sum, m) => sum + m.count, 0),
    months,
    byKind,
  };
};

const rub = (roubles: number) => roubles * 100;

describe('niceScale', () => {
  it('steps in round roubles: 0, 5 000, 10 000 …', () => {
    expect(niceScale(rub(18_400))).toEqual({ max: rub(20_000), ticks: [0, 5_000, 10_000, 15_000, 20_000].map(rub) });
  });

  it('reaches at least the largest month and keeps a handful of ticks', () => {
    for (const max of [1, 99, rub(1), rub(7), rub(333), rub(12_345.67), rub(99_999), rub(1_000_000), rub(7_300_000)]) {
      const scale = niceScale(max);
      expect(scale.max).toBeGreaterThanOrEqual(max);
      expect(scale.ticks[0]).toBe(0);
      expect(scale.ticks.at(-1)).toBe(scale.max);
      expect(scale.ticks.length).toBeGreaterThanOrEqual(2);
      expect(scale.ticks.length).toBeLessThanOrEqual(7);
      for (const tick of scale.ticks) expect(tick % 100, `${tick} is whole roubles`).toBe(0);
    }
  });

  it('gives an empty period an axis instead of dividing by zero', () => {
    const scale = niceScale(0);
    expect(scale.max).toBeGreaterThan(0);
    expect(scale.ticks).toEqual([0, rub(500), rub(1_000)]);
  });

  it('fits one huge month (maternity capital among monthly allowances) without a tall empty top', () => {
    const scale = niceScale(rub(630_380.78));
    expect(scale.ticks).toEqual([0, 250_000, 500_000, 750_000].map(rub));
  });

  it('does not pass an exact round maximum to the next step', () => {
    expect(niceScale(rub(20_000)).max).toBe(rub(20_000));
  });
});

describe('stackMonth', () => {
  it('stacks the kinds paid in legend order, skipping the ones not paid', () => {
    const segments = stackMonth(
      month('2025-03', { 'housing-compensation': 150_000, 'unified-allowance': 1_500_000 }),
      KINDS,
    );
    expect(segments).toEqual([
      { kind: 'unified-allowance', index: 0, kopecks: 1_500_000, count: 1, from: 0, to: 1_500_000 },
      { kind: 'housing-compensation', index: 2, kopecks: 150_000, count: 1, from: 1_500_000, to: 1_650_000 },
    ]);
  });

  it('has nothing to stack in an empty month', () => {
    expect(stackMonth(month('2025-04'), KINDS)).toEqual([]);
  });
});

describe('kindEncoding', () => {
  it('gives every kind of the catalogue its own pattern, so colour is never the only difference', () => {
    const patterns = Array.from({ length: 10 }, (_, index) => kindEncoding(index).pattern.name);
    expect(new Set(patterns).size).toBe(10);
    expect(patterns.slice(0, 5)).toEqual(['solid', 'hatch', 'dots', 'cross-hatch', 'horizontal']);
  });

  it('is stable per legend position and draws a texture for all but the first', () => {
    expect(kindEncoding(1)).toEqual(kindEncoding(1));
    expect(kindEncoding(0).color).toBe('primary');
    expect(KIND_PATTERNS.slice(1).every((pattern) => pattern.path && pattern.width > 0)).toBe(true);
  });

  it('never colours a kind as an error', () => {
    for (let index = 0; index < 10; index++) expect(kindEncoding(index).color).not.toBe('error');
  });
});

describe('monthLabels', () => {
  it('names months briefly with the year on the first bar and on January', () => {
    const labels = monthLabels('ru', ['2024-11', '2024-12', '2025-01', '2025-02']);
    expect(labels.map((label) => [label.short, label.year])).toEqual([
      ['нояб.', '2024'],
      ['дек.', undefined],
      ['янв.', '2025'],
      ['февр.', undefined],
    ]);
    expect(labels[2]!.long).toBe('январь 2025 г.');
  });

  it('speaks English', () => {
    const [label] = monthLabels('en', ['2025-03']);
    expect(label).toMatchObject({ short: 'Mar', long: 'March 2025', year: '2025' });
  });

  it('shows every month of a year and thins out longer periods, keeping the years', () => {
    const year = Array.from({ length: 12 }, (_, i) => `2025-${String(i + 1).padStart(2, '0')}`);
    expect(monthLabels('ru', year).every((label) => label.shown)).toBe(true);
    const decade = Array.from(
      { length: 120 },
      (_, i) => `${2016 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
    );
    const shown = monthLabels('ru', decade).filter((label) => label.shown);
    expect(shown).toHaveLength(10);
    expect(shown.every((label) => label.year)).toBe(true);
  });

  it('marks quarter starts, the labels kept on a narrow screen', () => {
    expect(monthLabels('ru', ['2025-01', '2025-02', '2025-04']).map((label) => label.quarter)).toEqual([
      true,
      false,
      true,
    ]);
  });
});

describe('peakMonth', () => {
  it('finds the month paid the most, the earliest of equals', () => {
    const months = [month('2025-01', { edv: 100 }), month('2025-02', { edv: 300 }), month('2025-03', { edv: 300 })];
    expect(peakMonth(period('2025-01-01', '2025-03-31', months))?.month).toBe('2025-02');
  });

  it('has none when nothing was paid', () => {
    expect(peakMonth(period('2025-01-01', '2025-02-28', [month('2025-01'), month('2025-02')]))).toBeUndefined();
  });
});

describe('comparisonRows', () => {
  const summary: PaymentSummary = {
    statuses: ['paid'],
    current: period('2025-01-01', '2025-12-31', [
      month('2025-01', { 'unified-allowance': rub(15_000), edv: rub(4_000) }),
      month('2025-02', { 'unified-allowance': rub(15_000), 'housing-compensation': rub(1_000) }),
    ]),
    previous: period('2024-01-01', '2024-12-31', [
      month('2024-01', { 'unified-allowance': rub(12_000), edv: rub(5_000) }),
      month('2024-02', { 'unified-allowance': rub(12_000) }),
    ]),
    kinds: KINDS,
  };

  it('compares each kind in legend order, with the difference in kopecks and percent', () => {
    const { rows } = comparisonRows(summary);
    expect(rows.map((row) => [row.kind.code, row.current, row.previous, row.difference, row.percent])).toEqual([
      ['unified-allowance', rub(30_000), rub(24_000), rub(6_000), 25],
      ['edv', rub(4_000), rub(5_000), rub(-1_000), -20],
      ['housing-compensation', rub(1_000), 0, rub(1_000), null],
    ]);
  });

  it('adds a total row', () => {
    const { total } = comparisonRows(summary);
    expect(total).toEqual({
      current: rub(35_000),
      previous: rub(29_000),
      difference: rub(6_000),
      percent: (6 / 29) * 100,
    });
    expect(total).not.toHaveProperty('kind');
  });

  it('has no percent when nothing was paid before, and zero change when nothing at all', () => {
    const empty: PaymentSummary = {
      ...summary,
      current: period('2025-01-01', '2025-01-31', []),
      previous: period('2024-01-01', '2024-01-31', []),
    };
    expect(comparisonRows(empty).total).toEqual({ current: 0, previous: 0, difference: 0, percent: null });
  });
});

describe('formatting', () => {
  it('formats kopecks as roubles the Russian way', () => {
    expect(formatKopecks('ru', 1_234_567)).toBe('12\u00a0345,67\u00a0₽');
    expect(formatKopecks('ru', 0)).toBe('0,00\u00a0₽');
  });

  it('keeps axis ticks short', () => {
    expect(formatTick('ru', rub(5_000))).toBe('5\u00a0тыс.\u00a0₽');
    expect(formatTick('ru', 0)).toBe('0\u00a0₽');
  });

  it('formats a percent without its sign and a period as two dates', () => {
    expect(formatPercent('ru', -12.345)).toBe('12,3\u00a0%');
    expect(formatPeriod('ru', '2025-01-01', '2025-12-31')).toBe('01.01.2025 – 31.12.2025');
  });
});
