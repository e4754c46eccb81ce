import {
  HealthResponseSchema,
  PROBLEM_CONTENT_TYPE,
  ProblemDetailsSchema,
  type ProblemDetails,
} from '@gos-elements/contracts';
import { Router, type Express } from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonBody } from './http/body.js';
import { DEFAULT_LIMITS } from './limits.js';
import { HttpProblem } from './http/problem.js';
import { REDACTED } from './logger.js';
import type { RunningServer } from './server.js';
import { capturingLogger, startTestServer } from './test-support.js';

const ALLOWED = 'http://localhost:5173';
const SECRET_MESSAGE = 'db password is hunter2 at /srv/internal.ts';

/** Routes that exist only in these tests, to exercise body parsing and error handling. */
function mountTestRoutes(app: Express): void {
  const router = Router();
  router.use(jsonBody(DEFAULT_LIMITS));
  router.post('/echo', (req, res) => {
    res.json({ received: req.body as unknown });
  });
  router.get('/items/:id', (req, res) => {
    res.json({ id: req.params['id'] });
  });
  router.get('/boom', () => {
    throw new Error(SECRET_MESSAGE);
  });
  router.get('/boom-async', async () => {
    await Promise.resolve();
    throw new TypeError(SECRET_MESSAGE);
  });
  router.get('/throw-string', () => {
    // Deliberately not an Error: third-party code throws strings too.
    throw SECRET_MESSAGE;
  });
  router.post('/invalid', () => {
    throw HttpProblem.validationFailed([
      { field: 'person.snils', code: 'checksum', message: 'Неверная контрольная сумма СНИЛС' },
    ]);
  });
  router.get('/conflict', () => {
    throw new HttpProblem({
      status: 409,
      code: 'already-registered',
      title: 'Учётная запись уже существует',
      detail: 'Войдите.',
    });
  });
  app.use('/api/v1/test', router);
}

let server: RunningServer;
const captured = capturingLogger('debug');

beforeAll(async () => {
  server = await startTestServer({ logger: captured.logger, mount: mountTestRoutes });
});

afterAll(async () => {
  await server.close();
});

async function problemOf(response: Response): Promise<ProblemDetails> {
  expect(response.headers.get('content-type')).toMatch(new RegExp(`^${PROBLEM_CONTENT_TYPE.replace('+', '\\+')}`));
  expect(response.headers.get('cache-control')).toBe('no-store');
  return ProblemDetailsSchema.parse(await response.json());
}

describe('GET /health', () => {
  it('returns 200 JSON with status, uptime and version', async () => {
    const response = await fetch(`${server.url}/health`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const body = HealthResponseSchema.parse(await response.json());
    expect(body.status).toBe('ok');
    expect(body.version).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe('problem responses', () => {
  it('unknown route → 404 problem+json', async () => {
    const response = await fetch(`${server.url}/no/such/thing?token=abc`);
    expect(response.status).toBe(404);
    const problem = await problemOf(response);
    expect(problem).toMatchObject({ status: 404, code: 'not-found', instance: '/no/such/thing' });
    expect(problem.detail).toContain('/no/such/thing');
    expect(problem.detail).not.toContain('abc');
  });

  it('malformed JSON body → 400 malformed-json with a Russian message', async () => {
    const response = await fetch(`${server.url}/api/v1/test/echo`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"name": "Иван",',
    });
    expect(response.status).toBe(400);
    const problem = await problemOf(response);
    expect(problem.code).toBe('malformed-json');
    expect(problem.title).toMatch(/JSON/);
    expect(problem.detail).toMatch(/[а-я]/);
    expect(JSON.stringify(problem)).not.toMatch(/Unexpected|SyntaxError|position/);
  });

  it('well-formed JSON reaches the route (control)', async () => {
    const response = await fetch(`${server.url}/api/v1/test/echo`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'Иван' }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ received: { name: 'Иван' } });
  });

  it.each(['/boom', '/boom-async', '/throw-string'])(
    'a thrown error (%s) → 500 internal-error without message or stack',
    async (route) => {
      const response = await fetch(`${server.url}/api/v1/test${route}`);
      expect(response.status).toBe(500);
      const text = await response.clone().text();
      expect(text).not.toContain('hunter2');
      expect(text).not.toMatch(/internal\.ts|\bat\s|Error/);
      const problem = await problemOf(response);
      expect(problem.code).toBe('internal-error');
      const requestId = response.headers.get('x-request-id');
      expect(requestId).toBeTruthy();
      expect(problem.detail).toContain(requestId);
    },
  );

  it('logs the server error with its stack, server-side', async () => {
    const response = await fetch(`${server.url}/api/v1/test/boom`);
    const requestId = response.headers.get('x-request-id');
    await response.arrayBuffer();
    const line = captured.lines.find((entry) => (entry['req'] as { id?: string } | undefined)?.id === requestId);
    expect(line?.['level']).toBe(50);
    expect(JSON.stringify(line?.['err'])).toContain('hunter2');
    expect(JSON.stringify(line?.['err'])).toContain('stack');
  });

  it('a thrown HttpProblem keeps its status, code and field errors', async () => {
    const invalid = await fetch(`${server.url}/api/v1/test/invalid`, { method: 'POST' });
    expect(invalid.status).toBe(400);
    const problem = await problemOf(invalid);
    expect(problem).toMatchObject({
      code: 'validation-failed',
      errors: [{ field: 'person.snils', code: 'checksum', message: 'Неверная контрольная сумма СНИЛС' }],
    });

    const conflict = await fetch(`${server.url}/api/v1/test/conflict`);
    expect(conflict.status).toBe(409);
    expect(await problemOf(conflict)).toEqual({
      type: 'urn:gos-elements:problem:already-registered',
      title: 'Учётная запись уже существует',
      status: 409,
      code: 'already-registered',
      detail: 'Войдите.',
      instance: '/api/v1/test/conflict',
    });
  });

  it('a bad percent-encoding in the path is a 400, not a 500', async () => {
    const response = await fetch(`${server.url}/api/v1/test/items/%E0%A4%A`);
    expect(response.status).toBe(400);
    expect((await problemOf(response)).code).toBe('bad-request');
  });
});

describe('CORS', () => {
  it('echoes an allowed origin, with credentials', async () => {
    const response = await fetch(`${server.url}/health`, { headers: { Origin: ALLOWED } });
    expect(response.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(response.headers.get('access-control-allow-credentials')).toBe('true');
    expect(response.headers.get('vary')).toMatch(/Origin/i);
  });

  it('gives another origin no CORS headers', async () => {
    const response = await fetch(`${server.url}/health`, { headers: { Origin: 'https://evil.example' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('answers a preflight from an allowed origin', async () => {
    const response = await fetch(`${server.url}/api/v1/test/echo`, {
      method: 'OPTIONS',
      headers: {
        Origin: ALLOWED,
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type,authorization',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(response.headers.get('access-control-allow-methods')).toContain('POST');
    expect(response.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('content-type');
    expect(response.headers.get('access-control-allow-credentials')).toBe('true');
  });

  it('lets a page send the headers the APIs read: idempotency keys and the registration token', async () => {
    const response = await fetch(`${server.url}/api/v1/registrations/current`, {
      method: 'OPTIONS',
      headers: {
        Origin: ALLOWED,
        'Access-Control-Request-Method': 'PUT',
        'Access-Control-Request-Headers': 'registration-token,idempotency-key,content-type',
      },
    });
    const allowed = response.headers.get('access-control-allow-headers')?.toLowerCase() ?? '';
    expect(allowed).toContain('registration-token');
    expect(allowed).toContain('idempotency-key');
    expect(response.headers.get('access-control-expose-headers')?.toLowerCase()).toContain('retry-after');
  });

  it('gives a preflight from another origin no CORS headers', async () => {
    const response = await fetch(`${server.url}/api/v1/test/echo`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' },
    });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(response.headers.get('access-control-allow-methods')).toBeNull();
  });
});

describe('security headers', () => {
  it('sends nosniff, a strict CSP, frame denial and no X-Powered-By', async () => {
    for (const path of ['/health', '/nowhere']) {
      const response = await fetch(`${server.url}${path}`);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain('unsafe-inline');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('x-powered-by')).toBeNull();
      expect(response.headers.get('strict-transport-security')).toBeNull();
    }
  });
});

describe('request log', () => {
  it('never logs authorization, cookies or secret query parameters', async () => {
    const response = await fetch(`${server.url}/callback?code=AUTHCODE123&state=xyz&token=TOKEN456`, {
      headers: { Authorization: 'Bearer SECRET-BEARER', Cookie: 'session=SECRET-COOKIE' },
    });
    const requestId = response.headers.get('x-request-id');
    await response.arrayBuffer();
    const text = captured.text();
    for (const secret of ['AUTHCODE123', 'TOKEN456', 'SECRET-BEARER', 'SECRET-COOKIE']) {
      expect(text).not.toContain(secret);
    }
    const line = captured.lines.find((entry) => (entry['req'] as { id?: string } | undefined)?.id === requestId);
    const req = line?.['req'] as { url: string; headers: Record<string, string> };
    expect(req.url).toBe(`/callback?code=${REDACTED}&state=xyz&token=${REDACTED}`);
    expect(req.headers['authorization']).toBe(REDACTED);
    expect(req.headers['cookie']).toBe(REDACTED);
    expect(line?.['problemCode']).toBe('not-found');
  });

  it('redacts password, code and token fields in application log objects', () => {
    const { logger, text } = capturingLogger();
    logger.info({ password: 'P1', body: { password: 'P2', otp: { code: 'P3' } }, user: { token: 'P4' } }, 'x');
    expect(text()).not.toMatch(/P[1-4]/);
    expect(text()).toContain(REDACTED);
  });
});
