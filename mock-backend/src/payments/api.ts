// The payments API's HTTP semantics without HTTP: each operation takes what a transport read from the request and
// gives back the status and body to send. The Express routes and the MSW handlers are thin adapters over this, so
// the two answer every request identically (the contract test checks it).
import {
  ClarificationRequestSchema,
  meetsAccountLevel,
  PAYMENT_CLARIFICATION_SERVICE,
  PAYMENT_KINDS,
  PaymentExportQuerySchema,
  PaymentListQuerySchema,
  PaymentSummaryQuerySchema,
  type AccountLevel,
  type Application,
  type ApplicationSummary,
  type PaymentClarification,
  type PaymentDetail,
} from '@gos-elements/contracts';
import { z } from 'zod';
import { validationFailed } from '../cabinet/api.js';
import { CabinetError, type Applications } from '../cabinet/applications.js';
import { fingerprint, type IdempotencyKeys, type StoredAnswer } from '../cabinet/idempotency.js';
import { cabinetProblem } from '../cabinet/problems.js';
import { monthIndexOf, russianDate, russianMonth } from './calendar.js';
import { paymentsExport, type ExportFile } from './export-table.js';
import { rubles } from './money.js';
import { PaymentsError, type Payments } from './payments.js';
import { accountLevelProblem, paymentsProblem } from './problems.js';

/** Who asks: the account behind the bearer token, and its level (payment data needs standard or confirmed). */
export interface Viewer {
  readonly owner: string;
  readonly level: AccountLevel;
}

/** The level payment data needs. */
export const PAYMENTS_LEVEL: AccountLevel = 'standard';

/**
 * A query string as the schemas read it. Lists are comma-separated (`kinds=edv,housing-compensation`); a repeated
 * parameter is read as the same list (`kinds=edv&kinds=housing-compensation`), so both spellings a client may
 * produce mean one thing — and a repeated single value (`from=…&from=…`) fails its check instead of being dropped.
 */
export function queryRecord(params: URLSearchParams): Record<string, string> {
  const query: Record<string, string> = {};
  for (const [name, value] of params) query[name] = name in query ? `${query[name]},${value}` : value;
  return query;
}

function answer(instance: string, status: number, run: () => unknown): StoredAnswer {
  try {
    return { status, body: run() };
  } catch (error) {
    if (error instanceof PaymentsError) return { status: error.status, body: paymentsProblem(error, instance) };
    if (error instanceof CabinetError) return { status: error.status, body: cabinetProblem(error, instance) };
    throw error;
  }
}

function summaryOf(application: Application): ApplicationSummary {
  const { id, number, service, department, submittedAt, status, statusChangedAt, subject } = application;
  return { id, number, service, department, submittedAt, status, statusChangedAt, ...(subject ? { subject } : {}) };
}

/** How «Мои заявления» names the payment: «ЕДВ за октябрь 2026, 3 456,78 ₽». */
function subjectTitle(payment: PaymentDetail): string {
  const { shortTitle } = PAYMENT_KINDS[payment.kind.code];
  const { from, to } = payment.period;
  const when =
    monthIndexOf(from) === monthIndexOf(to) && from.endsWith('-01')
      ? `за ${russianMonth(monthIndexOf(from))}`
      : `от ${russianDate(payment.operationDate)}`;
  return `${shortTitle} ${when}, ${rubles(payment.amount.kopecks)}`;
}

export class PaymentsApi {
  readonly payments: Payments;
  readonly #applications: Applications;
  readonly #idempotency: IdempotencyKeys;

  /** Clarification requests become applications of `applications` (the cabinet's «Мои заявления»). */
  constructor(payments: Payments, applications: Applications, idempotency: IdempotencyKeys) {
    this.payments = payments;
    this.#applications = applications;
    this.#idempotency = idempotency;
  }

  list(viewer: Viewer, query: URLSearchParams, instance: string): StoredAnswer {
    const denied = this.#denied(viewer, instance);
    if (denied) return denied;
    const parsed = PaymentListQuerySchema.safeParse(queryRecord(query));
    if (!parsed.success) return validationFailed(parsed.error, instance);
    const tooLarge = pageSizeTooLarge(this.payments.limits.maxPageSize, parsed.data.pageSize, instance);
    if (tooLarge) return tooLarge;
    return answer(instance, 200, () => this.payments.list(viewer.owner, parsed.data));
  }

  summary(viewer: Viewer, query: URLSearchParams, instance: string): StoredAnswer {
    const denied = this.#denied(viewer, instance);
    if (denied) return denied;
    const parsed = PaymentSummaryQuerySchema.safeParse(queryRecord(query));
    if (!parsed.success) return validationFailed(parsed.error, instance);
    return answer(instance, 200, () => this.payments.summary(viewer.owner, parsed.data));
  }

  upcoming(viewer: Viewer, instance: string): StoredAnswer {
    return this.#denied(viewer, instance) ?? answer(instance, 200, () => this.payments.upcoming(viewer.owner));
  }

  get(viewer: Viewer, id: string, instance: string): StoredAnswer {
    return this.#denied(viewer, instance) ?? answer(instance, 200, () => this.payments.get(viewer.owner, id));
  }

  /**
   * «Запросить разъяснение»: files an application to the paying body about the payment, accepted now, in the
   * citizen's «Мои заявления». Once per `Idempotency-Key`: a retry answers the same application.
   */
  clarify(viewer: Viewer, id: string, body: unknown, key: string | null, instance: string): StoredAnswer {
    const denied = this.#denied(viewer, instance);
    if (denied) return denied;
    const parsed = ClarificationRequestSchema.safeParse(body ?? {});
    if (!parsed.success) return validationFailed(parsed.error, instance);
    const { text } = parsed.data;
    return this.#idempotency.run(
      { owner: viewer.owner, operation: `clarify ${id}`, key },
      fingerprint(JSON.stringify(parsed.data)),
      () =>
        answer(instance, 201, (): PaymentClarification => {
          const payment = this.payments.get(viewer.owner, id);
          const title = subjectTitle(payment);
          const application = this.#applications.submit(viewer.owner, {
            service: PAYMENT_CLARIFICATION_SERVICE,
            department: payment.payer,
            comment: `Запрос о разъяснении выплаты «${title}»: ${text}`,
            subject: { type: 'payment', id: payment.id, title },
            plan: ['in-review'],
          });
          return { paymentId: payment.id, application: summaryOf(application) };
        }),
    );
  }

  /**
   * The export of the filtered payments: the table (rows produced as the writer pulls them) with its file name,
   * or the problem answer. `person` is the name printed on the statement.
   */
  export(
    viewer: Viewer,
    query: URLSearchParams,
    person: string,
    instance: string,
  ): (ExportFile & { readonly status: 200; readonly format: 'csv' | 'pdf' }) | StoredAnswer {
    const denied = this.#denied(viewer, instance);
    if (denied) return denied;
    const parsed = PaymentExportQuerySchema.safeParse(queryRecord(query));
    if (!parsed.success) return validationFailed(parsed.error, instance);
    return {
      status: 200,
      format: parsed.data.format,
      ...paymentsExport(this.payments, viewer.owner, person, parsed.data),
    };
  }

  #denied(viewer: Viewer, instance: string): StoredAnswer | undefined {
    if (meetsAccountLevel(viewer.level, PAYMENTS_LEVEL)) return undefined;
    return { status: 403, body: accountLevelProblem(viewer.level, instance) };
  }
}

/** The limits table may hold the page size below the contract's ceiling: checked the way the schema checks. */
function pageSizeTooLarge(max: number, pageSize: number, instance: string): StoredAnswer | undefined {
  const checked = z
    .object({ pageSize: z.number().max(max, `Не больше ${max} выплат на странице.`) })
    .safeParse({ pageSize });
  return checked.success ? undefined : validationFailed(checked.error, instance);
}
