import { describe, expect, it } from 'vitest';
import { testIdentity } from './test-support.js';

describe('outbox', () => {
  it('keeps messages with normalised recipients and lists them newest first', () => {
    const { identity, clock } = testIdentity();
    const { outbox } = identity;
    const first = outbox.send({ channel: 'sms', to: '8 (916) 555-01-01', text: 'первое' });
    clock.advance(1_000);
    outbox.send({ channel: 'email', to: 'Anna.Smirnova@Example.RU', subject: 'Тема', text: 'второе' });
    // Same millisecond: the later one still comes first.
    outbox.send({ channel: 'sms', to: '+79035550303', text: 'третье' });

    expect(first).toEqual({
      id: expect.any(String),
      channel: 'sms',
      to: '+79165550101',
      text: 'первое',
      sentAt: clock.now() - 1_000,
    });
    expect(outbox.list().map((message) => message.text)).toEqual(['третье', 'второе', 'первое']);
    expect(outbox.list()[1]).toMatchObject({ to: 'Anna.Smirnova@example.ru', subject: 'Тема' });
    expect(outbox.list({ limit: 2 }).map((message) => message.text)).toEqual(['третье', 'второе']);
  });

  it('filters by recipient in any spelling', () => {
    const { identity, clock } = testIdentity();
    const { outbox } = identity;
    outbox.send({ channel: 'sms', to: '+79165550101', text: 'один' });
    clock.advance(1);
    outbox.send({ channel: 'sms', to: '+79035550303', text: 'чужое' });
    clock.advance(1);
    outbox.send({ channel: 'sms', to: '89165550101', text: 'два' });
    outbox.send({ channel: 'email', to: 'anna.smirnova@example.ru', text: 'письмо' });

    for (const to of ['+7 (916) 555-01-01', '9165550101', '8-916-555-01-01']) {
      expect(outbox.list({ to }).map((message) => message.text)).toEqual(['два', 'один']);
    }
    expect(outbox.list({ to: 'ANNA.SMIRNOVA@EXAMPLE.RU' }).map((message) => message.text)).toEqual(['письмо']);
    expect(outbox.list({ to: 'nobody' })).toEqual([]);
  });

  it('refuses a recipient that does not fit the channel', () => {
    const { identity } = testIdentity();
    expect(() => identity.outbox.send({ channel: 'sms', to: 'anna@example.ru', text: 'x' })).toThrow(RangeError);
    expect(() => identity.outbox.send({ channel: 'email', to: '+79165550101', text: 'x' })).toThrow(RangeError);
  });
});
