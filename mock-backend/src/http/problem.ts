import { PROBLEM_CONTENT_TYPE, problemTypeUri, type FieldError, type ProblemDetails } from '@gos-elements/contracts';
import type { Request, Response } from 'express';

export { problemTypeUri };

export interface HttpProblemInit {
  /** HTTP status, 400–599. */
  readonly status: number;
  /** Stable machine code, English kebab-case (`not-found`, `validation-failed`); clients switch on it. */
  readonly code: string;
  /** Short Russian summary for people; the same for every occurrence of this code. */
  readonly title: string;
  /** Russian explanation of this occurrence: what is wrong and what to do. Shown to the client — no internals. */
  readonly detail?: string;
  /** Per-field problems of the request body or query. */
  readonly errors?: readonly FieldError[];
  /** Defaults to {@link problemTypeUri}(code). */
  readonly type?: string;
  /** The underlying error, for the server log only; never sent. */
  readonly cause?: unknown;
}

/**
 * An error a route throws (or passes to `next`) to answer with `application/problem+json`.
 * Everything in it except `cause` is sent to the client, so put only safe, Russian, user-facing text in it.
 *
 * ```ts
 * throw new HttpProblem({ status: 409, code: 'already-registered', title: 'Учётная запись уже существует' });
 * throw HttpProblem.validationFailed([{ field: 'snils', code: 'checksum', message: 'Неверная контрольная сумма СНИЛС' }]);
 * ```
 */
export class HttpProblem extends Error {
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly detail: string | undefined;
  readonly errors: readonly FieldError[] | undefined;
  readonly type: string;

  constructor(init: HttpProblemInit) {
    super(`${init.status} ${init.code}: ${init.title}`, init.cause === undefined ? undefined : { cause: init.cause });
    if (!Number.isInteger(init.status) || init.status < 400 || init.status > 599) {
      throw new RangeError(`HttpProblem status must be an integer 400–599, got ${init.status}`);
    }
    this.name = 'HttpProblem';
    this.status = init.status;
    this.code = init.code;
    this.title = init.title;
    this.detail = init.detail;
    this.errors = init.errors;
    this.type = init.type ?? problemTypeUri(init.code);
  }

  /** The RFC 9457 body; `instance` is usually the request path. */
  toProblemDetails(instance?: string): ProblemDetails {
    return {
      type: this.type,
      title: this.title,
      status: this.status,
      code: this.code,
      ...(this.detail === undefined ? {} : { detail: this.detail }),
      ...(instance === undefined ? {} : { instance }),
      ...(this.errors === undefined ? {} : { errors: this.errors.map((error) => ({ ...error })) }),
    };
  }

  static badRequest(detail?: string): HttpProblem {
    return new HttpProblem({ status: 400, code: 'bad-request', title: 'Некорректный запрос', detail });
  }

  static validationFailed(errors: readonly FieldError[], detail?: string): HttpProblem {
    return new HttpProblem({
      status: 400,
      code: 'validation-failed',
      title: 'Данные запроса не прошли проверку',
      detail: detail ?? 'Исправьте отмеченные поля и повторите запрос.',
      errors,
    });
  }

  static notFound(detail?: string): HttpProblem {
    return new HttpProblem({ status: 404, code: 'not-found', title: 'Не найдено', detail });
  }

  static internal(cause?: unknown): HttpProblem {
    return new HttpProblem({
      status: 500,
      code: 'internal-error',
      title: 'Внутренняя ошибка сервера',
      detail: 'Что-то пошло не так на нашей стороне. Повторите попытку позже.',
      cause,
    });
  }
}

/** The request path without the query string (which may carry codes or tokens), for `instance`. */
export function problemInstance(req: Request): string {
  const url = req.originalUrl || req.url;
  const queryStart = url.indexOf('?');
  return queryStart === -1 ? url : url.slice(0, queryStart);
}

/** Writes a problem response: status, `application/problem+json`, Russian content, never cached. */
export function sendProblem(res: Response, problem: ProblemDetails): void {
  res
    .status(problem.status)
    .type(PROBLEM_CONTENT_TYPE)
    .set('Cache-Control', 'no-store')
    .set('Content-Language', 'ru')
    .send(JSON.stringify(problem));
}
