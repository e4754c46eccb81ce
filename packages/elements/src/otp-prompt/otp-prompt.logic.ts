// Pure rules of <gos-otp-prompt>: factors, code normalisation, times and countdown milestones. No DOM, no clock of
// its own — every function that needs "now" takes it as an argument, so tests and the element agree on time.
import { maskEmail } from '@gos-elements/core/validators/email';
import { maskPhone } from '@gos-elements/core/validators/phone';

/** How the citizen receives or holds the code. */
export const OTP_FACTORS = ['sms', 'email', 'totp', 'backup'] as const;
export type OtpFactor = (typeof OTP_FACTORS)[number];

export const DEFAULT_FACTOR: OtpFactor = 'sms';
/** Characters in an SMS, e-mail or authenticator code. */
export const DEFAULT_CODE_LENGTH = 6;
/** Characters in a backup code, separators not counted (`1234-5678`). */
export const DEFAULT_BACKUP_CODE_LENGTH = 8;
/** Longest code the element accepts, whatever `length` says (keeps a typo in the attribute harmless). */
const MAX_CODE_LENGTH = 32;

/** Seconds before expiry at which the remaining time is announced to screen readers (0 = expired). */
export const EXPIRY_MILESTONES: readonly number[] = [60, 30, 0];

export function isOtpFactor(value: unknown): value is OtpFactor {
  return (OTP_FACTORS as readonly unknown[]).includes(value);
}

/** The factor to use for an attribute value; unknown values fall back to SMS. */
export function toFactor(value: unknown): OtpFactor {
  return isOtpFactor(value) ? value : DEFAULT_FACTOR;
}

/** Factors whose code the server sends (and can send again); the others are held by the citizen. */
export function isSentFactor(factor: OtpFactor): factor is 'sms' | 'email' {
  return factor === 'sms' || factor === 'email';
}

/** Whether codes of this factor are digits only (numeric keyboard, separators stripped). */
export function isDigitFactor(factor: OtpFactor): boolean {
  return factor !== 'backup';
}

/**
 * The other factors to offer, from the space-separated `factors` attribute: known ones only, each once, in the
 * order given, without the current one.
 */
export function otherFactors(list: string | null | undefined, current: OtpFactor): OtpFactor[] {
  const result: OtpFactor[] = [];
  for (const token of (list ?? '').toLowerCase().split(/[\s,]+/)) {
    if (isOtpFactor(token) && token !== current && !result.includes(token)) result.push(token);
  }
  return result;
}

/** Code length in force: the attribute when it is a sensible whole number, else the factor's default. */
export function codeLength(factor: OtpFactor, length: number | null | undefined): number {
  if (typeof length === 'number' && Number.isInteger(length) && length >= 1) return Math.min(length, MAX_CODE_LENGTH);
  return factor === 'backup' ? DEFAULT_BACKUP_CODE_LENGTH : DEFAULT_CODE_LENGTH;
}

/** `maxlength` of the input: the digits for digit codes; room for a separator between characters for backup codes. */
export function inputMaxLength(factor: OtpFactor, length: number): number {
  return isDigitFactor(factor) ? length : length * 2 - 1;
}

/**
 * What may stay in the field while the citizen types: digits only for digit codes (anything else typed is dropped,
 * at most `length`); letters (upper-cased), digits and single dashes for backup codes.
 */
export function sanitizeTyped(factor: OtpFactor, text: string, length: number): string {
  if (isDigitFactor(factor)) return text.replace(/\D/g, '').slice(0, length);
  return text
    .toUpperCase()
    .replace(/[\s_–—]+/g, '-')
    .replace(/[^0-9A-Z-]/g, '')
    .replace(/-{2,}/g, '-')
    .replace(/^-/, '')
    .slice(0, inputMaxLength(factor, length));
}

/**
 * The code in a pasted (or WebOTP-delivered) text. For digit codes spaces and dashes are stripped (`123 456`,
 * `123-456`); a whole message such as «Код 123456 действует 10 минут» yields its run of exactly `length` digits.
 */
export function extractPastedCode(factor: OtpFactor, text: string, length: number): string {
  const trimmed = text.trim();
  if (!isDigitFactor(factor)) return sanitizeTyped(factor, trimmed, length);
  const stripped = trimmed.replace(/[\s\-–—]/g, '');
  if (/^\d*$/.test(stripped)) return stripped.slice(0, length);
  const run = new RegExp(`(?<!\\d)\\d(?:[ -]?\\d){${length - 1}}(?!\\d)`).exec(trimmed);
  return run ? run[0].replace(/\D/g, '') : sanitizeTyped(factor, trimmed, length);
}

/**
 * The code as submitted (the form value and `detail.code`): digits only for digit codes; for backup codes letters
 * and digits only, upper case — `1234-5678`, `1234 5678` and `12345678` are one code.
 */
export function normalizeCode(factor: OtpFactor, text: string, length: number): string {
  if (isDigitFactor(factor)) return text.replace(/\D/g, '').slice(0, length);
  return text
    .toUpperCase()
    .replace(/[^0-9A-Z]/g, '')
    .slice(0, length);
}

/** Whether the field holds a whole code (all `length` characters). */
export function isComplete(factor: OtpFactor, text: string, length: number): boolean {
  return normalizeCode(factor, text, length).length === length;
}

/** The destination as shown: masked phone or e-mail; an already masked value (from the server) is shown as is. */
export function maskDestination(factor: OtpFactor, destination: string | null | undefined): string | undefined {
  const value = destination?.trim();
  if (!value || !isSentFactor(factor)) return undefined;
  if (value.includes('*')) return value;
  return factor === 'sms' ? maskPhone(value) : maskEmail(value);
}

/**
 * A point in time from an attribute or property: ms since the epoch (number or digit string), an ISO 8601 string
 * or a Date. Anything else (including an empty string) is "not set".
 */
export function toTimestamp(value: unknown): number | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.getTime();
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string' || !value.trim()) return undefined;
  const text = value.trim();
  const parsed = /^\d+$/.test(text) ? Number(text) : Date.parse(text);
  return Number.isFinite(parsed) ? parsed : undefined;
}

/** Whole seconds left until `at` (rounded up, so "0:01" shows until the very end); 0 once it has passed. */
export function remainingSeconds(at: number | undefined, now: number): number {
  if (at === undefined) return 0;
  return Math.max(0, Math.ceil((at - now) / 1000));
}

/** A countdown as `m:ss` (`4:59`, `0:07`), or `h:mm:ss` from an hour up. */
export function formatCountdown(seconds: number): string {
  const total = Math.max(0, Math.floor(seconds));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/**
 * The milestone to announce when the remaining time moved from `previous` to `current` seconds: the lowest of
 * `milestones` crossed on the way (after a sleeping tab wakes up only the latest one matters), or undefined.
 * Nothing is announced for the first reading (`previous` undefined): the initial time is read with the field.
 */
export function crossedMilestone(
  previous: number | undefined,
  current: number,
  milestones: readonly number[] = EXPIRY_MILESTONES,
): number | undefined {
  if (previous === undefined || current >= previous) return undefined;
  let crossed: number | undefined;
  for (const milestone of milestones) {
    if (previous > milestone && current <= milestone && (crossed === undefined || milestone < crossed))
      crossed = milestone;
  }
  return crossed;
}

/** What the prompt can do right now, from its inputs; the element renders exactly one of these. */
export type OtpPhase = 'locked' | 'exhausted' | 'expired' | 'ready';

export interface PhaseInput {
  readonly now: number;
  readonly lockedUntil?: number;
  readonly attemptsLeft?: number;
  readonly expiresAt?: number;
}

export function otpPhase({ now, lockedUntil, attemptsLeft, expiresAt }: PhaseInput): OtpPhase {
  if (lockedUntil !== undefined && lockedUntil > now) return 'locked';
  if (attemptsLeft !== undefined && attemptsLeft <= 0) return 'exhausted';
  if (expiresAt !== undefined && expiresAt <= now) return 'expired';
  return 'ready';
}

/** Whether two instants fall on the same local calendar day (the unlock time then needs no date). */
export function sameLocalDay(a: number, b: number): boolean {
  const x = new Date(a);
  const y = new Date(b);
  return x.getFullYear() === y.getFullYear() && x.getMonth() === y.getMonth() && x.getDate() === y.getDate();
}
