// Every string <gos-otp-prompt> shows or announces, in Russian (default) and English.
import { pluralForm } from '@gos-elements/core/i18n/format';
import type { Catalog, Messages } from '../internal/localize.js';

const ruDigits = (n: number) =>
  `${n} ${pluralForm('ru', n, { one: 'цифры', few: 'цифр', many: 'цифр', other: 'цифры' })}`;
const ruChars = (n: number) =>
  `${n} ${pluralForm('ru', n, { one: 'символа', few: 'символов', many: 'символов', other: 'символа' })}`;
const enDigits = (n: number) => `${n}-digit`;

/** «1 минуту», «30 секунд»: whole minutes are said in minutes. */
const ruDuration = (seconds: number) =>
  seconds >= 60 && seconds % 60 === 0
    ? `${seconds / 60} ${pluralForm('ru', seconds / 60, { one: 'минуту', few: 'минуты', many: 'минут', other: 'минуты' })}`
    : `${seconds} ${pluralForm('ru', seconds, { one: 'секунду', few: 'секунды', many: 'секунд', other: 'секунды' })}`;
const enDuration = (seconds: number) =>
  seconds >= 60 && seconds % 60 === 0
    ? `${seconds / 60} ${pluralForm('en', seconds / 60, { one: 'minute', other: 'minutes' })}`
    : `${seconds} ${pluralForm('en', seconds, { one: 'second', other: 'seconds' })}`;

const ru = {
  labelSms: 'Код из SMS',
  labelEmail: 'Код из письма',
  labelTotp: 'Код из приложения',
  labelBackup: 'Резервный код',
  hintSms: (length: number, destination?: string) =>
    destination
      ? `Мы отправили код из ${ruDigits(length)} на номер ${destination}`
      : `Мы отправили код из ${ruDigits(length)} в SMS`,
  hintEmail: (length: number, destination?: string) =>
    destination
      ? `Мы отправили код из ${ruDigits(length)} на адрес ${destination}`
      : `Мы отправили код из ${ruDigits(length)} на вашу электронную почту`,
  hintTotp: (length: number) => `Откройте приложение-аутентификатор и введите код из ${ruDigits(length)}`,
  hintBackup: (length: number, example: string) =>
    `Введите один из сохранённых резервных кодов: ${ruChars(length)}, например ${example}. Каждый код действует один раз`,
  countdown: (time: string) => `Код действует ещё ${time}`,
  expiredSent: 'Срок действия кода истёк. Запросите новый код',
  expiredHeld: 'Срок действия кода истёк',
  announceRemaining: (seconds: number) => `Код действует ещё ${ruDuration(seconds)}`,
  attemptsLeft: (n: number) =>
    pluralForm('ru', n, {
      one: `Осталась ${n} попытка`,
      few: `Осталось ${n} попытки`,
      many: `Осталось ${n} попыток`,
      other: `Осталось ${n} попытки`,
    }),
  exhaustedSent: 'Попытки ввода этого кода закончились. Запросите новый код',
  exhaustedHeld: (canSwitch: boolean): string =>
    canSwitch ? 'Попытки ввода кода закончились. Выберите другой способ' : 'Попытки ввода кода закончились',
  locked: (time: string) => `Слишком много попыток. Повторите после ${time}`,
  incompleteDigits: (length: number) => `Введите код полностью: ${ruDigits(length)}`,
  incompleteBackup: (length: number) => `Введите резервный код полностью: ${ruChars(length)}`,
  busy: 'Проверяем код…',
  resend: 'Получить новый код',
  resendWait: (time: string) => `Новый код можно получить через ${time}`,
  resendAvailable: 'Теперь можно получить новый код',
  switchToggle: 'Другой способ',
  switchList: 'Другие способы подтверждения',
  switchSms: 'Код по SMS',
  switchEmail: 'Код на электронную почту',
  switchTotp: 'Код из приложения',
  switchBackup: 'Резервный код',
} satisfies Messages;

const en: typeof ru = {
  labelSms: 'Code from the text message',
  labelEmail: 'Code from the e-mail',
  labelTotp: 'Code from the app',
  labelBackup: 'Backup code',
  hintSms: (length: number, destination?: string) =>
    destination
      ? `We have sent a ${enDigits(length)} code to ${destination}`
      : `We have sent a ${enDigits(length)} code by text message`,
  hintEmail: (length: number, destination?: string) =>
    destination
      ? `We have sent a ${enDigits(length)} code to ${destination}`
      : `We have sent a ${enDigits(length)} code to your e-mail`,
  hintTotp: (length: number) => `Open your authenticator app and enter the ${enDigits(length)} code`,
  hintBackup: (length: number, example: string) =>
    `Enter one of the backup codes you saved: ${length} ${pluralForm('en', length, { one: 'character', other: 'characters' })}, for example ${example}. Each code works once`,
  countdown: (time: string) => `The code expires in ${time}`,
  expiredSent: 'The code has expired. Request a new one',
  expiredHeld: 'The code has expired',
  announceRemaining: (seconds: number) => `The code expires in ${enDuration(seconds)}`,
  attemptsLeft: (n: number) => pluralForm('en', n, { one: `${n} attempt left`, other: `${n} attempts left` }),
  exhaustedSent: 'No attempts left for this code. Request a new one',
  exhaustedHeld: (canSwitch: boolean) => (canSwitch ? 'No attempts left. Choose another method' : 'No attempts left'),
  locked: (time: string) => `Too many attempts. Try again after ${time}`,
  incompleteDigits: (length: number) => `Enter the whole code: ${length} digits`,
  incompleteBackup: (length: number) =>
    `Enter the whole backup code: ${length} ${pluralForm('en', length, { one: 'character', other: 'characters' })}`,
  busy: 'Checking the code…',
  resend: 'Get a new code',
  resendWait: (time: string) => `You can get a new code in ${time}`,
  resendAvailable: 'You can now get a new code',
  switchToggle: 'Another method',
  switchList: 'Other ways to confirm',
  switchSms: 'Code by text message',
  switchEmail: 'Code by e-mail',
  switchTotp: 'Code from the app',
  switchBackup: 'Backup code',
};

export const messages: Catalog<typeof ru> = { ru, en };
