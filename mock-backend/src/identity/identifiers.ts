import { normalizeEmail, normalizePhone, normalizeSnils } from '@gos-elements/core';

/**
 * What a sign-in identifier can be, as lookup keys: the forms stored in the `accounts.phone / email / snils`
 * columns. A bare run of 11 digits is both a phone (`89161234567`) and a SNILS (`16391827593`), so both keys are
 * produced and the lookup decides.
 */
export interface IdentifierKeys {
  /** `+7XXXXXXXXXX`. */
  readonly phone?: string;
  /** {@link emailKey} form. */
  readonly email?: string;
  /** Eleven digits. */
  readonly snils?: string;
}

/**
 * The e-mail lookup key: the core-normalised address, lower-cased whole. Strictly only the domain is
 * case-insensitive, but no real mail provider treats `Ivanova@` and `ivanova@` as different people, and people
 * type their address with a capital letter all the time.
 */
export function emailKey(input: string): string | null {
  return normalizeEmail(input)?.toLowerCase() ?? null;
}

export function identifierKeys(identifier: string): IdentifierKeys {
  const text = identifier.trim();
  if (text.includes('@')) {
    const email = emailKey(text);
    return email === null ? {} : { email };
  }
  const phone = normalizePhone(text);
  const snils = normalizeSnils(text);
  return { ...(phone === null ? {} : { phone }), ...(snils === null ? {} : { snils }) };
}

/**
 * Whether the person wrote the number grouped the way a SNILS is printed (`163-918-275 93`), which settles the
 * rare case of an 11-digit input that is the phone of one account and the SNILS of another.
 */
export function looksLikeGroupedSnils(identifier: string): boolean {
  return /^\d{3}\D\d{3}\D\d{3}\D\d{2}$/u.test(identifier.trim());
}

/** One stable key per identifier (any spelling), for counting failures of identifiers that name no account. */
export function canonicalIdentifier(identifier: string): string {
  const keys = identifierKeys(identifier);
  if (keys.email !== undefined) return `email:${keys.email}`;
  if (keys.phone !== undefined) return `phone:${keys.phone}`;
  if (keys.snils !== undefined) return `snils:${keys.snils}`;
  return `raw:${identifier.trim().toLowerCase()}`;
}
