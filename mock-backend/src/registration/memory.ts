// In-memory stores for registration: what the MSW handlers and the tests use (the backend keeps them in SQLite and
// files under the data directory).
import type { RegistrationDocumentSlot } from '@gos-elements/contracts';
import type { DocumentFiles, RegistrationRecord, RegistrationStore } from './registrations.js';

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
