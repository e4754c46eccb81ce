import type { LocalizedText } from '../i18n/locale.js';

export interface ValidResult<T> {
  readonly valid: true;
  readonly value: T;
}

export interface InvalidResult<R extends string> {
  readonly valid: false;
  readonly reason: R;
  readonly message: LocalizedText;
}

/**
 * What every validator returns: the normalised value, or a machine-readable reason with a message in every
 * supported language. Each validator exports its own reason union so callers can switch on it exhaustively.
 */
export type ValidationResult<T, R extends string> = ValidResult<T> | InvalidResult<R>;

/** One message per reason; a validator's message table must cover its whole reason union. */
export type ReasonMessages<R extends string> = { readonly [K in R]: LocalizedText };

export function valid<T>(value: T): ValidResult<T> {
  return { valid: true, value };
}

export function invalid<R extends string>(reason: R, message: LocalizedText): InvalidResult<R> {
  return { valid: false, reason, message };
}

/** Binds a message table once so a validator can write `reject('checksum')` and never mismatch reason and text. */
export function rejectWith<R extends string>(messages: ReasonMessages<R>): (reason: R) => InvalidResult<R> {
  return (reason) => invalid(reason, messages[reason]);
}
