import { problemTypeUri, type ProblemDetails } from '@gos-elements/contracts';
import type { CabinetError } from './applications.js';

const TITLES: Record<CabinetError['code'], string> = {
  'not-found': 'Заявление не найдено',
  'not-cancellable': 'Заявление нельзя отозвать',
  'no-result': 'Результат ещё не готов',
  'not-requested': 'Документ не запрашивается',
  'already-uploaded': 'Документ уже загружен',
  empty: 'Пустой файл',
  'too-large': 'Файл слишком большой',
  'unsupported-type': 'Неподдерживаемый тип файла',
};

/** The problem+json body for a cabinet failure: the same for the Express routes and the MSW handlers. */
export function cabinetProblem(error: CabinetError, instance: string): ProblemDetails {
  return {
    type: problemTypeUri(error.code),
    title: TITLES[error.code],
    status: error.status,
    code: error.code,
    detail: error.message,
    instance,
  };
}

/** Why a request was not let in: no bearer token, or one the provider does not know (any more). */
export const UNAUTHORIZED = {
  title: 'Требуется вход',
  missing: 'Передайте access token Госуслуг в заголовке Authorization: Bearer <token>.',
  invalid: 'Access token недействителен или истёк. Войдите заново.',
} as const;

/** The 401 body, and the `WWW-Authenticate` challenge that goes with it. */
export function unauthorizedProblem(
  reason: 'missing' | 'invalid',
  instance: string,
): { problem: ProblemDetails; challenge: string } {
  return {
    problem: {
      type: problemTypeUri('unauthorized'),
      title: UNAUTHORIZED.title,
      status: 401,
      code: 'unauthorized',
      detail: UNAUTHORIZED[reason],
      instance,
    },
    challenge: reason === 'missing' ? 'Bearer' : 'Bearer error="invalid_token"',
  };
}
