import { z } from 'zod';
import { AccountLevelSchema } from './account.js';
import { GenderSchema } from './person.js';
import { named } from './registry.js';
import {
  CHECK_REASONS,
  REGISTRATION_CHECKS,
  REGISTRATION_DOCUMENT_SLOTS,
  REGISTRATION_STATES,
  REGISTRIES,
  type CheckReason,
  type RegistrationCheckName,
  type RegistrationDocumentSlot,
  type Registry,
} from './registration-states.js';

// Requests carry what a person typed, as text: the server normalises it with the core validators (any common
// spacing of a SNILS or a phone is fine) and answers every bad field at once, each with its own message. These
// schemas only bound the shape; the answers (views) carry the normalised values.

const typed = (max: number) => z.string().max(max);

export const RegistrationStateSchema = named(z.enum(REGISTRATION_STATES), {
  id: 'RegistrationState',
  description: 'Where the registration stands.',
});

export const ContactChannelSchema = named(z.enum(['phone', 'email']), { id: 'ContactChannel' });
export type ContactChannel = z.infer<typeof ContactChannelSchema>;

export const StartRegistrationSchema = named(
  z.object({
    phone: typed(40).describe('Mobile phone, any common spelling (+7 912 345-67-89, 89123456789).'),
    email: typed(254).optional().describe('E-mail, optional.'),
  }),
  { id: 'StartRegistration', description: 'Contacts to confirm first: a code goes to each.' },
);
export type StartRegistration = z.infer<typeof StartRegistrationSchema>;

export const ContactCodeSchema = named(z.object({ code: typed(20) }), {
  id: 'ContactCode',
  description: 'The code sent to the phone or e-mail.',
});
export type ContactCode = z.infer<typeof ContactCodeSchema>;

export const PassportInputSchema = z.object({
  series: typed(10),
  number: typed(12),
  issueDate: typed(10).describe('DD.MM.YYYY'),
  divisionCode: typed(10).describe('NNN-NNN, any spacing'),
  issuedBy: typed(250),
});

export const PersonalDataInputSchema = named(
  z.object({
    lastName: typed(60),
    firstName: typed(60),
    middleName: typed(60).optional(),
    gender: GenderSchema,
    birthDate: typed(10).describe('DD.MM.YYYY'),
    birthPlace: typed(250).optional(),
    snils: typed(20).optional(),
    inn: typed(20).optional(),
    citizenship: z.literal('RUS'),
    passport: PassportInputSchema.optional(),
  }),
  {
    id: 'PersonalDataInput',
    description:
      'Personal data as typed. Birth place, SNILS and passport come together or not at all: a simplified account needs only the name, sex and birth date; the registry checks need them all.',
  },
);
export type PersonalDataInput = z.infer<typeof PersonalDataInputSchema>;

export const PersonalDataSchema = named(
  z.object({
    lastName: z.string(),
    firstName: z.string(),
    middleName: z.string().optional(),
    gender: GenderSchema,
    birthDate: z.string().describe('DD.MM.YYYY'),
    birthPlace: z.string().optional(),
    snils: z.string().optional().describe('XXX-XXX-XXX YY'),
    inn: z.string().optional().describe('12 digits'),
    citizenship: z.literal('RUS'),
    passport: z
      .object({
        series: z.string().describe('4 digits'),
        number: z.string().describe('6 digits'),
        issueDate: z.string().describe('DD.MM.YYYY'),
        divisionCode: z.string().describe('NNN-NNN'),
        issuedBy: z.string(),
      })
      .optional(),
  }),
  { id: 'PersonalData', description: 'Personal data as the registration keeps it, normalised.' },
);
export type PersonalData = z.infer<typeof PersonalDataSchema>;

export const InnLookupSchema = named(
  z.object({
    lastName: typed(60),
    firstName: typed(60),
    middleName: typed(60).optional(),
    birthDate: typed(10),
    passport: z.object({ series: typed(10), number: typed(12), issueDate: typed(10) }),
  }),
  { id: 'InnLookup', description: '«Найти мой ИНН»: the tax registry (ФНС России) is asked by passport data.' },
);
export type InnLookup = z.infer<typeof InnLookupSchema>;

export const InnLookupResultSchema = named(z.object({ inn: z.string().regex(/^\d{12}$/) }), {
  id: 'InnLookupResult',
});
export type InnLookupResult = z.infer<typeof InnLookupResultSchema>;

export const PasswordInputSchema = named(z.object({ password: typed(256) }), {
  id: 'PasswordInput',
  description: 'The new account’s password; checked against the policy, stored only as an argon2id hash.',
});

export const ConsentInputSchema = named(
  z.object({
    version: typed(40).describe('The version of the consent text the person was shown.'),
    accepted: z.literal(true),
  }),
  {
    id: 'ConsentInput',
    description: 'Consent to the processing of personal data (152-FZ): a document of its own, with its own checkbox.',
  },
);
export type ConsentInput = z.infer<typeof ConsentInputSchema>;

export const ClarificationInputSchema = named(
  z.object({
    check: z.enum(Object.keys(REGISTRATION_CHECKS) as [RegistrationCheckName, ...RegistrationCheckName[]]),
    previousLastName: typed(60),
  }),
  { id: 'ClarificationInput', description: 'The answer to a registry’s question (e.g. a previous surname).' },
);
export type ClarificationInput = z.infer<typeof ClarificationInputSchema>;

export const RegistrationDocumentFieldsSchema = named(
  z.object({
    slot: z.enum(Object.keys(REGISTRATION_DOCUMENT_SLOTS) as [RegistrationDocumentSlot, ...RegistrationDocumentSlot[]]),
  }),
  { id: 'RegistrationDocumentFields', description: 'Which scan this is; the file goes in the `file` part.' },
);

const CodeStateSchema = z.object({
  expiresAt: z.iso.datetime(),
  resendAvailableAt: z.iso.datetime(),
  attemptsLeft: z.number().int().nonnegative(),
});

const ContactViewSchema = z.object({
  value: z.string().describe('Normalised: +7XXXXXXXXXX, or the e-mail as given.'),
  verified: z.boolean(),
  code: CodeStateSchema.optional().describe('The code sent and not yet confirmed.'),
});

export const RegistrationCheckSchema = named(
  z.object({
    registry: z.enum(Object.keys(REGISTRIES) as [Registry, ...Registry[]]),
    status: z.enum(['pending', 'passed', 'failed', 'clarification-requested']),
    reason: z.enum(Object.keys(CHECK_REASONS) as [CheckReason, ...CheckReason[]]).optional(),
    message: z.string().optional().describe('What the person should know or do, in Russian.'),
    answerBy: z.iso.datetime().optional().describe('A clarification must be answered by then.'),
    checkedAt: z.iso.datetime().optional(),
  }),
  { id: 'RegistrationCheck', description: 'One registry check and its outcome.' },
);
export type RegistrationCheck = z.infer<typeof RegistrationCheckSchema>;

export const RegistrationDocumentSchema = named(
  z.object({
    slot: RegistrationDocumentFieldsSchema.shape.slot,
    fileName: z.string(),
    mediaType: z.enum(['application/pdf', 'image/jpeg', 'image/png']),
    size: z.number().int().positive(),
    uploadedAt: z.iso.datetime(),
  }),
  { id: 'RegistrationDocument' },
);
export type RegistrationDocument = z.infer<typeof RegistrationDocumentSchema>;

export const RegistrationSchema = named(
  z.object({
    state: RegistrationStateSchema,
    resumableUntil: z.iso.datetime().describe('After this the registration is deleted.'),
    contacts: z.object({ phone: ContactViewSchema, email: ContactViewSchema.optional() }),
    personalData: PersonalDataSchema.optional(),
    checks: z
      .object({ snils: RegistrationCheckSchema, passport: RegistrationCheckSchema })
      .optional()
      .describe('Present once personal data is sent.'),
    documents: z.array(RegistrationDocumentSchema),
    passwordSet: z.boolean(),
    consent: z.object({ version: z.string(), at: z.iso.datetime() }).optional(),
    accountLevel: AccountLevelSchema.optional().describe('The level the account got, once completed.'),
  }),
  {
    id: 'Registration',
    description: 'A registration in progress as its owner sees it (never passwords or codes).',
  },
);
export type Registration = z.infer<typeof RegistrationSchema>;

export const StartedRegistrationSchema = named(
  z.object({
    token: z.string().describe('Opaque resume token: send it in the `Registration-Token` header of every later call.'),
    registration: RegistrationSchema,
  }),
  { id: 'StartedRegistration', description: 'A new registration; the token is shown only here.' },
);
export type StartedRegistration = z.infer<typeof StartedRegistrationSchema>;

export const CompleteRegistrationSchema = named(
  z.object({ level: z.enum(['simplified', 'standard']).default('standard') }),
  {
    id: 'CompleteRegistration',
    description: 'Create the account: `standard` needs the checks passed, `simplified` only the contacts.',
  },
);
export type CompleteRegistration = z.infer<typeof CompleteRegistrationSchema>;

export const ConsentDocumentSchema = named(
  z.object({
    version: z.string(),
    title: z.string(),
    text: z.array(z.string()).describe('Paragraphs.'),
  }),
  { id: 'ConsentDocument', description: 'The current text of the consent to the processing of personal data.' },
);
export type ConsentDocument = z.infer<typeof ConsentDocumentSchema>;

/** The header that carries a registration's resume token. */
export const REGISTRATION_TOKEN_HEADER = 'Registration-Token';

/** Personal data with the identity documents the registry checks need. */
export type IdentifiedPersonalData = PersonalData & Required<Pick<PersonalData, 'birthPlace' | 'snils' | 'passport'>>;

export function hasIdentityDocuments(data: PersonalData): data is IdentifiedPersonalData {
  return data.birthPlace !== undefined && data.snils !== undefined && data.passport !== undefined;
}
