// The job seeker's side of «Работа России» under `/api/v1/me`: favourites, the résumé, responses to vacancies,
// saved searches and their notifications. Everything here belongs to the signed-in account only.
import { z } from 'zod';
import {
  COVER_LETTER_MAX,
  NOTIFICATION_CHANNEL_CODES,
  NOTIFICATION_KINDS,
  RESPONSE_STATUS_CODES,
  RESUME_ABOUT_MAX,
  RESUME_EDUCATION_MAX,
  RESUME_EXPERIENCE_MAX,
  RESUME_FILE_MEDIA_TYPES,
  RESUME_SKILLS_MAX,
  SAVED_SEARCH_NAME_MAX,
} from './job-seeker-catalogues.js';
import { commaList } from './query.js';
import { named } from './registry.js';
import {
  EducationLevelSchema,
  EmploymentTypeSchema,
  ExperienceBandSchema,
  QualificationLevelSchema,
  RegionCodeSchema,
  ScheduleSchema,
  SpecialisationSchema,
  VacancyRegionSchema,
  VacancySchema,
  VacancySummarySchema,
  normaliseSearchText,
} from './vacancies.js';
import { VACANCY_QUERY_MAX } from './vacancy-catalogues.js';

const isoDateTime = () => z.iso.datetime({ offset: true });
const count = () => z.number().int().nonnegative();
const text = (max: number) => z.string().trim().max(max, `Не больше ${max} символов.`);
const requiredText = (max: number, message: string) => text(max).min(1, message);
const yearMonth = () =>
  z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Укажите месяц и год.')
    .describe('A month, YYYY-MM.');

export const ResponseStatusSchema = named(z.enum(RESPONSE_STATUS_CODES), {
  id: 'ResponseStatus',
  description:
    'sent (Отправлен) → viewed (Просмотрен) → invited (Приглашение на собеседование) | rejected (Отказ); ' +
    'withdrawn (Отозван) by the job seeker.',
});
export const NotificationChannelSchema = named(z.enum(NOTIFICATION_CHANNEL_CODES), {
  id: 'NotificationChannel',
  description: 'none, email (to the account’s e-mail) or sms (to the account’s phone).',
});

/** What a job seeker's lists show of a vacancy when it is gone from the search: kept as it was. */
export const VacancyRefSchema = named(
  z.object({
    id: z.string().min(1),
    jobName: z.string().min(1),
    company: z.object({ name: z.string().min(1) }),
    region: VacancyRegionSchema,
  }),
  { id: 'VacancyRef', description: 'A vacancy as it was when it was saved or responded to.' },
);
export type VacancyRef = z.infer<typeof VacancyRefSchema>;

// ── Favourites ─────────────────────────────────────────────────────────────────────────────────────────────────

export const FavoriteSchema = named(
  z.object({
    vacancyId: z.string().min(1),
    addedAt: isoDateTime(),
    vacancy: VacancyRefSchema,
    current: VacancySummarySchema.nullable().describe(
      'The vacancy as it is published now; null when it has been taken down (the list still shows `vacancy`).',
    ),
  }),
  { id: 'Favorite', description: 'A vacancy the job seeker keeps.' },
);
export type Favorite = z.infer<typeof FavoriteSchema>;

export const FavoriteListSchema = named(
  z.object({ items: z.array(FavoriteSchema).describe('Newest first.'), total: count() }),
  { id: 'FavoriteList', description: 'Every favourite of the account, newest first.' },
);
export type FavoriteList = z.infer<typeof FavoriteListSchema>;

// ── Résumé ─────────────────────────────────────────────────────────────────────────────────────────────────────

export const ResumeEducationSchema = named(
  z.object({
    level: EducationLevelSchema,
    institution: requiredText(200, 'Укажите учебное заведение.'),
    speciality: text(200).optional(),
    graduationYear: z.number().int().min(1950, 'Проверьте год.').max(2100, 'Проверьте год.'),
  }),
  { id: 'ResumeEducation', description: 'One place of study.' },
);
export type ResumeEducation = z.infer<typeof ResumeEducationSchema>;

export const ResumeExperienceSchema = named(
  z
    .object({
      company: requiredText(200, 'Укажите организацию.'),
      position: requiredText(150, 'Укажите должность.'),
      from: yearMonth(),
      to: yearMonth().optional().describe('Absent: works there now.'),
      duties: text(2000).optional(),
    })
    .refine((job) => job.to === undefined || job.to >= job.from, {
      message: 'Окончание не может быть раньше начала.',
      path: ['to'],
    }),
  { id: 'ResumeExperience', description: 'One job.' },
);
export type ResumeExperience = z.infer<typeof ResumeExperienceSchema>;

export const ResumeContactsSchema = named(
  z
    .object({
      phone: z
        .string()
        .regex(/^\+7\d{10}$/, 'Телефон в виде +7XXXXXXXXXX.')
        .optional(),
      email: z.email('Проверьте адрес электронной почты.').max(254).optional(),
    })
    .refine((contacts) => contacts.phone !== undefined || contacts.email !== undefined, {
      message: 'Укажите телефон или электронную почту.',
      path: ['phone'],
    }),
  { id: 'ResumeContacts', description: 'How an employer reaches the job seeker; at least one.' },
);

export const ResumeInputSchema = named(
  z.object({
    desiredPosition: requiredText(150, 'Укажите желаемую должность.'),
    region: RegionCodeSchema,
    employment: z.array(EmploymentTypeSchema).min(1, 'Выберите хотя бы один вид занятости.'),
    schedule: z.array(ScheduleSchema).default([]),
    salary: z
      .number()
      .int()
      .min(0)
      .max(10_000_000)
      .optional()
      .describe('Roubles a month before tax; absent: by agreement.'),
    education: z.array(ResumeEducationSchema).max(RESUME_EDUCATION_MAX),
    experience: z
      .array(ResumeExperienceSchema)
      .max(RESUME_EXPERIENCE_MAX)
      .describe('The server keeps them newest first (by start month).'),
    skills: z
      .array(requiredText(60, 'Пустой навык.'))
      .max(RESUME_SKILLS_MAX, `Не больше ${RESUME_SKILLS_MAX} навыков.`)
      .describe('Without repeats (compared without case).'),
    about: text(RESUME_ABOUT_MAX).optional(),
    contacts: ResumeContactsSchema,
    published: z.boolean().describe('Employers can find it (in the mock: it is only a flag).'),
  }),
  { id: 'ResumeInput', description: 'The résumé as the job seeker writes it.' },
);
export type ResumeInput = z.input<typeof ResumeInputSchema>;

export const ResumeFileSchema = named(
  z.object({
    fileName: z.string().min(1),
    mediaType: z.enum(RESUME_FILE_MEDIA_TYPES),
    size: count(),
    uploadedAt: isoDateTime(),
  }),
  { id: 'ResumeFile', description: 'The résumé file attached (PDF or DOCX, up to 2 MB).' },
);
export type ResumeFile = z.infer<typeof ResumeFileSchema>;

export const ResumeSchema = named(
  ResumeInputSchema.extend({
    schedule: z.array(ScheduleSchema),
    fullName: z.string().min(1).describe('From the account: the résumé is the account holder’s.'),
    updatedAt: isoDateTime().describe('«Обновлено»: when the résumé or its file last changed.'),
    file: ResumeFileSchema.optional(),
  }),
  { id: 'Resume', description: 'The job seeker’s résumé.' },
);
export type Resume = z.infer<typeof ResumeSchema>;

// ── Responses ──────────────────────────────────────────────────────────────────────────────────────────────────

export const NewResponseSchema = named(
  z.object({
    coverLetter: requiredText(COVER_LETTER_MAX, 'Напишите сопроводительное письмо.'),
  }),
  { id: 'NewResponse', description: 'A response to a vacancy: the cover letter; the résumé is attached as it is now.' },
);
export type NewResponse = z.input<typeof NewResponseSchema>;

export const ResponseHistoryEntrySchema = named(
  z.object({ status: ResponseStatusSchema, at: isoDateTime(), comment: z.string().optional() }),
  { id: 'ResponseHistoryEntry', description: 'One step of a response.' },
);
export type ResponseHistoryEntry = z.infer<typeof ResponseHistoryEntrySchema>;

export const InterviewInvitationSchema = named(
  z.object({
    at: isoDateTime().describe('When the interview is.'),
    place: z.string().min(1),
    contact: z.string().min(1).describe('Whom to call or write.'),
  }),
  { id: 'InterviewInvitation', description: 'What an invitation says.' },
);
export type InterviewInvitation = z.infer<typeof InterviewInvitationSchema>;

export const JobResponseSchema = named(
  z.object({
    id: z.string().min(1),
    vacancy: VacancyRefSchema,
    coverLetter: z.string(),
    resume: z
      .object({ desiredPosition: z.string(), updatedAt: isoDateTime(), fileName: z.string().optional() })
      .describe('The résumé as it was sent.'),
    status: ResponseStatusSchema,
    history: z.array(ResponseHistoryEntrySchema).min(1).describe('Oldest first.'),
    invitation: InterviewInvitationSchema.optional(),
    createdAt: isoDateTime(),
    updatedAt: isoDateTime(),
  }),
  { id: 'JobResponse', description: 'The job seeker’s response to a vacancy («отклик»).' },
);
export type JobResponse = z.infer<typeof JobResponseSchema>;

export const JobResponseListSchema = named(
  z.object({ items: z.array(JobResponseSchema).describe('Last changed first.'), total: count() }),
  { id: 'JobResponseList', description: 'Every response of the account.' },
);
export type JobResponseList = z.infer<typeof JobResponseListSchema>;

export const SetResponseStatusSchema = named(
  z.object({
    status: z.enum(['viewed', 'invited', 'rejected']),
    comment: z.string().max(500).optional(),
  }),
  { id: 'SetResponseStatus', description: 'Development only: the employer’s move.' },
);

// ── Saved searches ─────────────────────────────────────────────────────────────────────────────────────────────

export const SavedSearchQuerySchema = named(
  z.object({
    q: z.string().max(VACANCY_QUERY_MAX).transform(normaliseSearchText).optional(),
    regions: z.array(RegionCodeSchema).max(89).optional(),
    specialisation: SpecialisationSchema.optional(),
    employment: z.array(EmploymentTypeSchema).optional(),
    schedule: z.array(ScheduleSchema).optional(),
    salaryFrom: z.number().int().min(0).max(10_000_000).optional(),
    withSalaryOnly: z.boolean().optional(),
    experience: ExperienceBandSchema.optional(),
    education: EducationLevelSchema.optional(),
    qualification: QualificationLevelSchema.optional(),
    remote: z.boolean().optional(),
    socialPackage: z.boolean().optional(),
    quota: z.boolean().optional(),
  }),
  {
    id: 'SavedSearchQuery',
    description:
      'The words and filters of a search, as the search’s query echo gives them (sort, pages and «posted within» are ' +
      'not kept: a saved search watches what is new).',
  },
);
export type SavedSearchQuery = z.infer<typeof SavedSearchQuerySchema>;

export const NewSavedSearchSchema = named(
  z.object({
    name: text(SAVED_SEARCH_NAME_MAX).min(1, 'Назовите поиск.').optional().describe('Absent: made from the query.'),
    query: SavedSearchQuerySchema,
    channel: NotificationChannelSchema.default('none'),
  }),
  { id: 'NewSavedSearch', description: 'A search to watch for new vacancies.' },
);
export type NewSavedSearch = z.input<typeof NewSavedSearchSchema>;

export const SavedSearchPatchSchema = named(
  z
    .object({
      name: requiredText(SAVED_SEARCH_NAME_MAX, 'Назовите поиск.').optional(),
      channel: NotificationChannelSchema.optional(),
    })
    .refine((patch) => patch.name !== undefined || patch.channel !== undefined, {
      message: 'Укажите новое название или способ уведомления.',
      path: ['name'],
    }),
  { id: 'SavedSearchPatch', description: 'Rename a saved search or change how it notifies.' },
);
export type SavedSearchPatch = z.input<typeof SavedSearchPatchSchema>;

export const SavedSearchSchema = named(
  z.object({
    id: z.string().min(1),
    name: z.string().min(1),
    query: SavedSearchQuerySchema,
    channel: NotificationChannelSchema,
    createdAt: isoDateTime(),
    updatedAt: isoDateTime(),
    unread: count().describe('New matches not yet seen (notifications of this search not marked read).'),
    lastMatchAt: isoDateTime().optional(),
  }),
  { id: 'SavedSearch', description: 'A saved search with its count of unread new matches.' },
);
export type SavedSearch = z.infer<typeof SavedSearchSchema>;

export const SavedSearchListSchema = named(z.object({ items: z.array(SavedSearchSchema).describe('Newest first.') }), {
  id: 'SavedSearchList',
  description: 'Every saved search of the account.',
});
export type SavedSearchList = z.infer<typeof SavedSearchListSchema>;

// ── Notifications ──────────────────────────────────────────────────────────────────────────────────────────────

export const NotificationSchema = named(
  z.object({
    id: z.string().min(1),
    kind: z.enum(NOTIFICATION_KINDS),
    createdAt: isoDateTime(),
    read: z.boolean(),
    title: z.string().min(1).describe('Russian, as sent: «Новая вакансия по поиску «бухгалтер»».'),
    vacancy: VacancyRefSchema,
    savedSearchId: z.string().optional().describe('For `saved-search-match`.'),
    responseId: z.string().optional().describe('For `response-status`.'),
    status: ResponseStatusSchema.optional().describe('For `response-status`: the status reached.'),
  }),
  { id: 'JobNotification', description: 'A new match of a saved search, or a change of a response.' },
);
export type JobNotification = z.infer<typeof NotificationSchema>;

const flag = () =>
  z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional();

export const NotificationListQuerySchema = z.object({
  unread: flag().describe('Only those not marked read.'),
  savedSearchId: z.string().min(1).max(64).optional(),
  kind: commaList(z.enum(NOTIFICATION_KINDS)).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export type NotificationListQuery = z.infer<typeof NotificationListQuerySchema>;

export const NotificationListSchema = named(
  z.object({
    items: z.array(NotificationSchema).describe('Newest first, at most `limit`.'),
    total: count().describe('Matching the query.'),
    unread: count().describe('Unread of every kind, whatever the query.'),
  }),
  { id: 'JobNotificationList', description: 'The job seeker’s notifications.' },
);
export type JobNotificationList = z.infer<typeof NotificationListSchema>;

export const MarkNotificationsReadSchema = named(
  z
    .object({
      ids: z.array(z.string().min(1)).max(500).optional(),
      savedSearchId: z.string().min(1).optional(),
      kind: z.enum(NOTIFICATION_KINDS).optional(),
    })
    .describe('Marks the listed notifications, or all of a saved search, or all of a kind; `{}` marks all.'),
  { id: 'MarkNotificationsRead', description: 'Which notifications have been seen.' },
);
export type MarkNotificationsRead = z.infer<typeof MarkNotificationsReadSchema>;

export const UnreadCountSchema = named(z.object({ unread: count() }), {
  id: 'UnreadCount',
  description: 'Unread notifications left.',
});

// ── Development ────────────────────────────────────────────────────────────────────────────────────────────────

export const DevVacancyInputSchema = named(
  VacancySchema.partial()
    .required({ jobName: true })
    .extend({ region: z.object({ code: RegionCodeSchema, name: z.string().optional() }).optional() }),
  {
    id: 'DevVacancyInput',
    description:
      'Development only: a vacancy to publish (or, with the `id` of a published one, its new version). What is left ' +
      'out is filled in: today’s dates, Moscow, «з/п не указана», full-time, a generated employer.',
  },
);
export type DevVacancyInput = z.input<typeof DevVacancyInputSchema>;
