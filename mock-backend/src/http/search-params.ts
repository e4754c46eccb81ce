import type { Request } from 'express';

/**
 * The raw query string's parameters, repeated ones included: Express's parsed `req.query` merges them its own way,
 * and the MSW handlers read the URL's own — both transports must see the same thing.
 */
export function searchParams(req: Request): URLSearchParams {
  const url = req.originalUrl || req.url;
  const start = url.indexOf('?');
  return new URLSearchParams(start === -1 ? '' : url.slice(start + 1));
}
