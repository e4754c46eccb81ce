import {
  ApplicationListSchema,
  ApplicationSchema,
  PaymentClarificationSchema,
  PaymentDetailSchema,
  PaymentPageSchema,
  PaymentSummarySchema,
  PROBLEM_CONTENT_TYPE,
  UpcomingPaymentsSchema,
} from '@gos-elements/contracts';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../clock.js';
import { readCsvSections } from '../export/csv-read.js';
import { seededUser, type SeededUserKey } from '../identity/index.js';
import { TestBrowser } from '../oidc/test-browser.js';
import { authorization, demoClient, exchange, signIn } from '../oidc/test-flow.js';
import { startTestBackend, type RunningBackend } from '../test-support.js';

let server: RunningBackend;
const tokens: Record<'anna' | 'dmitry' | 'maria' | 'vera', string> = { anna: '', dmitry: '', maria: '', vera: '' };

async function tokenFor(key: SeededUserKey): Promise<string> {
  const config = await demoClient(server);
  const browser = new TestBrowser(`payments-test/${key}`);
  const auth = await authorization(config);
  const callback = await signIn(server, browser, auth.url, seededUser(key), { clock: systemClock });
  return (await exchange(config, callback, auth)).access_token;
}

beforeAll(async () => {
  server = await startTestBackend();
  tokens.anna = await tokenFor('confirmed-sms');
  tokens.dmitry = await tokenFor('standard-totp');
  tokens.maria = await tokenFor('simplified-email');
  tokens.vera = await tokenFor('load-payments');
});

afterAll(async () => {
  await server.close();
});

const api = (path: string, token: string, init: RequestInit = {}) =>
  fetch(`${server.url}${path}`, {
    ...init,
    headers: { Authorization: `Bearer ${token}`, ...(init.headers as Record<string, string>) },
  });

async function page(token: string, query = '') {
  const response = await api(`/api/v1/payments?${query}`, token);
  expect(response.status, query).toBe(200);
  return PaymentPageSchema.parse(await response.json());
}

describe('payments API', () => {
  it('lists the citizen’s own payments, filtered, sorted and paged, with totals of the filtered set', async () => {
    const anna = await page(tokens.anna, 'statuses=paid&kinds=unified-allowance&sort=amount&order=asc&pageSize=5');
    expect(anna.items).toHaveLength(5);
    expect(anna.items.every((item) => item.status === 'paid' && item.kind.code === 'unified-allowance')).toBe(true);
    expect(anna.totals.count).toBe(anna.total);
    expect(anna.total).toBeGreaterThan(5);
    expect(anna.beneficiaries).toHaveLength(2);
    const vera = await page(tokens.vera, 'pageSize=100&page=100');
    expect([vera.total, vera.items.length]).toEqual([10_000, 100]);
    const dmitry = await page(tokens.dmitry, 'pageSize=100');
    expect(dmitry.items.filter((item) => anna.items.some((other) => other.id === item.id))).toEqual([]);

    const invalid = await api('/api/v1/payments?statuses=lost&pageSize=500', tokens.anna);
    expect(invalid.status).toBe(400);
    expect(invalid.headers.get('content-type')).toContain(PROBLEM_CONTENT_TYPE);
    const problem = (await invalid.json()) as { code: string; errors: { field: string }[] };
    expect([problem.code, problem.errors.map((error) => error.field)]).toEqual([
      'validation-failed',
      ['statuses.0', 'pageSize'],
    ]);
  });

  it('shows a statement to its owner, and “not found” to anyone else', async () => {
    const [payment] = (await page(tokens.anna, 'statuses=rejected')).items;
    const mine = await api(`/api/v1/payments/${payment!.id}`, tokens.anna);
    expect(mine.headers.get('cache-control')).toBe('no-store');
    const detail = PaymentDetailSchema.parse(await mine.json());
    expect(detail).toMatchObject({ id: payment!.id, status: 'rejected', reason: payment!.reason });
    expect(detail.statementUrl).toBe(`/api/v1/payments/${payment!.id}`);
    const stolen = await api(`/api/v1/payments/${payment!.id}`, tokens.dmitry);
    expect([stolen.status, ((await stolen.json()) as { code: string }).code]).toEqual([404, 'payment-not-found']);
  });

  it('answers the summary and the schedule', async () => {
    const summary = PaymentSummarySchema.parse(
      await (await api('/api/v1/payments/summary?from=2025-01-01&to=2025-12-31', tokens.dmitry)).json(),
    );
    expect(summary.current.months).toHaveLength(12);
    expect(summary.previous.from).toBe('2024-01-01');
    expect(summary.kinds.map((kind) => kind.code)).toEqual(['old-age-pension', 'housing-subsidy']);
    const upcoming = UpcomingPaymentsSchema.parse(await (await api('/api/v1/payments/upcoming', tokens.dmitry)).json());
    expect(upcoming.items.length).toBeGreaterThan(0);
  });

  it('refuses a simplified account with 403 and the way to raise its level, and anyone without a token', async () => {
    for (const path of ['/api/v1/payments', '/api/v1/payments/summary', '/api/v1/payments/export?format=csv']) {
      const refused = await api(path, tokens.maria);
      expect(refused.status, path).toBe(403);
      expect(refused.headers.get('content-type')).toContain(PROBLEM_CONTENT_TYPE);
      expect(await refused.json()).toMatchObject({
        code: 'account-level-too-low',
        detail: expect.stringMatching(/СНИЛС/),
      });
    }
    for (const token of ['', 'forged']) {
      const response = await api('/api/v1/payments', token);
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
    }
  });

  it('files a clarification once per Idempotency-Key and shows it in «Мои заявления» with its journal', async () => {
    const [payment] = (await page(tokens.anna, 'kinds=housing-compensation&statuses=paid')).items;
    const ask = (key: string, text: string) =>
      api(`/api/v1/payments/${payment!.id}/clarification`, tokens.anna, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
        body: JSON.stringify({ text }),
      });
    const first = await ask('payments-route-key-1', 'Почему компенсация меньше, чем в прошлом месяце?');
    expect(first.status).toBe(201);
    const { application } = PaymentClarificationSchema.parse(await first.json());
    expect(application.department.title).toBe('Департамент труда и социальной защиты населения города Москвы');
    const retry = await ask('payments-route-key-1', 'Почему компенсация меньше, чем в прошлом месяце?');
    expect([retry.status, retry.headers.get('idempotent-replayed')]).toEqual([201, 'true']);
    expect(PaymentClarificationSchema.parse(await retry.json()).application.id).toBe(application.id);

    const list = ApplicationListSchema.parse(
      await (await api('/api/v1/applications?service=payment-clarification', tokens.anna)).json(),
    );
    expect(list.items.map((item) => item.id)).toEqual([application.id]);
    const filed = ApplicationSchema.parse(
      await (await api(`/api/v1/applications/${application.id}`, tokens.anna)).json(),
    );
    expect(filed.history[0]?.comment).toContain('Почему компенсация меньше');
    expect(filed.subject).toEqual({
      type: 'payment',
      id: payment!.id,
      title: expect.stringContaining('Компенсация ЖКУ'),
    });

    const empty = await ask('payments-route-key-2', '   ');
    expect([empty.status, ((await empty.json()) as { errors: { field: string }[] }).errors[0]?.field]).toEqual([
      400,
      'text',
    ]);
  });

  it('exports CSV that Russian Excel opens and that reads back into the listed rows', async () => {
    const query = 'from=2025-01-01&to=2025-12-31&statuses=paid';
    const response = await api(`/api/v1/payments/export?format=csv&${query}`, tokens.anna);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const disposition = response.headers.get('content-disposition') ?? '';
    expect(disposition).toMatch(/^attachment; filename="vyplaty-\d{4}-\d\d-\d\d\.csv"; filename\*=UTF-8''\S+$/);
    expect(decodeURIComponent(disposition.split("UTF-8''")[1]!)).toMatch(/^Выписка о выплатах \d\d\.\d\d\.\d{4}\.csv$/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const sections = readCsvSections(new TextDecoder().decode(bytes));
    const listed = await page(tokens.anna, `${query}&pageSize=100`);
    expect(sections.rows).toHaveLength(listed.total);
    expect(sections.rows[0]?.[0]).toBe(listed.items[0]!.operationDate.split('-').reverse().join('.'));
    expect(sections.about).toContain('Получатель: Смирнова Анна Сергеевна');
  });

  it('streams a PDF statement', async () => {
    const response = await api('/api/v1/payments/export?format=pdf&statuses=paid,returned', tokens.dmitry);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="vyplaty-.*\.pdf"; filename\*=UTF-8''/,
    );
    // Read back by a PDF reader (pdf.js): the person, and the first payment listed with its sum.
    const document = await getDocumentProxy(new Uint8Array(await response.arrayBuffer()));
    const { text } = await extractText(document, { mergePages: true });
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('Выписка о выплатах');
    expect(flat).toContain('Получатель: Петров Дмитрий Александрович');
    const first = (await page(tokens.dmitry, 'statuses=paid,returned&pageSize=1')).items[0]!;
    const sum = (first.amount.kopecks / 100).toFixed(2).replace('.', ',');
    expect(flat).toContain(`${first.operationDate.split('-').reverse().join('.')} `);
    expect(flat).toContain(sum);
  });

  it('is described in the served OpenAPI document', async () => {
    const document = (await (await fetch(`${server.url}/api/v1/openapi.json`)).json()) as {
      paths: Record<string, unknown>;
    };
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/payments',
        '/api/v1/payments/summary',
        '/api/v1/payments/upcoming',
        '/api/v1/payments/export',
        '/api/v1/payments/{id}',
        '/api/v1/payments/{id}/clarification',
      ]),
    );
  });
});
