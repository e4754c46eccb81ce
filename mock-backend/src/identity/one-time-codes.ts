import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { maskEmail, maskPhone } from '@gos-elements/core';
import type { Clock } from '../clock.js';
import type { Database } from '../db/database.js';
import { HttpProblem } from '../http/problem.js';
import type { Limits } from '../limits.js';
import { emailCodeMessage, smsCodeMessage } from './code-messages.js';
import type {
  AccountId,
  AccountService,
  CodeChallenge,
  CodeCheck,
  CodePurpose,
  Outbox,
  ResendResult,
} from './types.js';

type Channel = 'sms' | 'email';

interface ChallengeRow {
  readonly id: string;
  readonly account_id: number;
  readonly purpose: CodePurpose;
  readonly channel: Channel;
  readonly destination: string;
  readonly code_hash: string;
  readonly sent_at: number;
  readonly expires_at: number;
  readonly failed_attempts: number;
  readonly closed_at: number | null;
}

export interface OneTimeCodesDependencies {
  readonly db: Database;
  readonly clock: Clock;
  readonly limits: Limits;
  readonly outbox: Outbox;
  readonly accounts: Pick<AccountService, 'findById'>;
}

/** Typed with spaces or a hyphen in the middle, as people copy codes from a message. */
function normaliseEntered(code: string): string {
  return code.replace(/[\s-]/gu, '');
}

function hashCode(challengeId: string, code: string): Buffer {
  return createHash('sha256').update(`${challengeId}:${code}`).digest();
}

/** SMS and e-mail codes: sending through the outbox, resending after a cooldown, checking with an attempt limit. */
export class OneTimeCodes {
  readonly #db: Database;
  readonly #clock: Clock;
  readonly #limits: Limits['otp'];
  readonly #outbox: Outbox;
  readonly #accounts: Pick<AccountService, 'findById'>;

  constructor({ db, clock, limits, outbox, accounts }: OneTimeCodesDependencies) {
    this.#db = db;
    this.#clock = clock;
    this.#limits = limits.otp;
    this.#outbox = outbox;
    this.#accounts = accounts;
  }

  send(accountId: AccountId, channel: Channel, purpose: CodePurpose): CodeChallenge {
    const account = this.#accounts.findById(accountId);
    if (!account) throw HttpProblem.notFound('Учётная запись не найдена.');
    const contactType = channel === 'sms' ? 'MBT' : 'EML';
    const destination = account.profile.contacts.find((contact) => contact.type === contactType)?.value;
    if (destination === undefined) {
      throw new HttpProblem({
        status: 409,
        code: 'channel-unavailable',
        title: channel === 'sms' ? 'Нет номера телефона для кода' : 'Нет адреса почты для кода',
        detail:
          channel === 'sms'
            ? 'В учётной записи не указан мобильный телефон. Выберите другой способ получения кода.'
            : 'В учётной записи не указана электронная почта. Выберите другой способ получения кода.',
      });
    }

    return this.#db.transaction((): CodeChallenge => {
      const now = this.#clock.now();
      const recent = this.#db
        .prepare<[number, CodePurpose, Channel, number], ChallengeRow>(
          `SELECT * FROM code_challenges
           WHERE account_id = ? AND purpose = ? AND channel = ? AND closed_at IS NULL AND sent_at > ?
           ORDER BY sent_at DESC LIMIT 1`,
        )
        .get(Number(accountId), purpose, channel, now - this.#limits.resendCooldownMs);
      if (recent) return this.#toChallenge(recent);

      // One live code per account and purpose: earlier ones would otherwise multiply an attacker's guesses.
      this.#db
        .prepare('UPDATE code_challenges SET closed_at = ? WHERE account_id = ? AND purpose = ? AND closed_at IS NULL')
        .run(now, Number(accountId), purpose);

      const id = randomBytes(16).toString('base64url');
      const code = this.#newCode();
      this.#db
        .prepare(
          `INSERT INTO code_challenges (id, account_id, purpose, channel, destination, code_hash, sent_at, expires_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          id,
          Number(accountId),
          purpose,
          channel,
          destination,
          hashCode(id, code).toString('hex'),
          now,
          now + this.#limits.lifetimeMs,
        );
      this.#deliver(channel, destination, purpose, code, account.profile.firstName);
      return this.#toChallenge(this.#requireRow(id));
    })();
  }

  get(challengeId: string): CodeChallenge | undefined {
    const row = this.#openRow(challengeId);
    return row && this.#toChallenge(row);
  }

  resend(challengeId: string): ResendResult {
    return this.#db.transaction((): ResendResult => {
      const row = this.#openRow(challengeId);
      if (!row) return { ok: false, reason: 'unknown' };
      const now = this.#clock.now();
      const availableAt = row.sent_at + this.#limits.resendCooldownMs;
      if (now < availableAt) return { ok: false, reason: 'cooldown', retryAfterMs: availableAt - now };

      // Same challenge, new code: the old code's hash is overwritten, so it stops working at once.
      const code = this.#newCode();
      this.#db
        .prepare(
          'UPDATE code_challenges SET code_hash = ?, sent_at = ?, expires_at = ?, failed_attempts = 0 WHERE id = ?',
        )
        .run(hashCode(row.id, code).toString('hex'), now, now + this.#limits.lifetimeMs, row.id);
      const firstName = this.#accounts.findById(String(row.account_id))?.profile.firstName ?? '';
      this.#deliver(row.channel, row.destination, row.purpose, code, firstName);
      return { ok: true, challenge: this.#toChallenge(this.#requireRow(row.id)) };
    })();
  }

  check(challengeId: string, code: string): CodeCheck {
    return this.#db.transaction((): CodeCheck => {
      const row = this.#openRow(challengeId);
      if (!row) return { ok: false, reason: 'unknown' };
      const now = this.#clock.now();
      if (now >= row.expires_at) return { ok: false, reason: 'expired' };
      // Checked before the code is compared: after the allowed wrong entries even the right code is refused.
      if (row.failed_attempts >= this.#limits.maxAttempts) return { ok: false, reason: 'exhausted' };

      const expected = Buffer.from(row.code_hash, 'hex');
      if (timingSafeEqual(hashCode(row.id, normaliseEntered(code)), expected)) {
        this.#db.prepare('UPDATE code_challenges SET closed_at = ? WHERE id = ?').run(now, row.id);
        return { ok: true };
      }
      const failures = row.failed_attempts + 1;
      this.#db.prepare('UPDATE code_challenges SET failed_attempts = ? WHERE id = ?').run(failures, row.id);
      return { ok: false, reason: 'wrong', attemptsLeft: Math.max(0, this.#limits.maxAttempts - failures) };
    })();
  }

  #newCode(): string {
    return String(randomInt(0, 10 ** this.#limits.length)).padStart(this.#limits.length, '0');
  }

  #deliver(channel: Channel, destination: string, purpose: CodePurpose, code: string, firstName: string): void {
    const message =
      channel === 'sms'
        ? smsCodeMessage(purpose, code)
        : emailCodeMessage(purpose, code, firstName, this.#limits.lifetimeMs);
    this.#outbox.send({ channel, to: destination, ...message });
  }

  #openRow(challengeId: string): ChallengeRow | undefined {
    return this.#db
      .prepare<[string], ChallengeRow>('SELECT * FROM code_challenges WHERE id = ? AND closed_at IS NULL')
      .get(challengeId);
  }

  #requireRow(challengeId: string): ChallengeRow {
    const row = this.#openRow(challengeId);
    if (!row) throw new Error(`code challenge ${challengeId} vanished inside its own transaction`);
    return row;
  }

  #toChallenge(row: ChallengeRow): CodeChallenge {
    return {
      id: row.id,
      accountId: String(row.account_id),
      purpose: row.purpose,
      channel: row.channel,
      maskedDestination: row.channel === 'sms' ? maskPhone(row.destination) : maskEmail(row.destination),
      expiresAt: row.expires_at,
      attemptsLeft: Math.max(0, this.#limits.maxAttempts - row.failed_attempts),
      resendAvailableAt: row.sent_at + this.#limits.resendCooldownMs,
    };
  }
}
