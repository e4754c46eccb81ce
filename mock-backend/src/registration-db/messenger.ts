import type { Outbox } from '../identity/index.js';
import type { Messenger } from '../registration/registrations.js';

export const REGISTRATION_EMAIL_SUBJECT = 'Регистрация на Госуслугах';

/** Registration's codes and notices go to the dev outbox, like every message the mock "sends". */
export function outboxMessenger(outbox: Pick<Outbox, 'send'>): Messenger {
  return {
    send: (channel, to, text) =>
      void outbox.send({ channel, to, text, ...(channel === 'email' ? { subject: REGISTRATION_EMAIL_SUBJECT } : {}) }),
  };
}
