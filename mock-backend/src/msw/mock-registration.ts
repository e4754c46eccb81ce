// Registration in a browser, for Storybook and the component tests: the backend's own domain and API behind MSW,
// with in-memory stores, the seeded demo users as existing accounts and the simulated registries.
import type { HttpHandler } from 'msw';
import { IdempotencyKeys } from '../cabinet/idempotency.js';
import { DEFAULT_LIMITS } from '../limits.js';
import { MemoryAccountDirectory, MemoryDocumentFiles, MemoryRegistrationStore } from '../registration/memory.js';
import { RegistrationApi } from '../registration/api.js';
import { Registries } from '../registration/registries.js';
import { Registrations, type Clock, type RegistrationLimits } from '../registration/registrations.js';
import { registrationHandlers } from './registrations.js';

export interface MockRegistrationOptions {
  /** Origin the API answers on (the API is under `/api/v1`). */
  readonly origin: string;
  readonly clock?: Clock;
  /** How long the registries take; instant by default. */
  readonly checkDelayMs?: number;
  readonly limits?: Partial<RegistrationLimits>;
}

export interface MockRegistration {
  readonly api: RegistrationApi;
  readonly handlers: HttpHandler[];
  /** Every SMS and e-mail "sent", newest last: where a story or test reads the codes. */
  readonly sent: { channel: 'sms' | 'email'; to: string; text: string }[];
  readonly accounts: MemoryAccountDirectory;
  /** Registrations in progress: what a test checks after a discard or a purge. */
  readonly store: MemoryRegistrationStore;
  /** The latest code sent to `to` (phone as +7XXXXXXXXXX, or the e-mail). */
  codeFor(to: string): string | undefined;
}

export function mockRegistration(options: MockRegistrationOptions): MockRegistration {
  const clock = options.clock ?? { now: () => Date.now() };
  const sent: MockRegistration['sent'] = [];
  const accounts = new MemoryAccountDirectory();
  const store = new MemoryRegistrationStore();
  const registrations = new Registrations({
    clock,
    store,
    accounts,
    messenger: { send: (channel, to, text) => void sent.push({ channel, to, text }) },
    registries: new Registries(),
    files: new MemoryDocumentFiles(),
    limits: { ...DEFAULT_LIMITS.registration, checkDelayMs: options.checkDelayMs ?? 0, ...options.limits },
    // Not argon2: nothing signs in with it here, and a browser has no argon2 at hand.
    hashPassword: (password) => Promise.resolve(`mock-hash:${password.length}`),
  });
  const api = new RegistrationApi(registrations, new IdempotencyKeys(clock));
  return {
    api,
    handlers: registrationHandlers(api, { baseUrl: options.origin }),
    sent,
    accounts,
    store,
    codeFor: (to) => /\b(\d{6})\b/.exec(sent.filter((message) => message.to === to).at(-1)?.text ?? '')?.[1],
  };
}
