// The identity domain as the OpenID provider and the routes see it. Implemented in `identity/` on the embedded
// database; the provider (`oidc/`) and the interaction pages only talk to these interfaces.
import type { AccountLevel, PersonProfile } from '@gos-elements/contracts';

/** ESIA's `oid`: a numeric account id, as a string. */
export type AccountId = string;

/** Second factors an account can have enabled. `backup` codes are a fallback for any of the others. */
export type SecondFactor = 'sms' | 'email' | 'totp';
/** What was used to pass the second step, as recorded in `amr` and the journal. */
export type FactorUsed = SecondFactor | 'backup-code';

export interface Account {
  readonly id: AccountId;
  readonly profile: PersonProfile;
  readonly level: AccountLevel;
  /** Enabled second factors, preferred first; empty when the account signs in with a password alone. */
  readonly factors: readonly SecondFactor[];
  /** Locked until this time (ms since epoch) after too many wrong passwords; undefined when not locked. */
  readonly lockedUntil?: number;
}

export type PasswordCheck =
  | { readonly ok: true; readonly account: Account }
  /** Unknown identifier and wrong password are one case, answered the same way and in the same time. */
  | { readonly ok: false; readonly reason: 'invalid-credentials' }
  | { readonly ok: false; readonly reason: 'locked'; readonly lockedUntil: number };

export interface AccountService {
  findById(id: AccountId): Account | undefined;
  /** Phone (any common spelling), e-mail or SNILS, normalised with the core validators. */
  findByIdentifier(identifier: string): Account | undefined;
  /** Checks the password (argon2id), counting consecutive failures and locking per `Limits.password`. */
  checkPassword(identifier: string, password: string): Promise<PasswordCheck>;
  /** Sets a new password that passes the core policy (failures thrown as a validation problem). */
  setPassword(id: AccountId, password: string): Promise<void>;
}

/** A one-time code challenge for the second step or for password recovery. */
export interface CodeChallenge {
  readonly id: string;
  readonly accountId: AccountId;
  readonly channel: 'sms' | 'email';
  /** Masked destination for the page: `+7 (***) ***-45-67`, `i***@mail.ru`. */
  readonly maskedDestination: string;
  readonly expiresAt: number;
  readonly attemptsLeft: number;
  /** When a new code may be requested. */
  readonly resendAvailableAt: number;
}

export type CodeCheck =
  | { readonly ok: true }
  | { readonly ok: false; readonly reason: 'wrong'; readonly attemptsLeft: number }
  | { readonly ok: false; readonly reason: 'expired' | 'exhausted' | 'unknown' };

export type ResendResult =
  | { readonly ok: true; readonly challenge: CodeChallenge }
  | { readonly ok: false; readonly reason: 'cooldown'; readonly retryAfterMs: number };

export interface SecondFactorService {
  /** Sends a fresh code by SMS or e-mail (through the outbox) and returns its challenge. */
  sendCode(accountId: AccountId, channel: 'sms' | 'email', purpose: 'sign-in' | 'recovery'): CodeChallenge;
  resendCode(challengeId: string): ResendResult;
  checkCode(challengeId: string, code: string): CodeCheck;
  /** RFC 6238 code from the authenticator app; a code already used in its period is refused (replay). */
  checkTotp(accountId: AccountId, code: string): boolean;
  /** Consumes one of the account's backup codes. */
  useBackupCode(accountId: AccountId, code: string): boolean;
  /** Starts authenticator enrolment: secret, `otpauth://` URI and a QR code (SVG data URL). */
  enrolTotp(accountId: AccountId): { secret: string; uri: string; qrCodeDataUrl: string };
  /** Issues a new set of backup codes (returned once, stored hashed), replacing the old ones. */
  issueBackupCodes(accountId: AccountId): Promise<string[]>;
}

export interface OutboxMessage {
  readonly id: string;
  readonly channel: 'sms' | 'email';
  /** Normalised phone `+7XXXXXXXXXX` or e-mail. */
  readonly to: string;
  readonly subject?: string;
  readonly text: string;
  readonly sentAt: number;
}

export interface Outbox {
  send(message: Omit<OutboxMessage, 'id' | 'sentAt'>): OutboxMessage;
  /** Newest first; optionally only those to one recipient (any spelling of the phone or e-mail). */
  list(options?: { to?: string; limit?: number }): OutboxMessage[];
}

export type SignInResult =
  | 'success'
  | 'wrong-password'
  | 'unknown-identifier'
  | 'locked'
  | 'wrong-code'
  | 'code-expired'
  | 'level-too-low'
  | 'password-reset';

export interface JournalEntry {
  readonly at: number;
  readonly accountId?: AccountId;
  readonly ip: string;
  readonly userAgent: string;
  readonly result: SignInResult;
  readonly factor?: FactorUsed | 'password';
}

export interface Journal {
  record(entry: JournalEntry): void;
  /** The account's latest entries, newest first. */
  latest(accountId: AccountId, limit: number): JournalEntry[];
}
