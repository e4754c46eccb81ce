export {
  Applications,
  CabinetError,
  type ApplicationRecord,
  type ApplicationStore,
  type Clock,
  type NewApplication,
  type UploadInput,
} from './applications.js';
export { checkUpload, sniffMediaType, simplePdf, type FileProblem } from './files.js';
export { seedApplications } from './seed.js';
export {
  fingerprint,
  IdempotencyKeys,
  MemoryIdempotencyStore,
  type IdempotencyEntry,
  type IdempotencyStore,
  type StoredAnswer,
} from './idempotency.js';
export { cabinetProblem, UNAUTHORIZED, unauthorizedProblem } from './problems.js';
export { CabinetApi, type UploadRequest } from './api.js';
export { createCabinet, type CabinetStorage } from './create.js';
export { cabinetEventSources, type OwnerEventSource } from './event-sources.js';
