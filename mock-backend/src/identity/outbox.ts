import { normalizeEmail, normalizePhone } from '@gos-elements/core';
import type { Clock } from '../clock.js';
import type { Database } from '../db/database.js';
import { emailKey } from './identifiers.js';
import type { Outbox, OutboxMessage } from './types.js';

/** How many messages `list()` returns when no limit is given, and the most it returns at all. */
export const OUTBOX_DEFAULT_LIMIT = 100;
export const OUTBOX_MAX_LIMIT = 1000;

interface OutboxRow {
  readonly id: number;
  readonly channel: 'sms' | 'email';
  readonly recipient: string;
  readonly subject: string | null;
  readonly body: string;
  readonly sent_at: number;
}

/**
 * The lookup form of a recipient in any spelling: `+7XXXXXXXXXX` for a phone, the lower-cased address for an
 * e-mail; anything else as typed (lower-cased), so an odd filter matches nothing instead of failing.
 */
export function recipientKey(to: string): string {
  const text = to.trim();
  if (text.includes('@')) return emailKey(text) ?? text.toLowerCase();
  return normalizePhone(text) ?? text.toLowerCase();
}

/** The recipient as shown: the core-normalised phone or e-mail. A wrong one is a bug in the caller. */
function storedRecipient(channel: 'sms' | 'email', to: string): string {
  const recipient = channel === 'sms' ? normalizePhone(to) : normalizeEmail(to);
  if (recipient === null) {
    throw new RangeError(`outbox: «${to}» is not ${channel === 'sms' ? 'a phone number' : 'an e-mail address'}`);
  }
  return recipient;
}

/** Every SMS and e-mail the mock "sends" ends up here instead, for people and tests to read. */
export class SqliteOutbox implements Outbox {
  readonly #db: Database;
  readonly #clock: Clock;

  constructor({ db, clock }: { readonly db: Database; readonly clock: Clock }) {
    this.#db = db;
    this.#clock = clock;
  }

  send(message: Omit<OutboxMessage, 'id' | 'sentAt'>): OutboxMessage {
    const recipient = storedRecipient(message.channel, message.to);
    const sentAt = this.#clock.now();
    const { lastInsertRowid } = this.#db
      .prepare(
        'INSERT INTO outbox (channel, recipient, recipient_key, subject, body, sent_at) VALUES (?, ?, ?, ?, ?, ?)',
      )
      .run(message.channel, recipient, recipientKey(recipient), message.subject ?? null, message.text, sentAt);
    return toMessage({
      id: Number(lastInsertRowid),
      channel: message.channel,
      recipient,
      subject: message.subject ?? null,
      body: message.text,
      sent_at: sentAt,
    });
  }

  list(options: { to?: string; limit?: number } = {}): OutboxMessage[] {
    const limit = Math.min(Math.max(Math.trunc(options.limit ?? OUTBOX_DEFAULT_LIMIT), 0), OUTBOX_MAX_LIMIT);
    // Newest first; the id breaks ties between messages sent in the same millisecond.
    const rows =
      options.to === undefined
        ? this.#db
            .prepare<[number], OutboxRow>('SELECT * FROM outbox ORDER BY sent_at DESC, id DESC LIMIT ?')
            .all(limit)
        : this.#db
            .prepare<[string, number], OutboxRow>(
              'SELECT * FROM outbox WHERE recipient_key = ? ORDER BY sent_at DESC, id DESC LIMIT ?',
            )
            .all(recipientKey(options.to), limit);
    return rows.map(toMessage);
  }
}

function toMessage(row: OutboxRow): OutboxMessage {
  return {
    id: String(row.id),
    channel: row.channel,
    to: row.recipient,
    ...(row.subject === null ? {} : { subject: row.subject }),
    text: row.body,
    sentAt: row.sent_at,
  };
}
