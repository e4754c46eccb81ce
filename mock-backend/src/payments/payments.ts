// The citizen cabinet's payments: plain TypeScript with no Express, MSW, Node or database inside, so the backend's
// routes and the browser's MSW handlers run exactly this code. Histories are planned, not stored (histories.ts).
import {
  PAYMENT_CURRENCY,
  PAYMENT_KIND_CODES,
  PAYMENT_KINDS,
  PAYMENT_REASONS,
  PAYMENT_STATUS_CODES,
  PAYERS,
  type Beneficiary,
  type CodeTitle,
  type PayerCode,
  type KindAmount,
  type MonthSummary,
  type Payment,
  type PaymentDetail,
  type PaymentFilters,
  type PaymentKind,
  type PaymentKindCode,
  type PaymentListQuery,
  type PaymentPage,
  type PaymentStatus,
  type PaymentSummary,
  type PaymentSummaryQuery,
  type PaymentTotals,
  type PeriodSummary,
  type UpcomingPayments,
} from '@gos-elements/contracts';
import type { Clock } from '../clock.js';
import { DEFAULT_LIMITS, type PaymentLimits } from '../limits.js';
import { addMonths, monthIndexOf, monthKey, moscowToday, russianDate } from './calendar.js';
import {
  paymentProfile,
  SEEDED_PAYMENT_PROFILES,
  type PaymentProfile,
  type PaymentProfileKey,
  type PlannedPayment,
} from './histories.js';
import { rubles } from './money.js';

/** A failure the transports turn into problem+json (payments/problems.ts). */
export class PaymentsError extends Error {
  readonly code: 'payment-not-found' | 'period-too-long';
  readonly status: 404 | 400;

  constructor(code: PaymentsError['code'], message: string) {
    super(message);
    this.name = 'PaymentsError';
    this.code = code;
    this.status = code === 'payment-not-found' ? 404 : 400;
  }
}

/** A payment with what the list needs to sort it fast. */
interface Entry {
  readonly payment: Payment;
  readonly planned: PlannedPayment;
  /** Position in the history by date (then catalogue order, child, id): the order every sort falls back on. */
  readonly rank: number;
}

interface History {
  /** The Moscow day it was planned on: statuses and the pending month change with it. */
  readonly today: string;
  /** Oldest first, by rank. */
  readonly entries: readonly Entry[];
  readonly byId: ReadonlyMap<string, Entry>;
  readonly upcoming: UpcomingPayments;
  readonly beneficiaries: readonly Beneficiary[];
}

const KIND_ORDER = new Map(PAYMENT_KIND_CODES.map((code, index) => [code, index]));
// Shared by every payment of a kind or payer: a history holds up to 10,000 payments, planned again each day.
const KINDS = new Map(
  PAYMENT_KIND_CODES.map((code) => [code, Object.freeze({ code, title: PAYMENT_KINDS[code].title })]),
);
const kindOf = (code: PaymentKindCode): PaymentKind => KINDS.get(code) as PaymentKind;
const PAYER_TITLES = new Map(
  (Object.keys(PAYERS) as PayerCode[]).map((code) => [code, Object.freeze({ code, title: PAYERS[code].title })]),
);
const payerOf = (code: PayerCode): CodeTitle => PAYER_TITLES.get(code) as CodeTitle;
const money = (kopecks: number) => ({ kopecks, currency: PAYMENT_CURRENCY }) as const;

/** Ids go into URL paths: only the letters and digits of the owner's id are kept. */
const slug = (owner: string) => owner.replace(/[^A-Za-z0-9]/g, '') || 'x';

function matches(payment: Payment, filters: PaymentFilters): boolean {
  return (
    (!filters.from || payment.operationDate >= filters.from) &&
    (!filters.to || payment.operationDate <= filters.to) &&
    (!filters.kinds || filters.kinds.includes(payment.kind.code)) &&
    (!filters.categories || filters.categories.includes(payment.category)) &&
    (!filters.statuses || filters.statuses.includes(payment.status)) &&
    (!filters.beneficiary || payment.beneficiary?.id === filters.beneficiary)
  );
}

function emptyByStatus(): Record<PaymentStatus, number> {
  return Object.fromEntries(PAYMENT_STATUS_CODES.map((status) => [status, 0])) as Record<PaymentStatus, number>;
}

function totalsOf(entries: readonly Entry[]): PaymentTotals {
  const countByStatus = emptyByStatus();
  const byStatus = emptyByStatus();
  for (const { payment } of entries) {
    countByStatus[payment.status] += 1;
    byStatus[payment.status] += payment.amount.kopecks;
  }
  return { count: entries.length, countByStatus, byStatus, paidSum: money(byStatus.paid) };
}

function kindAmounts(sums: ReadonlyMap<PaymentKindCode, { kopecks: number; count: number }>): KindAmount[] {
  return [...sums]
    .sort(([a], [b]) => (KIND_ORDER.get(a) ?? 0) - (KIND_ORDER.get(b) ?? 0))
    .map(([kind, sum]) => ({ kind, kopecks: sum.kopecks, count: sum.count }));
}

function add(sums: Map<PaymentKindCode, { kopecks: number; count: number }>, payment: Payment): void {
  const sum = sums.get(payment.kind.code) ?? { kopecks: 0, count: 0 };
  sum.kopecks += payment.amount.kopecks;
  sum.count += 1;
  sums.set(payment.kind.code, sum);
}

/** Sums of the payments in [from, to] by month and kind; every month of the period is there, empty ones too. */
function periodSummary(entries: readonly Entry[], from: string, to: string, filters: PaymentFilters): PeriodSummary {
  const firstMonth = monthIndexOf(from);
  const byMonth = Array.from(
    { length: monthIndexOf(to) - firstMonth + 1 },
    () => new Map<PaymentKindCode, { kopecks: number; count: number }>(),
  );
  const byKind = new Map<PaymentKindCode, { kopecks: number; count: number }>();
  let kopecks = 0;
  let count = 0;
  for (const { payment } of entries) {
    if (payment.operationDate < from || payment.operationDate > to || !matches(payment, filters)) continue;
    const month = byMonth[monthIndexOf(payment.operationDate) - firstMonth];
    if (month) add(month, payment);
    add(byKind, payment);
    kopecks += payment.amount.kopecks;
    count += 1;
  }
  const monthSummaries: MonthSummary[] = byMonth.map((sums, index) => {
    const kinds = kindAmounts(sums);
    return {
      month: monthKey(firstMonth + index),
      kopecks: kinds.reduce((sum, kind) => sum + kind.kopecks, 0),
      count: kinds.reduce((sum, kind) => sum + kind.count, 0),
      byKind: kinds,
    };
  });
  return { from, to, kopecks, count, months: monthSummaries, byKind: kindAmounts(byKind) };
}

/**
 * The period a summary compares with: the same calendar dates as many whole years earlier as it takes not to
 * overlap (one year for anything up to a year) — equal in length, and aligned month by month for the chart.
 */
export function previousPeriod(from: string, to: string): { from: string; to: string } {
  let years = 1;
  while (addMonths(to, -12 * years) >= from) years += 1;
  return { from: addMonths(from, -12 * years), to: addMonths(to, -12 * years) };
}

export interface PaymentsOptions {
  readonly clock: Clock;
  readonly limits?: PaymentLimits;
  /** Whose history an owner has; default: the seeded citizens' (SEEDED_PAYMENT_PROFILES), nobody else any. */
  readonly profileOf?: (owner: string) => PaymentProfileKey | undefined;
}

/**
 * The payments of every citizen. Each sees only their own: someone else's payment is "not found", exactly like one
 * that does not exist. Histories are planned on first use each Moscow day and kept for the day, a few owners at a
 * time (the load user's 10,000 payments take a few milliseconds to plan).
 */
export class Payments {
  readonly #clock: Clock;
  readonly #limits: PaymentLimits;
  readonly #profileOf: (owner: string) => PaymentProfileKey | undefined;
  readonly #histories = new Map<string, History>();

  constructor({ clock, limits = DEFAULT_LIMITS.payments, profileOf }: PaymentsOptions) {
    this.#clock = clock;
    this.#limits = limits;
    this.#profileOf = profileOf ?? ((owner) => SEEDED_PAYMENT_PROFILES[owner]);
  }

  get limits(): PaymentLimits {
    return this.#limits;
  }

  /** Today in Moscow, as the histories see it. */
  today(): string {
    return moscowToday(this.#clock.now());
  }

  list(owner: string, query: PaymentListQuery): PaymentPage {
    const history = this.#history(owner);
    const filtered = history.entries.filter((entry) => matches(entry.payment, query));
    const sorted = sortEntries(filtered, query.sort, query.order);
    const start = (query.page - 1) * query.pageSize;
    return {
      items: sorted.slice(start, start + query.pageSize).map((entry) => entry.payment),
      page: query.page,
      pageSize: query.pageSize,
      total: filtered.length,
      totals: totalsOf(filtered),
      beneficiaries: [...history.beneficiaries],
    };
  }

  /** Every payment matching `query`, in its order, one at a time (for exports: no page limit, no copies). */
  *select(owner: string, query: PaymentFilters & Pick<PaymentListQuery, 'sort' | 'order'>): Generator<Payment> {
    const filtered = this.#history(owner).entries.filter((entry) => matches(entry.payment, query));
    for (const entry of sortEntries(filtered, query.sort, query.order)) yield entry.payment;
  }

  /** Totals of the payments matching `filters`. */
  totals(owner: string, filters: PaymentFilters): PaymentTotals {
    return totalsOf(this.#history(owner).entries.filter((entry) => matches(entry.payment, filters)));
  }

  summary(owner: string, query: PaymentSummaryQuery): PaymentSummary {
    const today = this.today();
    const to = query.to ?? today;
    const from = query.from ?? `${to.slice(0, 4)}-01-01`;
    const months = monthIndexOf(to) - monthIndexOf(from) + 1;
    if (months > this.#limits.summaryMaxMonths) {
      throw new PaymentsError(
        'period-too-long',
        `Сводка строится не больше чем за ${this.#limits.summaryMaxMonths} месяцев. Выберите период короче.`,
      );
    }
    const statuses = query.statuses ?? ['paid'];
    // The period is the summary's own (and the previous one's): only the other filters apply to both.
    const { from: _from, to: _to, ...rest } = query;
    const filters: PaymentFilters = { ...rest, statuses };
    const { entries } = this.#history(owner);
    const previous = previousPeriod(from, to);
    const current = periodSummary(entries, from, to, filters);
    const before = periodSummary(entries, previous.from, previous.to, filters);
    const present = new Set([...current.byKind, ...before.byKind].map((sum) => sum.kind));
    return {
      statuses,
      current,
      previous: before,
      kinds: PAYMENT_KIND_CODES.filter((code) => present.has(code)).map(kindOf),
    };
  }

  /** What is scheduled from tomorrow for the next months (limits.upcomingMonths), soonest first. */
  upcoming(owner: string): UpcomingPayments {
    return this.#history(owner).upcoming;
  }

  get(owner: string, id: string): PaymentDetail {
    const entry = this.#history(owner).byId.get(id);
    if (!entry) throw new PaymentsError('payment-not-found', 'Выплата не найдена.');
    const { payment, planned } = entry;
    return {
      ...payment,
      legalBasis: PAYMENT_KINDS[payment.kind.code].legalBasis,
      formula: planned.formula(planned.kopecks, planned.paysFor),
      payerComment: payerComment(payment, planned),
    };
  }

  /** Every child in `owner`'s history. */
  beneficiaries(owner: string): readonly Beneficiary[] {
    return this.#history(owner).beneficiaries;
  }

  #history(owner: string): History {
    const today = this.today();
    const kept = this.#histories.get(owner);
    if (kept && kept.today === today) {
      // Most recently used last, so the least recently used goes first when the cache is full.
      this.#histories.delete(owner);
      this.#histories.set(owner, kept);
      return kept;
    }
    const key = this.#profileOf(owner);
    const history = planHistory(owner, key ? paymentProfile(key, owner) : undefined, today, this.#limits);
    this.#histories.delete(owner);
    this.#histories.set(owner, history);
    while (this.#histories.size > this.#limits.cachedHistories) {
      const oldest = this.#histories.keys().next().value;
      if (oldest === undefined) break;
      this.#histories.delete(oldest);
    }
    return history;
  }
}

function sortEntries(
  entries: readonly Entry[],
  sort: PaymentListQuery['sort'],
  order: PaymentListQuery['order'],
): readonly Entry[] {
  // Descending is exactly ascending reversed, so a page boundary never depends on the direction.
  const ascending =
    sort === 'date'
      ? entries
      : [...entries].sort((a, b) => a.payment.amount.kopecks - b.payment.amount.kopecks || a.rank - b.rank);
  return order === 'asc' ? ascending : [...ascending].reverse();
}

function statusOf(planned: PlannedPayment, today: string): Pick<Payment, 'status' | 'reason'> {
  if (planned.date > today)
    return { status: 'pending', reason: { code: 'in-transit', title: PAYMENT_REASONS['in-transit'].title } };
  if (!planned.outcome) return { status: 'paid' };
  const { status, reason } = planned.outcome;
  return { status, reason: { code: reason, title: PAYMENT_REASONS[reason].title } };
}

function planHistory(
  owner: string,
  profile: PaymentProfile | undefined,
  today: string,
  limits: PaymentLimits,
): History {
  const current = monthIndexOf(today);
  const until = addMonths(today, limits.upcomingMonths);
  const planned = profile ? profile.plan({ current, today }, monthIndexOf(until)) : [];
  // One string per payment sorts with plain comparisons: localeCompare over 10,000 payments costs more than planning.
  const orderKey = (payment: PlannedPayment) =>
    `${payment.date}|${String(KIND_ORDER.get(payment.kind) ?? 0).padStart(2, '0')}|${payment.beneficiary?.id ?? ''}|${payment.key}`;
  const past = planned
    .filter((payment) => monthIndexOf(payment.date) <= current)
    .map((payment) => [orderKey(payment), payment] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, payment]) => payment);
  const prefix = `pay-${slug(owner)}-`;
  const entries: Entry[] = past.map((plannedPayment, rank) => {
    const id = prefix + plannedPayment.key;
    const payment: Payment = {
      id,
      operationDate: plannedPayment.date,
      period: plannedPayment.period,
      kind: kindOf(plannedPayment.kind),
      category: PAYMENT_KINDS[plannedPayment.kind].category,
      amount: money(plannedPayment.kopecks),
      payer: payerOf(plannedPayment.payer),
      basis: plannedPayment.basis,
      receipt: plannedPayment.receipt,
      ...(plannedPayment.beneficiary ? { beneficiary: plannedPayment.beneficiary } : {}),
      ...statusOf(plannedPayment, today),
      statementUrl: `/api/v1/payments/${id}`,
    };
    return { payment, planned: plannedPayment, rank };
  });
  const byId = new Map(entries.map((entry) => [entry.payment.id, entry]));
  const upcoming = planned
    .filter((payment) => payment.date > today && payment.date <= until)
    .sort((a, b) =>
      a.date < b.date ? -1 : a.date > b.date ? 1 : (KIND_ORDER.get(a.kind) ?? 0) - (KIND_ORDER.get(b.kind) ?? 0),
    )
    .map((payment) => {
      const id = prefix + payment.key;
      return {
        date: payment.date,
        period: payment.period,
        kind: kindOf(payment.kind),
        category: PAYMENT_KINDS[payment.kind].category,
        amount: money(payment.kopecks),
        payer: payerOf(payment.payer),
        receipt: payment.receipt,
        ...(payment.beneficiary ? { beneficiary: payment.beneficiary } : {}),
        ...(byId.has(id) ? { paymentId: id } : {}),
      };
    });
  return {
    today,
    entries,
    byId,
    upcoming: { until, items: upcoming },
    beneficiaries: profile?.beneficiaries ?? [],
  };
}

const RECEIPT_WORDS = { 'bank-account': 'счёт', 'mir-card': 'карту «Мир»' } as const;

function payerComment(payment: Payment, planned: PlannedPayment): string {
  const where = `${RECEIPT_WORDS[payment.receipt.method]} ${payment.receipt.masked} в ${payment.receipt.bank}`;
  switch (payment.status) {
    case 'paid':
      return planned.repeatOf
        ? `Выплата, возвращённая банком, перечислена повторно ${russianDate(payment.operationDate)} на ${where}.`
        : `Выплата зачислена ${russianDate(payment.operationDate)} на ${where}.`;
    case 'pending':
      return `Выплата сформирована и передана в ${payment.receipt.bank}; поступит на ${where} ${russianDate(payment.operationDate)}.`;
    case 'rejected':
      return `${payment.reason?.title ?? ''} Решение можно обжаловать в вышестоящем органе или в суде; по вопросам выплаты отправьте запрос о разъяснении.`.trim();
    case 'returned':
      return `${payment.reason?.title ?? ''} Сумма ${rubles(payment.amount.kopecks)} не потеряна: после уточнения реквизитов её перечислят снова.`.trim();
  }
}
