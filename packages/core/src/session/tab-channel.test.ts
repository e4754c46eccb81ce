import { describe, expect, it } from 'vitest';
import { tabChannel, type TabMessage } from './tab-channel.js';

const tokens = { accessToken: 'at', expiresAt: 2, claims: { sub: 'a' }, obtainedAt: 1 };

describe('tabChannel', () => {
  it('delivers well-formed messages to the other tabs and drops anything else', async () => {
    const received: TabMessage[] = [];
    const here = tabChannel('test-channel', () => undefined);
    const there = tabChannel('test-channel', (message) => received.push(message));
    const raw = new BroadcastChannel('test-channel');
    for (const junk of [
      null,
      'ask',
      { type: 'tokens', tokens: { accessToken: 1 } },
      { type: 'signed-out', reason: 'x' },
    ]) {
      raw.postMessage(junk);
    }
    here.post({ type: 'ask' });
    here.post({ type: 'tokens', tokens, signIn: true });
    here.post({ type: 'signed-out', reason: 'idle' });
    here.post({ type: 'activity', at: 5 });
    await expect.poll(() => received.length).toBe(4);
    expect(received).toEqual([
      { type: 'ask' },
      { type: 'tokens', tokens, signIn: true },
      { type: 'signed-out', reason: 'idle' },
      { type: 'activity', at: 5 },
    ]);
    for (const channel of [here, there]) channel.close();
    raw.close();
  });
});
