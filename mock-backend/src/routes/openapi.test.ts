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
  it('documents the public vacancy search: no security, its query parameters and the detail', async () => {
    const document = (await (await fetch(`${server.url}/api/v1/openapi.json`)).json()) as {
      paths: Record<string, Record<string, { security?: unknown; parameters?: { name: string; in: string }[] }>>;
      components: { schemas: Record<string, unknown> };
    };
    const search = document.paths['/api/v1/vacancies']?.['get'];
    expect(search?.security).toBeUndefined();
    expect(search?.parameters?.map((parameter) => parameter.name)).toEqual([
      'q',
      'regions',
      'specialisation',
      'employment',
      'schedule',
      'salaryFrom',
      'withSalaryOnly',
      'experience',
      'education',
      'qualification',
      'remote',
      'socialPackage',
      'quota',
      'postedWithinDays',
      'sort',
      'page',
      'pageSize',
    ]);
    expect(
      document.paths['/api/v1/vacancies/suggest']?.['get']?.parameters?.map((parameter) => parameter.name),
    ).toEqual(['q', 'limit']);
    expect(document.paths['/api/v1/vacancies/{id}']?.['get']?.parameters).toEqual([
      { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
    ]);
    for (const schema of ['Vacancy', 'VacancyDetail', 'VacancySummary', 'VacancySearchResult', 'VacancyFacets']) {
      expect(document.components.schemas, schema).toHaveProperty([schema]);
    }
  });

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
      // A public route asked for an item `{id}` that does not exist answers its own 404 (vacancy-not-found); only
      // the catch-all `not-found` means the route is missing.
      const body = (await answer.json().catch(() => ({}))) as { code?: string };
      expect(answer.status === 404 && body.code === 'not-found', `${endpoint.method} ${endpoint.path}`).toBe(false);
    }
  });
});
