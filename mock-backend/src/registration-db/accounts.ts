// Registration's view of the identity provider's accounts: who is taken, and the new account at the end.
import { hasIdentityDocuments, type PersonProfile } from '@gos-elements/contracts';
import type { Database } from '../db/database.js';
import type { SqliteAccounts } from '../identity/accounts.js';
import { emailKey } from '../identity/identifiers.js';
import type { NewAccount, SecondFactor } from '../identity/index.js';
import type { AccountDirectory, NewRegisteredAccount } from '../registration/registrations.js';

export function identityAccountDirectory(db: Database, accounts: SqliteAccounts): AccountDirectory {
  // Exact lookups on the stored keys rather than findByIdentifier, which reads an 11-digit SNILS starting with
  // 7 or 8 as a phone as well.
  const byColumn = {
    phone: db.prepare<[string], { id: number }>('SELECT id FROM accounts WHERE phone = ?'),
    email: db.prepare<[string], { id: number }>('SELECT id FROM accounts WHERE email = ?'),
    snils: db.prepare<[string], { id: number }>('SELECT id FROM accounts WHERE snils = ?'),
  };
  const byPassport = db.prepare<[string, string], { id: number }>(
    `SELECT accounts.id FROM accounts, json_each(accounts.profile, '$.documents') AS document
     WHERE json_extract(document.value, '$.type') = 'RF_PASSPORT'
       AND json_extract(document.value, '$.series') = ? AND json_extract(document.value, '$.number') = ?
     LIMIT 1`,
  );
  return {
    taken: (kind, value) => {
      switch (kind) {
        case 'phone':
          return byColumn.phone.get(value) !== undefined;
        case 'email': {
          const key = emailKey(value);
          return key !== null && byColumn.email.get(key) !== undefined;
        }
        case 'snils': {
          // Stored as eleven digits (see identifiers.ts).
          const digits = value.replace(/\D/g, '');
          return digits.length === 11 && byColumn.snils.get(digits) !== undefined;
        }
        case 'passport':
          return /^\d{10}$/.test(value) && byPassport.get(value.slice(0, 4), value.slice(4)) !== undefined;
      }
    },
    // A refusal (taken meanwhile, bad data) rejects the promise rather than throwing at the call.
    create: (account) =>
      new Promise<void>((resolve) => {
        accounts.createWithPasswordHash(newAccountOf(account), account.passwordHash);
        resolve();
      }),
  };
}

/** The identity provider's account for a finished registration: contacts confirmed, documents checked. */
export function newAccountOf(account: NewRegisteredAccount): Omit<NewAccount, 'password'> {
  const { personalData: data, level, phone, email } = account;
  const contacts: PersonProfile['contacts'] = [
    { type: 'MBT', value: phone, vrfStu: 'VERIFIED' },
    ...(email === undefined ? [] : [{ type: 'EML' as const, value: email, vrfStu: 'VERIFIED' as const }]),
  ];
  // Codes by SMS, like the seeded users; by e-mail too when there is one.
  const factors: SecondFactor[] = email === undefined ? ['sms'] : ['sms', 'email'];
  return {
    level,
    factors,
    person: {
      lastName: data.lastName,
      firstName: data.firstName,
      ...(data.middleName === undefined ? {} : { middleName: data.middleName }),
      birthDate: data.birthDate,
      ...(data.birthPlace === undefined ? {} : { birthPlace: data.birthPlace }),
      gender: data.gender,
      citizenship: data.citizenship,
      contacts,
      // Registries checked SNILS and passport only for a standard account; a simplified one claims neither.
      ...(level === 'standard' && hasIdentityDocuments(data)
        ? {
            snils: data.snils,
            ...(data.inn === undefined ? {} : { inn: data.inn }),
            documents: [
              {
                type: 'RF_PASSPORT' as const,
                series: data.passport.series,
                number: data.passport.number,
                issueDate: data.passport.issueDate,
                issueId: data.passport.divisionCode,
                issuedBy: data.passport.issuedBy,
                vrfStu: 'VERIFIED' as const,
              },
            ],
          }
        : { documents: [] }),
    },
  };
}
