export {
  ApplicationsClient,
  type ApiClientOptions,
  type ApplicationListFilters,
  type UploadOptions,
} from './applications.js';
export { followEventStream, uploadWithProgress, type EventStreamState, type WatchOptions } from './transport.js';
export { ApiError } from './problem.js';
export { RegistrationClient, type RegistrationClientOptions } from './registration.js';
export { EventStreamParser, type ServerSentEvent } from './sse.js';
