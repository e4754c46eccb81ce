import { z } from 'zod';
import { named } from './registry.js';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** The problem `type` URI for a machine code: one stable identifier per code, no network lookup implied. */
export function problemTypeUri(code: string): string {
  return `urn:gos-elements:problem:${code}`;
}

/** One invalid field of a request; `field` is a dotted path into the request body (`person.snils`). */
export const FieldErrorSchema = named(
  z.object({
    field: z.string().min(1),
    code: z.string().min(1),
    message: z.string().min(1),
  }),
  { id: 'FieldError', description: 'A problem with one field of the request.' },
);
export type FieldError = z.infer<typeof FieldErrorSchema>;

/**
 * RFC 9457 problem details, extended with a stable machine `code` (kebab-case English) that clients switch on,
 * while `title` and `detail` are Russian text meant for people.
 */
export const ProblemDetailsSchema = named(
  z.object({
    type: z.string().min(1).describe('A URI reference that identifies the problem type; `about:blank` when none.'),
    title: z.string().min(1),
    status: z.number().int().min(400).max(599),
    detail: z.string().optional(),
    instance: z.string().optional(),
    code: z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'code is kebab-case')
      .describe('Machine-readable reason, stable across releases.'),
    errors: z.array(FieldErrorSchema).optional(),
  }),
  { id: 'ProblemDetails', description: 'An error response (RFC 9457, application/problem+json).' },
);
export type ProblemDetails = z.infer<typeof ProblemDetailsSchema>;

/** Builds field errors from a failed zod parse, so every edge reports invalid input the same way. */
export function fieldErrorsFromZod(error: z.ZodError, messageFor?: (issue: z.core.$ZodIssue) => string): FieldError[] {
  return error.issues.map((issue) => ({
    field: issue.path.map(String).join('.') || '(body)',
    code: issue.code,
    message: messageFor ? messageFor(issue) : issue.message,
  }));
}
