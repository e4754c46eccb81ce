// The cabinet for the stories and the component tests: the backend's own domain and MSW handlers (one fresh
// cabinet per call), plus handlers for the states a healthy cabinet never shows — still loading, failing.
import { neverAnswering, unavailableAt } from '../internal/failing-api.fixtures.js';
import { mockCabinet, type MockCabinet } from '../../../../mock-backend/src/msw/mock-cabinet.js';

export const CABINET_ORIGIN = 'https://cabinet.gos-elements.test';
export const CABINET_API = `${CABINET_ORIGIN}/api/v1`;
/** The token `FakeSession` hands out: the citizen of these cabinets. */
export const CITIZEN_TOKEN = 'fake-access-token';
/** A fixed "now", so dates read the same in every run (seeded applications are dated relative to it). */
export const NOW = Date.parse('2026-11-20T09:00:00Z');

/**
 * A fresh cabinet whose citizen has the seeded applications — one in every status, numbers `2026-000101`… — or,
 * with `empty`, none at all.
 */
export function cabinet(options: { empty?: boolean } = {}): MockCabinet {
  return mockCabinet({
    origin: CABINET_ORIGIN,
    tokens: { [CITIZEN_TOKEN]: 'citizen' },
    seeded: options.empty ? [] : ['citizen'],
    clock: { now: () => NOW },
  });
}

/** The seeded application in `status` (each status has exactly one). */
export const SEEDED = {
  draft: 'app-2026-000101',
  accepted: 'app-2026-000102',
  'in-review': 'app-2026-000103',
  'action-required': 'app-2026-000104',
  approved: 'app-2026-000105',
  rejected: 'app-2026-000106',
  issued: 'app-2026-000107',
  cancelled: 'app-2026-000108',
} as const;

/** The cabinet never answers: the element stays in its loading state. */
export const neverAnswers = neverAnswering(CABINET_API);

/** The cabinet is down: every request gets a 503 problem, as from the backend's error handler. */
export const unavailable = unavailableAt(CABINET_API);
