import type { LocalizedText } from '../i18n/locale.js';
import { parseCalendarDate } from './calendar-date.js';
import { normalizePhone } from './phone.js';
import { pluralForm } from '../i18n/format.js';
import { transliterate } from '../i18n/transliterate.js';

export type PasswordRule =
  | 'too-short'
  | 'no-uppercase'
  | 'no-lowercase'
  | 'no-digit'
  | 'no-special'
  /** Four or more neighbouring keys (qwer, фыва) or consecutive digits (1234, 4321), either direction. */
  | 'keyboard-run'
  /** The same character three times in a row. */
  | 'repeated-char'
  /** A name, the birth date, the phone number or the mailbox name of the person. */
  | 'contains-personal'
  /** A space or another invisible character: easy to mistype unseen, and refused by ESIA. The message names it. */
  | 'forbidden-char';

/** What we know about the person, so the password can avoid it; every field is optional. */
export interface PasswordPersonalData {
  readonly firstName?: string;
  readonly lastName?: string;
  readonly middleName?: string;
  /** `YYYY-MM-DD` or `DD.MM.YYYY`. */
  readonly birthDate?: string;
  readonly phone?: string;
  readonly email?: string;
}

export interface PasswordOptions {
  /** 8 by default. */
  readonly minLength?: number;
  readonly person?: PasswordPersonalData;
}

export interface PasswordFailure {
  readonly rule: PasswordRule;
  readonly message: LocalizedText;
}

export type PasswordScore = 0 | 1 | 2 | 3 | 4;

export interface PasswordCheck {
  /** True when no rule failed. */
  readonly valid: boolean;
  /** Every failed rule, in the order of {@link PASSWORD_RULES}, so a checklist can show them all at once. */
  readonly failures: readonly PasswordFailure[];
  /** For a strength meter: 0 (weakest) to 4; see {@link checkPassword} for the formula. */
  readonly score: PasswordScore;
}

export const PASSWORD_RULES: readonly PasswordRule[] = [
  'too-short',
  'no-uppercase',
  'no-lowercase',
  'no-digit',
  'no-special',
  'keyboard-run',
  'repeated-char',
  'contains-personal',
  'forbidden-char',
];

const DEFAULT_MIN_LENGTH = 8;
const RUN_LENGTH = 4;
const MIN_NAME_PART_LENGTH = 3;
const MIN_EMAIL_LOCAL_LENGTH = 3;
const PHONE_TAIL_LENGTH = 7;

// Letter rows of the Russian ЙЦУКЕН and English QWERTY layouts, the digit row (where 0 follows 9) and the
// digits in counting order (where 0 comes first).
const KEY_ROWS = [
  '1234567890',
  '0123456789',
  'qwertyuiop',
  'asdfghjkl',
  'zxcvbnm',
  'йцукенгшщзхъ',
  'фывапролджэ',
  'ячсмитьбю',
];

const KEY_RUNS: ReadonlySet<string> = new Set(
  KEY_ROWS.flatMap((row) => [row, [...row].reverse().join('')]).flatMap((row) =>
    Array.from({ length: row.length - RUN_LENGTH + 1 }, (_, start) => row.slice(start, start + RUN_LENGTH)),
  ),
);

// People type Russian words with the English layout on ("Gfhjkm" for «пароль") and transliterate names
// ("ivanov"), so names are also looked for in those two spellings.
const RUSSIAN_KEYS = 'йцукенгшщзхъфывапролджэячсмитьбюё';
const ENGLISH_KEYS = "qwertyuiop[]asdfghjkl;'zxcvbnm,.`";

function typedWithEnglishLayout(text: string): string {
  return [...text].map((char) => ENGLISH_KEYS[RUSSIAN_KEYS.indexOf(char)] ?? char).join('');
}

function hasKeyboardRun(lowered: string): boolean {
  for (let start = 0; start + RUN_LENGTH <= lowered.length; start += 1) {
    if (KEY_RUNS.has(lowered.slice(start, start + RUN_LENGTH))) return true;
  }
  return false;
}

type PersonalItem = 'first-name' | 'last-name' | 'middle-name' | 'birth-date' | 'phone' | 'email';

const PERSONAL_ITEM_NAMES: Readonly<Record<PersonalItem, LocalizedText>> = {
  'first-name': { ru: 'имя', en: 'first name' },
  'last-name': { ru: 'фамилию', en: 'last name' },
  'middle-name': { ru: 'отчество', en: 'patronymic' },
  'birth-date': { ru: 'дату рождения', en: 'date of birth' },
  phone: { ru: 'номер телефона', en: 'phone number' },
  email: { ru: 'адрес почты', en: 'e-mail address' },
};

function nameFragments(name: string | undefined): string[] {
  const parts = (name ?? '').toLowerCase().split(/[\s'’-]+/u);
  return parts
    .filter((part) => [...part].length >= MIN_NAME_PART_LENGTH)
    .flatMap((part) => [part, transliterate(part), typedWithEnglishLayout(part)]);
}

function birthDateFragments(birthDate: string | undefined): string[] {
  if (!birthDate) return [];
  const parsed = parseCalendarDate(birthDate);
  if (!parsed.ok) return [];
  const day = String(parsed.date.day).padStart(2, '0');
  const month = String(parsed.date.month).padStart(2, '0');
  const year = String(parsed.date.year).padStart(4, '0');
  const shortYear = year.slice(2);
  return [
    year,
    `${day}${month}${year}`,
    `${day}${month}${shortYear}`,
    `${year}${month}${day}`,
    ...['.', '-', '/'].flatMap((separator) => [
      [day, month, year].join(separator),
      [day, month, shortYear].join(separator),
      [year, month, day].join(separator),
    ]),
  ];
}

function phoneFragments(phone: string | undefined): string[] {
  if (!phone) return [];
  const digits = (normalizePhone(phone) ?? phone).replace(/\D/g, '');
  return digits.length >= PHONE_TAIL_LENGTH ? [digits.slice(-PHONE_TAIL_LENGTH)] : [];
}

function emailFragments(email: string | undefined): string[] {
  const at = (email ?? '').lastIndexOf('@');
  const local = at > 0 ? (email ?? '').slice(0, at).trim().toLowerCase() : '';
  return [...local].length >= MIN_EMAIL_LOCAL_LENGTH ? [local] : [];
}

function personalItemsIn(lowered: string, person: PasswordPersonalData): PersonalItem[] {
  const fragments: Readonly<Record<PersonalItem, string[]>> = {
    'last-name': nameFragments(person.lastName),
    'first-name': nameFragments(person.firstName),
    'middle-name': nameFragments(person.middleName),
    'birth-date': birthDateFragments(person.birthDate),
    phone: phoneFragments(person.phone),
    email: emailFragments(person.email),
  };
  return (Object.keys(fragments) as PersonalItem[]).filter((item) =>
    fragments[item].some((fragment) => fragment !== '' && lowered.includes(fragment)),
  );
}

function personalMessage(items: readonly PersonalItem[]): LocalizedText {
  const names = items.map((item) => PERSONAL_ITEM_NAMES[item]);
  const list = (locale: 'ru' | 'en', and: string): string => {
    const words = names.map((name) => name[locale]);
    return words.length > 1 ? `${words.slice(0, -1).join(', ')} ${and} ${words[words.length - 1]}` : (words[0] ?? '');
  };
  return {
    ru: `Не используйте в пароле личные данные — уберите ${list('ru', 'и')}`,
    en: `Do not use personal data in the password — remove your ${list('en', 'and')}`,
  };
}

/** Names the character that may not be in a password. */
function forbiddenMessage(char: string): LocalizedText {
  if (char === ' ')
    return { ru: 'Уберите пробел: в пароле его быть не может', en: 'Remove the space: a password cannot have one' };
  if (char === '\t')
    return { ru: 'Уберите табуляцию: в пароле её быть не может', en: 'Remove the tab: a password cannot have one' };
  const code = `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
  return {
    ru: `Уберите невидимый символ ${code}: в пароле его быть не может`,
    en: `Remove the invisible character ${code}: a password cannot have one`,
  };
}

function messageFor(
  rule: Exclude<PasswordRule, 'contains-personal' | 'forbidden-char'>,
  minLength: number,
): LocalizedText {
  switch (rule) {
    case 'too-short':
      return {
        ru: `Пароль должен быть не короче ${minLength} ${pluralForm('ru', minLength, { one: 'символа', few: 'символов', many: 'символов', other: 'символов' })}`,
        en: `Use at least ${minLength} ${pluralForm('en', minLength, { one: 'character', other: 'characters' })}`,
      };
    case 'no-uppercase':
      return { ru: 'Добавьте заглавную букву', en: 'Add a capital letter' };
    case 'no-lowercase':
      return { ru: 'Добавьте строчную букву', en: 'Add a lowercase letter' };
    case 'no-digit':
      return { ru: 'Добавьте цифру', en: 'Add a digit' };
    case 'no-special':
      return {
        ru: 'Добавьте специальный символ, например ! ? % или #',
        en: 'Add a special character such as ! ? % or #',
      };
    case 'keyboard-run':
      return {
        ru: 'Уберите последовательность соседних клавиш или цифр, например qwer, йцук или 1234',
        en: 'Remove the run of neighbouring keys or digits, such as qwer, йцук or 1234',
      };
    case 'repeated-char':
      return {
        ru: 'Не повторяйте один и тот же символ три раза подряд',
        en: 'Do not repeat the same character three times in a row',
      };
  }
}

const UPPERCASE = /[A-ZА-ЯЁ]/u;
const LOWERCASE = /[a-zа-яё]/u;
const DIGIT = /\d/u;
// Punctuation and symbols; spaces do not count, they are too easy to add without adding strength.
const SPECIAL = /[^\p{L}\p{N}\s]/u;
const FORBIDDEN = /[\s\p{Cc}\p{Cf}]/u;
const REPEATED = /(.)\1\1/iu;

/**
 * Checks a new password against the policy and reports every failed rule.
 *
 * Score: one point each for reaching `minLength`, for `minLength + 4`, for three kinds of character (of
 * uppercase, lowercase, digit, special) and for all four. A valid password scores those points — at least 3,
 * since it has all four kinds — and an invalid one loses a point for each failure after the first and is capped
 * at 2, so the meter never shows "strong" for a password the form will refuse.
 */
export function checkPassword(password: string, options: PasswordOptions = {}): PasswordCheck {
  const minLength = options.minLength ?? DEFAULT_MIN_LENGTH;
  const length = [...password].length;
  const lowered = password.toLowerCase();
  const kinds = [UPPERCASE, LOWERCASE, DIGIT, SPECIAL].filter((kind) => kind.test(password)).length;
  const personalItems = options.person ? personalItemsIn(lowered, options.person) : [];

  const failed: Readonly<Record<PasswordRule, boolean>> = {
    'too-short': length < minLength,
    'no-uppercase': !UPPERCASE.test(password),
    'no-lowercase': !LOWERCASE.test(password),
    'no-digit': !DIGIT.test(password),
    'no-special': !SPECIAL.test(password),
    'keyboard-run': hasKeyboardRun(lowered),
    'repeated-char': REPEATED.test(password),
    'contains-personal': personalItems.length > 0,
    'forbidden-char': FORBIDDEN.test(password),
  };
  const failures = PASSWORD_RULES.filter((rule) => failed[rule]).map((rule): PasswordFailure => ({
    rule,
    message:
      rule === 'contains-personal'
        ? personalMessage(personalItems)
        : rule === 'forbidden-char'
          ? forbiddenMessage(FORBIDDEN.exec(password)?.[0] ?? ' ')
          : messageFor(rule, minLength),
  }));

  const points =
    Number(length >= minLength) + Number(length >= minLength + 4) + Number(kinds >= 3) + Number(kinds === 4);
  const score = failures.length === 0 ? points : Math.max(0, Math.min(2, points - (failures.length - 1)));
  return { valid: failures.length === 0, failures, score: score as PasswordScore };
}
