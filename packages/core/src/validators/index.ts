export {
  invalid,
  rejectWith,
  valid,
  type InvalidResult,
  type ReasonMessages,
  type ValidResult,
  type ValidationResult,
} from './result.js';
export {
  ageOn,
  formatCalendarDate,
  parseCalendarDate,
  type CalendarDate,
  type CalendarDateInput,
  type CalendarDateParse,
  type CalendarDateProblem,
} from './calendar-date.js';
export {
  formatSnils,
  normalizeSnils,
  snilsCheckNumber,
  validateSnils,
  type NormalizedSnils,
  type SnilsInvalidReason,
} from './snils.js';
export {
  innCheckDigits,
  normalizeInn,
  validateInn,
  type Inn,
  type InnInvalidReason,
  type InnKind,
  type InnOptions,
} from './inn.js';
export {
  normalizeOgrn,
  ogrnCheckDigit,
  validateOgrn,
  validateOgrnip,
  type Ogrn,
  type OgrnInvalidReason,
  type OgrnKind,
  type OgrnOptions,
} from './ogrn.js';
export {
  formatDivisionCode,
  formatPassport,
  normalizeDivisionCode,
  normalizePassport,
  validateDivisionCode,
  validatePassport,
  validatePassportIssueDate,
  type DivisionCodeInvalidReason,
  type PassportInvalidReason,
  type PassportIssueDateInvalidReason,
  type PassportIssueDateOptions,
  type PassportNumber,
} from './passport.js';
export {
  formatPhone,
  maskPhone,
  normalizePhone,
  validatePhone,
  type NormalizedPhone,
  type PhoneInvalidReason,
} from './phone.js';
export { maskEmail, normalizeEmail, validateEmail, type EmailInvalidReason } from './email.js';
export {
  normalizePersonName,
  validateFirstName,
  validateLastName,
  validatePatronymic,
  validatePersonName,
  type PersonNameInvalidReason,
  type PersonNameOptions,
  type PersonNamePart,
} from './person-name.js';
export {
  formatBirthDate,
  validateBirthDate,
  type BirthDateInvalidReason,
  type BirthDateOptions,
} from './birth-date.js';
export {
  PASSWORD_RULES,
  checkPassword,
  type PasswordCheck,
  type PasswordFailure,
  type PasswordOptions,
  type PasswordPersonalData,
  type PasswordRule,
  type PasswordScore,
} from './password.js';
