import { describe, expect, it } from 'vitest';
import {
  ApplicationSummarySchema,
  ClarificationRequestSchema,
  PAYERS,
  PAYMENT_CATEGORY_CODES,
  PAYMENT_KIND_CODES,
  PAYMENT_KINDS,
  PAYMENT_REASONS,
  PAYMENT_STATUS_CODES,
  PaymentDetailSchema,
  PaymentExportQuerySchema,
  PaymentListQuerySchema,
  PaymentPageSchema,
  PaymentSchema,
  PaymentSummaryQuerySchema,
} from './index.js';
import { endpoints, paymentEndpoints } from './endpoints.js';
import { buildOpenApiDocument } from './openapi.js';

const payment = {
  id: 'pay-1-edv-202611',
  operationDate: '2026-11-20',
  period: { from: '2026-11-01', to: '2026-11-30' },
  kind: { code: 'unified-allowance', title: PAYMENT_KINDS['unified-allowance'].title },
  category: 'benefit',
  amount: { kopecks: 2_245_100, currency: 'RUB' },
  payer: { code: 'sfr', title: 'Социальный фонд России' },
  basis: { documentType: 'decision', number: 'СФР-77-ЕП-2023/0184420', date: '2023-01-24' },
  receipt: { method: 'mir-card', masked: '•••• 4821', bank: 'ПАО Сбербанк' },
  beneficiary: { id: 'child-sofia', name: 'Смирнова София Андреевна', birthDate: '2018-02-05' },
  status: 'returned',
  reason: { code: 'name-mismatch', title: PAYMENT_REASONS['name-mismatch'].title },
  statementUrl: '/api/v1/payments/pay-1-edv-202611',
};

describe('payment catalogues', () => {
  it('name every measure of the issue in Russian and English, with its category and the law it is paid under', () => {
    expect(PAYMENT_KIND_CODES).toEqual([
      'unified-allowance',
      'maternity-capital',
      'maternity-capital-monthly',
      'childcare-allowance',
      'maternity-allowance',
      'old-age-pension',
      'edv',
      'housing-compensation',
      'housing-subsidy',
      'unemployment-benefit',
    ]);
    for (const code of PAYMENT_KIND_CODES) {
      const kind = PAYMENT_KINDS[code];
      expect(kind.title, code).toMatch(/[А-Яа-яЁё]/);
      expect(kind.titleEn, code).toMatch(/^[A-Z][\w ().,'’-]+$/);
      expect(PAYMENT_CATEGORY_CODES).toContain(kind.category);
      expect(kind.legalBasis, code).toMatch(/закон|кодекс/i);
    }
    expect(PAYMENT_KINDS['housing-compensation'].category).toBe('compensation');
    expect(PAYMENT_KINDS['housing-subsidy'].category).toBe('subsidy');
    expect(PAYMENT_KINDS['unemployment-benefit'].payerLevel).toBe('employment');
    expect(Object.values(PAYERS).map((payer) => payer.level)).toEqual(
      expect.arrayContaining(['federal', 'regional', 'employment']),
    );
  });

  it('have reasons for every status but paid, in both languages', () => {
    const explained = new Set(Object.values(PAYMENT_REASONS).map((reason) => reason.status));
    expect([...explained].sort()).toEqual(PAYMENT_STATUS_CODES.filter((status) => status !== 'paid').sort());
    for (const reason of Object.values(PAYMENT_REASONS)) expect(reason.titleEn).not.toBe('');
  });
});

describe('payment contracts', () => {
  it('accept a payment in integer kopecks and refuse a float, another currency or an unmasked card', () => {
    expect(PaymentSchema.parse(payment)).toEqual(payment);
    for (const bad of [
      { amount: { kopecks: 22451.5, currency: 'RUB' } },
      { amount: { kopecks: 100, currency: 'USD' } },
      { receipt: { ...payment.receipt, masked: '2200 1234 5678 4821' } },
      { status: 'lost' },
      { kind: { code: 'lottery', title: 'Выигрыш' } },
      { operationDate: '20.11.2026' },
    ]) {
      expect(PaymentSchema.safeParse({ ...payment, ...bad }).success, JSON.stringify(bad)).toBe(false);
    }
    const detail = { ...payment, legalBasis: 'Закон', formula: '1 + 1', payerComment: 'Выплачено.' };
    expect(PaymentDetailSchema.parse(detail)).toEqual(detail);
  });

  it('reads list filters from a query string: comma lists, coerced numbers, defaults and bounds', () => {
    expect(PaymentListQuerySchema.parse({})).toEqual({ sort: 'date', order: 'desc', page: 1, pageSize: 20 });
    expect(
      PaymentListQuerySchema.parse({
        kinds: 'edv, housing-compensation',
        statuses: 'paid,returned',
        categories: 'benefit',
        from: '2025-01-01',
        to: '2025-12-31',
        beneficiary: 'child-sofia',
        sort: 'amount',
        order: 'asc',
        page: '3',
        pageSize: '100',
      }),
    ).toMatchObject({
      kinds: ['edv', 'housing-compensation'],
      statuses: ['paid', 'returned'],
      categories: ['benefit'],
      page: 3,
      pageSize: 100,
    });
    for (const bad of [
      { kinds: 'edv,lottery' },
      { statuses: ',' },
      { categories: 'gift' },
      { pageSize: '101' },
      { page: '0' },
      { from: '2025-02-30' },
      { sort: 'kind' },
      { from: '2026-01-02', to: '2026-01-01' },
    ]) {
      expect(PaymentListQuerySchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
    const reversed = PaymentListQuerySchema.safeParse({ from: '2026-01-02', to: '2026-01-01' });
    expect(reversed.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['to']);
  });

  it('reads the summary and export queries with the same filters', () => {
    expect(PaymentSummaryQuerySchema.parse({ kinds: 'edv' })).toEqual({ kinds: ['edv'] });
    expect(PaymentExportQuerySchema.parse({ format: 'pdf', statuses: 'paid' })).toMatchObject({
      format: 'pdf',
      statuses: ['paid'],
      sort: 'date',
      order: 'desc',
    });
    expect(PaymentExportQuerySchema.safeParse({ format: 'xlsx' }).success).toBe(false);
    expect(PaymentExportQuerySchema.safeParse({}).success).toBe(false);
  });

  it('takes a clarification of 1 to 2000 characters, trimmed', () => {
    expect(ClarificationRequestSchema.parse({ text: '  Почему сумма меньше?  ' })).toEqual({
      text: 'Почему сумма меньше?',
    });
    expect(ClarificationRequestSchema.safeParse({ text: '   ' }).success).toBe(false);
    expect(ClarificationRequestSchema.safeParse({ text: 'я'.repeat(2001) }).success).toBe(false);
    expect(ClarificationRequestSchema.safeParse({ text: 'я'.repeat(2000) }).success).toBe(true);
  });

  it('has totals for every status, and an application may name the payment it is about', () => {
    const page = {
      items: [payment],
      page: 1,
      pageSize: 20,
      total: 1,
      totals: {
        count: 1,
        countByStatus: { paid: 0, pending: 0, rejected: 0, returned: 1 },
        byStatus: { paid: 0, pending: 0, rejected: 0, returned: 2_245_100 },
        paidSum: { kopecks: 0, currency: 'RUB' },
      },
      beneficiaries: [payment.beneficiary],
    };
    expect(PaymentPageSchema.parse(page)).toEqual(page);
    const { returned: _returned, ...missing } = page.totals.byStatus;
    expect(PaymentPageSchema.safeParse({ ...page, totals: { ...page.totals, byStatus: missing } }).success).toBe(false);
    const application = {
      id: 'app-2026-500001',
      number: '2026-500001',
      service: { code: 'payment-clarification', title: 'Запрос о разъяснении выплаты' },
      department: { code: 'sfr', title: 'Социальный фонд России' },
      submittedAt: '2026-11-24T09:00:00.000Z',
      status: 'accepted',
      statusChangedAt: '2026-11-24T09:00:00.000Z',
      subject: { type: 'payment', id: payment.id, title: 'Единое пособие за октябрь 2026' },
    };
    expect(ApplicationSummarySchema.parse(application)).toEqual(application);
  });

  it('documents every payments operation in OpenAPI: queries, the idempotent clarification, both export formats', () => {
    expect(endpoints).toEqual(expect.arrayContaining([...paymentEndpoints]));
    const document = buildOpenApiDocument({ endpoints: paymentEndpoints });
    expect(Object.keys(document.paths).sort()).toEqual([
      '/api/v1/payments',
      '/api/v1/payments/export',
      '/api/v1/payments/summary',
      '/api/v1/payments/upcoming',
      '/api/v1/payments/{id}',
      '/api/v1/payments/{id}/clarification',
    ]);
    type Operation = {
      parameters?: { name: string; in: string; required: boolean }[];
      security?: unknown[];
      responses: Record<string, { content?: Record<string, unknown> }>;
    };
    const list = document.paths['/api/v1/payments']?.['get'] as Operation;
    expect(list.parameters?.map((parameter) => parameter.name)).toEqual([
      'from',
      'to',
      'kinds',
      'categories',
      'statuses',
      'beneficiary',
      'sort',
      'order',
      'page',
      'pageSize',
    ]);
    expect(list.parameters?.every((parameter) => !parameter.required)).toBe(true);
    const clarify = document.paths['/api/v1/payments/{id}/clarification']?.['post'] as Operation;
    expect(clarify.parameters?.map((parameter) => `${parameter.in}:${parameter.name}`)).toEqual([
      'path:id',
      'header:Idempotency-Key',
    ]);
    const exported = document.paths['/api/v1/payments/export']?.['get'] as Operation;
    expect(Object.keys(exported.responses['200']?.content ?? {})).toEqual(['text/csv', 'application/pdf']);
    expect(exported.parameters?.find((parameter) => parameter.name === 'format')?.required).toBe(true);
    for (const operations of Object.values(document.paths)) {
      for (const operation of Object.values(operations) as Operation[])
        expect(operation.security).toEqual([{ bearer: [] }]);
    }
    for (const schema of ['Payment', 'PaymentDetail', 'PaymentPage', 'PaymentSummary', 'UpcomingPayments', 'Money']) {
      expect(document.components.schemas, schema).toHaveProperty([schema]);
    }
  });
});
