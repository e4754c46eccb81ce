// The job seeker's failures as the transports send them: a machine code, its status and a Russian title (the same
// for every occurrence), with a message for this occurrence.
import { problemTypeUri, type ProblemDetails } from '@gos-elements/contracts';

const PROBLEMS = {
  'vacancy-not-found': [404, 'Вакансия не найдена'],
  'favorites-full': [409, 'Избранное заполнено'],
  'resume-not-found': [404, 'Резюме не найдено'],
  'resume-file-not-found': [404, 'Файл резюме не найден'],
  'file-too-large': [413, 'Файл слишком большой'],
  'unsupported-media-type': [415, 'Неподдерживаемый тип файла'],
  'already-responded': [409, 'Отклик уже отправлен'],
  'resume-required': [409, 'Нужно резюме'],
  'response-not-found': [404, 'Отклик не найден'],
  'response-final': [409, 'Работодатель уже ответил'],
  'saved-search-not-found': [404, 'Сохранённый поиск не найден'],
  'saved-searches-full': [409, 'Слишком много сохранённых поисков'],
  'channel-unavailable': [409, 'Способ уведомления недоступен'],
} as const satisfies Record<string, readonly [number, string]>;

export type JobSeekerProblemCode = keyof typeof PROBLEMS;

/** A failure the transports turn into problem+json. Another account's data is «not found», never «forbidden». */
export class JobSeekerError extends Error {
  readonly code: JobSeekerProblemCode;
  readonly status: number;

  constructor(code: JobSeekerProblemCode, message: string) {
    super(message);
    this.name = 'JobSeekerError';
    this.code = code;
    this.status = PROBLEMS[code][0];
  }
}

export function jobSeekerProblem(error: JobSeekerError, instance: string): ProblemDetails {
  return {
    type: problemTypeUri(error.code),
    title: PROBLEMS[error.code][1],
    status: error.status,
    code: error.code,
    detail: error.message,
    instance,
  };
}

/** The same words as the public search's 404 (vacancies/problems.ts), so the SDK shows one message for both. */
export const VACANCY_GONE =
  'Вакансия снята с публикации или её не было. Вернитесь к поиску: похожие вакансии могут найтись там.';
