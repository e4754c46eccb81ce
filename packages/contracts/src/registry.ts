import { z } from 'zod';

/** Metadata every named contract schema carries; `id` becomes its name under `components.schemas`. */
export interface SchemaMeta {
  readonly id: string;
  readonly description?: string;
}

/**
 * The contracts' own registry (not zod's global one, which the host's code may also use):
 * everything registered here is published in the OpenAPI document.
 */
export const contractRegistry = z.registry<SchemaMeta>();

export function named<T extends z.ZodType>(schema: T, meta: SchemaMeta): T {
  contractRegistry.add(schema, meta);
  return schema;
}
