import type { Clock } from '../clock.js';
import type { Database } from '../db/database.js';
import { HttpProblem } from '../http/problem.js';
import type { Limits } from '../limits.js';
import { BackupCodes } from './backup-codes.js';
import { OneTimeCodes } from './one-time-codes.js';
import { TotpAuthenticator, type TotpDependencies } from './totp.js';
import type {
  AccountId,
  CodeChallenge,
  CodeCheck,
  CodePurpose,
  Outbox,
  ResendResult,
  SecondFactorService,
  TotpEnrolment,
} from './types.js';

export interface SecondFactorsDependencies {
  readonly db: Database;
  readonly clock: Clock;
  readonly limits: Limits;
  readonly outbox: Outbox;
  readonly accounts: TotpDependencies['accounts'];
}

/** The second step as the provider sees it: one-time codes, the authenticator app and backup codes. */
export class SqliteSecondFactors implements SecondFactorService {
  readonly #codes: OneTimeCodes;
  readonly #totp: TotpAuthenticator;
  readonly #backup: BackupCodes;
  readonly #accounts: SecondFactorsDependencies['accounts'];

  constructor(dependencies: SecondFactorsDependencies) {
    this.#accounts = dependencies.accounts;
    this.#codes = new OneTimeCodes(dependencies);
    this.#totp = new TotpAuthenticator(dependencies);
    this.#backup = new BackupCodes(dependencies);
  }

  sendCode(accountId: AccountId, channel: 'sms' | 'email', purpose: CodePurpose): CodeChallenge {
    return this.#codes.send(accountId, channel, purpose);
  }

  getChallenge(challengeId: string): CodeChallenge | undefined {
    return this.#codes.get(challengeId);
  }

  resendCode(challengeId: string): ResendResult {
    return this.#codes.resend(challengeId);
  }

  checkCode(challengeId: string, code: string): CodeCheck {
    return this.#codes.check(challengeId, code);
  }

  checkTotp(accountId: AccountId, code: string): boolean {
    return this.#totp.check(accountId, code);
  }

  enrolTotp(accountId: AccountId): Promise<TotpEnrolment> {
    return this.#totp.enrol(accountId);
  }

  confirmTotp(accountId: AccountId, code: string): boolean {
    return this.#totp.confirm(accountId, code);
  }

  /** Activates a known secret without enrolment — for the seed's published test secret only. */
  installTotpSecret(accountId: AccountId, secret: string): void {
    this.#totp.install(accountId, secret);
  }

  useBackupCode(accountId: AccountId, code: string): boolean {
    return this.#backup.use(accountId, code);
  }

  backupCodesLeft(accountId: AccountId): number {
    return this.#backup.left(accountId);
  }

  async issueBackupCodes(accountId: AccountId): Promise<string[]> {
    if (!this.#accounts.findById(accountId)) throw HttpProblem.notFound('Учётная запись не найдена.');
    return this.#backup.issue(accountId);
  }

  /** Replaces the account's backup codes with known ones — for the seed's published codes only. */
  installBackupCodes(accountId: AccountId, codes: readonly string[]): void {
    this.#backup.install(accountId, codes);
  }
}
