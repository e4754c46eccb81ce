import type { ErrorRequestHandler, NextFunction, Request, RequestHandler, Response } from 'express';
import { HttpProblem, problemInstance, sendProblem } from './problem.js';

/** `res.locals` key under which the error handler leaves the problem code for the request log line. */
export const PROBLEM_CODE_LOCAL = 'problemCode';

/** Russian titles and machine codes for client errors raised by libraries (body parser, router) by status alone. */
const CLIENT_ERRORS: Readonly<Record<number, { code: string; title: string }>> = {
  400: { code: 'bad-request', title: 'Некорректный запрос' },
  401: { code: 'unauthorized', title: 'Требуется вход' },
  403: { code: 'forbidden', title: 'Доступ запрещён' },
  404: { code: 'not-found', title: 'Не найдено' },
  405: { code: 'method-not-allowed', title: 'Метод не поддерживается' },
  406: { code: 'not-acceptable', title: 'Формат ответа не поддерживается' },
  408: { code: 'request-timeout', title: 'Истекло время ожидания запроса' },
  409: { code: 'conflict', title: 'Конфликт с текущим состоянием' },
  411: { code: 'length-required', title: 'Не указана длина запроса' },
  413: { code: 'payload-too-large', title: 'Слишком большой запрос' },
  414: { code: 'uri-too-long', title: 'Слишком длинный адрес' },
  415: { code: 'unsupported-media-type', title: 'Неподдерживаемый формат данных' },
  422: { code: 'unprocessable-content', title: 'Запрос не может быть обработан' },
  429: { code: 'too-many-requests', title: 'Слишком много запросов' },
};

/** Specific messages for the errors `express.json()` (body-parser) raises, by their `type`. */
const BODY_PARSER_ERRORS: Readonly<Record<string, HttpProblemInitLite>> = {
  'entity.parse.failed': {
    status: 400,
    code: 'malformed-json',
    title: 'Некорректный JSON в теле запроса',
    detail: 'Тело запроса не удалось разобрать как JSON. Проверьте синтаксис: кавычки, запятые, скобки.',
  },
  'entity.too.large': {
    status: 413,
    code: 'payload-too-large',
    title: 'Слишком большой запрос',
    detail: 'Тело запроса превышает допустимый размер.',
  },
  'encoding.unsupported': {
    status: 415,
    code: 'unsupported-encoding',
    title: 'Неподдерживаемое сжатие тела запроса',
    detail: 'Отправьте тело запроса без сжатия или в поддерживаемом формате (gzip, deflate, br).',
  },
  'charset.unsupported': {
    status: 415,
    code: 'unsupported-charset',
    title: 'Неподдерживаемая кодировка',
    detail: 'Тело запроса должно быть в кодировке UTF-8.',
  },
  'request.aborted': {
    status: 400,
    code: 'request-aborted',
    title: 'Запрос прерван',
    detail: 'Соединение закрылось до получения всего тела запроса.',
  },
  'request.size.invalid': {
    status: 400,
    code: 'request-size-invalid',
    title: 'Некорректный размер запроса',
    detail: 'Длина тела запроса не совпадает с заголовком Content-Length.',
  },
};

interface HttpProblemInitLite {
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly detail: string;
}

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}

/** The 4xx status an error from a library (http-errors style: `status`/`statusCode`) carries, if any. */
function clientErrorStatus(error: unknown): number | undefined {
  const status = field(error, 'status') ?? field(error, 'statusCode');
  return typeof status === 'number' && Number.isInteger(status) && status >= 400 && status <= 499 ? status : undefined;
}

/**
 * Maps anything thrown to the problem to send. Only {@link HttpProblem}s and known library client errors keep
 * their meaning; everything else becomes a generic 500 — its message and stack stay in the server log.
 */
export function toHttpProblem(error: unknown): HttpProblem {
  if (error instanceof HttpProblem) return error;

  const type = field(error, 'type');
  if (typeof type === 'string' && Object.hasOwn(BODY_PARSER_ERRORS, type)) {
    const known = BODY_PARSER_ERRORS[type];
    if (known) return new HttpProblem({ ...known, cause: error });
  }

  const status = clientErrorStatus(error);
  if (status !== undefined) {
    const known = CLIENT_ERRORS[status] ?? { code: 'bad-request', title: 'Некорректный запрос' };
    return new HttpProblem({ status, code: known.code, title: known.title, cause: error });
  }

  return HttpProblem.internal(error);
}

/** Last route: nothing matched → 404 problem. */
export const notFoundHandler: RequestHandler = (req: Request, res: Response) => {
  const problem = HttpProblem.notFound(
    `Адрес ${req.method} ${problemInstance(req)} не существует. Проверьте путь и метод запроса.`,
  );
  res.locals[PROBLEM_CODE_LOCAL] = problem.code;
  sendProblem(res, problem.toProblemDetails(problemInstance(req)));
};

/**
 * Final error handler: answers with problem+json. Server errors are attached to `res.err`, so the request log line
 * carries the message and stack; the client gets only a generic text and the request id to quote.
 */
export const errorHandler: ErrorRequestHandler = (error: unknown, req: Request, res: Response, next: NextFunction) => {
  const problem = toHttpProblem(error);
  if (problem.status >= 500) {
    res.err = error instanceof Error ? error : new Error(`Non-Error thrown: ${String(error)}`);
  }

  if (res.headersSent) {
    // Too late for a problem body: let Express abort the connection so the client sees a failed response.
    next(error);
    return;
  }

  res.locals[PROBLEM_CODE_LOCAL] = problem.code;
  const details = problem.toProblemDetails(problemInstance(req));
  if (problem.status >= 500 && typeof req.id === 'string') {
    details.detail = `${details.detail ?? ''} Идентификатор запроса: ${req.id}.`.trim();
  }
  sendProblem(res, details);
};
