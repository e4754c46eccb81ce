import { z } from 'zod';
import { endpoints as allEndpoints, type Endpoint } from './endpoints.js';
import { AccountLevelSchema } from './account.js';
import { PersonProfileSchema } from './person.js';
import { ProblemDetailsSchema } from './problem.js';
import { contractRegistry } from './registry.js';
import { REGISTRATION_TOKEN_HEADER } from './registration.js';

type JsonSchema = Record<string, unknown>;

export interface OpenApiDocument {
  readonly openapi: '3.1.0';
  readonly info: { readonly title: string; readonly version: string; readonly description: string };
  readonly servers: readonly { readonly url: string }[];
  readonly paths: Record<string, Record<string, unknown>>;
  readonly components: {
    readonly schemas: Record<string, JsonSchema>;
    readonly securitySchemes: Record<string, unknown>;
  };
}

const SCHEMA_REF_PREFIX = '#/components/schemas/';

function refOrInline(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const meta = contractRegistry.get(schema);
  if (meta) return { $ref: SCHEMA_REF_PREFIX + meta.id };
  return z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io,
    unrepresentable: 'any',
  }) as JsonSchema;
}

const problemResponse = {
  description: 'Error (RFC 9457 problem details with a machine code).',
  content: { 'application/problem+json': { schema: { $ref: SCHEMA_REF_PREFIX + 'ProblemDetails' } } },
};

function requestBody(body: z.ZodType, mediaType: Endpoint['bodyMediaType'] = 'application/json'): JsonSchema {
  if (mediaType !== 'multipart/form-data') {
    return { required: true, content: { [mediaType]: { schema: refOrInline(body, 'input') } } };
  }
  const fields = refOrInline(body, 'input') as { properties?: JsonSchema; required?: string[] };
  return {
    required: true,
    content: {
      'multipart/form-data': {
        schema: {
          type: 'object',
          properties: { ...fields.properties, file: { type: 'string', contentMediaType: 'application/octet-stream' } },
          required: [...(fields.required ?? []), 'file'],
        },
      },
    },
  };
}

function operation(endpoint: Endpoint): Record<string, unknown> {
  const responses: Record<string, unknown> = {};
  for (const [status, response] of Object.entries(endpoint.responses)) {
    const mediaType = response.mediaType ?? 'application/json';
    responses[status] =
      response.schema || response.mediaType
        ? {
            description: response.description,
            content: {
              [mediaType]: response.schema
                ? mediaType === 'text/event-stream'
                  ? { itemSchema: refOrInline(response.schema, 'output') }
                  : { schema: refOrInline(response.schema, 'output') }
                : { schema: { type: 'string', contentMediaType: mediaType } },
              ...Object.fromEntries(
                (response.alsoMediaTypes ?? []).map((other) => [
                  other,
                  { schema: { type: 'string', contentMediaType: other } },
                ]),
              ),
            },
          }
        : { description: response.description };
  }
  responses['default'] = problemResponse;

  const parameters = endpoint.query
    ? Object.entries(endpoint.query.shape).map(([name, schema]) => ({
        name,
        in: 'query',
        required: !(schema as z.ZodType).safeParse(undefined).success,
        schema: refOrInline(schema as z.ZodType, 'input'),
      }))
    : undefined;
  const pathParameters = [...endpoint.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
    name,
    in: 'path',
    required: true,
    schema: { type: 'string' },
  }));
  const headerParameters = endpoint.idempotent
    ? [
        {
          name: 'Idempotency-Key',
          in: 'header',
          required: false,
          description: 'A key unique to this request (a UUID): repeating the request with it returns the first answer.',
          schema: { type: 'string', minLength: 8, maxLength: 255 },
        },
      ]
    : [];
  const allParameters = [...pathParameters, ...headerParameters, ...(parameters ?? [])];

  return {
    operationId: endpoint.operationId,
    summary: endpoint.summary,
    ...(endpoint.description ? { description: endpoint.description } : {}),
    tags: endpoint.tags,
    ...(allParameters.length ? { parameters: allParameters } : {}),
    ...(endpoint.body ? { requestBody: requestBody(endpoint.body, endpoint.bodyMediaType) } : {}),
    ...(endpoint.secured ? { security: [{ bearer: [] }] } : {}),
    ...(endpoint.registrationToken ? { security: [{ registration: [] }] } : {}),
    responses,
  };
}

/** Builds the OpenAPI 3.1 document of the backend from the contract schemas and the endpoint list. */
export function buildOpenApiDocument(
  options: { version?: string; serverUrl?: string; endpoints?: readonly Endpoint[] } = {},
): OpenApiDocument {
  // Named here so their modules are loaded (and so registered) even before an endpoint uses them.
  void [ProblemDetailsSchema, PersonProfileSchema, AccountLevelSchema];
  const { schemas } = z.toJSONSchema(contractRegistry, {
    target: 'draft-2020-12',
    uri: (id) => SCHEMA_REF_PREFIX + id,
    unrepresentable: 'any',
  });
  const componentSchemas: Record<string, JsonSchema> = {};
  for (const [id, schema] of Object.entries(schemas)) {
    const { $schema: _ignored, $id: _id, ...rest } = schema as JsonSchema;
    componentSchemas[id] = rest;
  }

  const paths: Record<string, Record<string, unknown>> = {};
  for (const endpoint of options.endpoints ?? allEndpoints) {
    (paths[endpoint.path] ??= {})[endpoint.method] = operation(endpoint);
  }

  return {
    openapi: '3.1.0',
    info: {
      title: 'gos-elements mock backend',
      version: options.version ?? '0.1.0',
      description:
        'Cabinet API of the gos-elements mock backend. Errors are application/problem+json (RFC 9457) with a machine `code`.',
    },
    servers: [{ url: options.serverUrl ?? 'http://localhost:4000' }],
    paths,
    components: {
      schemas: componentSchemas,
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
        registration: {
          type: 'apiKey',
          in: 'header',
          name: REGISTRATION_TOKEN_HEADER,
          description: 'The resume token a registration was started with.',
        },
      },
    },
  };
}
