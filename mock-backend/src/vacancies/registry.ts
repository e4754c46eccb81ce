// «Проверенный работодатель»: an employer whose INN and OGRN are valid numbers (checksums) and whom the registry of
// legal entities knows by that pair. The mock registry is a list the generator writes (most of its employers, not
// all); the checks are the SDK's own validators, so the browser and the server agree on what a valid number is.
import { validateInn } from '@gos-elements/core/validators/inn';
import { validateOgrn } from '@gos-elements/core/validators/ogrn';

export interface RegistryEntry {
  readonly inn: string;
  readonly ogrn: string;
}

const key = (inn: string, ogrn: string) => `${inn}|${ogrn}`;

export class EmployerRegistry {
  readonly #known: ReadonlySet<string>;

  constructor(entries: Iterable<RegistryEntry> = []) {
    this.#known = new Set([...entries].map((entry) => key(entry.inn, entry.ogrn)));
  }

  get size(): number {
    return this.#known.size;
  }

  /** Valid organisation INN (10 digits) and OGRN (13 digits), and the registry has this very pair. */
  verified(inn: string, ogrn: string): boolean {
    return (
      validateInn(inn, { kinds: ['organisation'] }).valid &&
      validateOgrn(ogrn, { kinds: ['organisation'] }).valid &&
      this.#known.has(key(inn, ogrn))
    );
  }
}
