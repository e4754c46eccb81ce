import type { LocalizedText } from '../i18n/locale.js';
import { invalid, valid, type InvalidResult, type ValidationResult } from './result.js';

/** OGRN (13 digits) registers an organisation; OGRNIP (15 digits) an individual entrepreneur. */
export type OgrnKind = 'organisation' | 'entrepreneur';

export type OgrnInvalidReason =
  | 'empty'
  | 'format'
  | 'checksum'
  /** A 13-digit OGRN where only an entrepreneur's OGRNIP is accepted. */
  | 'organisation-not-accepted'
  /** A 15-digit OGRNIP where only an organisation's OGRN is accepted. */
  | 'entrepreneur-not-accepted';

export interface Ogrn {
  /** 13 or 15 digits, no separators. */
  readonly ogrn: string;
  readonly kind: OgrnKind;
}

export interface OgrnOptions {
  /** Which registrations the field accepts; both by default. */
  readonly kinds?: readonly OgrnKind[];
}

const ALL_KINDS: readonly OgrnKind[] = ['organisation', 'entrepreneur'];

/**
 * The check digit that completes an OGRN (12 leading digits, modulus 11) or an OGRNIP (14 leading digits,
 * modulus 13). BigInt keeps the remainder exact without anyone having to check how close 14-digit numbers come
 * to the limit of exact doubles.
 */
export function ogrnCheckDigit(leadingDigits: string): string {
  const modulus = /^\d{12}$/.test(leadingDigits) ? 11n : /^\d{14}$/.test(leadingDigits) ? 13n : null;
  if (modulus === null) throw new RangeError('OGRN check digit needs 12 (OGRN) or 14 (OGRNIP) leading digits');
  return String((BigInt(leadingDigits) % modulus) % 10n);
}

/** The digits of an OGRN- or OGRNIP-shaped input (13 or 15 digits; spaces ignored), otherwise null. */
export function normalizeOgrn(input: string): string | null {
  const digits = input.replace(/\s+/g, '');
  return /^(?:\d{13}|\d{15})$/.test(digits) ? digits : null;
}

function describe(kinds: readonly OgrnKind[]): { readonly name: LocalizedText; readonly format: LocalizedText } {
  if (!kinds.includes('organisation')) {
    return {
      name: { ru: 'ОГРНИП', en: 'OGRNIP' },
      format: { ru: 'ОГРНИП состоит из 15 цифр', en: 'An OGRNIP has 15 digits' },
    };
  }
  if (!kinds.includes('entrepreneur')) {
    return { name: { ru: 'ОГРН', en: 'OGRN' }, format: { ru: 'ОГРН состоит из 13 цифр', en: 'An OGRN has 13 digits' } };
  }
  return {
    name: { ru: 'ОГРН или ОГРНИП', en: 'OGRN or OGRNIP' },
    format: {
      ru: 'ОГРН организации состоит из 13 цифр, ОГРНИП индивидуального предпринимателя — из 15 цифр',
      en: "An organisation's OGRN has 13 digits; an individual entrepreneur's OGRNIP has 15",
    },
  };
}

function messageFor(reason: OgrnInvalidReason, kinds: readonly OgrnKind[], found: OgrnKind | null): LocalizedText {
  const { name, format } = describe(kinds);
  switch (reason) {
    case 'empty':
      return { ru: `Укажите ${name.ru}`, en: `Enter the ${name.en}` };
    case 'format':
      return format;
    case 'checksum':
      return found === 'entrepreneur'
        ? {
            ru: 'Проверьте ОГРНИП: контрольная цифра не совпадает. Возможно, в номере опечатка',
            en: 'Check the OGRNIP: the check digit does not match. There may be a typo',
          }
        : {
            ru: 'Проверьте ОГРН: контрольная цифра не совпадает. Возможно, в номере опечатка',
            en: 'Check the OGRN: the check digit does not match. There may be a typo',
          };
    case 'organisation-not-accepted':
      return {
        ru: 'Это ОГРН организации (13 цифр). Укажите ОГРНИП индивидуального предпринимателя — 15 цифр',
        en: "This is an organisation's OGRN (13 digits). Enter an individual entrepreneur's OGRNIP, which has 15 digits",
      };
    case 'entrepreneur-not-accepted':
      return {
        ru: 'Это ОГРНИП индивидуального предпринимателя (15 цифр). Укажите ОГРН организации — 13 цифр',
        en: "This is an individual entrepreneur's OGRNIP (15 digits). Enter an organisation's OGRN, which has 13 digits",
      };
  }
}

export function validateOgrn(
  input: string | null | undefined,
  options: OgrnOptions = {},
): ValidationResult<Ogrn, OgrnInvalidReason> {
  const kinds = options.kinds ?? ALL_KINDS;
  if (kinds.length === 0) throw new RangeError('validateOgrn: "kinds" must name at least one kind of registration');
  const reject = (reason: OgrnInvalidReason, found: OgrnKind | null = null): InvalidResult<OgrnInvalidReason> =>
    invalid(reason, messageFor(reason, kinds, found));
  if (!input?.trim()) return reject('empty');
  const ogrn = normalizeOgrn(input);
  if (!ogrn) return reject('format');
  const kind: OgrnKind = ogrn.length === 15 ? 'entrepreneur' : 'organisation';
  if (!kinds.includes(kind))
    return reject(kind === 'entrepreneur' ? 'entrepreneur-not-accepted' : 'organisation-not-accepted');
  if (ogrnCheckDigit(ogrn.slice(0, -1)) !== ogrn.slice(-1)) return reject('checksum', kind);
  return valid({ ogrn, kind });
}

/** An individual entrepreneur's OGRNIP only. */
export function validateOgrnip(input: string | null | undefined): ValidationResult<Ogrn, OgrnInvalidReason> {
  return validateOgrn(input, { kinds: ['entrepreneur'] });
}
