// A stand-in session for tests and stories: holds a state, records calls, and emits what a real session would.
import type {
  AccountLevel,
  SessionError,
  SessionEventMap,
  SessionHandle,
  SessionState,
  SessionUser,
  SignInMode,
} from '@gos-elements/core';

export const USERS: Readonly<Record<AccountLevel, SessionUser>> = {
  simplified: {
    sub: 'u-3',
    familyName: 'Кузнецова',
    givenName: 'Мария',
    middleName: 'Олеговна',
    shortName: 'Кузнецова М. О.',
    accountLevel: 'simplified',
    amr: ['pwd', 'mail'],
  },
  standard: {
    sub: 'u-2',
    familyName: 'Петров',
    givenName: 'Дмитрий',
    middleName: 'Александрович',
    shortName: 'Петров Д. А.',
    accountLevel: 'standard',
    amr: ['pwd', 'otp'],
  },
  confirmed: {
    sub: 'u-1',
    familyName: 'Смирнова',
    givenName: 'Анна',
    middleName: 'Сергеевна',
    shortName: 'Смирнова А. С.',
    accountLevel: 'confirmed',
    amr: ['pwd', 'sms'],
  },
};

export class FakeSession extends EventTarget implements SessionHandle {
  state: SessionState;
  readonly calls: string[] = [];

  constructor(state: SessionState = { status: 'signed-out' }) {
    super();
    this.state = state;
  }

  /** Moves to `state` and tells listeners, as a real session does on every change. */
  set(state: SessionState): void {
    this.state = state;
    this.emit('change', state);
  }

  emit<K extends keyof SessionEventMap>(type: K, detail: SessionEventMap[K]['detail']): void {
    this.dispatchEvent(new CustomEvent(type, { detail }));
  }

  signIn(options: { mode?: SignInMode } = {}): Promise<void> {
    this.calls.push(`signIn ${options.mode ?? 'redirect'}`);
    this.set({ status: 'signing-in' });
    return Promise.resolve();
  }

  signOut(): Promise<void> {
    this.calls.push('signOut');
    this.set({ status: 'signing-out' });
    return Promise.resolve();
  }

  extend(): void {
    this.calls.push('extend');
    this.set({ ...this.state, idleDeadline: undefined });
  }

  retry(): Promise<void> {
    this.calls.push('retry');
    this.set({ status: 'signed-out' });
    return Promise.resolve();
  }

  accessToken(): Promise<string | undefined> {
    return Promise.resolve(this.state.user ? 'fake-access-token' : undefined);
  }
}

export const signedIn = (level: AccountLevel, extra: Partial<SessionState> = {}): SessionState => ({
  status: 'signed-in',
  user: USERS[level],
  ...extra,
});

export const failed = (error: SessionError): SessionState => ({ status: 'error', error });
