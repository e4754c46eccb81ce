import { fileURLToPath } from 'node:url';
import express, { type RequestHandler } from 'express';

/**
 * The pages' stylesheet and script. Resolved to `src/pages/static` from both `src/pages` and a build in
 * `dist/pages` (tsc does not copy non-TypeScript files), so there is one copy of each.
 */
const STATIC_DIR = fileURLToPath(new URL('../../src/pages/static/', import.meta.url));

export function pageAssets(): RequestHandler {
  return express.static(STATIC_DIR, { index: false, fallthrough: true, maxAge: '1h' });
}
