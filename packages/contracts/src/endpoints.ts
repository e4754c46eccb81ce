import type { z } from 'zod';
import {
  ApplicationListQuerySchema,
  ApplicationListSchema,
  ApplicationSchema,
  ApplicationStatusEventSchema,
  CancelApplicationSchema,
  DocumentUploadFieldsSchema,
  SetApplicationStatusSchema,
} from './applications.js';
import { HealthResponseSchema } from './health.js';
import {
  ClarificationRequestSchema,
  PaymentClarificationSchema,
  PaymentDetailSchema,
  PaymentExportQuerySchema,
  PaymentListQuerySchema,
  PaymentPageSchema,
  PaymentSummaryQuerySchema,
  PaymentSummarySchema,
  UpcomingPaymentsSchema,
} from './payments.js';
import {
  ClarificationInputSchema,
  CompleteRegistrationSchema,
  ConsentDocumentSchema,
  ConsentInputSchema,
  ContactCodeSchema,
  InnLookupResultSchema,
  InnLookupSchema,
  PasswordInputSchema,
  PersonalDataInputSchema,
  RegistrationDocumentFieldsSchema,
  RegistrationSchema,
  StartedRegistrationSchema,
  StartRegistrationSchema,
} from './registration.js';
import { SignInJournalSchema } from './journal.js';
import {
  VacancyDetailSchema,
  VacancySearchQuerySchema,
  VacancySearchResultSchema,
  VacancySuggestQuerySchema,
  VacancyTitleSuggestionsSchema,
} from './vacancies.js';
import { BackupCodesSchema, TotpConfirmationSchema, TotpEnrolmentSchema } from './second-factors.js';
import {
  DevVacancyInputSchema,
  FavoriteListSchema,
  FavoriteSchema,
  JobResponseListSchema,
  JobResponseSchema,
  MarkNotificationsReadSchema,
  NewResponseSchema,
  NewSavedSearchSchema,
  NotificationListQuerySchema,
  NotificationListSchema,
  ResumeInputSchema,
  ResumeSchema,
  SavedSearchListSchema,
  SavedSearchPatchSchema,
  SavedSearchSchema,
  SetResponseStatusSchema,
  UnreadCountSchema,
} from './job-seeker.js';
import { RESUME_FILE_MEDIA_TYPES } from './job-seeker-catalogues.js';

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

/**
 * One HTTP operation of the backend. The Express routes, the MSW handlers and the OpenAPI document all read
 * these, so a shape changes in one place only.
 */
export interface Endpoint {
  readonly method: HttpMethod;
  /** OpenAPI path template, e.g. `/api/v1/applications/{id}`. */
  readonly path: string;
  readonly operationId: string;
  readonly summary: string;
  /** What the summary cannot say: behaviour a client relies on. */
  readonly description?: string;
  readonly tags: readonly string[];
  readonly query?: z.ZodObject;
  readonly body?: z.ZodType;
  /** `multipart/form-data` for uploads: `body` then describes the text fields, plus one `file` part. */
  readonly bodyMediaType?: 'application/json' | 'multipart/form-data';
  /**
   * Success responses by status code; errors are always problem+json and are added by the document builder.
   * `mediaType` when it is not JSON (a file, an event stream); `alsoMediaTypes` for the other files the same
   * operation may answer with (an export in the format the query asks for).
   */
  readonly responses: Readonly<
    Record<
      number,
      {
        readonly description: string;
        readonly schema?: z.ZodType;
        readonly mediaType?: string;
        readonly alsoMediaTypes?: readonly string[];
      }
    >
  >;
  /** Whether a bearer access token is needed. */
  readonly secured?: boolean;
  /** Whether the registration's resume token is needed (`Registration-Token` header). */
  readonly registrationToken?: boolean;
  /** Takes an `Idempotency-Key` header: a repeated request with the same key gets the first answer again. */
  readonly idempotent?: boolean;
}

export const healthEndpoint = {
  method: 'get',
  path: '/health',
  operationId: 'getHealth',
  summary: 'Liveness check',
  tags: ['service'],
  responses: { 200: { description: 'The backend is up.', schema: HealthResponseSchema } },
} as const satisfies Endpoint;

export const openApiEndpoint = {
  method: 'get',
  path: '/api/v1/openapi.json',
  operationId: 'getOpenApiDocument',
  summary: 'This API described as OpenAPI 3.1, generated from the contract schemas',
  tags: ['service'],
  responses: { 200: { description: 'The OpenAPI document.' } },
} as const satisfies Endpoint;

export const myJournalEndpoint = {
  method: 'get',
  path: '/api/v1/me/journal',
  operationId: 'getMySignInJournal',
  summary: "The signed-in user's latest sign-in attempts (bearer access token from the mock OpenID provider)",
  tags: ['identity'],
  secured: true,
  responses: { 200: { description: 'Latest attempts, newest first.', schema: SignInJournalSchema } },
} as const satisfies Endpoint;

export const enrolTotpEndpoint = {
  method: 'post',
  path: '/api/v1/me/factors/totp',
  operationId: 'enrolAuthenticatorApp',
  summary: 'Start adding an authenticator app: a new secret, its otpauth:// URI and QR code',
  tags: ['identity'],
  secured: true,
  responses: { 201: { description: 'The pending secret.', schema: TotpEnrolmentSchema } },
} as const satisfies Endpoint;

export const confirmTotpEndpoint = {
  method: 'post',
  path: '/api/v1/me/factors/totp/confirm',
  operationId: 'confirmAuthenticatorApp',
  summary: 'Finish adding the authenticator app with a code from it; the app becomes a second factor',
  tags: ['identity'],
  secured: true,
  body: TotpConfirmationSchema,
  responses: { 204: { description: 'The app is now a second factor of the account.' } },
} as const satisfies Endpoint;

export const issueBackupCodesEndpoint = {
  method: 'post',
  path: '/api/v1/me/backup-codes',
  operationId: 'issueBackupCodes',
  summary: 'Issue a new set of single-use backup codes (the old set stops working)',
  tags: ['identity'],
  secured: true,
  responses: { 201: { description: 'The new codes, shown once.', schema: BackupCodesSchema } },
} as const satisfies Endpoint;

const APPLICATION_TAGS = ['applications'] as const;

export const listApplicationsEndpoint = {
  method: 'get',
  path: '/api/v1/applications',
  operationId: 'listApplications',
  summary: "The signed-in citizen's applications («Мои заявления»): filters, sort, pages",
  tags: APPLICATION_TAGS,
  secured: true,
  query: ApplicationListQuerySchema,
  responses: { 200: { description: 'One page and the total.', schema: ApplicationListSchema } },
} as const satisfies Endpoint;

export const getApplicationEndpoint = {
  method: 'get',
  path: '/api/v1/applications/{id}',
  operationId: 'getApplication',
  summary: 'One application with its history, requested documents and result',
  tags: APPLICATION_TAGS,
  secured: true,
  responses: { 200: { description: 'The application.', schema: ApplicationSchema } },
} as const satisfies Endpoint;

export const uploadApplicationDocumentEndpoint = {
  method: 'post',
  path: '/api/v1/applications/{id}/documents',
  operationId: 'uploadApplicationDocument',
  summary: 'Upload a requested document (PDF, JPEG or PNG up to 5 MB, type checked by content)',
  tags: APPLICATION_TAGS,
  secured: true,
  idempotent: true,
  body: DocumentUploadFieldsSchema,
  bodyMediaType: 'multipart/form-data',
  responses: { 201: { description: 'The application with the document attached.', schema: ApplicationSchema } },
} as const satisfies Endpoint;

export const cancelApplicationEndpoint = {
  method: 'post',
  path: '/api/v1/applications/{id}/cancel',
  operationId: 'cancelApplication',
  summary: 'Withdraw an application that is not decided yet',
  tags: APPLICATION_TAGS,
  secured: true,
  idempotent: true,
  body: CancelApplicationSchema,
  responses: { 200: { description: 'The cancelled application.', schema: ApplicationSchema } },
} as const satisfies Endpoint;

export const getApplicationResultEndpoint = {
  method: 'get',
  path: '/api/v1/applications/{id}/result',
  operationId: 'getApplicationResult',
  summary: 'Download the result document of an issued application',
  tags: APPLICATION_TAGS,
  secured: true,
  responses: { 200: { description: 'The result document.', mediaType: 'application/pdf' } },
} as const satisfies Endpoint;

export const applicationEventsEndpoint = {
  method: 'get',
  path: '/api/v1/applications/events',
  operationId: 'streamApplicationEvents',
  summary: "Server-sent events: the citizen's status changes as they happen (`event: status`)",
  description:
    'The cabinet’s one stream for the signed-in account: `event: status` carries an ApplicationStatusEvent, ' +
    '`event: notification` a JobNotification (a new match of a saved search, a change of a response to a vacancy). ' +
    'Clients ignore events they do not know.',
  tags: APPLICATION_TAGS,
  secured: true,
  responses: {
    200: {
      description: 'An event stream; each `data` is an ApplicationStatusEvent.',
      schema: ApplicationStatusEventSchema,
      mediaType: 'text/event-stream',
    },
  },
} as const satisfies Endpoint;

export const setApplicationStatusEndpoint = {
  method: 'post',
  path: '/dev/applications/{id}/status',
  operationId: 'devSetApplicationStatus',
  summary: 'Development only: move an application to a status now (the simulator does it over time)',
  tags: ['development'],
  body: SetApplicationStatusSchema,
  responses: { 200: { description: 'The application after the change.', schema: ApplicationSchema } },
} as const satisfies Endpoint;

/** The citizen cabinet's application operations. */
export const applicationEndpoints: readonly Endpoint[] = [
  listApplicationsEndpoint,
  applicationEventsEndpoint,
  getApplicationEndpoint,
  uploadApplicationDocumentEndpoint,
  cancelApplicationEndpoint,
  getApplicationResultEndpoint,
  setApplicationStatusEndpoint,
];

const PAYMENT_TAGS = ['payments'] as const;

export const listPaymentsEndpoint = {
  method: 'get',
  path: '/api/v1/payments',
  operationId: 'listPayments',
  summary:
    "The signed-in citizen's payments: filters (period, kinds, categories, statuses, child), sort, pages, and " +
    'totals over the whole filtered set. Standard or confirmed account (403 account-level-too-low otherwise)',
  tags: PAYMENT_TAGS,
  secured: true,
  query: PaymentListQuerySchema,
  responses: { 200: { description: 'One page and the totals.', schema: PaymentPageSchema } },
} as const satisfies Endpoint;

export const paymentSummaryEndpoint = {
  method: 'get',
  path: '/api/v1/payments/summary',
  operationId: 'getPaymentSummary',
  summary: 'Sums by month and kind for a period and for the previous one (this year against last), for a chart',
  tags: PAYMENT_TAGS,
  secured: true,
  query: PaymentSummaryQuerySchema,
  responses: { 200: { description: 'Both periods, month by month.', schema: PaymentSummarySchema } },
} as const satisfies Endpoint;

export const upcomingPaymentsEndpoint = {
  method: 'get',
  path: '/api/v1/payments/upcoming',
  operationId: 'listUpcomingPayments',
  summary: 'Payments scheduled for the next three months: date, amount, way of receipt',
  tags: PAYMENT_TAGS,
  secured: true,
  responses: { 200: { description: 'Soonest first.', schema: UpcomingPaymentsSchema } },
} as const satisfies Endpoint;

export const exportPaymentsEndpoint = {
  method: 'get',
  path: '/api/v1/payments/export',
  operationId: 'exportPayments',
  summary:
    'The filtered payments as a file, streamed: CSV for Excel (UTF-8 with BOM, «;», decimal comma, ДД.ММ.ГГГГ) ' +
    'or a PDF statement',
  tags: PAYMENT_TAGS,
  secured: true,
  query: PaymentExportQuerySchema,
  responses: {
    200: {
      description: 'The file (Content-Disposition: attachment; filename*=UTF-8…), in the format asked for.',
      mediaType: 'text/csv',
      alsoMediaTypes: ['application/pdf'],
    },
  },
} as const satisfies Endpoint;

export const getPaymentEndpoint = {
  method: 'get',
  path: '/api/v1/payments/{id}',
  operationId: 'getPayment',
  summary: 'One payment with its statement: legal basis, calculation and the paying body’s comment',
  tags: PAYMENT_TAGS,
  secured: true,
  responses: { 200: { description: 'The payment.', schema: PaymentDetailSchema } },
} as const satisfies Endpoint;

export const requestPaymentClarificationEndpoint = {
  method: 'post',
  path: '/api/v1/payments/{id}/clarification',
  operationId: 'requestPaymentClarification',
  summary:
    '«Запросить разъяснение»: an appeal to the paying body about a payment, filed in «Мои заявления» ' +
    '(service payment-clarification) where its journal follows it',
  tags: PAYMENT_TAGS,
  secured: true,
  idempotent: true,
  body: ClarificationRequestSchema,
  responses: { 201: { description: 'The appeal, as an application.', schema: PaymentClarificationSchema } },
} as const satisfies Endpoint;

/** The citizen cabinet's payments («Выплаты»). */
export const paymentEndpoints: readonly Endpoint[] = [
  listPaymentsEndpoint,
  paymentSummaryEndpoint,
  upcomingPaymentsEndpoint,
  exportPaymentsEndpoint,
  getPaymentEndpoint,
  requestPaymentClarificationEndpoint,
];

const REGISTRATION_TAGS = ['registration'] as const;
const REGISTRATION_PATH = '/api/v1/registrations/current';
const registrationView = (description: string) => ({ description, schema: RegistrationSchema });

export const startRegistrationEndpoint = {
  method: 'post',
  path: '/api/v1/registrations',
  operationId: 'startRegistration',
  summary: 'Start registering an account: a code goes to the phone and to the e-mail',
  tags: REGISTRATION_TAGS,
  idempotent: true,
  body: StartRegistrationSchema,
  responses: { 201: { description: 'The registration and its resume token.', schema: StartedRegistrationSchema } },
} as const satisfies Endpoint;

export const consentDocumentEndpoint = {
  method: 'get',
  path: '/api/v1/registrations/consent',
  operationId: 'getConsentDocument',
  summary: 'The current consent to the processing of personal data (152-FZ), with its version',
  tags: REGISTRATION_TAGS,
  responses: { 200: { description: 'The consent text.', schema: ConsentDocumentSchema } },
} as const satisfies Endpoint;

export const getRegistrationEndpoint = {
  method: 'get',
  path: REGISTRATION_PATH,
  operationId: 'getRegistration',
  summary: 'The registration in progress (resume it within 24 hours of the last change)',
  tags: REGISTRATION_TAGS,
  registrationToken: true,
  responses: { 200: registrationView('The registration.') },
} as const satisfies Endpoint;

export const discardRegistrationEndpoint = {
  method: 'delete',
  path: REGISTRATION_PATH,
  operationId: 'discardRegistration',
  summary: '«Начать заново»: delete the registration and its scans',
  tags: REGISTRATION_TAGS,
  registrationToken: true,
  responses: { 204: { description: 'Deleted.' } },
} as const satisfies Endpoint;

export const confirmContactEndpoint = {
  method: 'post',
  path: `${REGISTRATION_PATH}/contacts/{channel}/confirm`,
  operationId: 'confirmRegistrationContact',
  summary: 'Confirm the phone or the e-mail with the code sent to it',
  tags: REGISTRATION_TAGS,
  registrationToken: true,
  body: ContactCodeSchema,
  responses: { 200: registrationView('The registration with the contact confirmed.') },
} as const satisfies Endpoint;

export const resendContactCodeEndpoint = {
  method: 'post',
  path: `${REGISTRATION_PATH}/contacts/{channel}/code`,
  operationId: 'resendRegistrationCode',
  summary: 'Send a new code to the phone or the e-mail (after a cooldown; 429 with Retry-After before it)',
  tags: REGISTRATION_TAGS,
  registrationToken: true,
  responses: { 200: registrationView('The registration with the new code’s expiry.') },
} as const satisfies Endpoint;

export const setPersonalDataEndpoint = {
  method: 'put',
  path: `${REGISTRATION_PATH}/personal-data`,
  operationId: 'setRegistrationPersonalData',
  summary: 'Personal data; every invalid field is reported with its own error',
  tags: REGISTRATION_TAGS,
  registrationToken: true,
  body: PersonalDataInputSchema,
  responses: { 200: registrationView('The registration with the normalised data.') },
} as const satisfies Endpoint;

export const lookupInnEndpoint = {
  method: 'post',
  path: `${REGISTRATION_PATH}/inn`,
  operationId: 'lookupRegistrationInn',
  summary: '«Найти мой ИНН»: ask the tax registry (ФНС России) by passport data',
  tags: REGISTRATION_TAGS,
  registrationToken: true,
  body: InnLookupSchema,
  responses: { 200: { description: 'The INN.', schema: InnLookupResultSchema } },
} as const satisfies Endpoint;

export const uploadRegistrationDocumentEndpoint = {
  method: 'post',
  path: `${REGISTRATION_PATH}/documents`,
  operationId: 'uploadRegistrationDocument',
  summary: 'A scan for a slot (PDF, JPEG or PNG up to 5 MB, checked by content and resolution)',
  tags: REGISTRATION_TAGS,
  registrationToken: true,
  idempotent: true,
  body: RegistrationDocumentFieldsSchema,
  bodyMediaType: 'multipart/form-data',
  responses: { 201: registrationView('The registration with the scan in its slot.') },
} as const satisfies Endpoint;

export const startRegistrationChecksEndpoint = {
  method: 'post',
  path: `${REGISTRATION_PATH}/checks`,
  operationId: 'startRegistrationChecks',
  summary: 'Send the personal data to the registries (Социальный фонд России, МВД России); they answer in a while',
  tags: REGISTRATION_TAGS,
  registrationToken: true,
  responses: { 202: registrationView('The registration with the checks under way.') },
} as const satisfies Endpoint;

export const clarifyRegistrationEndpoint = {
  method: 'post',
  path: `${REGISTRATION_PATH}/clarifications`,
  operationId: 'clarifyRegistration',
  summary: 'Answer a registry’s question (within 24 hours); the check runs again',
  tags: REGISTRATION_TAGS,
  registrationToken: true,
  body: ClarificationInputSchema,
  responses: { 202: registrationView('The registration with the check under way again.') },
} as const satisfies Endpoint;

export const registrationEventsEndpoint = {
  method: 'get',
  path: `${REGISTRATION_PATH}/events`,
  operationId: 'streamRegistrationEvents',
  summary: 'Server-sent events: the registration each time it changes (`event: registration`)',
  tags: REGISTRATION_TAGS,
  registrationToken: true,
  responses: {
    200: {
      description: 'An event stream; each `data` is a Registration.',
      schema: RegistrationSchema,
      mediaType: 'text/event-stream',
    },
  },
} as const satisfies Endpoint;

export const setRegistrationPasswordEndpoint = {
  method: 'put',
  path: `${REGISTRATION_PATH}/password`,
  operationId: 'setRegistrationPassword',
  summary: 'The password, by the policy (the rule that failed is named); stored as an argon2id hash',
  tags: REGISTRATION_TAGS,
  registrationToken: true,
  body: PasswordInputSchema,
  responses: { 200: registrationView('The registration with the password set.') },
} as const satisfies Endpoint;

export const giveConsentEndpoint = {
  method: 'put',
  path: `${REGISTRATION_PATH}/consent`,
  operationId: 'giveRegistrationConsent',
  summary: 'Consent to the processing of personal data, for the version shown (time and version recorded)',
  tags: REGISTRATION_TAGS,
  registrationToken: true,
  body: ConsentInputSchema,
  responses: { 200: registrationView('The registration with the consent recorded.') },
} as const satisfies Endpoint;

export const completeRegistrationEndpoint = {
  method: 'post',
  path: `${REGISTRATION_PATH}/complete`,
  operationId: 'completeRegistration',
  summary: 'Create the account (standard after the checks passed, or simplified); it can sign in at once',
  description:
    'Idempotent by nature, so no `Idempotency-Key`: completing a completed registration answers it again and never ' +
    'creates a second account.',
  tags: REGISTRATION_TAGS,
  registrationToken: true,
  body: CompleteRegistrationSchema,
  responses: { 200: registrationView('The completed registration with the account level.') },
} as const satisfies Endpoint;

/** Account registration, step by step. */
export const registrationEndpoints: readonly Endpoint[] = [
  startRegistrationEndpoint,
  consentDocumentEndpoint,
  getRegistrationEndpoint,
  discardRegistrationEndpoint,
  confirmContactEndpoint,
  resendContactCodeEndpoint,
  setPersonalDataEndpoint,
  lookupInnEndpoint,
  uploadRegistrationDocumentEndpoint,
  startRegistrationChecksEndpoint,
  clarifyRegistrationEndpoint,
  registrationEventsEndpoint,
  setRegistrationPasswordEndpoint,
  giveConsentEndpoint,
  completeRegistrationEndpoint,
];

const VACANCY_TAGS = ['vacancies'] as const;

export const searchVacanciesEndpoint = {
  method: 'get',
  path: '/api/v1/vacancies',
  operationId: 'searchVacancies',
  summary:
    'Search vacancies («Работа России»): words in any form over the title, the duties and the employer, filters, ' +
    'sort, pages and facet counts under the other filters. Public: no token needed',
  description:
    'Every word of `q` must be found (a Russian stemmer matches word forms: «бухгалтер» finds «бухгалтера»). Lists ' +
    'are comma-separated. `total` and the facets cover every page; only the first 10,000 results can be paged ' +
    'through. Rate-limited per IP (429 with Retry-After).',
  tags: VACANCY_TAGS,
  query: VacancySearchQuerySchema,
  responses: { 200: { description: 'One page, the total and the facets.', schema: VacancySearchResultSchema } },
} as const satisfies Endpoint;

export const suggestVacancyTitlesEndpoint = {
  method: 'get',
  path: '/api/v1/vacancies/suggest',
  operationId: 'suggestVacancyTitles',
  summary: 'Job titles for a search box: titles whose words start with what has been typed («бухг» → «Бухгалтер»)',
  tags: VACANCY_TAGS,
  query: VacancySuggestQuerySchema,
  responses: { 200: { description: 'Titles with their number of vacancies.', schema: VacancyTitleSuggestionsSchema } },
} as const satisfies Endpoint;

export const getVacancyEndpoint = {
  method: 'get',
  path: '/api/v1/vacancies/{id}',
  operationId: 'getVacancy',
  summary: 'One vacancy: duties as sanitised HTML, addresses, contacts and «проверенный работодатель»',
  description: '404 `vacancy-not-found` for an id that is not (or no longer) published.',
  tags: VACANCY_TAGS,
  responses: { 200: { description: 'The vacancy.', schema: VacancyDetailSchema } },
} as const satisfies Endpoint;

/** The public vacancy search (no token). */
export const vacancyEndpoints: readonly Endpoint[] = [
  searchVacanciesEndpoint,
  suggestVacancyTitlesEndpoint,
  getVacancyEndpoint,
];

const JOB_SEEKER_TAGS = ['job seeker'] as const;

export const listFavoritesEndpoint = {
  method: 'get',
  path: '/api/v1/me/favorites',
  operationId: 'listFavoriteVacancies',
  summary: 'The vacancies the job seeker keeps, newest first, with what is published of them now',
  tags: JOB_SEEKER_TAGS,
  secured: true,
  responses: { 200: { description: 'Every favourite.', schema: FavoriteListSchema } },
} as const satisfies Endpoint;

export const addFavoriteEndpoint = {
  method: 'put',
  path: '/api/v1/me/favorites/{vacancyId}',
  operationId: 'addFavoriteVacancy',
  summary: 'Keep a vacancy among the favourites (idempotent: again keeps the first date)',
  description:
    '404 `vacancy-not-found` for a vacancy that is not published; 409 `favorites-full` beyond 500. Signed-out ' +
    'favourites kept in the browser are merged by putting each of them after sign-in.',
  tags: JOB_SEEKER_TAGS,
  secured: true,
  responses: { 200: { description: 'The favourite.', schema: FavoriteSchema } },
} as const satisfies Endpoint;

export const removeFavoriteEndpoint = {
  method: 'delete',
  path: '/api/v1/me/favorites/{vacancyId}',
  operationId: 'removeFavoriteVacancy',
  summary: 'Stop keeping a vacancy (idempotent: 204 whether or not it was kept)',
  tags: JOB_SEEKER_TAGS,
  secured: true,
  responses: { 204: { description: 'Not a favourite any more.' } },
} as const satisfies Endpoint;

export const getResumeEndpoint = {
  method: 'get',
  path: '/api/v1/me/resume',
  operationId: 'getResume',
  summary: 'The job seeker’s résumé, or null until one has been saved',
  description:
    'A job seeker without a résumé is no error: 200 with `null` (a 404 would be logged as a failure by every page ' +
    'a new job seeker opens).',
  tags: JOB_SEEKER_TAGS,
  secured: true,
  responses: { 200: { description: 'The résumé, or null.', schema: ResumeSchema.nullable() } },
} as const satisfies Endpoint;

export const saveResumeEndpoint = {
  method: 'put',
  path: '/api/v1/me/resume',
  operationId: 'saveResume',
  summary: 'Write the résumé (the whole of it) and whether it is published; «обновлено» becomes now',
  tags: JOB_SEEKER_TAGS,
  secured: true,
  body: ResumeInputSchema,
  responses: { 200: { description: 'The résumé as saved.', schema: ResumeSchema } },
} as const satisfies Endpoint;

export const uploadResumeFileEndpoint = {
  method: 'put',
  path: '/api/v1/me/resume/file',
  operationId: 'uploadResumeFile',
  summary: 'Attach a file to the résumé: PDF or DOCX up to 2 MB, recognised by its content (replaces the last one)',
  description:
    '404 `resume-not-found` before the résumé is saved; 413 `file-too-large`; 415 `unsupported-media-type` for ' +
    'anything that is not really a PDF or a Word document, whatever its name says. The same Idempotency-Key gets ' +
    'the first answer again.',
  tags: JOB_SEEKER_TAGS,
  secured: true,
  idempotent: true,
  bodyMediaType: 'multipart/form-data',
  responses: { 200: { description: 'The résumé with its file.', schema: ResumeSchema } },
} as const satisfies Endpoint;

export const getResumeFileEndpoint = {
  method: 'get',
  path: '/api/v1/me/resume/file',
  operationId: 'getResumeFile',
  summary: 'The file attached to the résumé',
  description: '404 `resume-not-found` without a résumé, `resume-file-not-found` without a file.',
  tags: JOB_SEEKER_TAGS,
  secured: true,
  responses: {
    200: {
      description: 'The file as uploaded.',
      mediaType: RESUME_FILE_MEDIA_TYPES[0],
      alsoMediaTypes: RESUME_FILE_MEDIA_TYPES.slice(1),
    },
  },
} as const satisfies Endpoint;

export const removeResumeFileEndpoint = {
  method: 'delete',
  path: '/api/v1/me/resume/file',
  operationId: 'removeResumeFile',
  summary: 'Take the file off the résumé (idempotent: a résumé without a file is answered as it is)',
  tags: JOB_SEEKER_TAGS,
  secured: true,
  responses: { 200: { description: 'The résumé without a file.', schema: ResumeSchema } },
} as const satisfies Endpoint;

export const respondToVacancyEndpoint = {
  method: 'post',
  path: '/api/v1/vacancies/{id}/responses',
  operationId: 'respondToVacancy',
  summary: 'Respond to a vacancy («Откликнуться») with a cover letter; the résumé is attached as it is now',
  description:
    'One response per vacancy: 409 `already-responded` while one is under way (a withdrawn one may be sent again). ' +
    '409 `resume-required` without a saved résumé; 404 `vacancy-not-found`. The same Idempotency-Key gets the ' +
    'first answer again.',
  tags: JOB_SEEKER_TAGS,
  secured: true,
  idempotent: true,
  body: NewResponseSchema,
  responses: { 201: { description: 'The response, sent.', schema: JobResponseSchema } },
} as const satisfies Endpoint;

export const listResponsesEndpoint = {
  method: 'get',
  path: '/api/v1/me/responses',
  operationId: 'listJobResponses',
  summary: '«Мои отклики»: every response with its status, last changed first',
  tags: JOB_SEEKER_TAGS,
  secured: true,
  responses: { 200: { description: 'Every response.', schema: JobResponseListSchema } },
} as const satisfies Endpoint;

export const withdrawResponseEndpoint = {
  method: 'post',
  path: '/api/v1/me/responses/{id}/withdraw',
  operationId: 'withdrawJobResponse',
  summary: 'Withdraw a response the employer has not answered yet',
  description:
    '404 `response-not-found`; 409 `response-final` once invited or declined; withdrawing again answers the ' +
    'withdrawn response.',
  tags: JOB_SEEKER_TAGS,
  secured: true,
  responses: { 200: { description: 'The response, withdrawn.', schema: JobResponseSchema } },
} as const satisfies Endpoint;

export const listSavedSearchesEndpoint = {
  method: 'get',
  path: '/api/v1/me/saved-searches',
  operationId: 'listSavedSearches',
  summary: 'The saved searches with their unread new matches',
  tags: JOB_SEEKER_TAGS,
  secured: true,
  responses: { 200: { description: 'Every saved search.', schema: SavedSearchListSchema } },
} as const satisfies Endpoint;

export const createSavedSearchEndpoint = {
  method: 'post',
  path: '/api/v1/me/saved-searches',
  operationId: 'createSavedSearch',
  summary: 'Save a search: new vacancies that match it from now on are notified',
  description:
    'Vacancies published before are not «new». 409 `saved-searches-full` beyond 20; 409 `channel-unavailable` for ' +
    'e-mail or SMS when the account has no address or phone.',
  tags: JOB_SEEKER_TAGS,
  secured: true,
  idempotent: true,
  body: NewSavedSearchSchema,
  responses: { 201: { description: 'The saved search.', schema: SavedSearchSchema } },
} as const satisfies Endpoint;

export const updateSavedSearchEndpoint = {
  method: 'patch',
  path: '/api/v1/me/saved-searches/{id}',
  operationId: 'updateSavedSearch',
  summary: 'Rename a saved search or change how it notifies',
  description: '404 `saved-search-not-found`; 409 `channel-unavailable` as on creation.',
  tags: JOB_SEEKER_TAGS,
  secured: true,
  body: SavedSearchPatchSchema,
  responses: { 200: { description: 'The saved search.', schema: SavedSearchSchema } },
} as const satisfies Endpoint;

export const deleteSavedSearchEndpoint = {
  method: 'delete',
  path: '/api/v1/me/saved-searches/{id}',
  operationId: 'deleteSavedSearch',
  summary: 'Delete a saved search and its notifications',
  description: '404 `saved-search-not-found` for one that is not (or no longer) the account’s.',
  tags: JOB_SEEKER_TAGS,
  secured: true,
  responses: { 204: { description: 'Deleted.' } },
} as const satisfies Endpoint;

export const listNotificationsEndpoint = {
  method: 'get',
  path: '/api/v1/me/notifications',
  operationId: 'listJobNotifications',
  summary: 'New matches of saved searches and changes of responses, newest first',
  description:
    'The same notifications also arrive as `event: notification` on `/api/v1/applications/events`, the cabinet’s ' +
    'event stream.',
  tags: JOB_SEEKER_TAGS,
  secured: true,
  query: NotificationListQuerySchema,
  responses: { 200: { description: 'The notifications.', schema: NotificationListSchema } },
} as const satisfies Endpoint;

export const markNotificationsReadEndpoint = {
  method: 'post',
  path: '/api/v1/me/notifications/read',
  operationId: 'markJobNotificationsRead',
  summary: 'Mark notifications as seen',
  tags: JOB_SEEKER_TAGS,
  secured: true,
  body: MarkNotificationsReadSchema,
  responses: { 200: { description: 'What is still unread.', schema: UnreadCountSchema } },
} as const satisfies Endpoint;

export const devPublishVacancyEndpoint = {
  method: 'post',
  path: '/dev/vacancies',
  operationId: 'devPublishVacancy',
  summary: 'Development only: publish a vacancy now, or a new version of one (saved searches are checked at once)',
  tags: ['development'],
  body: DevVacancyInputSchema,
  responses: {
    201: { description: 'Published.', schema: VacancyDetailSchema },
    200: { description: 'The new version of a published vacancy.', schema: VacancyDetailSchema },
  },
} as const satisfies Endpoint;

export const devSetResponseStatusEndpoint = {
  method: 'post',
  path: '/dev/responses/{id}/status',
  operationId: 'devSetJobResponseStatus',
  summary: 'Development only: the employer views, invites or declines now (the simulator does it over time)',
  description:
    'An invitation records the interview (next working day, 11:00 Moscow time) and sends it by e-mail, else SMS; ' +
    'every move is a `response-status` notification. 409 `response-final` for an answered or withdrawn response.',
  tags: ['development'],
  body: SetResponseStatusSchema,
  responses: { 200: { description: 'The response after the change.', schema: JobResponseSchema } },
} as const satisfies Endpoint;

/** The job seeker's operations (token needed) and their development helpers. */
export const jobSeekerEndpoints: readonly Endpoint[] = [
  listFavoritesEndpoint,
  addFavoriteEndpoint,
  removeFavoriteEndpoint,
  getResumeEndpoint,
  saveResumeEndpoint,
  uploadResumeFileEndpoint,
  getResumeFileEndpoint,
  removeResumeFileEndpoint,
  respondToVacancyEndpoint,
  listResponsesEndpoint,
  withdrawResponseEndpoint,
  listSavedSearchesEndpoint,
  createSavedSearchEndpoint,
  updateSavedSearchEndpoint,
  deleteSavedSearchEndpoint,
  listNotificationsEndpoint,
  markNotificationsReadEndpoint,
  devPublishVacancyEndpoint,
  devSetResponseStatusEndpoint,
];

/** Every documented operation; later features append theirs here. */
export const endpoints: readonly Endpoint[] = [
  healthEndpoint,
  openApiEndpoint,
  myJournalEndpoint,
  enrolTotpEndpoint,
  confirmTotpEndpoint,
  issueBackupCodesEndpoint,
  ...applicationEndpoints,
  ...registrationEndpoints,
  ...paymentEndpoints,
  ...vacancyEndpoints,
  ...jobSeekerEndpoints,
];
