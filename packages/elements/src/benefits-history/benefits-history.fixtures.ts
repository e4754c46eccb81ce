// Payments for the stories and the component tests: the backend's own payments domain and MSW handlers (a fresh
// one per call) behind the token `FakeSession` hands out, plus the states a healthy backend never shows.
import type { AccountLevel } from '@gos-elements/contracts';
import { neverAnswering, unavailableAt } from '../internal/failing-api.fixtures.js';
import type { PaymentProfileKey } from '../../../../mock-backend/src/payments/index.js';
import { mockPayments, type MockPayments } from '../../../../mock-backend/src/msw/mock-payments.js';

export const PAYMENTS_ORIGIN = 'https://payments.gos-elements.test';
export const PAYMENTS_API = `${PAYMENTS_ORIGIN}/api/v1`;
/** The token `FakeSession` hands out. */
export const CITIZEN_TOKEN = 'fake-access-token';

/**
 * A fresh payments backend whose citizen has the `profile` history (default: the family with two children, as
 * Смирнова's; `none` for an empty history) at account `level` (default confirmed).
 */
export function paymentsBackend(
  options: { profile?: PaymentProfileKey | 'none'; level?: AccountLevel } = {},
): MockPayments {
  const profile = options.profile ?? 'family';
  return mockPayments({
    origin: PAYMENTS_ORIGIN,
    tokens: {
      [CITIZEN_TOKEN]: {
        owner: 'citizen',
        level: options.level ?? 'confirmed',
        ...(profile === 'none' ? {} : { profile }),
        name: 'Смирнова Анна Сергеевна',
      },
    },
  });
}

/** The backend never answers: the element stays in its loading state. */
export const neverAnswers = neverAnswering(PAYMENTS_API);

/** The backend is down: every request gets a 503 problem, as from the backend's error handler. */
export const unavailable = unavailableAt(PAYMENTS_API);
