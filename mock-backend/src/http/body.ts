import express, { type RequestHandler } from 'express';

/**
 * JSON body parsing for API routers (`router.use(jsonBody())`). Not mounted globally: the OpenID provider reads its
 * own request bodies. Malformed JSON becomes a 400 `malformed-json` problem in the error handler.
 *
 * TODO(limits): the body size limit belongs to `src/limits.ts` once it exists; until then body-parser's default
 * (100 KB) applies.
 */
export function jsonBody(): RequestHandler {
  return express.json({ type: ['application/json', 'application/*+json'], strict: true });
}
