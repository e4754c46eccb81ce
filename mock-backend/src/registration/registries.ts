// Simulated state registries for registration checks: the Social Fund of Russia (SNILS), the MVD (passports) and the
// Federal Tax Service (INN), as plain data with deterministic answers. Browser-safe: MSW runs the same registries.
import type { CheckReason, IdentifiedPersonalData } from '@gos-elements/contracts';
import { formatSnils, innCheckDigits, snilsCheckNumber } from '@gos-elements/core';

/** One person as the registries know them. */
export interface RegistryPerson {
  readonly lastName: string;
  /** Surnames the person had before (the Social Fund may still hold one of them). */
  readonly previousLastNames?: readonly string[];
  /** The surname the Social Fund has on record, when it is not the current one. */
  readonly socialFundLastName?: string;
  readonly firstName: string;
  readonly middleName?: string;
  readonly gender: 'M' | 'F';
  /** DD.MM.YYYY */
  readonly birthDate: string;
  /** XXX-XXX-XXX YY */
  readonly snils: string;
  readonly passport: { readonly series: string; readonly number: string; readonly issueDate: string };
  /** Reported lost or replaced: the MVD answers "недействителен". */
  readonly passportInvalid?: boolean;
  readonly inn?: string;
}

/** A registry's answer: passed, or the reason it did not. */
export type RegistryAnswer = { readonly passed: true } | { readonly passed: false; readonly reason: CheckReason };

const snils = (nine: string): string => formatSnils(`${nine}${snilsCheckNumber(nine)}`);
const inn = (ten: string): string => `${ten}${innCheckDigits(ten)}`;

/**
 * People the registries know besides the demo accounts (README lists them): the happy path, a lost passport, a
 * SNILS still under a maiden name. Their data is valid by every checksum, so only the registries tell them apart.
 */
export const REGISTRY_PEOPLE: readonly RegistryPerson[] = [
  {
    lastName: 'Новикова',
    firstName: 'Елена',
    middleName: 'Сергеевна',
    gender: 'F',
    birthDate: '14.03.1991',
    snils: snils('157234981'),
    passport: { series: '4511', number: '302876', issueDate: '02.04.2011' },
    inn: inn('7715829364'),
  },
  {
    lastName: 'Фёдоров',
    firstName: 'Игорь',
    middleName: 'Павлович',
    gender: 'M',
    birthDate: '30.11.1985',
    snils: snils('168345092'),
    passport: { series: '4006', number: '118354', issueDate: '15.12.2005' },
    passportInvalid: true,
  },
  {
    lastName: 'Белова',
    previousLastNames: ['Орлова'],
    socialFundLastName: 'Орлова',
    firstName: 'Ольга',
    middleName: 'Николаевна',
    gender: 'F',
    birthDate: '07.07.1994',
    snils: snils('179456103'),
    passport: { series: '4614', number: '527190', issueDate: '21.07.2014' },
  },
];

const sameName = (a: string | undefined, b: string | undefined): boolean =>
  (a ?? '').toLocaleLowerCase('ru').replaceAll('ё', 'е') === (b ?? '').toLocaleLowerCase('ru').replaceAll('ё', 'е');

/** The registries over a set of people (REGISTRY_PEOPLE, plus whoever a test adds). */
export class Registries {
  readonly #people: readonly RegistryPerson[];

  constructor(people: readonly RegistryPerson[] = REGISTRY_PEOPLE) {
    this.#people = people;
  }

  /**
   * The Social Fund: is this SNILS on record, and for this person? A surname that matches only a previous one
   * asks the person to confirm it (`previousLastName` is that answer).
   */
  checkSnils(person: IdentifiedPersonalData, previousLastName?: string): RegistryAnswer {
    const record = this.#people.find((candidate) => candidate.snils === person.snils);
    if (!record) return { passed: false, reason: 'snils-not-found' };
    const sameOtherwise =
      sameName(record.firstName, person.firstName) &&
      sameName(record.middleName, person.middleName) &&
      record.birthDate === person.birthDate;
    if (!sameOtherwise) return { passed: false, reason: 'snils-person-mismatch' };
    const onRecord = record.socialFundLastName ?? record.lastName;
    if (sameName(onRecord, person.lastName)) return { passed: true };
    if (sameName(record.lastName, person.lastName)) {
      if (previousLastName === undefined) return { passed: false, reason: 'snils-previous-name' };
      return sameName(onRecord, previousLastName)
        ? { passed: true }
        : { passed: false, reason: 'snils-person-mismatch' };
    }
    return { passed: false, reason: 'snils-person-mismatch' };
  }

  /** The MVD: is this passport valid, and was it issued to this person? */
  checkPassport(person: IdentifiedPersonalData): RegistryAnswer {
    const { series, number, issueDate } = person.passport;
    const record = this.#people.find(
      (candidate) => candidate.passport.series === series && candidate.passport.number === number,
    );
    if (!record) return { passed: false, reason: 'passport-not-found' };
    if (record.passportInvalid) return { passed: false, reason: 'passport-invalid' };
    const same =
      sameName(record.lastName, person.lastName) &&
      sameName(record.firstName, person.firstName) &&
      sameName(record.middleName, person.middleName) &&
      record.birthDate === person.birthDate &&
      record.passport.issueDate === issueDate;
    return same ? { passed: true } : { passed: false, reason: 'passport-person-mismatch' };
  }

  /** The tax service's «узнать ИНН»: by name, birth date and passport. */
  findInn(query: {
    lastName: string;
    firstName: string;
    middleName?: string;
    birthDate: string;
    passport: { series: string; number: string };
  }): string | undefined {
    return this.#people.find(
      (candidate) =>
        sameName(candidate.lastName, query.lastName) &&
        sameName(candidate.firstName, query.firstName) &&
        sameName(candidate.middleName, query.middleName) &&
        candidate.birthDate === query.birthDate &&
        candidate.passport.series === query.passport.series &&
        candidate.passport.number === query.passport.number,
    )?.inn;
  }
}
