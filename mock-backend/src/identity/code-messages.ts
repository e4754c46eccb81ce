import { pluralForm } from '@gos-elements/core';
import type { CodePurpose } from './types.js';

/** What a sent code says, in the words Gosuslugi uses; the code itself is always followed by a warning. */
export interface CodeMessage {
  readonly subject?: string;
  readonly text: string;
}

const MINUTE = 60_000;

function minutes(ms: number): string {
  const count = Math.max(1, Math.round(ms / MINUTE));
  return `${count} ${pluralForm('ru', count, { one: 'минуту', few: 'минуты', many: 'минут', other: 'минуты' })}`;
}

/** An SMS is short: the code, what it is for, the warning. */
export function smsCodeMessage(purpose: CodePurpose, code: string): CodeMessage {
  return purpose === 'sign-in'
    ? { text: `Код для входа на Госуслуги: ${code}. Никому его не сообщайте.` }
    : {
        text: `Код для восстановления доступа к Госуслугам: ${code}. Никому его не сообщайте, даже сотрудникам Госуслуг.`,
      };
}

/** An e-mail has room for a greeting, the code's lifetime and what to do if it was not you. */
export function emailCodeMessage(
  purpose: CodePurpose,
  code: string,
  firstName: string,
  lifetimeMs: number,
): CodeMessage {
  const lifetime = `Код действует ${minutes(lifetimeMs)}.`;
  if (purpose === 'sign-in') {
    return {
      subject: 'Код для входа на Госуслуги',
      text: [
        `Здравствуйте, ${firstName}!`,
        '',
        `Код для входа на Госуслуги: ${code}. Никому его не сообщайте.`,
        lifetime,
        '',
        'Если вы не входили на Госуслуги, смените пароль: кто-то знает ваш текущий.',
      ].join('\n'),
    };
  }
  return {
    subject: 'Восстановление доступа к Госуслугам',
    text: [
      `Здравствуйте, ${firstName}!`,
      '',
      `Код для восстановления доступа к Госуслугам: ${code}. Никому его не сообщайте, даже сотрудникам Госуслуг.`,
      lifetime,
      '',
      'Если вы не восстанавливали доступ, просто не вводите код — пароль останется прежним.',
    ].join('\n'),
  };
}
