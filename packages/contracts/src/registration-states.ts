// Plain data, no zod: what browsers need of a registration's states and check outcomes without the schemas.

/**
 * Where a registration stands. Contacts first (codes to the phone and e-mail), then personal data, which starts the
 * registry checks; a password and the consent are given while they run; completion creates the account.
 */
export const REGISTRATION_STATES = [
  'contacts-pending',
  'contacts-verified',
  'personal-data',
  'checks-in-progress',
  'checks-passed',
  'checks-failed',
  'credentials-set',
  'completed',
] as const;
export type RegistrationState = (typeof REGISTRATION_STATES)[number];

/** The registries a registration is checked against, named as the agencies are named today. */
export const REGISTRIES = {
  'social-fund': { title: 'Социальный фонд России', checks: 'СНИЛС' },
  mvd: { title: 'МВД России', checks: 'паспорт' },
  fns: { title: 'ФНС России', checks: 'ИНН' },
} as const;
export type Registry = keyof typeof REGISTRIES;

/** The checks a registration goes through, and the registry each one asks. */
export const REGISTRATION_CHECKS = { snils: 'social-fund', passport: 'mvd' } as const satisfies Record<
  string,
  Registry
>;
export type RegistrationCheckName = keyof typeof REGISTRATION_CHECKS;

export type RegistrationCheckStatus = 'pending' | 'passed' | 'failed' | 'clarification-requested';

/**
 * Why a check did not pass, with the message a person reads (Russian; the elements translate by code).
 * `clarification` reasons can still pass once the person answers; the others end the check.
 */
export const CHECK_REASONS = {
  'snils-not-found': {
    outcome: 'failed',
    message: 'Социальный фонд России не нашёл такой СНИЛС. Проверьте номер на карточке или в приложении СФР.',
  },
  'snils-person-mismatch': {
    outcome: 'failed',
    message: 'СНИЛС принадлежит другому человеку: фамилия, имя, отчество или дата рождения не совпадают.',
  },
  'snils-taken': {
    outcome: 'failed',
    message: 'Этот СНИЛС уже указан в другой учётной записи. Войдите в неё или восстановите доступ.',
  },
  'passport-not-found': {
    outcome: 'failed',
    message: 'МВД России не подтверждает паспорт с такими серией, номером и датой выдачи. Проверьте их по паспорту.',
  },
  'passport-invalid': {
    outcome: 'failed',
    message: 'МВД России сообщает, что паспорт недействителен. Проверьте серию и номер или обратитесь в МВД.',
  },
  'passport-person-mismatch': {
    outcome: 'failed',
    message: 'Паспорт выдан другому человеку: данные владельца не совпадают с указанными.',
  },
  'passport-taken': {
    outcome: 'failed',
    message: 'Этот паспорт уже указан в другой учётной записи. Войдите в неё или восстановите доступ.',
  },
  'snils-previous-name': {
    outcome: 'clarification',
    message:
      'В Социальном фонде России СНИЛС записан на другую фамилию. Если вы меняли фамилию, укажите прежнюю — мы проверим ещё раз.',
  },
} as const satisfies Record<string, { outcome: 'failed' | 'clarification'; message: string }>;
export type CheckReason = keyof typeof CHECK_REASONS;

/** Upload slots of a registration: what each scan is for. */
export const REGISTRATION_DOCUMENT_SLOTS = {
  'passport-main': { title: 'Разворот паспорта с фотографией', required: true },
  'passport-registration': { title: 'Страница паспорта с регистрацией', required: true },
  'address-proof': { title: 'Подтверждение адреса (по желанию)', required: false },
} as const;
export type RegistrationDocumentSlot = keyof typeof REGISTRATION_DOCUMENT_SLOTS;

/** The consent document (152-FZ) a registration records: its version, shown and stored with the time of consent. */
export const PERSONAL_DATA_CONSENT = {
  version: '2025-09-01',
  title: 'Согласие на обработку персональных данных',
} as const;
