import { z } from 'zod';
import { named } from './registry.js';

/**
 * Gosuslugi account levels, lowest first. A simplified account has only contacts; a standard one has checked
 * SNILS and passport; a confirmed one has also been verified in person or by an electronic signature.
 */
export const ACCOUNT_LEVELS = ['simplified', 'standard', 'confirmed'] as const;

export const AccountLevelSchema = named(z.enum(ACCOUNT_LEVELS), {
  id: 'AccountLevel',
  description: 'Gosuslugi account level: simplified < standard < confirmed.',
});
export type AccountLevel = z.infer<typeof AccountLevelSchema>;

/** True when `level` is at least `required` (confirmed ≥ standard ≥ simplified). */
export function meetsAccountLevel(level: AccountLevel, required: AccountLevel): boolean {
  return ACCOUNT_LEVELS.indexOf(level) >= ACCOUNT_LEVELS.indexOf(required);
}
