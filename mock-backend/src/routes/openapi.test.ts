import { buildOpenApiDocument, endpoints } from '@gos-elements/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBackend, type RunningBackend } from '../test-support.js';

// The whole backend (identity provider included), so every documented route is really there.
let server: RunningBackend;
beforeAll(async () => {
  server = await startTestBackend();
});
afterAll(async () => {
  await server.close();
});

describe('GET /api/v1/openapi.json', () => {
  it('serves the document generated from the contracts, with this server as its URL', async () => {
    const response = await fetch(`${server.url}/api/v1/openapi.json`);
    expect(response.status).toBe(200);
    const document = (await response.json()) as ReturnType<typeof buildOpenApiDocument>;
    expect(document.openapi).toBe('3.1.0');
    expect(document.servers).toEqual([{ url: server.url }]);
    expect(document.components.schemas).toEqual(buildOpenApiDocument().components.schemas);
  });

  it('documents every route the backend answers', async () => {
    const document = (await (await fetch(`${server.url}/api/v1/openapi.json`)).json()) as {
      paths: Record<string, object>;
    };
    for (const endpoint of endpoints) {
      expect(document.paths[endpoint.path], endpoint.path).toHaveProperty(endpoint.method);
      const answer = await fetch(`${server.url}${endpoint.path}`, { method: endpoint.method.toUpperCase() });
      expect(answer.status, `${endpoint.method} ${endpoint.path}`).not.toBe(404);
    }
  });
});
