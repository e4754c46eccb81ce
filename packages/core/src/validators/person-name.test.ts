import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  normalizePersonName,
  validateFirstName,
  validateLastName,
  validatePatronymic,
  validatePersonName,
} from './person-name.js';

// The Russian alphabet spelled out, rather than the character ranges the validator uses.
const RUSSIAN = 'абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ';
const word = fc.array(fc.constantFrom(...RUSSIAN), { minLength: 1, maxLength: 12 }).map((letters) => letters.join(''));
/** Words joined by one separator each, plus the stray whitespace people type. */
const typedName = fc
  .tuple(
    word,
    fc.array(fc.tuple(fc.constantFrom(' ', '-', "'", '’', ' - ', '  '), word), { maxLength: 3 }),
    fc.constantFrom('', ' ', '\t '),
  )
  .map(([first, rest, padding]) => ({
    typed: padding + first + rest.map(([separator, next]) => separator + next).join('') + padding,
    expected:
      first + rest.map(([separator, next]) => (separator.trim() === '' ? ' ' : separator.trim()) + next).join(''),
  }))
  .filter(({ expected }) => expected.length <= 60);

describe('validatePersonName', () => {
  it.each([
    ['Иванов', 'Иванов'],
    ['  Алёна ', 'Алёна'],
    ['Римский-Корсаков', 'Римский-Корсаков'],
    ['Салтыков - Щедрин', 'Салтыков-Щедрин'],
    ["Д'Артаньян", "Д'Артаньян"],
    ['Д’Артаньян', 'Д’Артаньян'],
    ['Анна  Мария', 'Анна Мария'],
    ['Ёлкин', 'Ёлкин'],
  ])('accepts %j as %j', (input, value) => {
    expect(validatePersonName(input)).toEqual({ valid: true, value });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['Ivanov', 'latin'],
    ['Иванoв', 'latin'], // a Latin "o" hiding among Cyrillic letters
    ['Иванов2', 'digits'],
    ['Иванов!', 'characters'],
    ['Іванов', 'characters'],
    ['Иванов_Петров', 'characters'],
    ['-Иванов', 'edge-punctuation'],
    ['Иванов-', 'edge-punctuation'],
    ["'Иванов", 'edge-punctuation'],
    ['Иванов--Петров', 'double-punctuation'],
    ["Иванов-'Петров", 'double-punctuation'],
    ['А'.repeat(61), 'too-long'],
  ])('rejects %j with %j', (input, reason) => {
    expect(validatePersonName(input)).toMatchObject({ valid: false, reason });
  });

  it('speaks plainly about Latin letters', () => {
    const result = validatePersonName('Ivan');
    if (result.valid) throw new Error('expected Latin letters to be rejected');
    expect(result.message.ru).toMatch(/^Используйте кириллицу/);
  });

  it('names the empty field and lets the patronymic be left out', () => {
    const lastName = validateLastName('');
    expect(lastName).toMatchObject({ valid: false, reason: 'empty' });
    if (!lastName.valid) expect(lastName.message.ru).toBe('Укажите фамилию');
    const firstName = validateFirstName(' ');
    if (!firstName.valid) expect(firstName.message.ru).toBe('Укажите имя');
    expect(validatePatronymic('')).toEqual({ valid: true, value: '' });
    expect(validatePatronymic('', { required: true })).toMatchObject({ valid: false, reason: 'empty' });
    expect(validatePatronymic(' Петрович ')).toEqual({ valid: true, value: 'Петрович' });
  });

  it('applies a custom maximum length', () => {
    expect(validatePersonName('Иванов', { maxLength: 5 })).toMatchObject({ valid: false, reason: 'too-long' });
  });

  it('accepts any Russian name and normalises its spacing', () => {
    fc.assert(
      fc.property(typedName, ({ typed, expected }) => {
        expect(validatePersonName(typed)).toEqual({ valid: true, value: expected });
        expect(normalizePersonName(expected)).toBe(expected);
      }),
      { numRuns: 1000 },
    );
  });

  it('rejects any text with a Latin letter as "latin"', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 20 }),
        fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'),
        fc.string({ maxLength: 20 }),
        (before, latin, after) => {
          expect(validatePersonName(before + latin + after)).toMatchObject({ valid: false, reason: 'latin' });
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('rejects a digit in an otherwise Russian name as "digits"', () => {
    fc.assert(
      fc.property(word, fc.constantFrom(...'0123456789'), word, (before, digit, after) => {
        expect(validatePersonName(before + digit + after)).toMatchObject({ valid: false, reason: 'digits' });
      }),
      { numRuns: 1000 },
    );
  });
});
