import { Applications, type Clock } from './applications.js';
import { CabinetApi } from './api.js';
import { IdempotencyKeys } from './idempotency.js';
import { seedApplications } from './seed.js';

/**
 * The cabinet with each owner's seeded applications (the n-th owner's numbers are `YYYY-000n01`…): the backend
 * passes its seeded accounts' ids, the MSW handlers the same ids, so both serve identical data.
 */
export function createCabinet(owners: readonly string[], clock: Clock): CabinetApi {
  const now = clock.now();
  return new CabinetApi(
    new Applications(
      clock,
      owners.flatMap((owner, index) => seedApplications(owner, index + 1, now)),
    ),
    new IdempotencyKeys(clock),
  );
}
