import { z } from 'zod';

/**
 * A list in a query string: comma-separated (`kinds=edv,housing-compensation`), one parameter per list — a repeated
 * parameter is not a list. Repeats inside are dropped; the first mention keeps its place.
 */
export function commaList<T extends z.ZodType<string, string>>(item: T) {
  return z
    .string()
    .transform((value) =>
      value
        .split(',')
        .map((part) => part.trim())
        .filter(Boolean),
    )
    .pipe(z.array(item).min(1))
    .transform((list) => [...new Set(list)]);
}
