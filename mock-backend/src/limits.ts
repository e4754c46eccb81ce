import {
  FAVORITES_MAX,
  MAX_UPLOAD_BYTES,
  RESUME_FILE_MAX_BYTES,
  RESUME_FILE_MEDIA_TYPES,
  SAVED_SEARCHES_MAX,
  type ResumeFileMediaType,
  PAYMENT_PAGE_SIZE_MAX,
  VACANCY_PAGE_SIZE_MAX,
  UPLOAD_MEDIA_TYPES,
  type UploadMediaType,
} from '@gos-elements/contracts';
import type { RegistrationLimits } from './registration/registrations.js';

/** What one kind of upload accepts: checked by content (the type a file really is), never by its name. */
export interface UploadLimit {
  readonly maxBytes: number;
  readonly mediaTypes: readonly UploadMediaType[];
  /** For scans that people must read: the shorter side of an image, in pixels; smaller is refused as unreadable. */
  readonly minImageSide?: number;
}

/**
 * Every limit of the mock backend, in one place, with the defaults the documentation promises. Routes and
 * domain modules receive a `Limits` object (tests pass tighter or looser ones) and never hard-code a number.
 */
export interface Limits {
  readonly password: {
    /** Consecutive wrong passwords that lock an account. */
    readonly maxFailures: number;
    /** How long a locked account stays locked, in ms. */
    readonly lockoutMs: number;
  };
  readonly otp: {
    /** Digits in an SMS / e-mail code. */
    readonly length: number;
    /** How long a code is valid, in ms. */
    readonly lifetimeMs: number;
    /** Wrong entries allowed per code; the next entry after these is refused even if right. */
    readonly maxAttempts: number;
    /** How long after sending a code a new one may be requested, in ms. */
    readonly resendCooldownMs: number;
  };
  readonly backupCodes: {
    /** Single-use backup codes issued per account. */
    readonly count: number;
  };
  readonly totp: {
    /** RFC 6238 period in seconds and the number of periods accepted either side of now (clock drift). */
    readonly periodSeconds: number;
    readonly window: number;
  };
  /** Per-IP request budgets (429 with Retry-After when exceeded). */
  readonly rateLimits: {
    readonly signIn: RateLimit;
    readonly codes: RateLimit;
    readonly recovery: RateLimit;
    /** The public vacancy search (search, suggestions, a vacancy): no token, so the address is all there is. */
    readonly vacancies: RateLimit;
  };
  readonly http: {
    /** Largest JSON request body accepted, in bytes (413 problem beyond). */
    readonly jsonBodyMaxBytes: number;
  };
  readonly journal: {
    /** Entries returned by the signed-in user's journal endpoint. */
    readonly pageSize: number;
  };
  /** Every upload the backend takes, in one table: the routes and the domains read their limits from here. */
  readonly uploads: {
    /** Documents a department asked for, on an application. */
    readonly applications: UploadLimit;
    /** Passport scans and proof of address, on a registration. */
    readonly registration: UploadLimit;
  };
  /** Contact codes, resume and clarification windows, registry latency, minimum age and scans of registration. */
  readonly registration: RegistrationLimits;
  /** The payments API: pages, the chart's period, the schedule ahead, histories kept in memory. */
  readonly payments: PaymentLimits;
  /** The vacancy search: how many vacancies are generated at start-up, pages. */
  readonly vacancies: VacancyLimits;
  /** The job seeker's favourites, résumé file, saved searches and the pace of the response simulator. */
  readonly jobSeeker: JobSeekerLimits;
}

export interface JobSeekerLimits {
  /** The file attached to a résumé: PDF or DOCX (by content), 2 MB (the contracts' RESUME_FILE_MAX_BYTES). */
  readonly resumeFile: { readonly maxBytes: number; readonly mediaTypes: readonly ResumeFileMediaType[] };
  /** Favourites per account (409 `favorites-full` beyond). */
  readonly favoritesMax: number;
  /** Saved searches per account (409 `saved-searches-full` beyond): each one is checked on every publication. */
  readonly savedSearchesMax: number;
  /**
   * The least time (ms) a response stays in a status before the development simulator makes the employer's next
   * move (it runs on the cabinet simulator's tick): slow enough to watch «Отправлен» turn into «Просмотрен».
   */
  readonly responseStepMs: number;
}

export interface VacancyLimits {
  /**
   * Vacancies generated at start-up when no file is given (`--vacancies`): 50,000 by default, about as many as a
   * large region publishes on «Работа России»; MSW and Storybook use a couple of thousand.
   */
  readonly generated: number;
  /** Most vacancies on one page (400 beyond); the contracts' VACANCY_PAGE_SIZE_MAX is the ceiling. */
  readonly maxPageSize: number;
}

export interface PaymentLimits {
  /** Most payments on one page (400 beyond); the contracts' PAYMENT_PAGE_SIZE_MAX is the ceiling. */
  readonly maxPageSize: number;
  /** Longest period one summary covers, in calendar months (one bar of the chart each). */
  readonly summaryMaxMonths: number;
  /** How far ahead `GET /payments/upcoming` looks, in months from today. */
  readonly upcomingMonths: number;
  /**
   * Citizens whose planned histories are kept in memory at once (the load user's 10,000 payments are ~5 MB);
   * a history is planned again when it was dropped or when the Moscow day changes.
   */
  readonly cachedHistories: number;
}

export interface RateLimit {
  readonly windowMs: number;
  readonly max: number;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

const OTP = { length: 6, lifetimeMs: 10 * MINUTE, maxAttempts: 3, resendCooldownMs: 1 * MINUTE };
const UPLOADS = {
  applications: { maxBytes: MAX_UPLOAD_BYTES, mediaTypes: UPLOAD_MEDIA_TYPES },
  registration: { maxBytes: MAX_UPLOAD_BYTES, mediaTypes: UPLOAD_MEDIA_TYPES, minImageSide: 600 },
} as const satisfies Limits['uploads'];

export const DEFAULT_LIMITS: Limits = Object.freeze({
  password: { maxFailures: 3, lockoutMs: 15 * MINUTE },
  otp: OTP,
  backupCodes: { count: 10 },
  totp: { periodSeconds: 30, window: 1 },
  rateLimits: {
    signIn: { windowMs: 15 * MINUTE, max: 30 },
    codes: { windowMs: 15 * MINUTE, max: 30 },
    recovery: { windowMs: 15 * MINUTE, max: 10 },
    // Type-ahead asks on every pause in typing: a person searching makes a few requests a second at most.
    vacancies: { windowMs: MINUTE, max: 600 },
  },
  http: { jsonBodyMaxBytes: 100_000 },
  journal: { pageSize: 50 },
  uploads: UPLOADS,
  registration: {
    // Registration codes follow the sign-in rules, so a person meets one behaviour for codes everywhere.
    code: OTP,
    codesPerRecipient: { windowMs: HOUR, max: 5 },
    resumeMs: 24 * HOUR,
    clarificationMs: 24 * HOUR,
    checkDelayMs: 4000,
    minAge: 18,
    upload: UPLOADS.registration,
  },
  payments: { maxPageSize: PAYMENT_PAGE_SIZE_MAX, summaryMaxMonths: 120, upcomingMonths: 3, cachedHistories: 16 },
  vacancies: { generated: 50_000, maxPageSize: VACANCY_PAGE_SIZE_MAX },
  jobSeeker: {
    resumeFile: { maxBytes: RESUME_FILE_MAX_BYTES, mediaTypes: RESUME_FILE_MEDIA_TYPES },
    favoritesMax: FAVORITES_MAX,
    savedSearchesMax: SAVED_SEARCHES_MAX,
    responseStepMs: 2 * MINUTE,
  },
});
