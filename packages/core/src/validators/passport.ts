import {
  anniversary,
  compareCalendarDates,
  parseCalendarDate,
  resolveToday,
  toCalendarDate,
  type CalendarDate,
  type CalendarDateInput,
} from './calendar-date.js';
import { rejectWith, valid, type ReasonMessages, type ValidationResult } from './result.js';

/** Series and number of a Russian internal passport. */
export interface PassportNumber {
  /** Four digits: region code and the last two digits of the blank's print year. */
  readonly series: string;
  /** Six digits. */
  readonly number: string;
}

export type PassportInvalidReason = 'empty' | 'format';
export type DivisionCodeInvalidReason = 'empty' | 'format';
export type PassportIssueDateInvalidReason =
  | 'empty'
  | 'format'
  | 'nonexistent'
  | 'future'
  /** Before the day passports of the current type were first issued. */
  | 'before-introduction'
  /** Before the holder's 14th birthday, the age at which a passport is first issued. */
  | 'before-age-14';

export interface PassportIssueDateOptions {
  /**
   * The holder's birth date. Text that is not a date is ignored: the birth date field reports its own error,
   * and the issue date should not fail because of a typo elsewhere.
   */
  readonly birthDate?: CalendarDateInput;
  /** Defaults to the current day on the local clock. */
  readonly today?: CalendarDateInput;
}

// "№" appears in front of the number on many printed forms and gets copied along with it.
const PASSPORT_SHAPE = /^(\d{2})\s?(\d{2})\s?(?:№\s?)?(\d{6})$/u;
const DIVISION_CODE_SHAPE = /^(\d{3})[\s\-‐-―−]?(\d{3})$/u;
const AGE_OF_FIRST_PASSPORT = 14;
/** Decree No. 828 of 8 July 1997; the new passports were issued from 1 October 1997. */
const PASSPORT_INTRODUCTION: CalendarDate = { day: 1, month: 10, year: 1997, iso: '1997-10-01' };

const passportMessages: ReasonMessages<PassportInvalidReason> = {
  empty: { ru: 'Укажите серию и номер паспорта', en: 'Enter the passport series and number' },
  format: {
    ru: 'Серия паспорта — 4 цифры, номер — 6 цифр, например 45 06 123456',
    en: 'The passport series has 4 digits and the number 6, for example 45 06 123456',
  },
};

const divisionCodeMessages: ReasonMessages<DivisionCodeInvalidReason> = {
  empty: { ru: 'Укажите код подразделения', en: 'Enter the issuing office code' },
  format: {
    ru: 'Код подразделения состоит из 6 цифр, например 770-001',
    en: 'The issuing office code has 6 digits, for example 770-001',
  },
};

const issueDateMessages: ReasonMessages<PassportIssueDateInvalidReason> = {
  empty: { ru: 'Укажите дату выдачи паспорта', en: 'Enter the date of issue' },
  format: {
    ru: 'Укажите дату в формате ДД.ММ.ГГГГ, например 15.03.2010',
    en: 'Enter the date as DD.MM.YYYY, for example 15.03.2010',
  },
  nonexistent: {
    ru: 'Такой даты нет в календаре — проверьте день и месяц',
    en: 'This date does not exist — check the day and month',
  },
  future: {
    ru: 'Дата выдачи не может быть позже сегодняшнего дня',
    en: 'The date of issue cannot be later than today',
  },
  'before-introduction': {
    ru: 'Паспорта РФ этого образца выдаются с 1 октября 1997 года — проверьте дату выдачи',
    en: 'Russian passports of this type have been issued since 1 October 1997 — check the date of issue',
  },
  'before-age-14': {
    ru: 'Паспорт выдаётся с 14 лет — проверьте дату выдачи и дату рождения',
    en: 'A passport is issued from the age of 14 — check the date of issue and the date of birth',
  },
};

const rejectPassport = rejectWith(passportMessages);
const rejectDivisionCode = rejectWith(divisionCodeMessages);
const rejectIssueDate = rejectWith(issueDateMessages);

/** Series and number from `45 06 123456`, `4506 123456` or `4506123456`; null for anything else. */
export function normalizePassport(input: string): PassportNumber | null {
  const groups = PASSPORT_SHAPE.exec(input.trim());
  return groups ? { series: `${groups[1]}${groups[2]}`, number: groups[3] ?? '' } : null;
}

/** `45 06 123456`; input that is not a passport series and number is returned unchanged. */
export function formatPassport(input: string | PassportNumber): string {
  const passport = typeof input === 'string' ? normalizePassport(input) : input;
  if (!passport) return typeof input === 'string' ? input : '';
  return `${passport.series.slice(0, 2)} ${passport.series.slice(2)} ${passport.number}`;
}

export function validatePassport(
  input: string | null | undefined,
): ValidationResult<PassportNumber, PassportInvalidReason> {
  if (!input?.trim()) return rejectPassport('empty');
  const passport = normalizePassport(input);
  return passport ? valid(passport) : rejectPassport('format');
}

/** `NNN-NNN` from `123456` or `123-456`; null for anything else. */
export function normalizeDivisionCode(input: string): string | null {
  const groups = DIVISION_CODE_SHAPE.exec(input.trim());
  return groups ? `${groups[1]}-${groups[2]}` : null;
}

/** `NNN-NNN`; input that is not a division code is returned unchanged. */
export function formatDivisionCode(input: string): string {
  return normalizeDivisionCode(input) ?? input;
}

export function validateDivisionCode(
  input: string | null | undefined,
): ValidationResult<string, DivisionCodeInvalidReason> {
  if (!input?.trim()) return rejectDivisionCode('empty');
  const code = normalizeDivisionCode(input);
  return code ? valid(code) : rejectDivisionCode('format');
}

/** Accepts `DD.MM.YYYY` or `YYYY-MM-DD`. */
export function validatePassportIssueDate(
  input: string | null | undefined,
  options: PassportIssueDateOptions = {},
): ValidationResult<CalendarDate, PassportIssueDateInvalidReason> {
  const today = resolveToday(options.today);
  if (!input?.trim()) return rejectIssueDate('empty');
  const parsed = parseCalendarDate(input);
  if (!parsed.ok) return rejectIssueDate(parsed.problem);
  const issued = parsed.date;
  if (compareCalendarDates(issued, today) > 0) return rejectIssueDate('future');
  if (compareCalendarDates(issued, PASSPORT_INTRODUCTION) < 0) return rejectIssueDate('before-introduction');
  const birth = options.birthDate === undefined ? null : toCalendarDate(options.birthDate);
  if (birth && compareCalendarDates(issued, anniversary(birth, AGE_OF_FIRST_PASSPORT)) < 0) {
    return rejectIssueDate('before-age-14');
  }
  return valid(issued);
}
