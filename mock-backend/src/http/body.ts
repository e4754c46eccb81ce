import express, { type RequestHandler } from 'express';
import type { Limits } from '../limits.js';

/**
 * JSON body parsing for API routers (`router.use(jsonBody(limits))`). Not mounted globally: the OpenID provider reads its
 * own request bodies. Malformed JSON becomes a 400 `malformed-json` problem in the error handler, an oversized body a
 * 413 `payload-too-large`.
 */
export function jsonBody(limits: Pick<Limits, 'http'>): RequestHandler {
  return express.json({
    type: ['application/json', 'application/*+json'],
    strict: true,
    limit: limits.http.jsonBodyMaxBytes,
  });
}
