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

/** Where the sign-in pages load the elements bundle from (for `<gos-otp-prompt>`). */
export const ELEMENTS_BUNDLE_PATH = '/assets/elements';

/**
 * The built CDN bundle of @gos-elements/elements (`npm run build`), served as a file: the pages enhance themselves
 * with it when it is there and stay plain forms when it is not. The backend never imports the elements' code.
 */
const ELEMENTS_BUNDLE_DIR = fileURLToPath(new URL('../../../packages/elements/dist/cdn/', import.meta.url));

export function elementsBundle(): RequestHandler {
  return express.static(ELEMENTS_BUNDLE_DIR, { index: false, fallthrough: true, maxAge: 0 });
}
