import { buildOpenApiDocument, openApiEndpoint } from '@gos-elements/contracts';
import { Router } from 'express';
import { VERSION } from '../version.js';

/** `GET /api/v1/openapi.json`: the API description, built once from the same schemas the routes validate with. */
export function openApiRouter(): Router {
  const document = buildOpenApiDocument({ version: VERSION });
  const router = Router();
  router.get(openApiEndpoint.path, (req, res) => {
    // The port may be chosen at start-up (PORT=0), so the server URL is the one this request reached.
    res.json({ ...document, servers: [{ url: `${req.protocol}://${req.get('host') ?? 'localhost'}` }] });
  });
  return router;
}
