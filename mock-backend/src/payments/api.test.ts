import {
  ApplicationSchema,
  PaymentClarificationSchema,
  type PaymentPage,
  type ProblemDetails,
} from '@gos-elements/contracts';
import { describe, expect, it } from 'vitest';
import { createCabinet, IdempotencyKeys } from '../cabinet/index.js';
import { FakeClock } from '../clock.js';
import { DEFAULT_LIMITS } from '../limits.js';
import { Payments, PaymentsApi, queryRecord, type Viewer } from './index.js';

const NOW = Date.UTC(2026, 10, 24, 9, 0, 0);
const anna: Viewer = { owner: '1000000001', level: 'confirmed' };
const dmitry: Viewer = { owner: '1000000002', level: 'standard' };
const maria: Viewer = { owner: '1000000003', level: 'simplified' };

function setup(limits = DEFAULT_LIMITS.payments) {
  const clock = new FakeClock(NOW);
  const cabinet = createCabinet([anna.owner, dmitry.owner], clock);
  const api = new PaymentsApi(new Payments({ clock, limits }), cabinet.applications, new IdempotencyKeys(clock));
  return { api, cabinet, clock };
}
const params = (query = '') => new URLSearchParams(query);
const problem = (body: unknown) => body as ProblemDetails;

function firstPayment(api: PaymentsApi, viewer: Viewer, query = ''): string {
  return (api.list(viewer, params(query), '/api/v1/payments').body as PaymentPage).items[0]!.id;
}

describe('PaymentsApi', () => {
  it('shows payment data only to standard and confirmed accounts, telling a simplified one how to raise it', () => {
    const { api } = setup();
    const id = firstPayment(api, anna);
    const answers = [
      api.list(maria, params(), '/api/v1/payments'),
      api.summary(maria, params(), '/api/v1/payments/summary'),
      api.upcoming(maria, '/api/v1/payments/upcoming'),
      api.get(maria, id, `/api/v1/payments/${id}`),
      api.clarify(maria, id, { text: 'Вопрос' }, null, `/api/v1/payments/${id}/clarification`),
      api.export(maria, params('format=csv'), 'Кузнецова Мария Олеговна', '/api/v1/payments/export'),
    ];
    for (const answer of answers) {
      expect(answer.status).toBe(403);
      expect('body' in answer && problem(answer.body)).toMatchObject({
        code: 'account-level-too-low',
        title: 'Нужна стандартная или подтверждённая учётная запись',
        detail: expect.stringMatching(/упрощённая.*СНИЛС и данные паспорта.*стандартной/s),
      });
    }
    expect(api.list(dmitry, params(), '/api/v1/payments').status).toBe(200);
  });

  it('validates every query at the edge, field by field, with the limits table’s page size', () => {
    const { api } = setup({ ...DEFAULT_LIMITS.payments, maxPageSize: 25 });
    const bad = api.list(anna, params('kinds=edv,lottery&pageSize=101&from=2026-02-30'), '/api/v1/payments');
    expect(bad.status).toBe(400);
    expect(problem(bad.body).errors?.map((error) => error.field)).toEqual(['from', 'kinds.1', 'pageSize']);
    const tooBig = api.list(anna, params('pageSize=26'), '/api/v1/payments');
    expect(problem(tooBig.body)).toMatchObject({
      code: 'validation-failed',
      errors: [{ field: 'pageSize', message: 'Не больше 25 выплат на странице.' }],
    });
    const reversed = api.summary(anna, params('from=2026-02-01&to=2026-01-01'), '/api/v1/payments/summary');
    expect(problem(reversed.body).errors).toEqual([
      expect.objectContaining({ field: 'to', message: 'Дата «по» не может быть раньше даты «с».' }),
    ]);
    const tooLong = api.summary(anna, params('from=2001-01-01'), '/api/v1/payments/summary');
    expect([tooLong.status, problem(tooLong.body).code]).toEqual([400, 'period-too-long']);
    expect(api.export(anna, params('format=docx'), '', '/api/v1/payments/export')).toMatchObject({ status: 400 });
    const missing = api.get(anna, 'pay-none', '/api/v1/payments/pay-none');
    expect([missing.status, problem(missing.body).code, problem(missing.body).detail]).toEqual([
      404,
      'payment-not-found',
      'Выплата не найдена.',
    ]);
  });

  it('reads a repeated parameter as the same comma list', () => {
    expect(queryRecord(params('kinds=edv&kinds=housing-compensation&page=2'))).toEqual({
      kinds: 'edv,housing-compensation',
      page: '2',
    });
    const { api } = setup();
    expect(api.list(anna, params('kinds=edv&kinds=housing-compensation'), '/').body).toEqual(
      api.list(anna, params('kinds=edv,housing-compensation'), '/').body,
    );
    expect(api.list(anna, params('from=2020-01-01&from=2021-01-01'), '/').status).toBe(400);
  });

  it('files a clarification request in «Мои заявления», once per Idempotency-Key', () => {
    const { api, cabinet } = setup();
    const id = firstPayment(api, anna, 'kinds=edv&from=2026-10-01&to=2026-10-31');
    const instance = `/api/v1/payments/${id}/clarification`;
    const first = api.clarify(anna, id, { text: '  Почему сумма изменилась?  ' }, 'clarify-key-0001', instance);
    expect(first.status).toBe(201);
    const { application, paymentId } = PaymentClarificationSchema.parse(first.body);
    expect(paymentId).toBe(id);
    expect(application).toMatchObject({
      number: '2026-500001',
      status: 'accepted',
      service: { code: 'payment-clarification', title: 'Запрос о разъяснении выплаты' },
      department: { code: 'sfr', title: 'Социальный фонд России' },
      subject: { type: 'payment', id, title: 'ЕДВ за октябрь 2026, 4\u00a0095,43\u00a0₽' },
    });
    const again = api.clarify(anna, id, { text: 'Почему сумма изменилась?' }, 'clarify-key-0001', instance);
    expect([again.status, again.body, 'replayed' in again && again.replayed]).toEqual([201, first.body, true]);
    const other = api.clarify(anna, id, { text: 'Другой вопрос' }, 'clarify-key-0001', instance);
    expect([other.status, problem(other.body).code]).toEqual([422, 'idempotency-key-reused']);

    const mine = cabinet.list(anna.owner, { service: 'payment-clarification' }, '/api/v1/applications');
    expect((mine.body as { items: unknown[] }).items).toHaveLength(1);
    const filed = ApplicationSchema.parse(cabinet.applications.get(anna.owner, application.id));
    expect(filed.history).toEqual([
      expect.objectContaining({
        status: 'accepted',
        author: 'Заявитель',
        comment: `Запрос о разъяснении выплаты «${application.subject!.title}»: Почему сумма изменилась?`,
      }),
    ]);
    // Without a key, each request is a new appeal.
    api.clarify(anna, id, { text: 'Ещё вопрос' }, null, instance);
    expect((cabinet.list(anna.owner, { service: 'payment-clarification' }, '/').body as { total: number }).total).toBe(
      2,
    );
  });

  it('refuses an empty or too long clarification, and one about a payment that is not the citizen’s', () => {
    const { api, cabinet } = setup();
    const id = firstPayment(api, anna);
    for (const body of [{}, { text: '   ' }, { text: 'я'.repeat(2001) }, undefined, 'text']) {
      const answer = api.clarify(anna, id, body, null, '/');
      expect([answer.status, problem(answer.body).errors?.[0]?.field], JSON.stringify(body)).toEqual([
        400,
        body === 'text' ? '(body)' : 'text',
      ]);
    }
    const stolen = api.clarify(dmitry, id, { text: 'Чья это выплата?' }, 'clarify-key-0002', '/');
    expect([stolen.status, problem(stolen.body).code]).toEqual([404, 'payment-not-found']);
    expect(
      (cabinet.list(dmitry.owner, { service: 'payment-clarification' }, '/').body as { total: number }).total,
    ).toBe(0);
  });
});
