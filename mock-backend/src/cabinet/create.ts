import { Applications, type ApplicationStore, type Clock } from './applications.js';
import { CabinetApi } from './api.js';
import { IdempotencyKeys, type IdempotencyStore } from './idempotency.js';
import { seedApplications } from './seed.js';
import { DEFAULT_LIMITS, type UploadLimit } from '../limits.js';

/** Where a cabinet keeps its data; what is not given lives in memory. */
export interface CabinetStorage {
  readonly applications?: ApplicationStore;
  readonly idempotency?: IdempotencyStore;
}

/**
 * The cabinet with what `storage` kept, and seeded applications for each owner who has none yet (the n-th owner's
 * numbers are `YYYY-000n01`…): the backend passes its seeded accounts' ids, the MSW handlers the same ids, so both
 * serve identical data.
 */
export function createCabinet(
  owners: readonly string[],
  clock: Clock,
  storage: CabinetStorage = {},
  upload: UploadLimit = DEFAULT_LIMITS.uploads.applications,
): CabinetApi {
  const now = clock.now();
  const kept = storage.applications?.load() ?? [];
  const ownersWithApplications = new Set(kept.map((record) => record.owner));
  const seeded = owners.flatMap((owner, index) =>
    ownersWithApplications.has(owner) ? [] : seedApplications(owner, index + 1, now),
  );
  for (const record of seeded) storage.applications?.save(record);
  return new CabinetApi(
    new Applications(clock, [...kept, ...seeded], storage.applications, upload),
    new IdempotencyKeys(clock, storage.idempotency),
  );
}
