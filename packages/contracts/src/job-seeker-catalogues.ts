// Plain data, no zod: what a browser needs of the job seeker's catalogues (response statuses, notification channels,
// résumé limits) with their titles in both languages, without shipping the schemas.
import type { Bilingual } from './payment-kinds.js';

/**
 * Where a response to a vacancy stands. `sent` → `viewed` → `invited` | `rejected` is the employer's side (a
 * development simulator moves it); `withdrawn` is the job seeker's.
 */
export const RESPONSE_STATUSES = {
  sent: { title: 'Отправлен', titleEn: 'Sent' },
  viewed: { title: 'Просмотрен', titleEn: 'Viewed' },
  invited: { title: 'Приглашение на собеседование', titleEn: 'Invited to an interview' },
  rejected: { title: 'Отказ', titleEn: 'Declined' },
  withdrawn: { title: 'Отозван', titleEn: 'Withdrawn' },
} as const satisfies Record<string, Bilingual>;
export type ResponseStatus = keyof typeof RESPONSE_STATUSES;
export const RESPONSE_STATUS_CODES = Object.keys(RESPONSE_STATUSES) as [ResponseStatus, ...ResponseStatus[]];
/**
 * Statuses after which nothing changes any more — except that a withdrawn response may be sent again: the same
 * response, its history going on.
 */
export const FINAL_RESPONSE_STATUSES: readonly ResponseStatus[] = ['invited', 'rejected', 'withdrawn'];
/** Statuses a job seeker may still withdraw from. */
export const WITHDRAWABLE_RESPONSE_STATUSES: readonly ResponseStatus[] = ['sent', 'viewed'];

/** How a saved search tells about new matches besides the list in the cabinet. */
export const NOTIFICATION_CHANNELS = {
  none: { title: 'Не присылать', titleEn: 'Do not send' },
  email: { title: 'По электронной почте', titleEn: 'By e-mail' },
  sms: { title: 'По СМС', titleEn: 'By SMS' },
} as const satisfies Record<string, Bilingual>;
export type NotificationChannel = keyof typeof NOTIFICATION_CHANNELS;
export const NOTIFICATION_CHANNEL_CODES = Object.keys(NOTIFICATION_CHANNELS) as [
  NotificationChannel,
  ...NotificationChannel[],
];

/** What a notification is about. */
export const NOTIFICATION_KINDS = ['saved-search-match', 'response-status'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** A résumé file: PDF or DOCX, recognised by content (magic bytes and, for DOCX, the package's parts), never by name. */
export const RESUME_FILE_MEDIA_TYPES = [
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
] as const;
export type ResumeFileMediaType = (typeof RESUME_FILE_MEDIA_TYPES)[number];
export const RESUME_FILE_MAX_BYTES = 2 * 1024 * 1024;

/** Limits of the texts a job seeker writes; the forms show them as they are typed. */
export const COVER_LETTER_MAX = 3000;
export const RESUME_ABOUT_MAX = 3000;
export const RESUME_SKILLS_MAX = 30;
export const RESUME_EXPERIENCE_MAX = 20;
export const RESUME_EDUCATION_MAX = 10;
export const SAVED_SEARCH_NAME_MAX = 100;
/** Per account: enough for anybody, small enough that the match job stays cheap. */
export const SAVED_SEARCHES_MAX = 20;
export const FAVORITES_MAX = 500;
