import type { LocalizedText } from '../i18n/locale.js';
import {
  ageOn,
  compareCalendarDates,
  formatCalendarDate,
  parseCalendarDate,
  resolveToday,
  type CalendarDate,
  type CalendarDateInput,
} from './calendar-date.js';
import { pluralForm } from '../i18n/format.js';
import { invalid, valid, type ValidationResult } from './result.js';

export type BirthDateInvalidReason =
  | 'empty'
  /** Not `ДД.ММ.ГГГГ` (or ISO `YYYY-MM-DD`). */
  | 'format'
  /** Shaped like a date, but the calendar has no such day: 31.04, 29.02.2023. */
  | 'nonexistent'
  | 'future'
  | 'too-young'
  | 'too-old';

export interface BirthDateOptions {
  /** Youngest accepted age in full years; 18 by default. */
  readonly minAge?: number;
  /** Oldest believable age; 120 by default, so a mistyped century (01.01.1090) is caught. */
  readonly maxAge?: number;
  /** Defaults to the current day on the local clock. */
  readonly today?: CalendarDateInput;
}

const DEFAULT_MIN_AGE = 18;
const DEFAULT_MAX_AGE = 120;

// "не меньше 18 лет", "не меньше 21 года": the numeral governs the genitive.
function yearsGenitive(count: number): LocalizedText {
  return {
    ru: `${count} ${pluralForm('ru', count, { one: 'года', few: 'лет', many: 'лет', other: 'лет' })}`,
    en: `${count} ${pluralForm('en', count, { one: 'year', other: 'years' })}`,
  };
}

function messageFor(reason: BirthDateInvalidReason, minAge: number, maxAge: number): LocalizedText {
  switch (reason) {
    case 'empty':
      return { ru: 'Укажите дату рождения', en: 'Enter your date of birth' };
    case 'format':
      return {
        ru: 'Укажите дату в формате ДД.ММ.ГГГГ, например 01.09.1990',
        en: 'Enter the date as DD.MM.YYYY, for example 01.09.1990',
      };
    case 'nonexistent':
      return {
        ru: 'Такой даты нет в календаре — проверьте день и месяц',
        en: 'This date does not exist — check the day and month',
      };
    case 'future':
      return {
        ru: 'Дата рождения не может быть позже сегодняшнего дня',
        en: 'The date of birth cannot be later than today',
      };
    case 'too-young': {
      const years = yearsGenitive(minAge);
      return { ru: `Возраст должен быть не меньше ${years.ru}`, en: `You must be at least ${years.en} old` };
    }
    case 'too-old': {
      const years = yearsGenitive(maxAge);
      return {
        ru: `Проверьте год рождения: возраст не может быть больше ${years.ru}`,
        en: `Check the year of birth: the age cannot be more than ${years.en}`,
      };
    }
  }
}

/** `DD.MM.YYYY` from `D.M.YYYY` or `YYYY-MM-DD`; input that is not a real date is returned unchanged. */
export function formatBirthDate(input: string): string {
  const parsed = parseCalendarDate(input);
  return parsed.ok ? formatCalendarDate(parsed.date) : input;
}

export function validateBirthDate(
  input: string | null | undefined,
  options: BirthDateOptions = {},
): ValidationResult<CalendarDate, BirthDateInvalidReason> {
  const { minAge = DEFAULT_MIN_AGE, maxAge = DEFAULT_MAX_AGE } = options;
  const today = resolveToday(options.today);
  const reject = (reason: BirthDateInvalidReason) => invalid(reason, messageFor(reason, minAge, maxAge));
  if (!input?.trim()) return reject('empty');
  const parsed = parseCalendarDate(input);
  if (!parsed.ok) return reject(parsed.problem);
  const birth = parsed.date;
  if (compareCalendarDates(birth, today) > 0) return reject('future');
  const age = ageOn(birth, today);
  if (age < minAge) return reject('too-young');
  if (age > maxAge) return reject('too-old');
  return valid(birth);
}
