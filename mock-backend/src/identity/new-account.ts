import { PersonProfileSchema, type FieldError, type PersonProfile } from '@gos-elements/contracts';
import { formatSnils, validateEmail, validateInn, validatePhone, validateSnils } from '@gos-elements/core';
import { HttpProblem } from '../http/problem.js';
import { emailKey } from './identifiers.js';
import { passwordPolicyErrors, personalDataOf } from './password-policy.js';
import type { NewAccount, SecondFactor } from './types.js';

/** A new account's data, checked and in stored form, before the oid is known and the password hashed. */
export interface CheckedAccount {
  /** The profile without `oid` (set on insert). */
  readonly profile: Omit<PersonProfile, 'oid'>;
  readonly keys: { readonly phone: string | null; readonly email: string | null; readonly snils: string | null };
  readonly factors: readonly SecondFactor[];
}

/**
 * Checks a new account with the core validators (Russian messages) and the contracts schema, and brings the
 * identifiers to their stored form: phone `+7XXXXXXXXXX`, SNILS `XXX-XXX-XXX YY`. Without a password (one
 * already hashed, checked by whoever took it) the password policy is skipped.
 *
 * @throws {HttpProblem} 400 `validation-failed` listing every problem at once.
 */
export function checkNewAccount(
  account: Omit<NewAccount, 'password'> & { readonly password?: string },
): CheckedAccount {
  const { person, level } = account;
  const errors: FieldError[] = [];

  const contacts = person.contacts.map((contact, index) => {
    const checked = contact.type === 'MBT' ? validatePhone(contact.value) : validateEmail(contact.value);
    if (!checked.valid) {
      errors.push({ field: `person.contacts.${index}.value`, code: checked.reason, message: checked.message.ru });
      return contact;
    }
    return { ...contact, value: checked.value };
  });
  const phone = contacts.find((contact) => contact.type === 'MBT')?.value ?? null;
  const email = contacts.find((contact) => contact.type === 'EML')?.value ?? null;

  let snils: string | null = null;
  if (person.snils !== undefined) {
    const checked = validateSnils(person.snils);
    if (checked.valid) snils = checked.value;
    else errors.push({ field: 'person.snils', code: checked.reason, message: checked.message.ru });
  }
  if (person.inn !== undefined) {
    const checked = validateInn(person.inn, { kinds: ['person'] });
    if (!checked.valid) errors.push({ field: 'person.inn', code: checked.reason, message: checked.message.ru });
  }

  // As on Gosuslugi: a standard account is one whose SNILS and passport have been checked.
  if (level !== 'simplified') {
    if (person.snils === undefined) {
      errors.push({
        field: 'person.snils',
        code: 'required',
        message: 'Для стандартной и подтверждённой учётной записи нужен СНИЛС',
      });
    }
    if (!person.documents.some((document) => document.type === 'RF_PASSPORT')) {
      errors.push({
        field: 'person.documents',
        code: 'required',
        message: 'Для стандартной и подтверждённой учётной записи нужен паспорт РФ',
      });
    }
  }

  const factors = [...new Set(account.factors ?? [])];
  for (const factor of factors) {
    if (factor === 'sms' && phone === null) {
      errors.push({ field: 'factors', code: 'no-phone', message: 'Для кодов по СМС нужен номер мобильного телефона' });
    } else if (factor === 'email' && email === null) {
      errors.push({ field: 'factors', code: 'no-email', message: 'Для кодов по почте нужен адрес электронной почты' });
    } else if (factor === 'totp') {
      errors.push({
        field: 'factors',
        code: 'totp-needs-enrolment',
        message: 'Приложение для кодов подключается после создания учётной записи',
      });
    }
  }

  const candidate = {
    ...person,
    ...(snils === null ? {} : { snils: formatSnils(snils) }),
    contacts,
    oid: '1',
    accountLevel: level,
    trusted: level === 'confirmed',
  };
  const parsed = PersonProfileSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = ['person', ...issue.path.map(String)].join('.');
      // Fields the core validators already reported are not reported twice.
      if (errors.some((error) => error.field === field)) continue;
      errors.push({ field, code: issue.code, message: 'Некорректное значение' });
    }
  }

  if (account.password !== undefined) errors.push(...passwordPolicyErrors(account.password, personalDataOf(person)));
  if (errors.length > 0 || !parsed.success) throw HttpProblem.validationFailed(errors);

  const { oid: _placeholder, ...profile } = parsed.data;
  return { profile, keys: { phone, email: email === null ? null : emailKey(email), snils }, factors };
}
