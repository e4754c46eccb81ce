import { healthEndpoint, type HealthResponse } from '@gos-elements/contracts';
import { Router } from 'express';
import { VERSION } from '../version.js';

/** `GET /health`: liveness for people, scripts and the end-to-end tests waiting for the backend to come up. */
export function healthRouter(): Router {
  const router = Router();
  router.get(healthEndpoint.path, (_req, res) => {
    const body: HealthResponse = { status: 'ok', uptime: Math.floor(process.uptime()), version: VERSION };
    res.set('Cache-Control', 'no-store').json(body);
  });
  return router;
}
