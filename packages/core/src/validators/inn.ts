import type { LocalizedText } from '../i18n/locale.js';
import { invalid, valid, type InvalidResult, type ValidationResult } from './result.js';

/** A person's INN has 12 digits; an organisation's has 10. */
export type InnKind = 'person' | 'organisation';

export type InnInvalidReason =
  | 'empty'
  | 'format'
  | 'checksum'
  /** An organisation's 10-digit INN where only a person's is accepted. */
  | 'organisation-not-accepted'
  /** A person's 12-digit INN where only an organisation's is accepted. */
  | 'person-not-accepted';

export interface Inn {
  /** 10 or 12 digits, no separators. */
  readonly inn: string;
  readonly kind: InnKind;
}

export interface InnOptions {
  /** Which kinds of INN the field accepts; both by default. */
  readonly kinds?: readonly InnKind[];
}

const ALL_KINDS: readonly InnKind[] = ['person', 'organisation'];
const LENGTH: Readonly<Record<InnKind, number>> = { person: 12, organisation: 10 };

const ORGANISATION_WEIGHTS = [2, 4, 10, 3, 5, 9, 4, 6, 8];
const PERSON_FIRST_WEIGHTS = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
const PERSON_SECOND_WEIGHTS = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8];

function checkDigit(digits: string, weights: readonly number[]): string {
  let sum = 0;
  weights.forEach((weight, index) => {
    sum += Number(digits[index]) * weight;
  });
  return String((sum % 11) % 10);
}

/**
 * The check digits that complete an INN: one for the 9 leading digits of an organisation's INN, two for the
 * 10 leading digits of a person's (the second check digit also covers the first).
 */
export function innCheckDigits(leadingDigits: string): string {
  if (/^\d{9}$/.test(leadingDigits)) return checkDigit(leadingDigits, ORGANISATION_WEIGHTS);
  if (/^\d{10}$/.test(leadingDigits)) {
    const first = checkDigit(leadingDigits, PERSON_FIRST_WEIGHTS);
    return first + checkDigit(leadingDigits + first, PERSON_SECOND_WEIGHTS);
  }
  throw new RangeError('INN check digits need 9 (organisation) or 10 (person) leading digits');
}

/** The digits of an INN-shaped input (10 or 12 digits; spaces ignored), checksum not checked; otherwise null. */
export function normalizeInn(input: string): string | null {
  const digits = input.replace(/\s+/g, '');
  return /^(?:\d{10}|\d{12})$/.test(digits) ? digits : null;
}

function formatMessage(kinds: readonly InnKind[]): LocalizedText {
  if (!kinds.includes('organisation')) {
    return { ru: 'ИНН физического лица состоит из 12 цифр', en: "A person's INN has 12 digits" };
  }
  if (!kinds.includes('person')) {
    return { ru: 'ИНН организации состоит из 10 цифр', en: "An organisation's INN has 10 digits" };
  }
  return {
    ru: 'ИНН состоит из 12 цифр у физического лица или из 10 цифр у организации',
    en: 'An INN has 12 digits for a person or 10 digits for an organisation',
  };
}

const fixedMessages = {
  empty: { ru: 'Укажите ИНН', en: 'Enter the INN' },
  checksum: {
    ru: 'Проверьте ИНН: контрольные цифры не совпадают. Возможно, в номере опечатка',
    en: 'Check the INN: the check digits do not match. There may be a typo',
  },
  'organisation-not-accepted': {
    ru: 'Это ИНН организации (10 цифр). Укажите ИНН физического лица — 12 цифр',
    en: "This is an organisation's INN (10 digits). Enter a person's INN, which has 12 digits",
  },
  'person-not-accepted': {
    ru: 'Это ИНН физического лица (12 цифр). Укажите ИНН организации — 10 цифр',
    en: "This is a person's INN (12 digits). Enter an organisation's INN, which has 10 digits",
  },
} as const satisfies Readonly<Record<Exclude<InnInvalidReason, 'format'>, LocalizedText>>;

function reject(reason: InnInvalidReason, kinds: readonly InnKind[]): InvalidResult<InnInvalidReason> {
  return invalid(reason, reason === 'format' ? formatMessage(kinds) : fixedMessages[reason]);
}

export function validateInn(
  input: string | null | undefined,
  options: InnOptions = {},
): ValidationResult<Inn, InnInvalidReason> {
  const kinds = options.kinds ?? ALL_KINDS;
  if (kinds.length === 0) throw new RangeError('validateInn: "kinds" must name at least one kind of INN');
  if (!input?.trim()) return reject('empty', kinds);
  const inn = normalizeInn(input);
  if (!inn) return reject('format', kinds);
  const kind: InnKind = inn.length === LENGTH.person ? 'person' : 'organisation';
  // Naming the other kind tells the user what went wrong better than a generic length message would.
  if (!kinds.includes(kind))
    return reject(kind === 'person' ? 'person-not-accepted' : 'organisation-not-accepted', kinds);
  const leadingLength = inn.length === LENGTH.person ? 10 : 9;
  if (innCheckDigits(inn.slice(0, leadingLength)) !== inn.slice(leadingLength)) return reject('checksum', kinds);
  return valid({ inn, kind });
}
