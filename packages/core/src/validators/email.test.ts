import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskEmail, normalizeEmail, validateEmail } from './email.js';

const chars = (alphabet: string, minLength: number, maxLength: number) =>
  fc.array(fc.constantFrom(...alphabet), { minLength, maxLength }).map((list) => list.join(''));

const LATIN = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const CYRILLIC = 'абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ';
const DIGITS = '0123456789';
const LOCAL_SPECIALS = "!#$%&'*+/=?^_`{|}~-";

// Restatement of the grammar by construction: dot-separated atoms before @, and hyphen-inside labels after it.
const localPart = fc
  .array(chars(LATIN + CYRILLIC + DIGITS + LOCAL_SPECIALS, 1, 8), { minLength: 1, maxLength: 3 })
  .map((atoms) => atoms.join('.'));
const label = fc
  .tuple(
    chars(LATIN + CYRILLIC + DIGITS, 1, 1),
    chars(LATIN + CYRILLIC + DIGITS + '-', 0, 8),
    chars(LATIN + CYRILLIC + DIGITS, 1, 1),
  )
  .map(([first, middle, last]) => first + middle + last);
const topLevel = fc.oneof(chars(LATIN, 2, 6), chars(CYRILLIC, 2, 6), fc.constantFrom('xn--p1ai', 'XN--80ASEHDB'));
const domain = fc
  .tuple(fc.array(label, { minLength: 1, maxLength: 3 }), topLevel)
  .map(([labels, tld]) => [...labels, tld].join('.'));

describe('validateEmail', () => {
  it.each([
    ['ivanov@mail.ru', 'ivanov@mail.ru'],
    ['  Ivan.Petrov+gos@Yandex.RU ', 'Ivan.Petrov+gos@yandex.ru'],
    ['иван@пример.рф', 'иван@пример.рф'],
    ['info@почта.рф', 'info@почта.рф'],
    ['Иван@ПРИМЕР.РФ', 'Иван@пример.рф'],
    ['user@sub-domain.example.com', 'user@sub-domain.example.com'],
    ['user@xn--80ak6aa92e.xn--p1ai', 'user@xn--80ak6aa92e.xn--p1ai'],
  ])('accepts %j as %j', (input, value) => {
    expect(validateEmail(input)).toEqual({ valid: true, value });
  });

  it.each([
    ['ivanov@mail.ru', 'valid'],
    ['', 'empty'],
    ['   ', 'empty'],
    ['ivanov.mail.ru', 'format'],
    ['ivan@petrov@mail.ru', 'format'],
    ['@mail.ru', 'format'],
    ['ivanov@', 'format'],
    ['iva nov@mail.ru', 'format'],
    ['.ivanov@mail.ru', 'local-part'],
    ['ivanov.@mail.ru', 'local-part'],
    ['iva..nov@mail.ru', 'local-part'],
    ['"ivanov"@mail.ru', 'local-part'],
    ['iva(nov)@mail.ru', 'local-part'],
    ['ivanov@mail', 'domain'],
    ['ivanov@mail.r', 'domain'],
    ['ivanov@-mail.ru', 'domain'],
    ['ivanov@mail-.ru', 'domain'],
    ['ivanov@mail..ru', 'domain'],
    ['ivanov@mail.ru.', 'domain'],
    ['ivanov@mail.123', 'domain'],
    ['ivanov@mail_box.ru', 'domain'],
    [`${'a'.repeat(65)}@mail.ru`, 'too-long'],
    [`ivanov@${'a'.repeat(60)}.${'b'.repeat(60)}.${'c'.repeat(60)}.${'d'.repeat(60)}.ru`, 'valid'], // exactly 254 characters
    [`ivanov@${'a'.repeat(62)}.${'b'.repeat(62)}.${'c'.repeat(62)}.${'d'.repeat(62)}.ru`, 'too-long'],
  ])('gives %j the outcome %j', (input, outcome) => {
    const result = validateEmail(input);
    expect(result.valid ? 'valid' : result.reason).toBe(outcome);
  });

  it('normalises without judging', () => {
    expect(normalizeEmail(' Ivan@Mail.RU ')).toBe('Ivan@mail.ru');
    expect(normalizeEmail('ivan@@mail.ru')).toBeNull();
  });

  it('masks all of the mailbox name but its first character', () => {
    expect(maskEmail('ivan@mail.ru')).toBe('i***@mail.ru');
    expect(maskEmail('Иван@Почта.РФ')).toBe('И***@почта.рф');
    expect(maskEmail('no-at-sign')).toBe('***');
  });

  it('accepts every address built from the grammar, lower-casing only the domain', () => {
    fc.assert(
      fc.property(localPart, domain, fc.constantFrom('', ' ', '\t'), (local, host, padding) => {
        const expected = `${local}@${host.toLowerCase()}`;
        expect(validateEmail(`${padding}${local}@${host}${padding}`)).toEqual({ valid: true, value: expected });
        expect(normalizeEmail(expected)).toBe(expected);
        expect(maskEmail(expected)).toBe(`${[...local][0]}***@${host.toLowerCase()}`);
      }),
      { numRuns: 1000 },
    );
  });

  it('rejects any address with a second @ or inner whitespace as a format error', () => {
    fc.assert(
      fc.property(
        localPart,
        domain,
        fc.constantFrom('@', ' ', '\u00a0', '\t'),
        fc.nat(),
        (local, host, intruder, seed) => {
          const address = `${local}@${host}`;
          const position = 1 + (seed % (address.length - 1));
          const broken = address.slice(0, position) + intruder + address.slice(position);
          expect(validateEmail(broken)).toMatchObject({ valid: false, reason: 'format' });
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('rejects a dot at either end of the mailbox name or doubled inside it', () => {
    fc.assert(
      fc.property(localPart, domain, fc.constantFrom('start', 'end', 'double'), (local, host, where) => {
        const broken = where === 'start' ? `.${local}` : where === 'end' ? `${local}.` : `${local}..x`;
        expect(validateEmail(`${broken}@${host}`)).toMatchObject({ valid: false, reason: 'local-part' });
      }),
      { numRuns: 1000 },
    );
  });
});
