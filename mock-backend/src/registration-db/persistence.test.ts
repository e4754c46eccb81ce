import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { PersonalData } from '@gos-elements/contracts';
import { afterEach, describe, expect, it } from 'vitest';
import { simplePdf } from '../cabinet/files.js';
import { FakeClock } from '../clock.js';
import { openDatabase, type Database } from '../db/database.js';
import { createIdentity, identityMigrations, SEEDED_USERS, type Identity } from '../identity/index.js';
import { codeIn, fastHasher } from '../identity/test-support.js';
import { DEFAULT_LIMITS } from '../limits.js';
import { REGISTRY_PEOPLE, Registries } from '../registration/registries.js';
import { Registrations } from '../registration/registrations.js';
import { identityAccountDirectory } from './accounts.js';
import { outboxMessenger, REGISTRATION_EMAIL_SUBJECT } from './messenger.js';
import { registrationMigrations } from './migrations.js';
import { directoryDocumentFiles, REGISTRATION_FILES_DIR, sqliteRegistrationStore } from './stores.js';

const dirs: string[] = [];
const opened: Database[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) if (db.open) db.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'gos-registration-'));
  dirs.push(dataDir);
  return dataDir;
}

const hasher = fastHasher();

async function open(dataDir: string, clock = new FakeClock(Date.parse('2026-12-01T09:00:00Z'))) {
  const db = openDatabase({ kind: 'directory', dataDir }, [...identityMigrations, ...registrationMigrations]);
  opened.push(db);
  const identity: Identity = createIdentity({ db, clock, limits: DEFAULT_LIMITS, hasher });
  await identity.seed();
  const registrations = new Registrations({
    clock,
    store: sqliteRegistrationStore(db),
    accounts: identityAccountDirectory(db, identity.accounts),
    messenger: outboxMessenger(identity.outbox),
    registries: new Registries(),
    files: directoryDocumentFiles(dataDir),
    limits: { ...DEFAULT_LIMITS.registration, checkDelayMs: 0 },
    hashPassword: (password) => hasher.hash(password),
  });
  return { db, clock, identity, registrations, directory: identityAccountDirectory(db, identity.accounts) };
}

const ELENA = REGISTRY_PEOPLE[0]!;
const PASSWORD = 'Novaya!Zapis2026';

function elenasData(): PersonalData {
  return {
    lastName: ELENA.lastName,
    firstName: ELENA.firstName,
    ...(ELENA.middleName ? { middleName: ELENA.middleName } : {}),
    gender: ELENA.gender,
    birthDate: ELENA.birthDate,
    birthPlace: 'г. Энск',
    snils: ELENA.snils,
    ...(ELENA.inn ? { inn: ELENA.inn } : {}),
    citizenship: 'RUS',
    passport: {
      series: ELENA.passport.series,
      number: ELENA.passport.number,
      issueDate: ELENA.passport.issueDate,
      divisionCode: '770-001',
      issuedBy: 'ОВД района Энский',
    },
  };
}

describe('registrations in a data directory', () => {
  it('keeps a registration across a restart, and sends its codes through the outbox', async () => {
    const dataDir = tempDir();
    const first = await open(dataDir);
    const { token } = first.registrations.start({ phone: '+7 926 111-22-33', email: 'Elena.Novikova@example.ru' });
    const [email, sms] = first.identity.outbox.list({ limit: 2 });
    expect(sms).toMatchObject({ channel: 'sms', to: '+79261112233' });
    expect(sms?.subject).toBeUndefined();
    expect(email).toMatchObject({ channel: 'email', subject: REGISTRATION_EMAIL_SUBJECT });
    first.registrations.confirmContact(token, 'phone', codeIn(sms?.text ?? ''));
    const before = first.registrations.get(token);
    expect(before.contacts.phone.verified).toBe(true);
    first.db.close();

    const second = await open(dataDir);
    expect(second.registrations.get(token)).toEqual(before);
    // The e-mail code sent before the restart still works after it.
    const view = second.registrations.confirmContact(token, 'email', codeIn(email?.text ?? ''));
    expect(view.state).toBe('contacts-verified');
    second.registrations.discard(token);
    expect(() => second.registrations.get(token)).toThrow(/не найдена/);
  });

  it('purges registrations nobody continued', async () => {
    const { db, clock, registrations } = await open(tempDir());
    registrations.start({ phone: '+79261112233' });
    clock.advance(DEFAULT_LIMITS.registration.resumeMs);
    expect(registrations.purge()).toBe(1);
    expect(db.prepare('SELECT token FROM registrations').all()).toEqual([]);
  });

  it('writes scans under a hash of the token, never the token, and deletes them all', () => {
    const dataDir = tempDir();
    const files = directoryDocumentFiles(dataDir);
    const token = 'tok-en_Secret';
    const pdf = simplePdf(['passport']);
    files.put(token, 'passport-main', pdf);
    files.put(token, 'passport-registration', new Uint8Array([1, 2, 3]));
    files.put('another', 'passport-main', pdf);

    const folder = path.join(dataDir, REGISTRATION_FILES_DIR, createHash('sha256').update(token).digest('hex'));
    expect(readdirSync(folder).sort()).toEqual(['passport-main', 'passport-registration']);
    expect(new Uint8Array(readFileSync(path.join(folder, 'passport-main')))).toEqual(pdf);
    expect(readdirSync(path.join(dataDir, REGISTRATION_FILES_DIR)).some((name) => name.includes(token))).toBe(false);
    expect(() => files.put(token, '../escape' as 'passport-main', pdf)).toThrow(RangeError);

    files.deleteAll(token);
    expect(existsSync(folder)).toBe(false);
    expect(readdirSync(path.join(dataDir, REGISTRATION_FILES_DIR))).toHaveLength(1);
    files.deleteAll('never-uploaded');
  });
});

describe('identityAccountDirectory', () => {
  it('finds every seeded user by phone, e-mail in any case, SNILS and passport', async () => {
    const { directory } = await open(tempDir());
    for (const user of SEEDED_USERS) {
      expect(directory.taken('phone', user.phone)).toBe(true);
      expect(directory.taken('email', user.email)).toBe(true);
      expect(directory.taken('email', user.email.toUpperCase())).toBe(true);
      if (user.snils) expect(directory.taken('snils', user.snils)).toBe(true);
      for (const document of user.person.documents) {
        expect(directory.taken('passport', `${document.series}${document.number}`)).toBe(true);
      }
    }
  });

  it('does not find who has no account', async () => {
    const { directory } = await open(tempDir());
    expect(directory.taken('phone', '+79261112233')).toBe(false);
    expect(directory.taken('email', 'elena.novikova@example.ru')).toBe(false);
    expect(directory.taken('snils', ELENA.snils)).toBe(false);
    expect(directory.taken('passport', `${ELENA.passport.series}${ELENA.passport.number}`)).toBe(false);
    // A seeded passport's number under another series, and a SNILS whose digits spell a seeded phone.
    expect(directory.taken('passport', '4506318204')).toBe(false);
    expect(directory.taken('snils', '791-655-501 01')).toBe(false);
  });

  it('creates a standard account that signs in with the password hashed by the identity hasher', async () => {
    const { identity, directory } = await open(tempDir());
    await directory.create({
      level: 'standard',
      personalData: elenasData(),
      phone: '+79261112233',
      email: 'Elena.Novikova@example.ru',
      passwordHash: await hasher.hash(PASSWORD),
    });
    const check = await identity.accounts.checkPassword('+79261112233', PASSWORD);
    if (!check.ok) throw new Error(`sign-in refused: ${check.reason}`);
    const { account } = check;
    expect(account.level).toBe('standard');
    expect(account.factors).toEqual(['sms', 'email']);
    expect(account.profile).toEqual({
      oid: account.id,
      lastName: 'Новикова',
      firstName: 'Елена',
      middleName: 'Сергеевна',
      birthDate: '14.03.1991',
      birthPlace: 'г. Энск',
      gender: 'F',
      citizenship: 'RUS',
      snils: ELENA.snils,
      inn: ELENA.inn,
      trusted: false,
      accountLevel: 'standard',
      contacts: [
        { type: 'MBT', value: '+79261112233', vrfStu: 'VERIFIED' },
        { type: 'EML', value: 'Elena.Novikova@example.ru', vrfStu: 'VERIFIED' },
      ],
      documents: [
        {
          type: 'RF_PASSPORT',
          series: '4511',
          number: '302876',
          issueDate: '02.04.2011',
          issueId: '770-001',
          issuedBy: 'ОВД района Энский',
          vrfStu: 'VERIFIED',
        },
      ],
    });
    expect(identity.accounts.findByIdentifier('elena.novikova@example.ru')?.id).toBe(account.id);
    expect(directory.taken('snils', ELENA.snils)).toBe(true);
    expect(directory.taken('passport', '4511302876')).toBe(true);
  });

  it('creates a simplified account without SNILS, INN or passport, and signs in by SMS code', async () => {
    const { identity, directory } = await open(tempDir());
    await directory.create({
      level: 'simplified',
      personalData: elenasData(),
      phone: '+79261112233',
      passwordHash: await hasher.hash(PASSWORD),
    });
    const account = identity.accounts.findByIdentifier('+79261112233');
    expect(account).toMatchObject({ level: 'simplified', factors: ['sms'] });
    expect(account?.profile).not.toHaveProperty('snils');
    expect(account?.profile).not.toHaveProperty('inn');
    expect(account?.profile.documents).toEqual([]);
    expect(account?.profile.contacts).toEqual([{ type: 'MBT', value: '+79261112233', vrfStu: 'VERIFIED' }]);
    expect(directory.taken('snils', ELENA.snils)).toBe(false);
  });

  it('refuses a second account with the same phone, and a password that is not a hash', async () => {
    const { identity, directory } = await open(tempDir());
    const account = {
      level: 'simplified' as const,
      personalData: elenasData(),
      phone: '+79261112233',
      passwordHash: await hasher.hash(PASSWORD),
    };
    await directory.create(account);
    await expect(directory.create(account)).rejects.toMatchObject({ status: 409, code: 'already-registered' });
    await expect(directory.create({ ...account, phone: SEEDED_USERS[0]!.phone })).rejects.toMatchObject({
      status: 409,
    });
    await expect(directory.create({ ...account, phone: '+79261112244', passwordHash: PASSWORD })).rejects.toThrow(
      /argon2/,
    );
    expect(identity.accounts.count()).toBe(SEEDED_USERS.length + 1);
  });
});
