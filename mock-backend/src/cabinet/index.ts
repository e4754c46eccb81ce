export { Applications, CabinetError, type ApplicationRecord, type Clock, type UploadInput } from './applications.js';
export { checkUpload, sniffMediaType, simplePdf, type FileProblem } from './files.js';
export { seedApplications } from './seed.js';
export { fingerprint, IdempotencyKeys, type StoredAnswer } from './idempotency.js';
export { cabinetProblem, UNAUTHORIZED, unauthorizedProblem } from './problems.js';
export { CabinetApi, type UploadRequest } from './api.js';
export { createCabinet } from './create.js';
