import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from './openapi.js';
import { registrationEndpoints } from './endpoints.js';

type Operation = {
  parameters?: { name: string; in: string }[];
  security?: Record<string, unknown>[];
  description?: string;
};

describe('registration in OpenAPI', () => {
  const document = buildOpenApiDocument({ endpoints: registrationEndpoints });
  const operation = (path: string, method = 'post') =>
    document.paths[path ? `/api/v1/registrations/current${path}` : '/api/v1/registrations']?.[method] as Operation;
  const headers = (op: Operation) => (op.parameters ?? []).filter((p) => p.in === 'header').map((p) => p.name);

  it('asks for an Idempotency-Key where a repeat would otherwise act twice: start and scans', () => {
    expect(headers(operation(''))).toEqual(['Idempotency-Key']);
    expect(headers(operation('/documents'))).toContain('Idempotency-Key');
  });

  it('says completion is idempotent by nature instead of asking for a key', () => {
    const complete = operation('/complete');
    expect(headers(complete)).not.toContain('Idempotency-Key');
    expect(complete.description).toMatch(/never creates a second account/);
  });

  it('secures every step after the start with the Registration-Token scheme', () => {
    expect(operation('/complete').security).toEqual([{ registration: [] }]);
    expect(operation('').security).toBeUndefined();
  });
});
