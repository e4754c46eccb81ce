import { z } from 'zod';
import { named } from './registry.js';

export const TotpEnrolmentSchema = named(
  z.object({
    secret: z
      .string()
      .regex(/^[A-Z2-7]+=*$/, 'base32')
      .describe('The new secret, base32, for manual entry.'),
    uri: z.string().startsWith('otpauth://totp/').describe('otpauth:// URI for authenticator apps.'),
    qrCodeDataUrl: z.string().startsWith('data:image/svg+xml').describe('The URI as a QR code (SVG data URL).'),
  }),
  {
    id: 'TotpEnrolment',
    description:
      'A pending authenticator-app secret. It replaces the current one only after a code from it is confirmed.',
  },
);
export type TotpEnrolment = z.infer<typeof TotpEnrolmentSchema>;

export const TotpConfirmationSchema = named(z.object({ code: z.string().regex(/^\d{6}$/, 'six digits') }), {
  id: 'TotpConfirmation',
  description: 'A code from the authenticator app, proving it holds the pending secret.',
});
export type TotpConfirmation = z.infer<typeof TotpConfirmationSchema>;

export const BackupCodesSchema = named(
  z.object({
    codes: z.array(z.string().regex(/^\d{4}-\d{4}$/)).describe('Shown once; stored only as hashes.'),
  }),
  { id: 'BackupCodes', description: 'A new set of single-use backup codes; the previous set stops working.' },
);
export type BackupCodes = z.infer<typeof BackupCodesSchema>;
