// The identity domain as the OpenID provider and the routes see it. Implemented in `identity/` on the embedded
// database; the provider (`oidc/`) and the interaction pages only talk to these interfaces.
import type { AccountLevel, PersonProfile, SignInFactor, SignInResult } from '@gos-elements/contracts';

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

/** What registration (and the seed) gives to create an account; `oid`, level and `trusted` are set from it. */
export interface NewAccount {
  /** A fixed oid (the seed uses published ones); otherwise the next free one. */
  readonly id?: AccountId;
  readonly level: AccountLevel;
  readonly person: Omit<PersonProfile, 'oid' | 'accountLevel' | 'trusted'>;
  /** Checked against the core password policy with the person's data. */
  readonly password: string;
  /** `sms` needs a mobile (MBT) contact, `email` an e-mail (EML) one; `totp` is enabled by confirming an enrolment. */
  readonly factors?: readonly SecondFactor[];
}

export interface AccountService {
  /**
   * Creates an account (argon2id password hash). Throws `HttpProblem` 400 `validation-failed` for bad data or a
   * weak password, 409 `already-registered` when the phone, e-mail, SNILS or oid is taken.
   */
  createAccount(account: NewAccount): Promise<Account>;
  findById(id: AccountId): Account | undefined;
  /** Phone (any common spelling), e-mail or SNILS, normalised with the core validators. */
  findByIdentifier(identifier: string): Account | undefined;
  /** Checks the password (argon2id), counting consecutive failures and locking per `Limits.password`. */
  checkPassword(identifier: string, password: string): Promise<PasswordCheck>;
  /**
   * Sets a new password that passes the core policy (failures thrown as a validation problem). Also clears the
   * failure counter and any lock: recovery proves control of the phone or e-mail, which is how a locked-out user
   * gets back in.
   */
  setPassword(id: AccountId, password: string): Promise<void>;
}

export type CodePurpose = 'sign-in' | 'recovery';

/** A one-time code challenge for the second step or for password recovery. */
export interface CodeChallenge {
  /** Random and unguessable; stays the same across resends. */
  readonly id: string;
  readonly accountId: AccountId;
  /** A challenge answers only the flow it was sent for. */
  readonly purpose: CodePurpose;
  readonly channel: 'sms' | 'email';
  /** Masked destination for the page: `+7 (***) ***-45-67`, `i***@mail.ru`. */
  readonly maskedDestination: string;
  readonly expiresAt: number;
  readonly attemptsLeft: number;
  /** When a new code may be requested. */
  readonly resendAvailableAt: number;
}

/** A right code consumes the challenge: checking it again answers `unknown`. */
export type CodeCheck =
  | { readonly ok: true }
  | { readonly ok: false; readonly reason: 'wrong'; readonly attemptsLeft: number }
  | { readonly ok: false; readonly reason: 'expired' | 'exhausted' | 'unknown' };

export type ResendResult =
  | { readonly ok: true; readonly challenge: CodeChallenge }
  | { readonly ok: false; readonly reason: 'cooldown'; readonly retryAfterMs: number }
  /** No such challenge, or it was already answered. */
  | { readonly ok: false; readonly reason: 'unknown' };

export interface TotpEnrolment {
  /** Base32, for typing into the app by hand. */
  readonly secret: string;
  /** `otpauth://totp/Госуслуги:<login>?secret=…&issuer=Госуслуги&algorithm=SHA1&digits=6&period=30`. */
  readonly uri: string;
  /** `data:image/svg+xml;base64,…` QR code of `uri`. */
  readonly qrCodeDataUrl: string;
}

export interface SecondFactorService {
  /**
   * Sends a fresh code by SMS or e-mail (through the outbox) and returns its challenge; earlier open challenges of
   * the account for the same purpose stop working. If a code for the same account, purpose and channel went out
   * less than `resendCooldownMs` ago, that challenge is returned and nothing is sent (a reloaded page or a
   * repeated recovery request must not flood the person's phone). Throws `HttpProblem` 409 `channel-unavailable`
   * when the account has no phone / e-mail for the channel.
   */
  sendCode(accountId: AccountId, channel: 'sms' | 'email', purpose: CodePurpose): CodeChallenge;
  /** The challenge's current state (attempts left, expiry, resend time); undefined when unknown or answered. */
  getChallenge(challengeId: string): CodeChallenge | undefined;
  /** A new code for the same challenge id after the cooldown; the old code stops working, attempts start over. */
  resendCode(challengeId: string): ResendResult;
  checkCode(challengeId: string, code: string): CodeCheck;
  /** RFC 6238 code from the authenticator app; a code already used in its period is refused (replay). */
  checkTotp(accountId: AccountId, code: string): boolean;
  /** Consumes one of the account's backup codes (`1234-5678`, spaces and hyphens optional). */
  useBackupCode(accountId: AccountId, code: string): boolean;
  /** Unused backup codes left, so the page offers them only when there are some. */
  backupCodesLeft(accountId: AccountId): number;
  /**
   * Starts authenticator enrolment: a new secret, its `otpauth://` URI and a QR code. The secret is pending (the
   * current one, if any, keeps working) until {@link confirmTotp} proves the app has it.
   */
  enrolTotp(accountId: AccountId): Promise<TotpEnrolment>;
  /** Activates the pending secret if `code` is right for it, and enables the `totp` factor. */
  confirmTotp(accountId: AccountId, code: string): boolean;
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

/** Journal outcomes and factors are the API's shapes (contracts), so the journal endpoint serves rows as stored. */
export type { SignInFactor, SignInResult } from '@gos-elements/contracts';

export interface JournalEntry {
  readonly at: number;
  readonly accountId?: AccountId;
  readonly ip: string;
  readonly userAgent: string;
  readonly result: SignInResult;
  readonly factor?: SignInFactor;
}

export interface Journal {
  record(entry: JournalEntry): void;
  /** The account's latest entries, newest first. */
  latest(accountId: AccountId, limit: number): JournalEntry[];
}
