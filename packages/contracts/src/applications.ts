import { z } from 'zod';
import { APPLICATION_STATUS_CODES } from './application-statuses.js';
import { named } from './registry.js';
import { UPLOAD_MEDIA_TYPES } from './uploads.js';

export const ApplicationStatusSchema = named(z.enum(APPLICATION_STATUS_CODES), {
  id: 'ApplicationStatus',
  description:
    'Status of an application: draft (Черновик), accepted (Принято), in-review (На проверке), action-required ' +
    '(Требуется доработка), approved (Одобрено), rejected (Отклонено; final), issued (Выдано, result ready; final), ' +
    'cancelled (Отменено; final).',
});

const isoDateTime = () => z.iso.datetime({ offset: true });

export const CodeTitleSchema = named(z.object({ code: z.string().min(1), title: z.string().min(1) }), {
  id: 'CodeTitle',
  description: 'An item of a catalogue: a stable code and its Russian title.',
});
export type CodeTitle = z.infer<typeof CodeTitleSchema>;

export const StatusHistoryEntrySchema = named(
  z.object({
    status: ApplicationStatusSchema,
    at: isoDateTime().describe('When the application reached this status.'),
    comment: z.string().optional().describe('What the department said, e.g. what is missing or why it refused.'),
    author: z.string().min(1).describe('Who changed it: the applicant, or the department (or its official).'),
  }),
  { id: 'StatusHistoryEntry', description: 'One step of the application’s history.' },
);
export type StatusHistoryEntry = z.infer<typeof StatusHistoryEntrySchema>;

export const UploadMediaTypeSchema = z.enum(UPLOAD_MEDIA_TYPES);

export const RequiredDocumentSchema = named(
  z.object({
    id: z.string().min(1),
    document: CodeTitleSchema.describe('Which document is requested.'),
    description: z.string().optional().describe('What exactly the department needs.'),
    dueAt: isoDateTime().describe('Until when it must be uploaded.'),
    mediaTypes: z.array(UploadMediaTypeSchema).min(1),
    maxBytes: z.number().int().positive(),
    fulfilled: z.boolean().describe('Whether a document has been uploaded for it.'),
  }),
  { id: 'RequiredDocument', description: 'A document the department asks the applicant to upload.' },
);
export type RequiredDocument = z.infer<typeof RequiredDocumentSchema>;

export const UploadedDocumentSchema = named(
  z.object({
    id: z.string().min(1),
    requestId: z.string().min(1).describe('The required document it answers.'),
    fileName: z.string().min(1),
    mediaType: UploadMediaTypeSchema,
    size: z.number().int().nonnegative(),
    uploadedAt: isoDateTime(),
  }),
  { id: 'UploadedDocument', description: 'A file the applicant uploaded.' },
);
export type UploadedDocument = z.infer<typeof UploadedDocumentSchema>;

export const ResultDocumentSchema = named(
  z.object({
    fileName: z.string().min(1),
    mediaType: z.string().min(1),
    size: z.number().int().nonnegative(),
    issuedAt: isoDateTime(),
  }),
  { id: 'ResultDocument', description: 'The outcome of the service: download it from the result endpoint.' },
);
export type ResultDocument = z.infer<typeof ResultDocumentSchema>;

export const ApplicationSubjectSchema = named(
  z.object({
    type: z.literal('payment'),
    id: z.string().min(1),
    title: z.string().min(1).describe('How the list names it, e.g. «ЕДВ за октябрь 2026, 3 456,78 ₽».'),
  }),
  {
    id: 'ApplicationSubject',
    description: 'What an application is about when it concerns another object of the cabinet (a payment).',
  },
);
export type ApplicationSubject = z.infer<typeof ApplicationSubjectSchema>;

export const ApplicationSummarySchema = named(
  z.object({
    id: z.string().min(1),
    number: z
      .string()
      .regex(/^\d{4}-\d{6}$/)
      .describe('Human number, e.g. 2026-001234.'),
    service: CodeTitleSchema,
    department: CodeTitleSchema,
    submittedAt: isoDateTime(),
    status: ApplicationStatusSchema,
    statusChangedAt: isoDateTime(),
    subject: ApplicationSubjectSchema.optional().describe('Set for a clarification request about a payment.'),
  }),
  { id: 'ApplicationSummary', description: 'An application as the list shows it.' },
);
export type ApplicationSummary = z.infer<typeof ApplicationSummarySchema>;

export const ApplicationSchema = named(
  ApplicationSummarySchema.extend({
    history: z.array(StatusHistoryEntrySchema).min(1).describe('Oldest first; the last entry is the current status.'),
    requiredDocuments: z.array(RequiredDocumentSchema),
    documents: z.array(UploadedDocumentSchema),
    result: ResultDocumentSchema.optional(),
    rejectionReason: z.string().optional().describe('Why the department refused (status rejected).'),
    cancellable: z.boolean().describe('Whether the applicant may still withdraw it.'),
  }),
  { id: 'Application', description: 'An application with its full history and what is asked of the applicant.' },
);
export type Application = z.infer<typeof ApplicationSchema>;

export const APPLICATION_SORTS = ['changed-desc', 'submitted-desc', 'submitted-asc'] as const;

/** Comma-separated statuses in a query string (`status=in-review,action-required`). */
const statusList = z
  .string()
  .transform((value) =>
    value
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean),
  )
  .pipe(z.array(ApplicationStatusSchema).min(1));

const calendarDate = z.iso.date().describe('A calendar date, YYYY-MM-DD.');

export const ApplicationListQuerySchema = z.object({
  status: statusList.optional().describe('Only these statuses, comma-separated.'),
  service: z.string().min(1).max(64).optional().describe('Only this service code.'),
  from: calendarDate.optional().describe('Submitted on or after this date.'),
  to: calendarDate.optional().describe('Submitted on or before this date.'),
  sort: z.enum(APPLICATION_SORTS).default('changed-desc'),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(50).default(10),
});
export type ApplicationListQuery = z.infer<typeof ApplicationListQuerySchema>;

export const ApplicationListSchema = named(
  z.object({
    items: z.array(ApplicationSummarySchema),
    page: z.number().int().min(1),
    pageSize: z.number().int().min(1),
    total: z.number().int().nonnegative().describe('Applications matching the filters, on every page.'),
  }),
  { id: 'ApplicationList', description: 'One page of the applicant’s applications.' },
);
export type ApplicationList = z.infer<typeof ApplicationListSchema>;

export const CancelApplicationSchema = named(z.object({ reason: z.string().trim().max(500).optional() }), {
  id: 'CancelApplication',
  description: 'Withdrawing an application, with an optional reason.',
});
export type CancelApplication = z.infer<typeof CancelApplicationSchema>;

export const DocumentUploadFieldsSchema = z.object({
  requestId: z.string().min(1).describe('The required document this file answers.'),
});

export const ApplicationStatusEventSchema = named(
  z.object({
    applicationId: z.string().min(1),
    number: z.string().min(1),
    status: ApplicationStatusSchema,
    at: isoDateTime(),
    comment: z.string().optional(),
  }),
  {
    id: 'ApplicationStatusEvent',
    description: 'A status change, as the event stream sends it (`event: status`, JSON `data`).',
  },
);
export type ApplicationStatusEvent = z.infer<typeof ApplicationStatusEventSchema>;

export const SetApplicationStatusSchema = named(
  z.object({ status: ApplicationStatusSchema, comment: z.string().trim().max(1000).optional() }),
  { id: 'SetApplicationStatus', description: 'Development only: move an application to a status now.' },
);
export type SetApplicationStatus = z.infer<typeof SetApplicationStatusSchema>;
