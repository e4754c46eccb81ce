export {
  ApplicationsClient,
  type ApiClientOptions,
  type ApplicationListFilters,
  type EventStreamState,
  type UploadOptions,
  type WatchOptions,
} from './applications.js';
export { ApiError } from './problem.js';
export { EventStreamParser, type ServerSentEvent } from './sse.js';
