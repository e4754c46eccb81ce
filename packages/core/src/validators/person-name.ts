import type { LocalizedText } from '../i18n/locale.js';
import { pluralForm } from '../i18n/format.js';
import { invalid, valid, type ValidationResult } from './result.js';

export type PersonNameInvalidReason =
  | 'empty'
  /** Latin letters: names are written in Cyrillic, as in the passport. */
  | 'latin'
  | 'digits'
  /** Anything else that is not a Russian letter, hyphen, apostrophe or space. */
  | 'characters'
  | 'too-long'
  /** A hyphen or apostrophe at the start or the end. */
  | 'edge-punctuation'
  /** Two hyphens or apostrophes in a row, such as `Анна--Мария`. */
  | 'double-punctuation';

/** Which part of the full name a field holds; it only changes the wording of the "empty" message. */
export type PersonNamePart = 'last-name' | 'first-name' | 'patronymic';

export interface PersonNameOptions {
  readonly part?: PersonNamePart;
  /** True by default; an optional empty field is valid with the value `''`. */
  readonly required?: boolean;
  /** 60 by default, the limit of ESIA and of our contracts. */
  readonly maxLength?: number;
}

const DEFAULT_MAX_LENGTH = 60;

// The Russian alphabet only: ESIA and the passport office write names of every origin in it.
const LETTER = /[А-Яа-яЁё]/u;
const LATIN = /[A-Za-z]/u;
const DIGIT = /\p{N}/u;
// A typographic apostrophe (’) is what phones insert, so it is accepted alongside the typewriter one.
const ALLOWED = /^[А-Яа-яЁё'’\- ]+$/u;

const emptyMessages: Readonly<Record<PersonNamePart | 'any', LocalizedText>> = {
  'last-name': { ru: 'Укажите фамилию', en: 'Enter your last name' },
  'first-name': { ru: 'Укажите имя', en: 'Enter your first name' },
  patronymic: { ru: 'Укажите отчество', en: 'Enter your patronymic' },
  any: { ru: 'Заполните это поле', en: 'Fill in this field' },
};

function messageFor(
  reason: PersonNameInvalidReason,
  part: PersonNamePart | undefined,
  maxLength: number,
): LocalizedText {
  switch (reason) {
    case 'empty':
      return emptyMessages[part ?? 'any'];
    case 'latin':
      return {
        ru: 'Используйте кириллицу: данные нужно указать русскими буквами, как в паспорте',
        en: 'Use Cyrillic letters: write it in Russian, as in the passport',
      };
    case 'digits':
      return {
        ru: 'Уберите цифры: укажите данные как в паспорте',
        en: 'Remove the digits: write it as in the passport',
      };
    case 'characters':
      return {
        ru: 'Можно использовать только русские буквы, дефис, апостроф и пробел',
        en: 'Only Russian letters, hyphens, apostrophes and spaces are allowed',
      };
    case 'too-long':
      return {
        ru: `Не больше ${maxLength} ${pluralForm('ru', maxLength, { one: 'символа', few: 'символов', many: 'символов', other: 'символов' })}`,
        en: `No more than ${maxLength} ${pluralForm('en', maxLength, { one: 'character', other: 'characters' })}`,
      };
    case 'edge-punctuation':
      return {
        ru: 'Дефис или апостроф не может стоять в начале или в конце',
        en: 'A hyphen or apostrophe cannot come first or last',
      };
    case 'double-punctuation':
      return {
        ru: 'Между дефисами и апострофами должны быть буквы — уберите лишний знак',
        en: 'Hyphens and apostrophes must have letters between them — remove the extra one',
      };
  }
}

/**
 * Trimmed, runs of whitespace collapsed to one space, and spaces around hyphens and apostrophes removed
 * (`Салтыков - Щедрин` → `Салтыков-Щедрин`), so the value matches how the name is printed.
 */
export function normalizePersonName(input: string): string {
  return input
    .trim()
    .replace(/\s+/gu, ' ')
    .replace(/ ?(['’-]) ?/gu, '$1');
}

function findProblem(name: string, maxLength: number): PersonNameInvalidReason | null {
  if (LATIN.test(name)) return 'latin';
  if (DIGIT.test(name)) return 'digits';
  if (!ALLOWED.test(name)) return 'characters';
  if (name.length > maxLength) return 'too-long';
  const first = name.charAt(0);
  const last = name.charAt(name.length - 1);
  if (!LETTER.test(first) || !LETTER.test(last)) return 'edge-punctuation';
  if (/['’-]{2}/u.test(name)) return 'double-punctuation';
  return null;
}

/** A last name, first name or patronymic. */
export function validatePersonName(
  input: string | null | undefined,
  options: PersonNameOptions = {},
): ValidationResult<string, PersonNameInvalidReason> {
  const { part, required = true, maxLength = DEFAULT_MAX_LENGTH } = options;
  const name = normalizePersonName(input ?? '');
  if (name === '') return required ? invalid('empty', messageFor('empty', part, maxLength)) : valid('');
  const problem = findProblem(name, maxLength);
  return problem ? invalid(problem, messageFor(problem, part, maxLength)) : valid(name);
}

export function validateLastName(input: string | null | undefined): ValidationResult<string, PersonNameInvalidReason> {
  return validatePersonName(input, { part: 'last-name' });
}

export function validateFirstName(input: string | null | undefined): ValidationResult<string, PersonNameInvalidReason> {
  return validatePersonName(input, { part: 'first-name' });
}

/** Optional unless `required` is set: many people have no patronymic. */
export function validatePatronymic(
  input: string | null | undefined,
  options: Pick<PersonNameOptions, 'required'> = {},
): ValidationResult<string, PersonNameInvalidReason> {
  return validatePersonName(input, { part: 'patronymic', required: options.required ?? false });
}
