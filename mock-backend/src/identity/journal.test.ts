import { describe, expect, it } from 'vitest';
import { testIdentity } from './test-support.js';
import type { JournalEntry } from './types.js';

describe('sign-in journal', () => {
  it("returns one account's latest entries, newest first, limited", () => {
    const { identity, clock } = testIdentity();
    const { journal } = identity;
    const base = { ip: '192.0.2.10', userAgent: 'Mozilla/5.0 (тест)' };
    for (let index = 0; index < 60; index += 1) {
      journal.record({
        ...base,
        at: clock.now() + index * 1_000,
        accountId: '1000000001',
        result: 'success',
        factor: 'sms',
      });
    }
    journal.record({
      ...base,
      at: clock.now() + 30_500,
      accountId: '1000000002',
      result: 'wrong-password',
      factor: 'password',
    });
    journal.record({ ...base, at: clock.now() + 30_600, result: 'unknown-identifier' });

    const latest = journal.latest('1000000001', 50);
    expect(latest).toHaveLength(50);
    expect(latest[0]).toEqual<JournalEntry>({
      ...base,
      at: clock.now() + 59_000,
      accountId: '1000000001',
      result: 'success',
      factor: 'sms',
    });
    expect(latest.at(-1)?.at).toBe(clock.now() + 10_000);
    expect(latest.every((entry, index) => index === 0 || (latest[index - 1]?.at ?? 0) > entry.at)).toBe(true);

    expect(journal.latest('1000000002', 50)).toEqual([
      { ...base, at: clock.now() + 30_500, accountId: '1000000002', result: 'wrong-password', factor: 'password' },
    ]);
    expect(journal.latest('1000000003', 50)).toEqual([]);
    expect(journal.latest('1000000001', 0)).toEqual([]);
  });

  it('keeps entries recorded in the same millisecond in recording order, newest first', () => {
    const { identity, clock } = testIdentity();
    const base = { at: clock.now(), accountId: '7', ip: '::1', userAgent: 'curl' };
    identity.journal.record({ ...base, result: 'wrong-password', factor: 'password' });
    identity.journal.record({ ...base, result: 'locked' });
    expect(identity.journal.latest('7', 10).map((entry) => entry.result)).toEqual(['locked', 'wrong-password']);
    expect(identity.journal.latest('7', 10)[0]?.factor).toBeUndefined();
  });
});
