import { z } from 'zod';
import { AccountLevelSchema } from './account.js';
import { named } from './registry.js';

// Shapes follow the ESIA REST API (`/rs/prns/{oid}`, `/ctts`, `/docs`): field names, DD.MM.YYYY dates and the
// `vrfStu` verification flag are kept as ESIA has them, so a partner's code written against us ports to ESIA.
// These schemas check the canonical wire format; checksums (SNILS, INN) are checked by @gos-elements/core.

const ESIA_DATE = /^(0[1-9]|[12]\d|3[01])\.(0[1-9]|1[0-2])\.\d{4}$/;

export const EsiaDateSchema = named(z.string().regex(ESIA_DATE, 'date is DD.MM.YYYY'), {
  id: 'EsiaDate',
  description: 'A calendar date written DD.MM.YYYY, as ESIA does.',
});

export const VerificationStatusSchema = named(z.enum(['VERIFIED', 'NOT_VERIFIED']), {
  id: 'VerificationStatus',
  description: 'Whether the contact or document has been checked (ESIA `vrfStu`).',
});

export const GenderSchema = named(z.enum(['M', 'F']), { id: 'Gender' });

export const SnilsSchema = named(z.string().regex(/^\d{3}-\d{3}-\d{3} \d{2}$/, 'SNILS is XXX-XXX-XXX YY'), {
  id: 'Snils',
  description: 'Insurance number of an individual ledger account (СНИЛС), formatted XXX-XXX-XXX YY.',
});

export const PersonInnSchema = named(z.string().regex(/^\d{12}$/, 'a person INN has 12 digits'), {
  id: 'PersonInn',
  description: 'Taxpayer number (ИНН) of a person: 12 digits.',
});

const namePart = z
  .string()
  .trim()
  .min(1)
  .max(60)
  .regex(/^[А-Яа-яЁё]+(?:[ '’-][А-Яа-яЁё]+)*$/, 'Cyrillic letters, hyphen, apostrophe, inner spaces');

export const ContactSchema = named(
  z.discriminatedUnion('type', [
    z.object({
      type: z.literal('MBT'),
      value: z.string().regex(/^\+7\d{10}$/, 'mobile phone is +7XXXXXXXXXX'),
      vrfStu: VerificationStatusSchema,
    }),
    z.object({
      type: z.literal('EML'),
      value: z.string().min(3).max(254).includes('@'),
      vrfStu: VerificationStatusSchema,
    }),
  ]),
  { id: 'Contact', description: 'A contact of the person: mobile phone (MBT) or e-mail (EML).' },
);
export type Contact = z.infer<typeof ContactSchema>;

export const RfPassportSchema = named(
  z.object({
    type: z.literal('RF_PASSPORT'),
    series: z.string().regex(/^\d{4}$/),
    number: z.string().regex(/^\d{6}$/),
    issueDate: EsiaDateSchema,
    issueId: z.string().regex(/^\d{3}-\d{3}$/, 'division code is NNN-NNN'),
    issuedBy: z.string().trim().min(1).max(250),
    vrfStu: VerificationStatusSchema,
  }),
  { id: 'RfPassport', description: 'Internal passport of a citizen of the Russian Federation.' },
);
export type RfPassport = z.infer<typeof RfPassportSchema>;

/** Identity documents; a discriminated union so foreign passports and others can join later. */
export const IdentityDocumentSchema = named(z.discriminatedUnion('type', [RfPassportSchema]), {
  id: 'IdentityDocument',
});
export type IdentityDocument = z.infer<typeof IdentityDocumentSchema>;

export const PersonProfileSchema = named(
  z.object({
    oid: z.string().regex(/^\d{1,19}$/, 'oid is the numeric account id'),
    lastName: namePart,
    firstName: namePart,
    middleName: namePart.optional(),
    birthDate: EsiaDateSchema,
    birthPlace: z.string().trim().min(1).max(250).optional(),
    gender: GenderSchema,
    citizenship: z.literal('RUS').optional(),
    snils: SnilsSchema.optional(),
    inn: PersonInnSchema.optional(),
    trusted: z.boolean().describe('ESIA `trusted`: true only for confirmed accounts.'),
    accountLevel: AccountLevelSchema,
    contacts: z.array(ContactSchema),
    documents: z.array(IdentityDocumentSchema),
  }),
  { id: 'PersonProfile', description: "A citizen's profile in the shape ESIA returns it." },
);
export type PersonProfile = z.infer<typeof PersonProfileSchema>;
