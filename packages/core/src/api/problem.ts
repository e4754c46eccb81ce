import type { FieldError } from '@gos-elements/contracts';

/**
 * A failed API call. `code` is the server's machine code (`not-found`, `too-large`, `validation-failed`, …) or,
 * when no answer came, `offline` (the browser knows it has no network) or `unavailable` (no answer, or not one
 * of ours). `message` is Russian text meant for people, from the server where it sent one.
 */
export class ApiError extends Error {
  readonly code: string;
  readonly status: number;
  readonly errors: readonly FieldError[];

  constructor(code: string, message: string, status = 0, errors: readonly FieldError[] = []) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.status = status;
    this.errors = errors;
  }
}

interface ProblemLike {
  readonly code?: unknown;
  readonly title?: unknown;
  readonly detail?: unknown;
  readonly errors?: unknown;
}

/** The error for a non-2xx answer: its problem+json when it has one, else a generic one by status. */
export async function errorFromResponse(response: Response): Promise<ApiError> {
  let problem: ProblemLike = {};
  try {
    if ((response.headers.get('content-type') ?? '').includes('json')) problem = (await response.json()) as ProblemLike;
  } catch {
    problem = {};
  }
  const code = typeof problem.code === 'string' ? problem.code : response.status >= 500 ? 'unavailable' : 'http-error';
  const message =
    (typeof problem.detail === 'string' && problem.detail) ||
    (typeof problem.title === 'string' && problem.title) ||
    `HTTP ${response.status}`;
  const errors = Array.isArray(problem.errors) ? (problem.errors as FieldError[]) : [];
  return new ApiError(code, message, response.status, errors);
}

/** The error for a request that got no answer at all. */
export function networkError(cause: unknown): ApiError {
  const offline = typeof navigator !== 'undefined' && navigator.onLine === false;
  const error = new ApiError(
    offline ? 'offline' : 'unavailable',
    offline ? 'Нет подключения к интернету.' : 'Сервис временно недоступен.',
  );
  (error as { cause?: unknown }).cause = cause;
  return error;
}
