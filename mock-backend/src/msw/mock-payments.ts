// The payments API in a browser, for Storybook and the component tests: the backend's own domain behind the
// backend's own MSW handlers, with bearer tokens standing for citizens of a given account level.
import type { AccountLevel } from '@gos-elements/contracts';
import type { HttpHandler } from 'msw';
import { createCabinet, IdempotencyKeys, type CabinetApi, type Clock } from '../cabinet/index.js';
import type { PaymentLimits } from '../limits.js';
import { Payments, PaymentsApi, SEEDED_PAYMENT_PROFILES, type PaymentProfileKey } from '../payments/index.js';
import { paymentHandlers, type PaymentHandlerOptions } from './payments.js';

/** Who a token stands for. */
export interface MockPaymentsCitizen {
  /** The account id; a seeded oid (`1000000001`…) has its seeded history unless `profile` says otherwise. */
  readonly owner: string;
  /** Payment data needs standard or confirmed; a simplified one gets the 403 with the way up. Default: confirmed. */
  readonly level?: AccountLevel;
  /** The history: `family` (two children), `pensioner`, `unemployed`, `load` (10,000); none = an empty history. */
  readonly profile?: PaymentProfileKey;
  /** Printed on statements. */
  readonly name?: string;
}

export interface MockPaymentsOptions {
  /** Origin the API answers on, e.g. `https://cabinet.example.test` (the API is under `/api/v1`). */
  readonly origin: string;
  /** The bearer tokens accepted, and who each stands for. */
  readonly tokens: Readonly<Record<string, MockPaymentsCitizen>>;
  /** The time; histories are planned up to its day. Default: the real clock. */
  readonly clock?: Clock;
  /**
   * The cabinet that clarification requests are filed in: pass `mockCabinet(...).api` to see them in «Мои
   * заявления» of the same story. Default: a cabinet of its own with no seeded applications.
   */
  readonly cabinet?: CabinetApi;
  readonly limits?: PaymentLimits;
  /** The PDF writer, where there is one (Node); see {@link PaymentHandlerOptions.pdf}. */
  readonly pdf?: PaymentHandlerOptions['pdf'];
}

export interface MockPayments {
  /** The domain behind the handlers. */
  readonly api: PaymentsApi;
  /** The cabinet clarification requests go to. */
  readonly cabinet: CabinetApi;
  readonly handlers: HttpHandler[];
}

export function mockPayments(options: MockPaymentsOptions): MockPayments {
  const clock = options.clock ?? { now: () => Date.now() };
  const tokens = new Map(Object.entries(options.tokens));
  const profiles = new Map<string, PaymentProfileKey | undefined>();
  for (const citizen of tokens.values()) {
    profiles.set(citizen.owner, citizen.profile ?? SEEDED_PAYMENT_PROFILES[citizen.owner]);
  }
  const cabinet = options.cabinet ?? createCabinet([], clock);
  const api = new PaymentsApi(
    new Payments({
      clock,
      profileOf: (owner) => profiles.get(owner),
      ...(options.limits ? { limits: options.limits } : {}),
    }),
    cabinet.applications,
    new IdempotencyKeys(clock),
  );
  const handlers = paymentHandlers(api, {
    baseUrl: options.origin,
    viewerOf: (token) => {
      const citizen = tokens.get(token);
      if (!citizen) return undefined;
      return { owner: citizen.owner, level: citizen.level ?? 'confirmed', name: citizen.name ?? '' };
    },
    now: () => clock.now(),
    ...(options.pdf ? { pdf: options.pdf } : {}),
  });
  return { api, cabinet, handlers };
}
