import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';
import type { Clock } from '../clock.js';
import type { Database } from '../db/database.js';
import { HttpProblem } from '../http/problem.js';
import type { Limits } from '../limits.js';
import type { Account, AccountId, AccountService, TotpEnrolment } from './types.js';

/** What every authenticator app understands (Google Authenticator ignores anything else). */
export const TOTP_ISSUER = 'Госуслуги';
export const TOTP_ALGORITHM = 'SHA1';
export const TOTP_DIGITS = 6;
/** 160 bits, the size RFC 4226 recommends for an HMAC-SHA1 key. */
const SECRET_BYTES = 20;

export interface TotpDependencies {
  readonly db: Database;
  readonly clock: Clock;
  readonly limits: Limits;
  readonly accounts: Pick<AccountService, 'findById'> & {
    enableFactor(id: AccountId, factor: 'totp'): void;
  };
}

/** The name the app shows next to the codes: the phone, else the e-mail, else the SNILS. */
export function totpLabel(account: Account): string {
  const { contacts, snils } = account.profile;
  return (
    contacts.find((contact) => contact.type === 'MBT')?.value ??
    contacts.find((contact) => contact.type === 'EML')?.value ??
    snils ??
    account.id
  );
}

/** Authenticator apps (RFC 6238): enrolment with a QR code, confirmation, and checking with replay protection. */
export class TotpAuthenticator {
  readonly #db: Database;
  readonly #clock: Clock;
  readonly #limits: Limits['totp'];
  readonly #accounts: TotpDependencies['accounts'];

  constructor({ db, clock, limits, accounts }: TotpDependencies) {
    this.#db = db;
    this.#clock = clock;
    this.#limits = limits.totp;
    this.#accounts = accounts;
  }

  async enrol(accountId: AccountId): Promise<TotpEnrolment> {
    const account = this.#accounts.findById(accountId);
    if (!account) throw HttpProblem.notFound('Учётная запись не найдена.');
    const secret = new Secret({ size: SECRET_BYTES }).base32;
    this.#db
      .prepare(
        `INSERT OR REPLACE INTO totp_secrets (account_id, status, secret, last_used_step, created_at)
         VALUES (?, 'pending', ?, NULL, ?)`,
      )
      .run(Number(accountId), secret, this.#clock.now());
    const uri = this.#totp(secret, totpLabel(account)).toString();
    const svg = await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
    return { secret, uri, qrCodeDataUrl: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}` };
  }

  confirm(accountId: AccountId, code: string): boolean {
    return this.#db.transaction((): boolean => {
      const pending = this.#secretRow(accountId, 'pending');
      if (!pending) return false;
      const step = this.#matchingStep(pending.secret, code);
      if (step === undefined) return false;
      this.#activate(accountId, pending.secret, step);
      return true;
    })();
  }

  /** Makes `secret` (base32) the account's active secret straight away; for the seed's published test secret. */
  install(accountId: AccountId, secret: string): void {
    // Throws on a string that is not base32, so a typo in the seed cannot produce an app that never matches.
    const normalised = Secret.fromBase32(secret).base32;
    this.#db.transaction(() => this.#activate(accountId, normalised, undefined))();
  }

  check(accountId: AccountId, code: string): boolean {
    const active = this.#secretRow(accountId, 'active');
    if (!active) return false;
    const step = this.#matchingStep(active.secret, code);
    if (step === undefined) return false;
    // Compare-and-set in one statement: of two requests with the same code, only one gets through.
    const { changes } = this.#db
      .prepare(
        `UPDATE totp_secrets SET last_used_step = ?
         WHERE account_id = ? AND status = 'active' AND (last_used_step IS NULL OR last_used_step < ?)`,
      )
      .run(step, Number(accountId), step);
    return changes === 1;
  }

  /** The RFC 6238 time step the code belongs to, within the allowed drift window; undefined when it matches none. */
  #matchingStep(secret: string, code: string): number | undefined {
    const token = code.replace(/\s/gu, '');
    if (!new RegExp(`^\\d{${TOTP_DIGITS}}$`, 'u').test(token)) return undefined;
    const timestamp = this.#clock.now();
    const totp = this.#totp(secret, '');
    const delta = totp.validate({ token, timestamp, window: this.#limits.window });
    return delta === null ? undefined : totp.counter({ timestamp }) + delta;
  }

  #activate(accountId: AccountId, secret: string, lastUsedStep: number | undefined): void {
    this.#db.prepare('DELETE FROM totp_secrets WHERE account_id = ?').run(Number(accountId));
    this.#db
      .prepare(
        `INSERT INTO totp_secrets (account_id, status, secret, last_used_step, created_at) VALUES (?, 'active', ?, ?, ?)`,
      )
      .run(Number(accountId), secret, lastUsedStep ?? null, this.#clock.now());
    this.#accounts.enableFactor(accountId, 'totp');
  }

  #secretRow(accountId: AccountId, status: 'pending' | 'active'): { secret: string } | undefined {
    return this.#db
      .prepare<[number, string], { secret: string }>(
        'SELECT secret FROM totp_secrets WHERE account_id = ? AND status = ?',
      )
      .get(Number(accountId), status);
  }

  #totp(secret: string, label: string): TOTP {
    return new TOTP({
      issuer: TOTP_ISSUER,
      label,
      secret: Secret.fromBase32(secret),
      algorithm: TOTP_ALGORITHM,
      digits: TOTP_DIGITS,
      period: this.#limits.periodSeconds,
    });
  }
}
