// Every string <gos-login-button> shows or announces, in Russian (default) and English.
import type { AccountLevel, SessionEndReason, SessionErrorCode } from '@gos-elements/core';
import { pluralForm } from '@gos-elements/core/i18n/format';
import type { Catalog, Messages } from '../internal/localize.js';

const ru = {
  signIn: 'Войти через Госуслуги',
  restoring: 'Проверяем вход…',
  signingIn: 'Выполняем вход…',
  signingOut: 'Выполняем выход…',
  level: (level: AccountLevel): string =>
    ({ simplified: 'Упрощённая', standard: 'Стандартная', confirmed: 'Подтверждённая' })[level],
  accountOf: 'учётная запись',
  about: (level: AccountLevel): string =>
    ({
      simplified:
        'Упрощённая учётная запись: доступны справочные услуги. Для большинства услуг укажите СНИЛС и паспорт.',
      standard: 'Стандартная учётная запись: СНИЛС и паспорт проверены. Часть услуг требует подтверждённой записи.',
      confirmed: 'Подтверждённая учётная запись: доступны все услуги портала.',
    })[level],
  journal: 'Журнал входов',
  signOut: 'Выйти',
  error: (code: SessionErrorCode): string =>
    ({
      unavailable: 'Сервис входа Госуслуг сейчас недоступен. Проверьте подключение к интернету и повторите попытку.',
      'popup-closed': 'Окно входа закрыто до завершения входа.',
      denied: 'Вход не выполнен: Госуслуги отклонили запрос.',
      callback: 'Не удалось завершить вход. Попробуйте войти ещё раз.',
      config: 'Вход через Госуслуги не настроен на этом сайте.',
    })[code],
  retry: 'Повторить',
  ended: (reason: SessionEndReason): string =>
    ({
      idle: 'Сеанс завершён из-за бездействия. Войдите снова.',
      expired: 'Срок действия сеанса истёк. Войдите снова.',
      revoked: 'Сеанс завершён на Госуслугах. Войдите снова.',
    })[reason],
  required: (level: AccountLevel): string =>
    level === 'confirmed'
      ? 'Для этой услуги нужна подтверждённая учётная запись. Подтвердите личность в МФЦ или центре обслуживания, электронной подписью или онлайн через банк.'
      : 'Для этой услуги нужна стандартная учётная запись. Укажите СНИЛС и паспорт в профиле Госуслуг и дождитесь их проверки.',
  upgrade: 'Как повысить уровень учётной записи',
  idleTitle: 'Сеанс скоро завершится',
  idleText: 'Вы давно не совершали действий. Чтобы остаться в системе, нажмите «Продолжить работу».',
  idleEndsIn: 'Сеанс завершится через',
  idleLeft: (seconds: number) =>
    `Сеанс завершится через ${seconds} ${pluralForm('ru', seconds, { one: 'секунду', few: 'секунды', many: 'секунд', other: 'секунды' })}`,
  continue: 'Продолжить работу',
} satisfies Messages;

const en: typeof ru = {
  signIn: 'Sign in with Gosuslugi',
  restoring: 'Checking sign-in…',
  signingIn: 'Signing in…',
  signingOut: 'Signing out…',
  level: (level) => ({ simplified: 'Simplified', standard: 'Standard', confirmed: 'Confirmed' })[level],
  accountOf: 'account',
  about: (level) =>
    ({
      simplified: 'Simplified account: information services only. Add your SNILS and passport for most services.',
      standard: 'Standard account: SNILS and passport checked. Some services need a confirmed account.',
      confirmed: 'Confirmed account: every service of the portal is available.',
    })[level],
  journal: 'Sign-in history',
  signOut: 'Sign out',
  error: (code) =>
    ({
      unavailable: 'Gosuslugi sign-in is unavailable right now. Check your connection and try again.',
      'popup-closed': 'The sign-in window was closed before sign-in finished.',
      denied: 'Not signed in: Gosuslugi refused the request.',
      callback: 'Sign-in could not be completed. Please sign in again.',
      config: 'Sign-in with Gosuslugi is not set up on this site.',
    })[code],
  retry: 'Try again',
  ended: (reason) =>
    ({
      idle: 'You were signed out after a period of inactivity. Sign in again.',
      expired: 'Your session has expired. Sign in again.',
      revoked: 'Your session was ended on Gosuslugi. Sign in again.',
    })[reason],
  required: (level) =>
    level === 'confirmed'
      ? 'This service needs a confirmed account. Confirm your identity at a service centre, with an electronic signature or online through your bank.'
      : 'This service needs a standard account. Add your SNILS and passport in your Gosuslugi profile and wait for the check.',
  upgrade: 'How to raise your account level',
  idleTitle: 'Your session is about to end',
  idleText: 'You have been inactive for a while. To stay signed in, press “Continue”.',
  idleEndsIn: 'Your session ends in',
  idleLeft: (seconds) => `Session ends in ${seconds} ${pluralForm('en', seconds, { one: 'second', other: 'seconds' })}`,
  continue: 'Continue',
};

export const messages: Catalog<typeof ru> = { ru, en };
