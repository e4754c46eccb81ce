import {
  PAYMENT_STATUS_CODES,
  PaymentDetailSchema,
  PaymentListQuerySchema,
  PaymentPageSchema,
  PaymentSummaryQuerySchema,
  PaymentSummarySchema,
  UpcomingPaymentsSchema,
  type Payment,
  type PaymentListQuery,
} from '@gos-elements/contracts';
import { describe, expect, it } from 'vitest';
import { FakeClock } from '../clock.js';
import { DEFAULT_LIMITS } from '../limits.js';
import { LOAD_PAYMENTS, Payments, PaymentsError, previousPeriod } from './index.js';

// 24 November 2026, 12:00 in Moscow.
const NOW = Date.UTC(2026, 10, 24, 9, 0, 0);
const SMIRNOVA = '1000000001';
const PETROV = '1000000002';
const SOKOLOV = '1000000004';
const LOAD = '1000000006';

const payments = (clock = new FakeClock(NOW)) => new Payments({ clock });
const query = (input: Record<string, string> = {}): PaymentListQuery => PaymentListQuerySchema.parse(input);

/** Every payment of the filtered set, page by page. */
function everything(domain: Payments, owner: string, input: Record<string, string> = {}): Payment[] {
  const all: Payment[] = [];
  for (let page = 1; ; page += 1) {
    const { items, total } = domain.list(owner, query({ ...input, page: String(page), pageSize: '100' }));
    all.push(...items);
    if (all.length >= total) return all;
  }
}

describe('seeded histories', () => {
  it('are the same for every instance and every run, and never mix owners', () => {
    const first = everything(payments(), SMIRNOVA);
    expect(everything(payments(), SMIRNOVA)).toEqual(first);
    expect(first.length).toBeGreaterThan(300);
    const petrov = everything(payments(), PETROV);
    expect(petrov.filter((payment) => first.some((other) => other.id === payment.id))).toEqual([]);
    expect(PaymentPageSchema.parse(payments().list(SMIRNOVA, query()))).toBeDefined();
  });

  it('keep a payment’s id, amount and status as the clock moves on', () => {
    const before = everything(payments(), SMIRNOVA, { to: '2025-12-31' });
    const later = new FakeClock(NOW + 400 * 86_400_000);
    expect(everything(payments(later), SMIRNOVA, { to: '2025-12-31' })).toEqual(before);
  });

  it('give Смирнова years of monthly payments since 2016, per child, with a refusal and a bank return', () => {
    const domain = payments();
    const all = everything(domain, SMIRNOVA, { sort: 'date', order: 'asc' });
    expect(all[0]?.operationDate.slice(0, 4)).toBe('2016');
    expect(new Set(all.map((payment) => payment.kind.code))).toEqual(
      new Set([
        'edv',
        'housing-compensation',
        'maternity-allowance',
        'childcare-allowance',
        'maternity-capital-monthly',
        'maternity-capital',
        'unified-allowance',
      ]),
    );
    const page = domain.list(SMIRNOVA, query());
    expect(page.beneficiaries.map((child) => child.name)).toEqual([
      'Смирнов Максим Андреевич',
      'Смирнова София Андреевна',
    ]);
    const unified = all.filter((payment) => payment.kind.code === 'unified-allowance');
    expect(new Set(unified.map((payment) => payment.beneficiary?.id))).toEqual(new Set(['child-maxim', 'child-sofia']));
    for (const status of ['rejected', 'returned'] as const) {
      const odd = all.filter((payment) => payment.status === status);
      expect(odd.length, status).toBeGreaterThan(0);
      for (const payment of odd) expect(payment.reason?.title, payment.id).toMatch(/[А-Яа-я]/);
    }
    // The bank's return was paid again ten days later.
    const returned = all.find((payment) => payment.status === 'returned')!;
    const repeat = all.find((payment) => payment.id === `${returned.id}-repeat`)!;
    expect([repeat.status, repeat.amount, repeat.period]).toEqual(['paid', returned.amount, returned.period]);
    // Payments dated later this month are on their way.
    const pending = all.filter((payment) => payment.status === 'pending');
    expect(pending.length).toBeGreaterThan(0);
    for (const payment of pending) expect(payment.operationDate).toMatch(/^2026-11-(2[5-9]|30)$/);
    expect(all.every((payment) => payment.operationDate <= '2026-11-30')).toBe(true);
  });

  it('give Петров a pension and a housing subsidy, and Соколов unemployment benefit now and in 2020', () => {
    const domain = payments();
    expect(new Set(everything(domain, PETROV).map((payment) => payment.category))).toEqual(
      new Set(['benefit', 'subsidy']),
    );
    const sokolov = everything(domain, SOKOLOV);
    expect(new Set(sokolov.map((payment) => payment.payer.title))).toEqual(
      new Set(['Центр занятости населения Московской области']),
    );
    expect(sokolov.filter((payment) => payment.operationDate.startsWith('2020')).length).toBe(6);
  });

  it('give the load user exactly 10,000 payments on any day, and nobody else any', () => {
    for (const day of [NOW, Date.UTC(2027, 0, 1, 0, 0), Date.UTC(2028, 1, 29, 20, 59), Date.UTC(2026, 11, 31, 21, 0)]) {
      const { total, totals } = payments(new FakeClock(day)).list(LOAD, query({ pageSize: '1' }));
      expect([total, totals.count], new Date(day).toISOString()).toEqual([LOAD_PAYMENTS, LOAD_PAYMENTS]);
    }
    expect(payments().list('1000000005', query()).total).toBe(0);
    expect(payments().list('someone-else', query()).total).toBe(0);
  });

  it('plans a history once per owner and Moscow day, not on every request', () => {
    const clock = new FakeClock(NOW);
    const planned: string[] = [];
    const domain = new Payments({
      clock,
      profileOf: (owner) => {
        planned.push(owner);
        return owner === LOAD ? 'load' : undefined;
      },
    });
    for (let page = 1; page <= 5; page += 1) domain.list(LOAD, query({ page: String(page), sort: 'amount' }));
    domain.summary(LOAD, PaymentSummaryQuerySchema.parse({}));
    domain.upcoming(LOAD);
    expect(planned).toEqual([LOAD]);
    clock.advance(86_400_000);
    domain.list(LOAD, query());
    expect(planned).toEqual([LOAD, LOAD]);
  });
});

describe('the list', () => {
  const domain = payments();

  it('filters by period, kinds, categories, statuses and child', () => {
    const cases: [Record<string, string>, (payment: Payment) => boolean][] = [
      [{ from: '2025-01-01', to: '2025-12-31' }, (p) => p.operationDate.startsWith('2025')],
      [{ kinds: 'edv,housing-compensation' }, (p) => ['edv', 'housing-compensation'].includes(p.kind.code)],
      [{ categories: 'compensation' }, (p) => p.category === 'compensation'],
      [{ statuses: 'rejected,returned' }, (p) => p.status === 'rejected' || p.status === 'returned'],
      [{ beneficiary: 'child-sofia' }, (p) => p.beneficiary?.id === 'child-sofia'],
    ];
    const all = everything(domain, SMIRNOVA);
    for (const [filters, expected] of cases) {
      const filtered = everything(domain, SMIRNOVA, filters);
      expect(filtered.length, JSON.stringify(filters)).toBeGreaterThan(0);
      expect(filtered.map((payment) => payment.id)).toEqual(all.filter(expected).map((payment) => payment.id));
    }
  });

  it('sorts by date or amount either way, descending being exactly ascending reversed', () => {
    const byDate = everything(domain, SMIRNOVA);
    for (let index = 1; index < byDate.length; index += 1) {
      expect(byDate[index - 1]!.operationDate >= byDate[index]!.operationDate).toBe(true);
    }
    expect(everything(domain, SMIRNOVA, { order: 'asc' })).toEqual([...byDate].reverse());
    const byAmount = everything(domain, SMIRNOVA, { sort: 'amount', order: 'asc' });
    for (let index = 1; index < byAmount.length; index += 1) {
      expect(byAmount[index - 1]!.amount.kopecks <= byAmount[index]!.amount.kopecks).toBe(true);
    }
    expect(everything(domain, SMIRNOVA, { sort: 'amount' })).toEqual([...byAmount].reverse());
  });

  it('pages without gaps or repeats, and totals the whole filtered set on every page', () => {
    const filters = { statuses: 'paid,returned', sort: 'amount' };
    const all = everything(domain, LOAD, filters);
    expect(new Set(all.map((payment) => payment.id)).size).toBe(all.length);
    const sum = (status: string) =>
      all.filter((payment) => payment.status === status).reduce((total, payment) => total + payment.amount.kopecks, 0);
    const third = domain.list(LOAD, query({ ...filters, page: '3', pageSize: '7' }));
    expect(third.items).toEqual(all.slice(14, 21));
    expect(third.total).toBe(all.length);
    expect(third.totals).toEqual({
      count: all.length,
      countByStatus: {
        paid: all.filter((payment) => payment.status === 'paid').length,
        pending: 0,
        rejected: 0,
        returned: all.filter((payment) => payment.status === 'returned').length,
      },
      byStatus: { paid: sum('paid'), pending: 0, rejected: 0, returned: sum('returned') },
      paidSum: { kopecks: sum('paid'), currency: 'RUB' },
    });
    const beyond = domain.list(LOAD, query({ ...filters, page: '10000', pageSize: '100' }));
    expect([beyond.items, beyond.total]).toEqual([[], all.length]);
  });

  it('shows a payment’s statement to its owner only', () => {
    const [returned] = domain.list(SMIRNOVA, query({ statuses: 'returned' })).items;
    const detail = PaymentDetailSchema.parse(domain.get(SMIRNOVA, returned!.id));
    expect(detail).toMatchObject({ ...returned, legalBasis: expect.stringMatching(/№ 81-ФЗ/) });
    expect(detail.formula).toMatch(/прожиточного минимума.*₽$/);
    expect(detail.payerComment).toContain('перечислят снова');
    expect(() => domain.get(PETROV, returned!.id)).toThrow(PaymentsError);
    expect(() => domain.get(SMIRNOVA, 'pay-nothing')).toThrow(expect.objectContaining({ status: 404 }));
  });
});

describe('the summary', () => {
  const domain = payments();

  it('sums paid payments by month and kind for the period and the same dates a year earlier', () => {
    const summary = PaymentSummarySchema.parse(
      domain.summary(SMIRNOVA, PaymentSummaryQuerySchema.parse({ from: '2025-01-01', to: '2025-12-31' })),
    );
    expect(summary.statuses).toEqual(['paid']);
    expect([summary.previous.from, summary.previous.to]).toEqual(['2024-01-01', '2024-12-31']);
    for (const [period, year] of [
      [summary.current, '2025'],
      [summary.previous, '2024'],
    ] as const) {
      expect(period.months.map((month) => month.month)).toEqual(
        Array.from({ length: 12 }, (_, index) => `${year}-${String(index + 1).padStart(2, '0')}`),
      );
      const paid = domain.list(SMIRNOVA, query({ from: `${year}-01-01`, to: `${year}-12-31` })).totals;
      expect([period.kopecks, period.count]).toEqual([paid.byStatus.paid, paid.countByStatus.paid]);
      expect(period.months.reduce((sum, month) => sum + month.kopecks, 0)).toBe(period.kopecks);
      expect(period.byKind.reduce((sum, kind) => sum + kind.kopecks, 0)).toBe(period.kopecks);
      for (const month of period.months) {
        expect(month.byKind.reduce((sum, kind) => sum + kind.kopecks, 0)).toBe(month.kopecks);
      }
    }
    expect(summary.kinds.map((kind) => kind.code)).toEqual(['unified-allowance', 'edv', 'housing-compensation']);
  });

  it('defaults to this year to date, and follows the filters and statuses it is given', () => {
    const summary = domain.summary(SMIRNOVA, PaymentSummaryQuerySchema.parse({}));
    expect([summary.current.from, summary.current.to]).toEqual(['2026-01-01', '2026-11-24']);
    expect([summary.previous.from, summary.previous.to]).toEqual(['2025-01-01', '2025-11-24']);
    const sofia = domain.summary(
      SMIRNOVA,
      PaymentSummaryQuerySchema.parse({ beneficiary: 'child-sofia', statuses: 'paid,returned', from: '2024-01-01' }),
    );
    expect(sofia.current.byKind.map((kind) => kind.kind)).toEqual(['unified-allowance']);
    // Nearly three years are compared with the three years before: her monthly maternity-capital payment ended in 2021.
    expect([sofia.previous.from, sofia.previous.to]).toEqual(['2021-01-01', '2023-11-24']);
    expect(sofia.kinds.map((kind) => kind.code)).toEqual(['unified-allowance', 'maternity-capital-monthly']);
    expect(sofia.statuses).toEqual(['paid', 'returned']);
    expect(sofia.current.count).toBe(
      domain.list(SMIRNOVA, query({ beneficiary: 'child-sofia', statuses: 'paid,returned', from: '2024-01-01' })).total,
    );
  });

  it('refuses a period longer than the limit', () => {
    const tooLong = PaymentSummaryQuerySchema.parse({ from: '2000-01-01', to: '2026-11-24' });
    expect(() => domain.summary(SMIRNOVA, tooLong)).toThrow(expect.objectContaining({ code: 'period-too-long' }));
  });

  it('compares with the same dates a whole number of years back, never overlapping', () => {
    expect(previousPeriod('2025-11-25', '2026-11-24')).toEqual({ from: '2024-11-25', to: '2025-11-24' });
    expect(previousPeriod('2026-03-01', '2026-03-31')).toEqual({ from: '2025-03-01', to: '2025-03-31' });
    expect(previousPeriod('2024-02-29', '2024-02-29')).toEqual({ from: '2023-02-28', to: '2023-02-28' });
    expect(previousPeriod('2024-01-01', '2025-12-31')).toEqual({ from: '2022-01-01', to: '2023-12-31' });
  });
});

describe('the schedule', () => {
  it('lists the next three months soonest first, with the formed payments linked to the history', () => {
    const domain = payments();
    for (const owner of [SMIRNOVA, PETROV, SOKOLOV, LOAD]) {
      const upcoming = UpcomingPaymentsSchema.parse(domain.upcoming(owner));
      expect(upcoming.until).toBe('2027-02-24');
      expect(upcoming.items.length, owner).toBeGreaterThan(0);
      const dates = upcoming.items.map((item) => item.date);
      expect(dates).toEqual([...dates].sort());
      expect(dates.every((date) => date > '2026-11-24' && date <= '2027-02-24')).toBe(true);
      for (const item of upcoming.items.filter((candidate) => candidate.date < '2026-12-01')) {
        expect(domain.get(owner, item.paymentId!).status).toBe('pending');
      }
    }
    const sokolov = domain.upcoming(SOKOLOV).items;
    // The current spell runs two more months after this one.
    expect(sokolov.map((item) => item.date)).toEqual(['2026-11-28', '2026-12-28', '2027-01-28']);
  });

  it('is empty for someone without payments', () => {
    expect(payments().upcoming('1000000005')).toEqual({ until: '2027-02-24', items: [] });
  });
});

describe('limits', () => {
  it('come from the limits table', () => {
    expect(DEFAULT_LIMITS.payments).toMatchObject({ maxPageSize: 100, upcomingMonths: 3 });
    const domain = new Payments({
      clock: new FakeClock(NOW),
      limits: { ...DEFAULT_LIMITS.payments, upcomingMonths: 1 },
    });
    expect(domain.upcoming(PETROV).until).toBe('2026-12-24');
    expect(PAYMENT_STATUS_CODES).toHaveLength(4);
  });
});

describe('the payments domain', () => {
  it('imports nothing a browser lacks, so the MSW handlers can run it', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const dir = new URL('.', import.meta.url);
    const allowed = new Set([
      '@gos-elements/contracts',
      'zod',
      '../limits.js',
      '../clock.js',
      '../cabinet/api.js',
      '../cabinet/applications.js',
      '../cabinet/idempotency.js',
      '../cabinet/problems.js',
      '../export/table.js',
    ]);
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))) {
      const source = readFileSync(new URL(file, dir), 'utf8');
      const imports = [...source.matchAll(/from '([^']+)'/g)].map((match) => match[1] ?? '');
      expect(
        imports.filter((name) => !allowed.has(name) && !name.startsWith('./')),
        file,
      ).toEqual([]);
    }
  });
});
