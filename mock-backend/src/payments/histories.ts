// The seeded payment histories: who is paid what, since when, on what basis and where to. Nothing is stored — a
// history is planned again from these specs (and a seeded PRNG) whenever it is needed, identically in Node and in
// the browser. Programmes start on fixed dates, so a payment keeps its id and amount as the clock moves on.
import {
  PAYMENT_KIND_CODES,
  PAYMENT_KINDS,
  PAYMENT_REASONS,
  type Beneficiary,
  type DatePeriod,
  type PayerCode,
  type PaymentBasis,
  type PaymentKindCode,
  type PaymentReasonCode,
  type PaymentReceipt,
} from '@gos-elements/contracts';
import {
  addDays,
  dateIn,
  firstDay,
  lastDay,
  monthIndexOf,
  monthKey,
  monthOfYear,
  yearOf,
  type MonthIndex,
} from './calendar.js';
import { rubles } from './money.js';
import { hashSeed, randomFor, seededRandom } from './random.js';

/** What happens to a payment that does not go through, once its date has come. */
export interface Outcome {
  readonly status: 'rejected' | 'returned';
  readonly reason: PaymentReasonCode;
}

/** A payment as planned: its status follows from its date and today (see `payments.ts`). */
export interface PlannedPayment {
  /** Unique within the owner's history, stable as time passes: `<programme>-<YYYYMM>`. */
  readonly key: string;
  readonly date: string;
  readonly period: DatePeriod;
  readonly kind: PaymentKindCode;
  readonly payer: PayerCode;
  readonly kopecks: number;
  readonly basis: PaymentBasis;
  readonly receipt: PaymentReceipt;
  readonly beneficiary?: Beneficiary;
  readonly outcome?: Outcome;
  /**
   * How the amount was calculated, as the statement says it: written only when a statement is asked for, by a
   * function shared by the programme's payments (10,000 closures or strings would only feed the collector).
   */
  readonly formula: Formula;
  /** The month the payment is for, which the formula may name. */
  readonly paysFor: MonthIndex;
  /** The key of the returned payment this one repeats. */
  readonly repeatOf?: string;
}

export type Formula = (kopecks: number, month: MonthIndex) => string;

/** When a plan is made: the current month anchors programmes that are relative to it. */
export interface PlanContext {
  readonly current: MonthIndex;
  readonly today: string;
}

export interface PaymentProfile {
  /** Everyone the person is paid for (children), in the order a per-child view lists them. */
  readonly beneficiaries: readonly Beneficiary[];
  /** Every payment planned up to and including month `until`, in no particular order. */
  plan(context: PlanContext, until: MonthIndex): PlannedPayment[];
}

/** A month fixed in the calendar (`2016-01`), or counted from the current one (`{ fromCurrent: -3 }`). */
type MonthRef = string | { readonly fromCurrent: number };

const resolve = (ref: MonthRef, current: MonthIndex): MonthIndex =>
  typeof ref === 'string' ? monthIndexOf(`${ref}-01`) : current + ref.fromCurrent;

/** One measure paid to a person: monthly from `from` to `to` (open-ended without), or once. */
interface Programme {
  readonly id: string;
  readonly kind: PaymentKindCode;
  readonly payer: PayerCode;
  readonly beneficiary?: Beneficiary;
  readonly from: MonthRef;
  readonly to?: MonthRef;
  /** Day of the month it is paid on. */
  readonly day: number;
  /** Paid in the month after the one it is for (allowances for the past month, housing costs once billed). */
  readonly inArrears?: boolean;
  /** A lump sum for this period (paid in `from`). */
  readonly once?: DatePeriod;
  readonly kopecks: (month: MonthIndex, random: () => number) => number;
  readonly formula: Formula;
  readonly basis: (month: MonthIndex) => PaymentBasis;
  /** Where it is paid to, by month: the last entry that starts on or before the month. */
  readonly receipts: readonly (readonly [MonthRef, PaymentReceipt])[];
  /** The payments that do not go through; a returned one is paid again ten days later to the then receipt. */
  readonly outcomes?: readonly (readonly [MonthRef, Outcome])[];
}

function planProgramme(owner: string, programme: Programme, context: PlanContext, until: MonthIndex) {
  const first = resolve(programme.from, context.current);
  const end = programme.once ? first : programme.to === undefined ? until : resolve(programme.to, context.current);
  const last = Math.min(end, until);
  const receipts = programme.receipts
    .map(([ref, receipt]) => [resolve(ref, context.current), receipt] as const)
    .sort((a, b) => a[0] - b[0]);
  const receiptIn = (month: MonthIndex) =>
    receipts.reduce(
      (found, [since, receipt]) => (since <= month ? receipt : found),
      receipts[0]?.[1] as PaymentReceipt,
    );
  const outcomes = new Map(
    (programme.outcomes ?? []).map(([ref, outcome]) => [resolve(ref, context.current), outcome]),
  );

  const planned: PlannedPayment[] = [];
  for (let month = first; month <= last; month += 1) {
    const paysFor = programme.inArrears ? month - 1 : month;
    const random = randomFor(`${owner}|${programme.id}|${month}`);
    const kopecks = programme.kopecks(paysFor, random);
    const key = `${programme.id}-${monthKey(month).replace('-', '')}`;
    const date = dateIn(month, programme.day);
    const outcome = outcomes.get(month);
    const payment: PlannedPayment = {
      key,
      date,
      period: programme.once ?? { from: firstDay(paysFor), to: lastDay(paysFor) },
      kind: programme.kind,
      payer: programme.payer,
      kopecks,
      basis: programme.basis(month),
      receipt: receiptIn(month),
      formula: programme.formula,
      paysFor,
      ...(programme.beneficiary ? { beneficiary: programme.beneficiary } : {}),
      ...(outcome ? { outcome } : {}),
    };
    planned.push(payment);
    // A returned payment is paid again once the bank has sent the money back, to the details the person gave
    // after the return (next month's receipt).
    if (outcome?.status === 'returned' && date <= context.today) {
      const { outcome: _returned, ...repeat } = payment;
      const again = addDays(date, 10);
      planned.push({
        ...repeat,
        key: `${key}-repeat`,
        date: again,
        receipt: receiptIn(monthIndexOf(again) + 1),
        repeatOf: key,
      });
    }
  }
  return planned;
}

// ---------------------------------------------------------------------------------------------------------------
// Amounts: indexed every year, as the measures are.

/** `base` kopecks in `baseYear`, indexed by `rate` every January (February for ЕДВ, as the law has it). */
function indexed(base: number, baseYear: number, rate: number, indexationMonth = 1) {
  return (month: MonthIndex) => {
    const steps = yearOf(month) - baseYear - (monthOfYear(month) < indexationMonth ? 1 : 0);
    return Math.round(base * (1 + rate) ** Math.max(0, steps));
  };
}

/** From a table of yearly values (kopecks), growing by `rate` beyond its last year. */
function byYear(table: Readonly<Record<number, number>>, rate: number) {
  const years = Object.keys(table).map(Number).sort();
  const lastYear = years[years.length - 1] ?? 0;
  return (month: MonthIndex) => {
    const year = yearOf(month);
    const known = table[year] ?? table[years[0] ?? year];
    if (year <= lastYear) return known ?? 0;
    return Math.round((table[lastYear] ?? 0) * (1 + rate) ** (year - lastYear));
  };
}

/** Housing costs: higher in the heating season (October–April), varying a little month to month. */
function seasonal(base: number, baseYear: number, rate: number) {
  const trend = indexed(base, baseYear, rate);
  return (month: MonthIndex, random: () => number) => {
    const heating = [1, 2, 3, 4, 10, 11, 12].includes(monthOfYear(month)) ? 1.45 : 1;
    return Math.round(trend(month) * heating * (0.94 + 0.12 * random()));
  };
}

const fixed = (kopecks: number) => () => kopecks;

// ---------------------------------------------------------------------------------------------------------------
// Where the money goes.

const MIR_SBER_4821: PaymentReceipt = { method: 'mir-card', masked: '•••• 4821', bank: 'ПАО Сбербанк' };
const VTB_ACCOUNT_7310: PaymentReceipt = { method: 'bank-account', masked: '•••• 7310', bank: 'Банк ВТБ (ПАО)' };
const VTB_MORTGAGE_9051: PaymentReceipt = { method: 'bank-account', masked: '•••• 9051', bank: 'Банк ВТБ (ПАО)' };
const POCHTA_ACCOUNT_5562: PaymentReceipt = { method: 'bank-account', masked: '•••• 5562', bank: 'АО «Почта Банк»' };
const MIR_SBER_1937: PaymentReceipt = { method: 'mir-card', masked: '•••• 1937', bank: 'ПАО Сбербанк' };
const MIR_VTB_6604: PaymentReceipt = { method: 'mir-card', masked: '•••• 6604', bank: 'Банк ВТБ (ПАО)' };
const MIR_SBER_0909: PaymentReceipt = { method: 'mir-card', masked: '•••• 0909', bank: 'ПАО Сбербанк' };

const decision = (number: string, date: string): PaymentBasis => ({ documentType: 'decision', number, date });
const order = (number: string, date: string): PaymentBasis => ({ documentType: 'order', number, date });

// ---------------------------------------------------------------------------------------------------------------
// Смирнова Анна Сергеевна (oid 1000000001), Moscow: a family with two children, from 2016.

const MAXIM: Beneficiary = { id: 'child-maxim', name: 'Смирнов Максим Андреевич', birthDate: '2014-08-12' };
const SOFIA: Beneficiary = { id: 'child-sofia', name: 'Смирнова София Андреевна', birthDate: '2018-02-05' };

/** Moscow's subsistence minimum for children, by year (kopecks): the unified allowance is 100 % of it. */
const MOSCOW_CHILD_MINIMUM = byYear(
  {
    2018: 1_425_200,
    2019: 1_481_000,
    2020: 1_583_700,
    2021: 1_634_000,
    2022: 1_726_500,
    2023: 1_779_100,
    2024: 1_905_100,
    2025: 2_120_800,
    2026: 2_245_100,
  },
  0.06,
);

const unifiedFor = (child: Beneficiary, outcomes: Programme['outcomes'] = []): Programme => ({
  id: `unified-${child.id.replace('child-', '')}`,
  kind: 'unified-allowance',
  payer: 'sfr',
  beneficiary: child,
  from: '2023-02',
  day: 3,
  inArrears: true,
  kopecks: MOSCOW_CHILD_MINIMUM,
  formula: (kopecks, month) =>
    `100 % прожиточного минимума для детей в городе Москве на ${yearOf(month)} год: ${rubles(kopecks)}`,
  basis: () => decision('СФР-77-ЕП-2023/0184420', '2023-01-24'),
  receipts: [['2016-01', MIR_SBER_4821]],
  outcomes,
});

const FAMILY: readonly Programme[] = [
  {
    id: 'edv',
    kind: 'edv',
    payer: 'sfr',
    from: '2016-01',
    day: 20,
    kopecks: indexed(239_759, 2016, 0.055, 2),
    formula: (kopecks, month) => `ЕДВ в размере, установленном с 1 февраля ${yearOf(month)} года: ${rubles(kopecks)}`,
    basis: () => decision('ПФР-77-ЕДВ-2015/004512', '2015-12-18'),
    receipts: [
      ['2016-01', VTB_ACCOUNT_7310],
      ['2021-01', MIR_SBER_4821],
    ],
    outcomes: [['2020-12', { status: 'returned', reason: 'account-closed' }]],
  },
  {
    id: 'housing',
    kind: 'housing-compensation',
    payer: 'dtszn-moscow',
    from: '2016-02',
    day: 26,
    inArrears: true,
    kopecks: seasonal(185_000, 2016, 0.07),
    formula: (kopecks) =>
      `50 % начисленной платы за жилое помещение и коммунальные услуги (${rubles(kopecks * 2)}): ${rubles(kopecks)}`,
    basis: () => order('Р-ЖКУ-2016-018734', '2016-01-25'),
    receipts: [
      ['2016-01', VTB_ACCOUNT_7310],
      ['2021-01', MIR_SBER_4821],
    ],
    outcomes: [['2019-04', { status: 'rejected', reason: 'debt-for-utilities' }]],
  },
  {
    id: 'maternity',
    kind: 'maternity-allowance',
    payer: 'sfr',
    from: '2017-12',
    day: 8,
    once: { from: '2017-12-03', to: '2018-04-21' },
    kopecks: fixed(26_582_763),
    formula: (kopecks) => `Средний дневной заработок (1 898,77 ₽) × 140 дней: ${rubles(kopecks)}`,
    basis: () => decision('ФСС-77-БиР-2017/066105', '2017-12-05'),
    receipts: [['2016-01', VTB_ACCOUNT_7310]],
  },
  {
    id: 'childcare',
    kind: 'childcare-allowance',
    payer: 'sfr',
    beneficiary: SOFIA,
    from: '2018-05',
    to: '2019-08',
    day: 10,
    inArrears: true,
    kopecks: fixed(1_846_520),
    formula: (kopecks) => `40 % среднего заработка за два предшествующих года: ${rubles(kopecks)}`,
    basis: () => decision('ФСС-77-УХ-2018/031977', '2018-04-20'),
    receipts: [['2016-01', VTB_ACCOUNT_7310]],
  },
  {
    id: 'capital-monthly',
    kind: 'maternity-capital-monthly',
    payer: 'sfr',
    beneficiary: SOFIA,
    from: '2018-06',
    to: '2021-02',
    day: 15,
    inArrears: true,
    kopecks: MOSCOW_CHILD_MINIMUM,
    formula: (kopecks, month) =>
      `Прожиточный минимум для детей в городе Москве на ${yearOf(month)} год: ${rubles(kopecks)}`,
    basis: () => decision('ПФР-77-МСК-2018/012640', '2018-05-22'),
    receipts: [['2016-01', VTB_ACCOUNT_7310]],
    outcomes: [['2019-11', { status: 'rejected', reason: 'income-above-threshold' }]],
  },
  {
    id: 'capital',
    kind: 'maternity-capital',
    payer: 'sfr',
    from: '2019-06',
    day: 14,
    once: { from: '2019-06-14', to: '2019-06-14' },
    kopecks: fixed(45_302_600),
    formula: (kopecks) => `Перечисление в погашение ипотечного жилищного кредита: ${rubles(kopecks)}`,
    basis: () => decision('ПФР-77-МСК-2019/031877', '2019-05-30'),
    receipts: [['2016-01', VTB_MORTGAGE_9051]],
  },
  unifiedFor(MAXIM),
  unifiedFor(SOFIA, [['2024-07', { status: 'returned', reason: 'name-mismatch' }]]),
];

// ---------------------------------------------------------------------------------------------------------------
// Петров Дмитрий Александрович (oid 1000000002), Saint Petersburg: a pension and the housing subsidy.

const PENSIONER: readonly Programme[] = [
  {
    id: 'pension',
    kind: 'old-age-pension',
    payer: 'sfr',
    from: '2021-03',
    day: 22,
    kopecks: indexed(2_345_600, 2021, 0.072),
    formula: (kopecks) => {
      const fixedPart = Math.round(kopecks * 0.34);
      return `Фиксированная выплата (${rubles(fixedPart)}) + страховая пенсия по ИПК (${rubles(kopecks - fixedPart)}): ${rubles(kopecks)}`;
    },
    basis: () => decision('ПФР-78-СПС-2021/112233', '2021-02-19'),
    receipts: [
      ['2021-01', POCHTA_ACCOUNT_5562],
      ['2022-08', MIR_SBER_1937],
    ],
    outcomes: [['2022-07', { status: 'returned', reason: 'account-closed' }]],
  },
  {
    id: 'subsidy',
    kind: 'housing-subsidy',
    payer: 'ksp-spb',
    from: '2022-02',
    day: 27,
    inArrears: true,
    kopecks: seasonal(260_000, 2022, 0.08),
    formula: (kopecks) => {
      const share = Math.round(kopecks * 1.6);
      return `Расходы по региональному стандарту (${rubles(kopecks + share)}) − 22 % совокупного дохода (${rubles(share)}): ${rubles(kopecks)}`;
    },
    // Granted for six months at a time, each term on its own decision.
    basis: (month) => {
      const half = monthOfYear(month) <= 6 ? 1 : 2;
      return decision(`КСП-СУБ-${yearOf(month)}/${half}-0457`, dateIn(month - ((monthOfYear(month) - 1) % 6) - 1, 20));
    },
    receipts: [
      ['2021-01', POCHTA_ACCOUNT_5562],
      ['2022-08', MIR_SBER_1937],
    ],
    outcomes: [['2023-09', { status: 'rejected', reason: 'debt-for-utilities' }]],
  },
];

// ---------------------------------------------------------------------------------------------------------------
// Соколов Алексей Викторович (oid 1000000004), Odintsovo: unemployment benefit in 2020, and again now.

const unemploymentFormula = (high: number) => (kopecks: number) =>
  kopecks === high
    ? `75 % среднего заработка, не более максимальной величины пособия: ${rubles(kopecks)}`
    : `50 % среднего заработка с четвёртого месяца, не более максимальной величины: ${rubles(kopecks)}`;

function unemployedProgrammes({ current }: PlanContext): readonly Programme[] {
  const spell2020 = monthIndexOf('2020-05-01');
  // A spell that started three months ago and has three more to run: the upcoming block has something to show.
  const spellNow = current - 3;
  return [
    {
      id: 'unemployment-2020',
      kind: 'unemployment-benefit',
      payer: 'czn-moscow-region',
      from: '2020-05',
      to: '2020-10',
      day: 28,
      // After three months the benefit falls to 50 % of earnings, as the law has it.
      kopecks: (month) => (month - spell2020 < 3 ? 1_213_000 : 606_500),
      formula: unemploymentFormula(1_213_000),
      basis: () => order('ЦЗН-50-2020/3391', '2020-04-21'),
      receipts: [['2016-01', MIR_VTB_6604]],
      outcomes: [['2020-08', { status: 'rejected', reason: 'missed-appointment' }]],
    },
    {
      id: 'unemployment-now',
      kind: 'unemployment-benefit',
      payer: 'czn-moscow-region',
      from: { fromCurrent: -3 },
      to: { fromCurrent: 2 },
      day: 28,
      kopecks: (month) => (month - spellNow < 3 ? 1_279_200 : 639_600),
      formula: unemploymentFormula(1_279_200),
      basis: () => order(`ЦЗН-50-${yearOf(spellNow)}/7715`, dateIn(spellNow - 1, 24)),
      receipts: [['2016-01', MIR_VTB_6604]],
    },
  ];
}

function programmeProfile(
  owner: string,
  beneficiaries: readonly Beneficiary[],
  programmes: (context: PlanContext) => readonly Programme[],
): PaymentProfile {
  return {
    beneficiaries,
    plan: (context, until) =>
      programmes(context).flatMap((programme) => planProgramme(owner, programme, context, until)),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Нагрузкина Вера Павловна (the load user): exactly 10,000 payments over the ten years up to this month.

/** Payments in the load user's history. */
export const LOAD_PAYMENTS = 10_000;
const LOAD_MONTHS = 120;

const LOAD_CHILDREN: readonly Beneficiary[] = [
  { id: 'child-ilya', name: 'Нагрузкин Илья Петрович', birthDate: '2012-03-15' },
  { id: 'child-alisa', name: 'Нагрузкина Алиса Петровна', birthDate: '2015-10-02' },
  { id: 'child-gleb', name: 'Нагрузкин Глеб Петрович', birthDate: '2021-06-30' },
];

/** Amount range per kind (kopecks): what one payment of it may be. */
const LOAD_RANGES: Readonly<Record<PaymentKindCode, readonly [number, number]>> = {
  'unified-allowance': [1_500_000, 2_300_000],
  'maternity-capital': [5_000_000, 45_000_000],
  'maternity-capital-monthly': [1_400_000, 1_800_000],
  'childcare-allowance': [800_000, 4_900_000],
  'maternity-allowance': [5_000_000, 38_000_000],
  'old-age-pension': [1_800_000, 3_200_000],
  edv: [200_000, 420_000],
  'housing-compensation': [120_000, 480_000],
  'housing-subsidy': [150_000, 520_000],
  'unemployment-benefit': [169_600, 1_279_200],
};

const LOAD_PAYERS: Readonly<Record<'federal' | 'regional' | 'employment', PayerCode>> = {
  federal: 'sfr',
  regional: 'dtszn-moscow',
  employment: 'czn-moscow-region',
};

const REJECTED_REASONS = (Object.keys(PAYMENT_REASONS) as PaymentReasonCode[]).filter(
  (code) => PAYMENT_REASONS[code].status === 'rejected',
);
const RETURNED_REASONS = (Object.keys(PAYMENT_REASONS) as PaymentReasonCode[]).filter(
  (code) => PAYMENT_REASONS[code].status === 'returned',
);

const loadFormula: Formula = (kopecks) => `Сумма по решению о назначении: ${rubles(kopecks)}`;

function loadProfile(owner: string): PaymentProfile {
  const bases = new Map<PaymentKindCode, PaymentBasis>(
    PAYMENT_KIND_CODES.map((kind, index) => [
      kind,
      decision(`НГ-${String(index + 1).padStart(2, '0')}-2016/000909`, '2016-01-15'),
    ]),
  );
  return {
    beneficiaries: LOAD_CHILDREN,
    plan: ({ current }, until) => {
      const ownerSeed = hashSeed(`${owner}|load`);
      const start = current - LOAD_MONTHS + 1;
      // Payment n falls in month start + ⌊n · 120 / 10 000⌋: months up to the current one hold exactly 10,000.
      const firstOf = (month: MonthIndex) => Math.ceil(((month - start) * LOAD_PAYMENTS) / LOAD_MONTHS);
      const periods = new Map<MonthIndex, DatePeriod>();
      const periodOf = (month: MonthIndex) => {
        let period = periods.get(month);
        if (!period) periods.set(month, (period = { from: firstDay(month), to: lastDay(month) }));
        return period;
      };
      const planned: PlannedPayment[] = [];
      for (let n = 0; n < firstOf(until + 1); n += 1) {
        const month = start + Math.floor((n * LOAD_MONTHS) / LOAD_PAYMENTS);
        const kind = PAYMENT_KIND_CODES[n % PAYMENT_KIND_CODES.length] as PaymentKindCode;
        const info = PAYMENT_KINDS[kind];
        // A numeric seed per payment: hashing 10,000 strings would cost more than the rest of the plan.
        const random = seededRandom((ownerSeed + Math.imul(n + 1, 0x9e3779b9)) >>> 0);
        const [low, high] = LOAD_RANGES[kind];
        const kopecks = low + Math.floor(random() * (high - low));
        const draw = random();
        const outcome: Outcome | undefined =
          draw < 0.015
            ? { status: 'rejected', reason: REJECTED_REASONS[n % REJECTED_REASONS.length] as PaymentReasonCode }
            : draw < 0.03
              ? { status: 'returned', reason: RETURNED_REASONS[n % RETURNED_REASONS.length] as PaymentReasonCode }
              : undefined;
        const beneficiary = info.perChild ? LOAD_CHILDREN[Math.floor(n / 10) % LOAD_CHILDREN.length] : undefined;
        planned.push({
          key: `n${String(n).padStart(5, '0')}`,
          date: dateIn(month, 1 + ((n * 11) % 28)),
          period: periodOf(month - 1),
          kind,
          payer: LOAD_PAYERS[info.payerLevel],
          kopecks,
          basis: bases.get(kind) as PaymentBasis,
          receipt: MIR_SBER_0909,
          formula: loadFormula,
          paysFor: month - 1,
          ...(beneficiary ? { beneficiary } : {}),
          ...(outcome ? { outcome } : {}),
        });
      }
      return planned;
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------

export const PAYMENT_PROFILE_KEYS = ['family', 'pensioner', 'unemployed', 'load'] as const;
export type PaymentProfileKey = (typeof PAYMENT_PROFILE_KEYS)[number];

/** The seeded citizens' histories, by account id (oid): see `identity/seed.ts` and the README. */
export const SEEDED_PAYMENT_PROFILES: Readonly<Record<string, PaymentProfileKey>> = {
  '1000000001': 'family',
  '1000000002': 'pensioner',
  '1000000004': 'unemployed',
  '1000000006': 'load',
};

/** The history `key` plans for `owner` (the owner salts the random parts, so two owners never look alike). */
export function paymentProfile(key: PaymentProfileKey, owner: string): PaymentProfile {
  switch (key) {
    case 'family':
      return programmeProfile(owner, [MAXIM, SOFIA], () => FAMILY);
    case 'pensioner':
      return programmeProfile(owner, [], () => PENSIONER);
    case 'unemployed':
      return programmeProfile(owner, [], unemployedProgrammes);
    case 'load':
      return loadProfile(owner);
  }
}
