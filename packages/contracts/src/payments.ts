import { z } from 'zod';
import { ApplicationSummarySchema, CodeTitleSchema } from './applications.js';
import {
  BASIS_DOCUMENT_TYPE_CODES,
  CLARIFICATION_TEXT_MAX,
  PAYMENT_CATEGORY_CODES,
  PAYMENT_CURRENCY,
  PAYMENT_KIND_CODES,
  PAYMENT_PAGE_SIZE_DEFAULT,
  PAYMENT_PAGE_SIZE_MAX,
  PAYMENT_REASONS,
  PAYMENT_STATUS_CODES,
  RECEIPT_METHOD_CODES,
  type PaymentReasonCode,
} from './payment-kinds.js';
import { commaList } from './query.js';
import { named } from './registry.js';

const calendarDate = () => z.iso.date().describe('A calendar date (Moscow), YYYY-MM-DD.');

export const PaymentKindCodeSchema = named(z.enum(PAYMENT_KIND_CODES), {
  id: 'PaymentKindCode',
  description: 'A measure of social support from the catalogue (PAYMENT_KINDS in the contracts package).',
});

export const PaymentCategorySchema = named(z.enum(PAYMENT_CATEGORY_CODES), {
  id: 'PaymentCategory',
  description: 'benefit (пособие), compensation (компенсация) or subsidy (субсидия).',
});

export const PaymentStatusSchema = named(z.enum(PAYMENT_STATUS_CODES), {
  id: 'PaymentStatus',
  description:
    'paid (Выплачено), pending (Ожидает зачисления: sent to the bank), rejected (Отказано by the paying body), ' +
    'returned (Возвращено банком). Only paid money reached the person.',
});

export const MoneySchema = named(
  z.object({
    kopecks: z.number().int().nonnegative().describe('Whole kopecks: 1234567 is 12 345,67 ₽.'),
    currency: z.literal(PAYMENT_CURRENCY),
  }),
  { id: 'Money', description: 'An amount of roubles in whole kopecks (never a float).' },
);
export type Money = z.infer<typeof MoneySchema>;

export const DatePeriodSchema = named(z.object({ from: calendarDate(), to: calendarDate() }), {
  id: 'DatePeriod',
  description: 'Both dates included.',
});
export type DatePeriod = z.infer<typeof DatePeriodSchema>;

export const PaymentKindSchema = named(z.object({ code: PaymentKindCodeSchema, title: z.string().min(1) }), {
  id: 'PaymentKind',
  description: 'The measure a payment is made under: its catalogue code and Russian title.',
});
export type PaymentKind = z.infer<typeof PaymentKindSchema>;

export const PaymentBasisSchema = named(
  z.object({
    documentType: z.enum(BASIS_DOCUMENT_TYPE_CODES).describe('decision, order or court-order (BASIS_DOCUMENT_TYPES).'),
    number: z.string().min(1),
    date: calendarDate(),
  }),
  { id: 'PaymentBasis', description: 'The act the payment is made on: a decision, an order, a court decision.' },
);
export type PaymentBasis = z.infer<typeof PaymentBasisSchema>;

export const PaymentReceiptSchema = named(
  z.object({
    method: z.enum(RECEIPT_METHOD_CODES),
    masked: z
      .string()
      .regex(/^•••• \d{4}$/)
      .describe('The last four digits of the account or card, e.g. «•••• 4821».'),
    bank: z.string().min(1),
  }),
  { id: 'PaymentReceipt', description: 'Where the money went: a bank account or a «Мир» card, masked.' },
);
export type PaymentReceipt = z.infer<typeof PaymentReceiptSchema>;

export const BeneficiarySchema = named(
  z.object({
    id: z.string().min(1),
    name: z.string().min(1).describe('Full name, surname first.'),
    birthDate: calendarDate(),
  }),
  { id: 'Beneficiary', description: 'The child a payment is made for (family payments are broken down per child).' },
);
export type Beneficiary = z.infer<typeof BeneficiarySchema>;

const PAYMENT_REASON_CODES = Object.keys(PAYMENT_REASONS) as [PaymentReasonCode, ...PaymentReasonCode[]];

export const PaymentReasonSchema = named(z.object({ code: z.enum(PAYMENT_REASON_CODES), title: z.string().min(1) }), {
  id: 'PaymentReason',
  description: 'Why a payment is pending, rejected or returned (PAYMENT_REASONS).',
});
export type PaymentReason = z.infer<typeof PaymentReasonSchema>;

export const PaymentSchema = named(
  z.object({
    id: z.string().min(1),
    operationDate: calendarDate().describe('When the money was (or is to be) credited.'),
    period: DatePeriodSchema.describe('The period the payment is for.'),
    kind: PaymentKindSchema,
    category: PaymentCategorySchema,
    amount: MoneySchema,
    payer: CodeTitleSchema.describe('The paying body (PAYERS).'),
    basis: PaymentBasisSchema,
    receipt: PaymentReceiptSchema,
    beneficiary: BeneficiarySchema.optional().describe('The child it is paid for, when it is a family payment.'),
    status: PaymentStatusSchema,
    reason: PaymentReasonSchema.optional().describe('Present for pending, rejected and returned payments.'),
    statementUrl: z.string().min(1).describe('Path of the payment’s statement (GET, JSON: PaymentDetail).'),
  }),
  { id: 'Payment', description: 'One payment of a measure of social support.' },
);
export type Payment = z.infer<typeof PaymentSchema>;

export const PaymentDetailSchema = named(
  PaymentSchema.extend({
    legalBasis: z.string().min(1).describe('The law the payment is made under.'),
    formula: z.string().min(1).describe('How the amount was calculated, in words and figures.'),
    payerComment: z.string().min(1).describe('What the paying body says about this payment.'),
  }),
  { id: 'PaymentDetail', description: 'A payment with its statement: legal basis, calculation, the payer’s comment.' },
);
export type PaymentDetail = z.infer<typeof PaymentDetailSchema>;

export const UpcomingPaymentSchema = named(
  z.object({
    date: calendarDate().describe('The scheduled payment date.'),
    period: DatePeriodSchema,
    kind: PaymentKindSchema,
    category: PaymentCategorySchema,
    amount: MoneySchema,
    payer: CodeTitleSchema,
    receipt: PaymentReceiptSchema,
    beneficiary: BeneficiarySchema.optional(),
    paymentId: z.string().min(1).optional().describe('Set when the payment is already formed (status pending).'),
  }),
  { id: 'UpcomingPayment', description: 'A payment scheduled for the coming months.' },
);
export type UpcomingPayment = z.infer<typeof UpcomingPaymentSchema>;

export const UpcomingPaymentsSchema = named(
  z.object({
    until: calendarDate().describe('The last day the schedule covers.'),
    items: z.array(UpcomingPaymentSchema).describe('Soonest first.'),
  }),
  { id: 'UpcomingPayments', description: 'What is scheduled to be paid from tomorrow to `until`.' },
);
export type UpcomingPayments = z.infer<typeof UpcomingPaymentsSchema>;

const filterShape = {
  from: calendarDate().optional().describe('Operation date on or after this date.'),
  to: calendarDate().optional().describe('Operation date on or before this date.'),
  kinds: commaList(PaymentKindCodeSchema).optional().describe('Only these kinds, comma-separated.'),
  categories: commaList(PaymentCategorySchema).optional().describe('Only these categories, comma-separated.'),
  statuses: commaList(PaymentStatusSchema).optional().describe('Only these statuses, comma-separated.'),
  beneficiary: z.string().min(1).max(64).optional().describe('Only payments for this child (Beneficiary.id).'),
};

const orderShape = {
  sort: z.enum(['date', 'amount']).default('date').describe('By operation date or by amount.'),
  order: z.enum(['asc', 'desc']).default('desc'),
};

const fromNotAfterTo = (query: { from?: string | undefined; to?: string | undefined }) =>
  !query.from || !query.to || query.from <= query.to;
const periodCheck = { message: 'Дата «по» не может быть раньше даты «с».', path: ['to'] };

export const PaymentListQuerySchema = z
  .object({
    ...filterShape,
    ...orderShape,
    page: z.coerce.number().int().min(1).max(100_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(PAYMENT_PAGE_SIZE_MAX).default(PAYMENT_PAGE_SIZE_DEFAULT),
  })
  .refine(fromNotAfterTo, periodCheck);
export type PaymentListQuery = z.infer<typeof PaymentListQuerySchema>;
/** The filters alone, as the list, the summary and the export share them. */
export type PaymentFilters = Pick<PaymentListQuery, keyof typeof filterShape>;

export const PaymentTotalsSchema = named(
  z.object({
    count: z.number().int().nonnegative().describe('Payments matching the filters, on every page.'),
    countByStatus: z.record(PaymentStatusSchema, z.number().int().nonnegative()),
    byStatus: z.record(PaymentStatusSchema, z.number().int().nonnegative()).describe('Sums in kopecks, per status.'),
    paidSum: MoneySchema.describe('What was actually paid (status paid).'),
  }),
  { id: 'PaymentTotals', description: 'Totals over the whole filtered set, not just the page.' },
);
export type PaymentTotals = z.infer<typeof PaymentTotalsSchema>;

export const PaymentPageSchema = named(
  z.object({
    items: z.array(PaymentSchema),
    page: z.number().int().min(1),
    pageSize: z.number().int().min(1),
    total: z.number().int().nonnegative().describe('Payments matching the filters, on every page.'),
    totals: PaymentTotalsSchema,
    beneficiaries: z
      .array(BeneficiarySchema)
      .describe('Every child in the whole history (whatever the filters), for a per-child view.'),
  }),
  { id: 'PaymentPage', description: 'One page of the citizen’s payments and the totals of the filtered set.' },
);
export type PaymentPage = z.infer<typeof PaymentPageSchema>;

export const PaymentSummaryQuerySchema = z
  .object({
    ...filterShape,
    from: calendarDate().optional().describe('Start of the period; default 1 January of this year.'),
    to: calendarDate().optional().describe('End of the period; default today.'),
    statuses: commaList(PaymentStatusSchema)
      .optional()
      .describe('Statuses to sum, comma-separated; default paid only (the chart shows money received).'),
  })
  .refine(fromNotAfterTo, periodCheck);
export type PaymentSummaryQuery = z.infer<typeof PaymentSummaryQuerySchema>;

export const KindAmountSchema = named(
  z.object({
    kind: PaymentKindCodeSchema,
    kopecks: z.number().int().nonnegative(),
    count: z.number().int().nonnegative(),
  }),
  { id: 'KindAmount', description: 'The sum and number of payments of one kind.' },
);
export type KindAmount = z.infer<typeof KindAmountSchema>;

export const MonthSummarySchema = named(
  z.object({
    month: z
      .string()
      .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
      .describe('YYYY-MM'),
    kopecks: z.number().int().nonnegative(),
    count: z.number().int().nonnegative(),
    byKind: z.array(KindAmountSchema).describe('Kinds paid that month, in catalogue order.'),
  }),
  { id: 'MonthSummary', description: 'One month of the chart, stacked by kind.' },
);
export type MonthSummary = z.infer<typeof MonthSummarySchema>;

export const PeriodSummarySchema = named(
  z.object({
    from: calendarDate(),
    to: calendarDate(),
    kopecks: z.number().int().nonnegative(),
    count: z.number().int().nonnegative(),
    months: z.array(MonthSummarySchema).describe('Every month the period touches, oldest first, empty ones too.'),
    byKind: z.array(KindAmountSchema).describe('Per kind over the whole period, in catalogue order.'),
  }),
  { id: 'PeriodSummary', description: 'Sums of one period by month and by kind.' },
);
export type PeriodSummary = z.infer<typeof PeriodSummarySchema>;

export const PaymentSummarySchema = named(
  z.object({
    statuses: z.array(PaymentStatusSchema).min(1).describe('The statuses that were summed.'),
    current: PeriodSummarySchema,
    previous: PeriodSummarySchema.describe(
      'The same calendar dates as many whole years earlier as the period spans (at least one): of equal length, ' +
        'never overlapping, month by month aligned with `current` — this year against last.',
    ),
    kinds: z.array(PaymentKindSchema).describe('Kinds present in either period, in catalogue order (the legend).'),
  }),
  { id: 'PaymentSummary', description: 'Sums by month and kind for a period and for the previous one, for a chart.' },
);
export type PaymentSummary = z.infer<typeof PaymentSummarySchema>;

export const EXPORT_FORMATS = ['csv', 'pdf'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const PaymentExportQuerySchema = z
  .object({
    format: z.enum(EXPORT_FORMATS).describe('csv (UTF-8 with BOM, «;», decimal comma) or pdf (a statement).'),
    ...filterShape,
    ...orderShape,
  })
  .refine(fromNotAfterTo, periodCheck);
export type PaymentExportQuery = z.infer<typeof PaymentExportQuerySchema>;

export const ClarificationRequestSchema = named(
  z.object({
    text: z
      .string()
      .trim()
      .min(1, 'Напишите, что нужно разъяснить.')
      .max(CLARIFICATION_TEXT_MAX, `Не больше ${CLARIFICATION_TEXT_MAX} символов.`),
  }),
  { id: 'ClarificationRequest', description: '«Запрос о разъяснении» of a payment, to its paying body.' },
);
export type ClarificationRequest = z.infer<typeof ClarificationRequestSchema>;

export const PaymentClarificationSchema = named(
  z.object({
    paymentId: z.string().min(1),
    application: ApplicationSummarySchema.describe('The appeal as «Мои заявления» lists it; its journal follows it.'),
  }),
  { id: 'PaymentClarification', description: 'The clarification request, filed as an application.' },
);
export type PaymentClarification = z.infer<typeof PaymentClarificationSchema>;
