import { describe, expect, it } from 'vitest';
import {
  buildOpenApiDocument,
  meetsAccountLevel,
  PersonProfileSchema,
  ProblemDetailsSchema,
  fieldErrorsFromZod,
  type PersonProfile,
} from './index.js';

const ivanov: PersonProfile = {
  oid: '1000000001',
  lastName: 'Иванов',
  firstName: 'Иван',
  middleName: 'Иванович',
  birthDate: '01.02.1985',
  gender: 'M',
  citizenship: 'RUS',
  snils: '112-233-445 95',
  inn: '500100732259',
  trusted: true,
  accountLevel: 'confirmed',
  contacts: [
    { type: 'MBT', value: '+79001234567', vrfStu: 'VERIFIED' },
    { type: 'EML', value: 'ivanov@почта.рф', vrfStu: 'NOT_VERIFIED' },
  ],
  documents: [
    {
      type: 'RF_PASSPORT',
      series: '4506',
      number: '123456',
      issueDate: '15.03.2005',
      issueId: '772-001',
      issuedBy: 'ОВД района Хамовники г. Москвы',
      vrfStu: 'VERIFIED',
    },
  ],
};

describe('person profile', () => {
  it('accepts an ESIA-shaped profile', () => {
    expect(PersonProfileSchema.parse(ivanov)).toEqual(ivanov);
  });

  it.each([
    ['snils', { snils: '11223344595' }],
    ['birthDate', { birthDate: '1985-02-01' }],
    ['lastName', { lastName: 'Ivanov' }],
    ['accountLevel', { accountLevel: 'gold' }],
    ['contacts.0.value', { contacts: [{ type: 'MBT', value: '89001234567', vrfStu: 'VERIFIED' }] }],
    ['documents.0.issueId', { documents: [{ ...ivanov.documents[0], issueId: '772001' }] }],
  ])('rejects a non-canonical %s', (field, patch) => {
    const result = PersonProfileSchema.safeParse({ ...ivanov, ...patch });
    expect(result.success).toBe(false);
    if (!result.success) expect(fieldErrorsFromZod(result.error).map((e) => e.field)).toContain(field);
  });
});

describe('problem details', () => {
  it('accepts RFC 9457 problems with a machine code and field errors', () => {
    const problem = {
      type: 'about:blank',
      title: 'Проверьте данные',
      status: 422,
      code: 'validation-failed',
      errors: [{ field: 'snils', code: 'checksum', message: 'Проверьте СНИЛС' }],
    };
    expect(ProblemDetailsSchema.parse(problem)).toEqual(problem);
  });

  it('requires a kebab-case code and an error status', () => {
    expect(ProblemDetailsSchema.safeParse({ type: 'about:blank', title: 't', status: 200, code: 'x' }).success).toBe(
      false,
    );
    expect(
      ProblemDetailsSchema.safeParse({ type: 'about:blank', title: 't', status: 400, code: 'Bad_Code' }).success,
    ).toBe(false);
  });
});

describe('account level', () => {
  it('orders simplified < standard < confirmed', () => {
    expect(meetsAccountLevel('confirmed', 'standard')).toBe(true);
    expect(meetsAccountLevel('standard', 'standard')).toBe(true);
    expect(meetsAccountLevel('simplified', 'standard')).toBe(false);
  });
});

describe('OpenAPI document', () => {
  const document = buildOpenApiDocument();

  it('publishes the shared schemas under components', () => {
    expect(Object.keys(document.components.schemas)).toEqual(
      expect.arrayContaining(['ProblemDetails', 'FieldError', 'PersonProfile', 'AccountLevel', 'RfPassport', 'Snils']),
    );
  });

  it('has no dangling $ref', () => {
    const refs = [...JSON.stringify(document).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) expect(document.components.schemas, ref).toHaveProperty([ref!]);
  });

  it('documents problem+json as the error response of every operation', () => {
    for (const operations of Object.values(document.paths)) {
      for (const operation of Object.values(operations) as { responses: Record<string, { content?: object }> }[]) {
        expect(operation.responses['default']?.content).toHaveProperty(['application/problem+json']);
      }
    }
  });
});
