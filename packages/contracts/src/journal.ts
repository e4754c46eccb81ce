import { z } from 'zod';
import { named } from './registry.js';

/** Outcomes of a sign-in attempt as the journal records them. */
export const SIGN_IN_RESULTS = [
  'success',
  'wrong-password',
  'unknown-identifier',
  'locked',
  'wrong-code',
  'code-expired',
  'level-too-low',
  'password-reset',
] as const;

export const SignInResultSchema = named(z.enum(SIGN_IN_RESULTS), {
  id: 'SignInResult',
  description:
    'Outcome of a sign-in attempt: success, wrong-password, unknown-identifier, locked (account locked), wrong-code, ' +
    'code-expired, level-too-low (the site needs a higher account level), password-reset (recovery completed).',
});
export type SignInResult = z.infer<typeof SignInResultSchema>;

/** What the attempt was checked with: the password step, or the second factor used. */
export const SIGN_IN_FACTORS = ['password', 'sms', 'email', 'totp', 'backup-code'] as const;

export const SignInFactorSchema = named(z.enum(SIGN_IN_FACTORS), {
  id: 'SignInFactor',
  description: 'The step or second factor of the attempt.',
});
export type SignInFactor = z.infer<typeof SignInFactorSchema>;

export const SignInJournalEntrySchema = named(
  z.object({
    at: z.iso.datetime({ offset: true }).describe('When the attempt happened (ISO 8601, UTC).'),
    ip: z.string().describe('IP address the attempt came from.'),
    userAgent: z.string().describe('User-Agent header of the browser or app.'),
    result: SignInResultSchema,
    factor: SignInFactorSchema.optional(),
  }),
  { id: 'SignInJournalEntry', description: 'One sign-in attempt on the account.' },
);
export type SignInJournalEntry = z.infer<typeof SignInJournalEntrySchema>;

export const SignInJournalSchema = named(
  z.object({
    entries: z.array(SignInJournalEntrySchema).describe('Newest first.'),
  }),
  { id: 'SignInJournal', description: "The signed-in user's latest sign-in attempts." },
);
export type SignInJournal = z.infer<typeof SignInJournalSchema>;
