import { problemTypeUri, type AccountLevel, type ProblemDetails } from '@gos-elements/contracts';
import type { PaymentsError } from './payments.js';

const TITLES: Record<PaymentsError['code'], string> = {
  'payment-not-found': 'Выплата не найдена',
  'period-too-long': 'Слишком длинный период',
};

/** The problem+json body for a payments failure: the same for the Express routes and the MSW handlers. */
export function paymentsProblem(error: PaymentsError, instance: string): ProblemDetails {
  return {
    type: problemTypeUri(error.code),
    title: TITLES[error.code],
    status: error.status,
    code: error.code,
    detail: error.message,
    instance,
  };
}

const LEVEL_NAMES: Record<AccountLevel, string> = {
  simplified: 'упрощённая',
  standard: 'стандартная',
  confirmed: 'подтверждённая',
};

/**
 * 403 for an account whose level does not allow payment data: why (the data comes from the Social Fund and the
 * social-protection bodies, which give it only about a person whose identity was checked) and how to raise it.
 */
export function accountLevelProblem(level: AccountLevel, instance: string): ProblemDetails {
  return {
    type: problemTypeUri('account-level-too-low'),
    title: 'Нужна стандартная или подтверждённая учётная запись',
    status: 403,
    code: 'account-level-too-low',
    detail:
      `Ваша учётная запись — ${LEVEL_NAMES[level]}. Сведения о выплатах приходят из Социального фонда России и ` +
      'органов социальной защиты, а они передают их только о человеке, чья личность проверена. Чтобы повысить ' +
      'уровень, укажите в профиле СНИЛС и данные паспорта: после автоматической проверки учётная запись станет ' +
      'стандартной, и выплаты будут видны. Подтвердить её можно в центре обслуживания, через банк или электронной ' +
      'подписью.',
    instance,
  };
}
