import type { AccountClaims } from 'oidc-provider';
import type { Account } from '../identity/types.js';

/**
 * Scopes and the claims each releases (oidc-provider's `claims` option). ESIA scopes (`fullname birthdate gender
 * snils inn id_doc email mobile`) sit next to the standard `profile email phone`. `openid` itself releases `amr`
 * (factors used), `account_level` and ESIA's `urn:esia:sbj`: with `conformIdTokenClaims` the ID token carries
 * only `openid` claims, so these reach it while personal data stays in userinfo — out of ID tokens, which travel
 * as `id_token_hint` in logout URLs. Claims mapped to `null` are the provider's defaults (no scope needed).
 */
export const CLAIMS_BY_SCOPE = {
  openid: ['sub', 'amr', 'account_level', 'urn:esia:sbj'],
  fullname: ['lastName', 'firstName', 'middleName', 'family_name', 'given_name', 'middle_name', 'name'],
  birthdate: ['birthdate'],
  gender: ['gender'],
  snils: ['snils'],
  inn: ['inn'],
  id_doc: ['id_doc'],
  email: ['email', 'email_verified'],
  mobile: ['phone_number', 'phone_number_verified'],
  profile: ['name', 'family_name', 'given_name', 'middle_name', 'birthdate', 'gender'],
  phone: ['phone_number', 'phone_number_verified'],
  auth_time: null,
  sid: null,
  iss: null,
} as const satisfies Record<string, readonly string[] | null>;

/** Russian names of the scopes for the consent page. */
export const SCOPE_TITLES: Readonly<Record<string, string>> = {
  openid: 'идентификатор учётной записи',
  offline_access: 'доступ без вашего участия (обновление входа)',
  fullname: 'фамилия, имя, отчество',
  birthdate: 'дата рождения',
  gender: 'пол',
  snils: 'СНИЛС',
  inn: 'ИНН',
  id_doc: 'паспорт гражданина РФ',
  email: 'адрес электронной почты',
  mobile: 'номер мобильного телефона',
  profile: 'ФИО, дата рождения и пол',
  phone: 'номер телефона',
};

/** `DD.MM.YYYY` → `YYYY-MM-DD` (OpenID's `birthdate`). */
function isoDate(esiaDate: string): string {
  const [day, month, year] = esiaDate.split('.');
  return `${year}-${month}-${day}`;
}

/**
 * Every claim the account can release; oidc-provider picks those the granted scopes allow. `sub` is ESIA's oid.
 * `gender` and `birthdate` follow OpenID Connect Core (`male`/`female`, ISO date); ESIA-named claims keep ESIA's
 * shapes.
 */
export function accountClaims(account: Account): AccountClaims {
  const { profile } = account;
  const phone = profile.contacts.find((contact) => contact.type === 'MBT');
  const email = profile.contacts.find((contact) => contact.type === 'EML');
  const passport = profile.documents.find((document) => document.type === 'RF_PASSPORT');
  const fullName = [profile.lastName, profile.firstName, profile.middleName].filter(Boolean).join(' ');

  return {
    sub: account.id,
    name: fullName,
    family_name: profile.lastName,
    given_name: profile.firstName,
    ...(profile.middleName === undefined ? {} : { middle_name: profile.middleName }),
    lastName: profile.lastName,
    firstName: profile.firstName,
    ...(profile.middleName === undefined ? {} : { middleName: profile.middleName }),
    birthdate: isoDate(profile.birthDate),
    gender: profile.gender === 'M' ? 'male' : 'female',
    ...(email ? { email: email.value, email_verified: email.vrfStu === 'VERIFIED' } : {}),
    ...(phone ? { phone_number: phone.value, phone_number_verified: phone.vrfStu === 'VERIFIED' } : {}),
    ...(profile.snils === undefined ? {} : { snils: profile.snils }),
    ...(profile.inn === undefined ? {} : { inn: profile.inn }),
    ...(passport
      ? {
          id_doc: {
            type: passport.type,
            series: passport.series,
            number: passport.number,
            issueDate: passport.issueDate,
            issueId: passport.issueId,
            issuedBy: passport.issuedBy,
          },
        }
      : {}),
    account_level: account.level,
    'urn:esia:sbj': { typ: 'P', oid: account.id, is_tru: account.level === 'confirmed' },
  };
}

/** `amr` values (RFC 8176 where it has one) for what passed the second step. */
export const AMR_BY_FACTOR = {
  sms: 'sms',
  email: 'email',
  totp: 'otp',
  'backup-code': 'backup',
} as const;
