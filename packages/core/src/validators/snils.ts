import { rejectWith, valid, type ReasonMessages, type ValidationResult } from './result.js';

export type SnilsInvalidReason = 'empty' | 'format' | 'checksum';

/** Eleven digits, no separators: `11223344595`. */
export type NormalizedSnils = string;

const messages: ReasonMessages<SnilsInvalidReason> = {
  empty: { ru: 'Укажите СНИЛС', en: 'Enter your SNILS number' },
  format: {
    ru: 'СНИЛС состоит из 11 цифр, например 112-233-445 95',
    en: 'A SNILS number has 11 digits, for example 112-233-445 95',
  },
  checksum: {
    ru: 'Проверьте СНИЛС: контрольное число не совпадает. Возможно, в номере опечатка',
    en: 'Check your SNILS number: the check digits do not match. There may be a typo',
  },
};
const reject = rejectWith(messages);

// Groups may be joined by a hyphen, a space (including the no-break space Word inserts) or a typographic dash,
// or run together, because people paste SNILS from documents of every kind.
const SNILS_SHAPE = /^(\d{3})[\s\-‐-―−]?(\d{3})[\s\-‐-―−]?(\d{3})[\s\-‐-―−]?(\d{2})$/u;

/**
 * The Pension Fund (SFR) only started computing check numbers above 001-001-998; lower numbers were issued
 * without one, and ESIA test accounts (000-000-600 06) rely on that exemption.
 */
const LAST_NUMBER_WITHOUT_CHECKSUM = 1_001_998;

/** The two-digit check number of a SNILS, from its first nine digits. */
export function snilsCheckNumber(firstNineDigits: string): string {
  if (!/^\d{9}$/.test(firstNineDigits)) throw new RangeError('SNILS check number needs exactly nine digits');
  let sum = 0;
  for (let index = 0; index < 9; index += 1) sum += Number(firstNineDigits[index]) * (9 - index);
  const check = sum < 100 ? sum : (sum % 101) % 100;
  return String(check).padStart(2, '0');
}

/** Eleven digits if the input is shaped like a SNILS (checksum not checked), otherwise null. */
export function normalizeSnils(input: string): NormalizedSnils | null {
  const groups = SNILS_SHAPE.exec(input.trim());
  return groups ? groups.slice(1).join('') : null;
}

/** `XXX-XXX-XXX YY`; input that is not shaped like a SNILS is returned unchanged, so nothing typed is lost. */
export function formatSnils(input: string): string {
  const digits = normalizeSnils(input);
  if (!digits) return input;
  return `${digits.slice(0, 3)}-${digits.slice(3, 6)}-${digits.slice(6, 9)} ${digits.slice(9)}`;
}

export function validateSnils(input: string | null | undefined): ValidationResult<NormalizedSnils, SnilsInvalidReason> {
  if (!input?.trim()) return reject('empty');
  const digits = normalizeSnils(input);
  if (!digits) return reject('format');
  const number = digits.slice(0, 9);
  if (Number(number) > LAST_NUMBER_WITHOUT_CHECKSUM && snilsCheckNumber(number) !== digits.slice(9)) {
    return reject('checksum');
  }
  return valid(digits);
}
