import helmet from 'helmet';
import type { RequestHandler } from 'express';
import type { Config } from '../config.js';

/**
 * Security headers for a JSON API plus the few HTML pages it serves (sign-in interactions, dev outbox).
 *
 * - CSP: everything from our own origin only; no inline script or style, no plugins, no `<base>`, no framing.
 *   `form-action` also lists the CORS origins (the relying parties): Chromium applies `form-action` to the redirects
 *   that follow a form post, and the sign-in form ends with a redirect back to the client's `redirect_uri`.
 *   `upgrade-insecure-requests` is left out: the mock runs on plain `http://localhost`.
 * - Cross-Origin-Opener-Policy is off: `<gos-login-button>` can sign in through a popup, and a popup that lands on a
 *   `same-origin` COOP page loses its `window.opener` for good.
 * - Cross-Origin-Resource-Policy `same-site`: the demo (`localhost:5173`) and Storybook (`localhost:6006`) are the same
 *   site as the backend and may embed its images and scripts; other sites may not.
 * - HSTS only in production: on `http://localhost` it is ignored at best and poisons other local apps at worst.
 */
export function securityHeaders(
  config: Pick<Config, 'corsOrigins' | 'mode'>,
  /** More origins sign-in forms may end up redirecting to (confidential clients' redirect URIs). */
  extraFormActions: readonly string[] = [],
): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        baseUri: ["'none'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'", ...new Set([...config.corsOrigins, ...extraFormActions])],
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
      },
    },
    crossOriginOpenerPolicy: false,
    crossOriginResourcePolicy: { policy: 'same-site' },
    strictTransportSecurity: config.mode === 'production' ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    xFrameOptions: { action: 'deny' },
  });
}
