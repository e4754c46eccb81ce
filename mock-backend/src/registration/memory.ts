// In-memory ports for registration: what the MSW handlers and the tests use (the backend keeps records in SQLite,
// scans under the data directory and accounts in the identity provider).
import type { RegistrationDocumentSlot } from '@gos-elements/contracts';
import { SEEDED_USERS, type SeededUser } from '../identity/seed.js';
import type {
  AccountDirectory,
  DocumentFiles,
  NewRegisteredAccount,
  RegistrationRecord,
  RegistrationStore,
} from './registrations.js';

export class MemoryRegistrationStore implements RegistrationStore {
  readonly #records = new Map<string, RegistrationRecord>();

  get(token: string): RegistrationRecord | undefined {
    const record = this.#records.get(token);
    // A copy, as a database would give: changes count only once saved.
    return record && structuredClone(record);
  }

  save(record: RegistrationRecord): void {
    this.#records.set(record.token, structuredClone(record));
  }

  delete(token: string): void {
    this.#records.delete(token);
  }

  all(): RegistrationRecord[] {
    return [...this.#records.values()].map((record) => structuredClone(record));
  }
}

export class MemoryDocumentFiles implements DocumentFiles {
  readonly files = new Map<string, Uint8Array>();

  put(registration: string, slot: RegistrationDocumentSlot, bytes: Uint8Array): void {
    this.files.set(`${registration}/${slot}`, bytes);
  }

  deleteAll(registration: string): void {
    for (const key of this.files.keys()) if (key.startsWith(`${registration}/`)) this.files.delete(key);
  }
}

/**
 * The accounts of the seeded demo users (and whoever registers here), in memory: for the MSW handlers, which have
 * no identity provider. Answers "taken" exactly as the backend does for the same people.
 */
export class MemoryAccountDirectory implements AccountDirectory {
  readonly created: NewRegisteredAccount[] = [];
  readonly #taken: Record<'phone' | 'email' | 'snils' | 'passport', Set<string>> = {
    phone: new Set(),
    email: new Set(),
    snils: new Set(),
    passport: new Set(),
  };

  constructor(users: readonly Pick<SeededUser, 'phone' | 'email' | 'snils' | 'person'>[] = SEEDED_USERS) {
    for (const user of users) {
      this.#add('phone', user.phone);
      this.#add('email', user.email);
      if (user.snils) this.#add('snils', user.snils);
      for (const document of user.person.documents) {
        if (document.type === 'RF_PASSPORT') this.#add('passport', `${document.series}${document.number}`);
      }
    }
  }

  taken(kind: 'phone' | 'email' | 'snils' | 'passport', value: string): boolean {
    return this.#taken[kind].has(key(kind, value));
  }

  create(account: NewRegisteredAccount): Promise<void> {
    if (this.taken('phone', account.phone)) return Promise.reject(new Error('phone taken'));
    this.created.push(account);
    this.#add('phone', account.phone);
    if (account.email) this.#add('email', account.email);
    const { snils, passport } = account.personalData;
    if (account.level === 'standard' && snils && passport) {
      this.#add('snils', snils);
      this.#add('passport', `${passport.series}${passport.number}`);
    }
    return Promise.resolve();
  }

  #add(kind: 'phone' | 'email' | 'snils' | 'passport', value: string): void {
    this.#taken[kind].add(key(kind, value));
  }
}

/** One spelling per identifier: digits of a phone or SNILS, a lower-cased e-mail. */
function key(kind: 'phone' | 'email' | 'snils' | 'passport', value: string): string {
  if (kind === 'email') return value.trim().toLowerCase();
  const digits = value.replace(/\D/g, '');
  return kind === 'phone' ? digits.slice(-10) : digits;
}
