import type { z } from 'zod';
import { HealthResponseSchema } from './health.js';
import { SignInJournalSchema } from './journal.js';
import { BackupCodesSchema, TotpConfirmationSchema, TotpEnrolmentSchema } from './second-factors.js';

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

/**
 * One HTTP operation of the backend. The Express routes, the MSW handlers and the OpenAPI document all read
 * these, so a shape changes in one place only.
 */
export interface Endpoint {
  readonly method: HttpMethod;
  /** OpenAPI path template, e.g. `/api/v1/applications/{id}`. */
  readonly path: string;
  readonly operationId: string;
  readonly summary: string;
  readonly tags: readonly string[];
  readonly query?: z.ZodObject;
  readonly body?: z.ZodType;
  /** Success responses by status code; errors are always problem+json and are added by the document builder. */
  readonly responses: Readonly<Record<number, { readonly description: string; readonly schema?: z.ZodType }>>;
  /** Whether a bearer access token is needed. */
  readonly secured?: boolean;
}

export const healthEndpoint = {
  method: 'get',
  path: '/health',
  operationId: 'getHealth',
  summary: 'Liveness check',
  tags: ['service'],
  responses: { 200: { description: 'The backend is up.', schema: HealthResponseSchema } },
} as const satisfies Endpoint;

export const openApiEndpoint = {
  method: 'get',
  path: '/api/v1/openapi.json',
  operationId: 'getOpenApiDocument',
  summary: 'This API described as OpenAPI 3.1, generated from the contract schemas',
  tags: ['service'],
  responses: { 200: { description: 'The OpenAPI document.' } },
} as const satisfies Endpoint;

export const myJournalEndpoint = {
  method: 'get',
  path: '/api/v1/me/journal',
  operationId: 'getMySignInJournal',
  summary: "The signed-in user's latest sign-in attempts (bearer access token from the mock OpenID provider)",
  tags: ['identity'],
  secured: true,
  responses: { 200: { description: 'Latest attempts, newest first.', schema: SignInJournalSchema } },
} as const satisfies Endpoint;

export const enrolTotpEndpoint = {
  method: 'post',
  path: '/api/v1/me/factors/totp',
  operationId: 'enrolAuthenticatorApp',
  summary: 'Start adding an authenticator app: a new secret, its otpauth:// URI and QR code',
  tags: ['identity'],
  secured: true,
  responses: { 201: { description: 'The pending secret.', schema: TotpEnrolmentSchema } },
} as const satisfies Endpoint;

export const confirmTotpEndpoint = {
  method: 'post',
  path: '/api/v1/me/factors/totp/confirm',
  operationId: 'confirmAuthenticatorApp',
  summary: 'Finish adding the authenticator app with a code from it; the app becomes a second factor',
  tags: ['identity'],
  secured: true,
  body: TotpConfirmationSchema,
  responses: { 204: { description: 'The app is now a second factor of the account.' } },
} as const satisfies Endpoint;

export const issueBackupCodesEndpoint = {
  method: 'post',
  path: '/api/v1/me/backup-codes',
  operationId: 'issueBackupCodes',
  summary: 'Issue a new set of single-use backup codes (the old set stops working)',
  tags: ['identity'],
  secured: true,
  responses: { 201: { description: 'The new codes, shown once.', schema: BackupCodesSchema } },
} as const satisfies Endpoint;

/** Every documented operation; later features append theirs here. */
export const endpoints: readonly Endpoint[] = [
  healthEndpoint,
  openApiEndpoint,
  myJournalEndpoint,
  enrolTotpEndpoint,
  confirmTotpEndpoint,
  issueBackupCodesEndpoint,
];
