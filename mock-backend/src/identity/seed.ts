import type { AccountLevel, IdentityDocument, PersonProfile } from '@gos-elements/contracts';
import type { Clock } from '../clock.js';
import type { Database } from '../db/database.js';
import type { SqliteAccounts } from './accounts.js';
import type { SqliteSecondFactors } from './second-factors.js';
import type { NewAccount, SecondFactor } from './types.js';

/**
 * The authenticator-app secret of the seeded standard account, published on purpose: tests and people compute
 * its codes with any TOTP tool (`oathtool --totp -b GOSUSLUGIDEMOTOTPSECRETKEY234567`) or add it to an app.
 */
export const SEEDED_TOTP_SECRET = 'GOSUSLUGIDEMOTOTPSECRETKEY234567';

/**
 * How long the seeded locked account stays locked: a hundred years from the first start, so it is still locked
 * after any number of restarts. Password recovery unlocks it (as it does any locked account); delete the data
 * directory, or run with `--memory`, to get it back locked.
 */
export const SEED_LOCK_MS = 100 * 365 * 24 * 60 * 60 * 1000;

export type SeededUserKey =
  'confirmed-sms' | 'standard-totp' | 'simplified-email' | 'no-second-factor' | 'locked' | 'load-payments';

/** One demo user, with everything the README and the tests need to sign in as them. */
export interface SeededUser {
  readonly key: SeededUserKey;
  /** What the user is for, in Russian, for the README. */
  readonly about: string;
  /** ESIA oid = `sub` in tokens. */
  readonly oid: string;
  /** Sign-in identifiers; any spelling of the phone and SNILS works. */
  readonly phone: string;
  readonly email: string;
  readonly snils?: string;
  readonly password: string;
  readonly level: AccountLevel;
  /** Enabled second factors, the one offered first first; empty = password only. */
  readonly factors: readonly SecondFactor[];
  readonly totpSecret?: string;
  /**
   * Published backup codes (single use: each works once per database — run with `--memory` or delete the data
   * directory to get them back).
   */
  readonly backupCodes: readonly string[];
  /** Locked for {@link SEED_LOCK_MS} from the first start. */
  readonly locked: boolean;
  readonly person: NewAccount['person'];
}

function passport(
  series: string,
  number: string,
  issueDate: string,
  issueId: string,
  issuedBy: string,
): IdentityDocument {
  return { type: 'RF_PASSPORT', series, number, issueDate, issueId, issuedBy, vrfStu: 'VERIFIED' };
}

function contacts(phone: string, email: string): PersonProfile['contacts'] {
  return [
    { type: 'MBT', value: phone, vrfStu: 'VERIFIED' },
    { type: 'EML', value: email, vrfStu: 'VERIFIED' },
  ];
}

// SNILS and INN have correct check numbers (see seed.test.ts); phones, e-mails and documents are made up.
// Passwords pass the core policy and are easy to type: <what the user is for>!Demo2026.
export const SEEDED_USERS: readonly SeededUser[] = Object.freeze([
  {
    key: 'confirmed-sms',
    about: 'Подтверждённая учётная запись, код по СМС (или по почте)',
    oid: '1000000001',
    phone: '+79165550101',
    email: 'anna.smirnova@example.ru',
    snils: '140-582-731 46',
    password: 'Sms!Demo2026',
    level: 'confirmed',
    factors: ['sms', 'email'],
    backupCodes: [
      '7198-1648',
      '4162-4750',
      '9868-0935',
      '1475-9646',
      '2037-9834',
      '4593-2203',
      '5880-7083',
      '2488-0562',
      '6120-2228',
      '8771-3207',
    ],
    locked: false,
    person: {
      lastName: 'Смирнова',
      firstName: 'Анна',
      middleName: 'Сергеевна',
      birthDate: '14.03.1985',
      birthPlace: 'г. Москва',
      gender: 'F',
      citizenship: 'RUS',
      snils: '140-582-731 46',
      inn: '770123456703',
      contacts: contacts('+79165550101', 'anna.smirnova@example.ru'),
      documents: [passport('4505', '318204', '25.03.2005', '770-001', 'ОВД района Хамовники г. Москвы')],
    },
  },
  {
    key: 'standard-totp',
    about: 'Стандартная учётная запись, приложение для кодов (TOTP)',
    oid: '1000000002',
    phone: '+79215550202',
    email: 'd.petrov@example.ru',
    snils: '157-360-294 73',
    password: 'Totp!Demo2026',
    level: 'standard',
    factors: ['totp'],
    totpSecret: SEEDED_TOTP_SECRET,
    backupCodes: [
      '1108-9313',
      '6566-7906',
      '7695-5025',
      '9910-3662',
      '8964-5372',
      '8740-6786',
      '5429-9164',
      '5157-1378',
      '5017-2997',
      '0095-2220',
    ],
    locked: false,
    person: {
      lastName: 'Петров',
      firstName: 'Дмитрий',
      middleName: 'Александрович',
      birthDate: '02.11.1979',
      birthPlace: 'г. Ленинград',
      gender: 'M',
      citizenship: 'RUS',
      snils: '157-360-294 73',
      inn: '771456789041',
      contacts: contacts('+79215550202', 'd.petrov@example.ru'),
      documents: [
        passport(
          '4024',
          '615937',
          '15.11.2024',
          '780-012',
          'ГУ МВД России по г. Санкт-Петербургу и Ленинградской области',
        ),
      ],
    },
  },
  {
    key: 'simplified-email',
    about: 'Упрощённая учётная запись, код по электронной почте',
    oid: '1000000003',
    phone: '+79035550303',
    email: 'maria.kuznetsova@example.ru',
    password: 'Mail!Demo2026',
    level: 'simplified',
    factors: ['email'],
    backupCodes: [
      '2120-0694',
      '1123-4130',
      '4490-1344',
      '1088-7319',
      '9719-6050',
      '1567-5427',
      '2625-9568',
      '9850-3347',
      '8482-0305',
      '9716-1402',
    ],
    locked: false,
    person: {
      lastName: 'Кузнецова',
      firstName: 'Мария',
      middleName: 'Олеговна',
      birthDate: '27.06.1998',
      gender: 'F',
      contacts: contacts('+79035550303', 'maria.kuznetsova@example.ru'),
      documents: [],
    },
  },
  {
    key: 'no-second-factor',
    about: 'Стандартная учётная запись без второго фактора (вход только по паролю)',
    oid: '1000000004',
    phone: '+79265550404',
    email: 'a.sokolov@example.ru',
    snils: '163-918-275 93',
    password: 'Solo!Demo2026',
    level: 'standard',
    factors: [],
    backupCodes: [],
    locked: false,
    person: {
      lastName: 'Соколов',
      firstName: 'Алексей',
      middleName: 'Викторович',
      birthDate: '09.09.1990',
      birthPlace: 'г. Одинцово Московской обл.',
      gender: 'M',
      citizenship: 'RUS',
      snils: '163-918-275 93',
      inn: '502712345651',
      contacts: contacts('+79265550404', 'a.sokolov@example.ru'),
      documents: [
        passport(
          '4610',
          '482615',
          '20.09.2010',
          '500-045',
          'ТП № 2 ОУФМС России по Московской обл. в Одинцовском р-не',
        ),
      ],
    },
  },
  {
    key: 'locked',
    about: 'Заблокированная учётная запись (слишком много неверных паролей; блокировка на 100 лет)',
    oid: '1000000005',
    phone: '+79855550505',
    email: 'p.morozov@example.ru',
    snils: '178-204-659 85',
    password: 'Lock!Demo2026',
    level: 'standard',
    factors: ['sms'],
    backupCodes: [],
    locked: true,
    person: {
      lastName: 'Морозов',
      firstName: 'Павел',
      middleName: 'Игоревич',
      birthDate: '30.01.1972',
      birthPlace: 'г. Москва',
      gender: 'M',
      citizenship: 'RUS',
      snils: '178-204-659 85',
      inn: '773598765402',
      contacts: contacts('+79855550505', 'p.morozov@example.ru'),
      documents: [passport('4517', '907324', '14.02.2017', '770-093', 'ГУ МВД России по г. Москве')],
    },
  },
  {
    key: 'load-payments',
    about: 'Стандартная учётная запись для нагрузки: 10 000 выплат за десять лет (вход только по паролю)',
    oid: '1000000006',
    phone: '+79995550606',
    email: 'v.nagruzkina@example.ru',
    snils: '185-317-642 86',
    password: 'Load!Demo2026',
    level: 'standard',
    factors: [],
    backupCodes: [],
    locked: false,
    person: {
      lastName: 'Нагрузкина',
      firstName: 'Вера',
      middleName: 'Павловна',
      birthDate: '18.05.1983',
      birthPlace: 'г. Москва',
      gender: 'F',
      citizenship: 'RUS',
      snils: '185-317-642 86',
      inn: '772451239840',
      contacts: contacts('+79995550606', 'v.nagruzkina@example.ru'),
      documents: [passport('4519', '604127', '11.06.2019', '770-028', 'ГУ МВД России по г. Москве')],
    },
  },
] satisfies SeededUser[]);

export function seededUser(key: SeededUserKey): SeededUser {
  const user = SEEDED_USERS.find((candidate) => candidate.key === key);
  if (!user) throw new Error(`no seeded user «${key}»`);
  return user;
}

export interface SeedDependencies {
  readonly db: Database;
  readonly clock: Clock;
  readonly accounts: SqliteAccounts;
  readonly secondFactors: SqliteSecondFactors;
}

/**
 * Creates the seeded users the database does not have yet: all of them on the first start, and on a later start
 * any user added to the seed since (a data directory from before the load user gets her). A user who exists is
 * never touched — so a restart never resurrects a changed password or a used backup code — and one whose phone,
 * e-mail or SNILS someone has registered meanwhile is skipped rather than failing the start. The users are inserted
 * in one transaction: a crash half-way leaves no half-seeded database behind.
 *
 * @returns whether any user was created.
 */
export async function seedIdentity({ db, clock, accounts, secondFactors }: SeedDependencies): Promise<boolean> {
  const missing = () =>
    SEEDED_USERS.filter(
      (user) =>
        !accounts.findById(user.oid) &&
        [user.phone, user.email, user.snils].every(
          (identifier) => !identifier || !accounts.findByIdentifier(identifier),
        ),
    );
  const wanted = missing();
  if (wanted.length === 0) return false;
  // Hashing is asynchronous and cannot run inside a SQLite transaction, so it is done first.
  const prepared = await Promise.all(
    wanted.map((user) =>
      accounts.prepareAccount({
        id: user.oid,
        level: user.level,
        person: user.person,
        password: user.password,
        factors: user.factors.filter((factor) => factor !== 'totp'),
      }),
    ),
  );
  return db.transaction((): boolean => {
    // Another seed() may have finished while we were hashing.
    const still = new Set(missing());
    let created = false;
    wanted.forEach((user, index) => {
      if (!still.has(user)) return;
      const account = accounts.insertPrepared(prepared[index] ?? unreachable());
      if (user.totpSecret !== undefined) secondFactors.installTotpSecret(account.id, user.totpSecret);
      if (user.backupCodes.length > 0) secondFactors.installBackupCodes(account.id, user.backupCodes);
      if (user.locked) accounts.lockUntil(account.id, clock.now() + SEED_LOCK_MS);
      created = true;
    });
    return created;
  })();
}

function unreachable(): never {
  throw new Error('seed: prepared accounts and users out of step');
}
