import { describe, expect, it } from 'vitest';
import {
  APPLICATION_STATUS_CODES,
  APPLICATION_STATUSES,
  ApplicationListQuerySchema,
  ApplicationSchema,
  CANCELLABLE_STATUSES,
  isFinalStatus,
} from './index.js';
import { applicationEndpoints, endpoints } from './endpoints.js';
import { buildOpenApiDocument } from './openapi.js';

const application = {
  id: 'a1',
  number: '2026-001234',
  service: { code: 'edv', title: 'Ежемесячная денежная выплата' },
  department: { code: 'szn-35', title: 'Министерство социальной защиты населения Энской области' },
  submittedAt: '2026-11-02T09:15:00Z',
  status: 'action-required',
  statusChangedAt: '2026-11-10T12:00:00Z',
  history: [
    { status: 'accepted', at: '2026-11-02T09:15:00Z', author: 'Заявитель' },
    { status: 'action-required', at: '2026-11-10T12:00:00Z', author: 'Ведомство', comment: 'Нужна справка' },
  ],
  requiredDocuments: [
    {
      id: 'r1',
      document: { code: 'income-certificate', title: 'Справка о доходах' },
      dueAt: '2026-11-24T21:00:00Z',
      mediaTypes: ['application/pdf'],
      maxBytes: 5_242_880,
      fulfilled: false,
    },
  ],
  documents: [],
  cancellable: true,
};

describe('application contracts', () => {
  it('has the portal’s statuses, of which rejected, issued and cancelled are final', () => {
    expect(APPLICATION_STATUS_CODES).toEqual([
      'draft',
      'accepted',
      'in-review',
      'action-required',
      'approved',
      'rejected',
      'issued',
      'cancelled',
    ]);
    expect(APPLICATION_STATUS_CODES.filter(isFinalStatus)).toEqual(['rejected', 'issued', 'cancelled']);
    expect(APPLICATION_STATUSES['action-required'].title).toBe('Требуется доработка');
    expect(CANCELLABLE_STATUSES.some(isFinalStatus)).toBe(false);
  });

  it('accepts a full application and refuses a malformed number or an unknown status', () => {
    expect(ApplicationSchema.parse(application)).toEqual(application);
    expect(ApplicationSchema.safeParse({ ...application, number: '26-1234' }).success).toBe(false);
    expect(ApplicationSchema.safeParse({ ...application, status: 'lost' }).success).toBe(false);
    expect(ApplicationSchema.safeParse({ ...application, history: [] }).success).toBe(false);
  });

  it('reads list filters from a query string, with defaults and bounds', () => {
    expect(ApplicationListQuerySchema.parse({})).toEqual({ sort: 'changed-desc', page: 1, pageSize: 10 });
    expect(
      ApplicationListQuerySchema.parse({ status: 'in-review, action-required', page: '3', pageSize: '50' }),
    ).toMatchObject({ status: ['in-review', 'action-required'], page: 3, pageSize: 50 });
    for (const bad of [
      { status: 'lost' },
      { status: ',' },
      { pageSize: '51' },
      { page: '0' },
      { from: '2026-13-01' },
    ]) {
      expect(ApplicationListQuerySchema.safeParse(bad).success).toBe(false);
    }
  });

  it('describes uploads, idempotency and the event stream in OpenAPI', () => {
    expect(endpoints).toEqual(expect.arrayContaining([...applicationEndpoints]));
    const document = buildOpenApiDocument({ endpoints: applicationEndpoints });
    const upload = document.paths['/api/v1/applications/{id}/documents']?.['post'] as {
      parameters: { name: string; in: string }[];
      requestBody: { content: Record<string, { schema: { required: string[] } }> };
    };
    expect(upload.parameters.map((p) => `${p.in}:${p.name}`)).toEqual(['path:id', 'header:Idempotency-Key']);
    expect(upload.requestBody.content['multipart/form-data']?.schema.required).toEqual(['requestId', 'file']);
    const events = document.paths['/api/v1/applications/events']?.['get'] as {
      responses: Record<string, { content?: Record<string, unknown> }>;
    };
    expect(Object.keys(events.responses['200']?.content ?? {})).toEqual(['text/event-stream']);
    expect(document.components.schemas['Application']).toBeDefined();
  });
});
