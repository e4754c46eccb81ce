import type { SessionEndReason } from './types.js';
import { parseTokenSet, type TokenSet } from './tokens.js';

/** What tabs of one origin tell each other about a session (same origin only: BroadcastChannel never leaves it). */
export type TabMessage =
  /** A tab that has just loaded without tokens asks whether another tab has a session. */
  | { readonly type: 'ask' }
  /** A sign-in, a renewal, or an answer to `ask`. */
  | { readonly type: 'tokens'; readonly tokens: TokenSet; readonly signIn: boolean }
  | { readonly type: 'signed-out'; readonly reason: 'user' | SessionEndReason }
  | { readonly type: 'activity'; readonly at: number }
  /** A follower's access token is about to expire and the leader has not renewed it. */
  | { readonly type: 'renew' };

export interface TabChannel {
  post(message: TabMessage): void;
  close(): void;
}

function parseMessage(data: unknown): TabMessage | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const message = data as Record<string, unknown>;
  switch (message['type']) {
    case 'ask':
    case 'renew':
      return { type: message['type'] };
    case 'tokens': {
      const tokens = parseTokenSet(message['tokens']);
      return tokens && { type: 'tokens', tokens, signIn: message['signIn'] === true };
    }
    case 'signed-out': {
      const reason = message['reason'];
      return reason === 'user' || reason === 'idle' || reason === 'expired' || reason === 'revoked'
        ? { type: 'signed-out', reason }
        : undefined;
    }
    case 'activity':
      return typeof message['at'] === 'number' ? { type: 'activity', at: message['at'] } : undefined;
    default:
      return undefined;
  }
}

/** A BroadcastChannel that checks what it receives; a no-op where BroadcastChannel does not exist. */
export function tabChannel(name: string, onMessage: (message: TabMessage) => void): TabChannel {
  if (typeof BroadcastChannel === 'undefined') return { post() {}, close() {} };
  const channel = new BroadcastChannel(name);
  channel.onmessage = (event: MessageEvent) => {
    const message = parseMessage(event.data);
    if (message) onMessage(message);
  };
  return { post: (message) => channel.postMessage(message), close: () => channel.close() };
}
