export {
  ApplicationsClient,
  type ApiClientOptions,
  type ApplicationListFilters,
  type UploadOptions,
} from './applications.js';
export { followEventStream, uploadWithProgress, type EventStreamState, type WatchOptions } from './transport.js';
export { ApiError } from './problem.js';
export {
  JobSeekerClient,
  notificationQuery,
  type IdempotentCallOptions,
  type NotificationQuery,
} from './job-seeker.js';
export {
  dispositionFileName,
  paymentQuery,
  PaymentsClient,
  type ClarificationOptions,
  type ExportedFile,
  type ExportOptions,
  type PaymentFilterParams,
  type PaymentListParams,
  type PaymentOrderParams,
} from './payments.js';
export { RegistrationClient, type RegistrationClientOptions } from './registration.js';
export { EventStreamParser, type ServerSentEvent } from './sse.js';
export { vacancyQuery, VacanciesClient, type VacanciesClientOptions, type VacancySearchParams } from './vacancies.js';
