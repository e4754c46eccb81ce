import type { FieldError, PersonProfile } from '@gos-elements/contracts';
import { checkPassword, type PasswordPersonalData } from '@gos-elements/core';
import { HttpProblem } from '../http/problem.js';

/** The person's data the policy keeps out of the password: names, birth date, phone, mailbox name. */
export function personalDataOf(
  person: Pick<PersonProfile, 'firstName' | 'lastName' | 'middleName' | 'birthDate' | 'contacts'>,
): PasswordPersonalData {
  const phone = person.contacts.find((contact) => contact.type === 'MBT')?.value;
  const email = person.contacts.find((contact) => contact.type === 'EML')?.value;
  return {
    firstName: person.firstName,
    lastName: person.lastName,
    ...(person.middleName === undefined ? {} : { middleName: person.middleName }),
    birthDate: person.birthDate,
    ...(phone === undefined ? {} : { phone }),
    ...(email === undefined ? {} : { email }),
  };
}

/** One field error per failed rule of the core password policy, in Russian; empty when the password passes. */
export function passwordPolicyErrors(password: string, person: PasswordPersonalData, field = 'password'): FieldError[] {
  return checkPassword(password, { person }).failures.map((failure) => ({
    field,
    code: failure.rule,
    message: failure.message.ru,
  }));
}

/** @throws {HttpProblem} 400 `validation-failed` listing every failed rule. */
export function assertPasswordPolicy(password: string, person: PasswordPersonalData): void {
  const errors = passwordPolicyErrors(password, person);
  if (errors.length > 0) {
    throw HttpProblem.validationFailed(
      errors,
      'Пароль не соответствует требованиям: исправьте отмеченное и повторите.',
    );
  }
}
