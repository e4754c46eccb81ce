import { z } from 'zod';
import { named } from './registry.js';

export const HealthResponseSchema = named(
  z.object({
    status: z.literal('ok'),
    uptime: z.number().nonnegative().describe('Seconds since the process started.'),
    version: z.string(),
  }),
  { id: 'HealthResponse', description: 'Liveness of the mock backend.' },
);
export type HealthResponse = z.infer<typeof HealthResponseSchema>;
