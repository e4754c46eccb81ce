import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPassword, PASSWORD_RULES, type PasswordRule } from './password.js';

const rulesOf = (password: string, options?: Parameters<typeof checkPassword>[1]): PasswordRule[] =>
  checkPassword(password, options).failures.map((failure) => failure.rule);

// Independent restatement of "neighbouring keys": a run is four characters whose positions in one row step by
// exactly +1 or exactly -1.
const ROWS: readonly (readonly string[])[] = [
  [...'1234567890'],
  [...'0123456789'],
  [...'qwertyuiop'],
  [...'asdfghjkl'],
  [...'zxcvbnm'],
  [...'йцукенгшщзхъ'],
  [...'фывапролджэ'],
  [...'ячсмитьбю'],
];

function referenceHasRun(password: string): boolean {
  const keys = [...password.toLowerCase()];
  return keys.some((key, start) =>
    ROWS.some((row) => {
      const position = row.indexOf(key);
      if (position < 0 || start + 3 >= keys.length) return false;
      // A run may not step off the row: index -1 (not on this row) must never count as the key before the first.
      return [1, -1].some((step) =>
        [1, 2, 3].every((offset) => {
          const expected = position + step * offset;
          return expected >= 0 && row.indexOf(keys[start + offset] ?? '') === expected;
        }),
      );
    }),
  );
}

function referenceHasRepeat(password: string): boolean {
  const keys = [...password.toLowerCase()];
  return keys.some((key, index) => index + 2 < keys.length && keys[index + 1] === key && keys[index + 2] === key);
}

const isUpper = (char: string) => /^[A-Z]$/.test(char) || (char >= 'А' && char <= 'Я') || char === 'Ё';
const isLower = (char: string) => /^[a-z]$/.test(char) || (char >= 'а' && char <= 'я') || char === 'ё';
const isLetter = (char: string) => char.toLowerCase() !== char.toUpperCase();
const isDigit = (char: string) => char >= '0' && char <= '9';
const isSpecial = (char: string) => !isLetter(char) && !isDigit(char) && char.trim() !== '';

// Small alphabets make runs, repeats and every character kind frequent.
const MIXED = [...'qwerasdfzxcvQWERASDFйцукфываЙЦУКФЫВА0123456789!?#_ -αΩ😀'];
const mixedPassword = fc.array(fc.constantFrom(...MIXED), { maxLength: 16 }).map((chars) => chars.join(''));
const randomCase = (text: string) =>
  fc
    .array(fc.boolean(), { minLength: [...text].length, maxLength: [...text].length })
    .map((flags) => [...text].map((char, index) => (flags[index] ? char.toUpperCase() : char)).join(''));
const keyboardRun = fc
  .tuple(fc.constantFrom(...ROWS), fc.integer({ min: 4, max: 6 }), fc.nat(), fc.boolean())
  .map(([row, length, seed, reversed]) => {
    const start = seed % (row.length - length + 1);
    const run = row.slice(start, start + length);
    return (reversed ? [...run].reverse() : run).join('');
  })
  .chain(randomCase);

describe('checkPassword', () => {
  it('passes a strong password with the top score', () => {
    expect(checkPassword('Zx9!kLm#pQ2$')).toEqual({ valid: true, failures: [], score: 4 });
    expect(checkPassword('Пр1вет!Мир')).toMatchObject({ valid: true });
  });

  it('reports every failed rule separately, in a stable order', () => {
    expect(rulesOf('')).toEqual(['too-short', 'no-uppercase', 'no-lowercase', 'no-digit', 'no-special']);
    expect(rulesOf('aaa')).toEqual(['too-short', 'no-uppercase', 'no-digit', 'no-special', 'repeated-char']);
    expect(rulesOf('Qwerty12!')).toEqual(['keyboard-run']);
    expect(rulesOf('Zx9!kLm#pQ2$', { minLength: 16 })).toEqual(['too-short']);
  });

  it.each(['qwer', 'REWQ', '1234', '4321', '7890', '0123', 'йцук', 'ФЫВА', 'asdf', 'фыва', 'тьбю', 'mnbv'])(
    'finds the keyboard run in %j',
    (run) => {
      expect(rulesOf(`Zx9!${run}Lp`)).toContain('keyboard-run');
    },
  );

  it.each(['qwe', 'qwr', 'aqsw', '1357', '8901', 'йцу', 'dSAq'])('does not call %j a run', (text) => {
    expect(rulesOf(`Zx9!${text}Lp`)).not.toContain('keyboard-run');
  });

  it.each([
    ['', 0],
    ['password', 0], // one point for length, minus two for the failures after the first
    ['Password', 0],
    ['Password1', 2],
    ['Pass1!', 2], // too short, but every kind of character
    ['Zx9!kLm#', 3],
    ['Zx9!kLm#pQ2$', 4],
    ['Zx9!kLm#pQ2$qwer', 2], // long and varied, but a keyboard run makes it invalid
  ])('scores %j as %i', (password, score) => {
    expect(checkPassword(password).score).toBe(score);
  });

  it('words the length rule with the right noun form', () => {
    const failure = checkPassword('Ab1!', { minLength: 21 }).failures[0];
    expect(failure?.message.ru).toBe('Пароль должен быть не короче 21 символа');
    expect(checkPassword('Ab1!').failures[0]?.message.ru).toBe('Пароль должен быть не короче 8 символов');
  });

  describe('personal data', () => {
    const person = {
      firstName: 'Иван',
      lastName: 'Петров-Водкин',
      middleName: 'Ян',
      birthDate: '1990-01-02',
      phone: '+7 (900) 123-45-67',
      email: 'ivan.p@mail.ru',
    };

    it.each([
      ['Zx9!петров', 'last-name in Cyrillic'],
      ['Zx9!ВОДКИН', 'the second part of a double name'],
      ['Zx9!Petrov', 'a transliterated name'],
      ['Zx9!Bdfy', 'a name typed with the English layout on'],
      ['Zx9!Lp1990', 'the birth year'],
      ['Zx9!Lp02011990', 'DDMMYYYY'],
      ['Zx9!Lp02.01.1990', 'DD.MM.YYYY'],
      ['Zx9!Lp020190', 'DDMMYY'],
      ['Zx9!Lp1234567', 'the last seven digits of the phone'],
      ['Zx9!Ivan.P', 'the mailbox name'],
    ])('spots %j (%s)', (password) => {
      expect(rulesOf(password, { person })).toContain('contains-personal');
    });

    it('ignores name parts shorter than three letters and says what it found', () => {
      expect(rulesOf('Zx9!Lp#Ян', { person })).not.toContain('contains-personal');
      const failure = checkPassword('Иван1990!', { person }).failures.find((item) => item.rule === 'contains-personal');
      expect(failure?.message.ru).toBe('Не используйте в пароле личные данные — уберите имя и дату рождения');
    });

    it('finds any Russian name part, in any case, anywhere in the password', () => {
      const name = fc
        .array(fc.constantFrom(...'абвгдеёжзийклмнопрстуфхцчшщъыьэюя'), { minLength: 3, maxLength: 10 })
        .map((letters) => letters.join(''));
      fc.assert(
        fc.property(name, fc.string({ maxLength: 6 }), fc.string({ maxLength: 6 }), (lastName, before, after) => {
          fc.pre(lastName.toUpperCase() !== lastName.toLowerCase());
          const embedded = before + lastName.toUpperCase() + after;
          expect(rulesOf(embedded, { person: { lastName } })).toContain('contains-personal');
        }),
        { numRuns: 1000 },
      );
    });

    it('finds any birth date in any of its usual spellings', () => {
      fc.assert(
        fc.property(
          fc.date({ min: new Date(Date.UTC(1920, 0, 1)), max: new Date(Date.UTC(2015, 11, 31)), noInvalidDate: true }),
          fc.constantFrom('yyyy', 'ddmmyyyy', 'dd.mm.yyyy', 'ddmmyy'),
          (date, spelling) => {
            const day = String(date.getUTCDate()).padStart(2, '0');
            const month = String(date.getUTCMonth() + 1).padStart(2, '0');
            const year = String(date.getUTCFullYear());
            const written = spelling
              .replace('dd', day)
              .replace('mm', month)
              .replace('yyyy', year)
              .replace('yy', year.slice(2));
            const birthDate = `${year}-${month}-${day}`;
            expect(rulesOf(`Zx!Lp${written}`, { person: { birthDate } })).toContain('contains-personal');
          },
        ),
        { numRuns: 1000 },
      );
    });

    it('finds the last seven digits of any phone number', () => {
      fc.assert(
        fc.property(fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 9, maxLength: 9 }), (rest) => {
          const national = `9${rest.join('')}`;
          expect(rulesOf(`Zx!Lp${national.slice(3)}`, { person: { phone: `8${national}` } })).toContain(
            'contains-personal',
          );
        }),
        { numRuns: 1000 },
      );
    });
  });

  it('always reports an embedded keyboard run, in any case and direction', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }), keyboardRun, fc.string({ maxLength: 8 }), (before, run, after) => {
        expect(rulesOf(before + run + after)).toContain('keyboard-run');
      }),
      { numRuns: 1000 },
    );
  });

  it('agrees with the reference on every character rule for any mixed password', () => {
    fc.assert(
      fc.property(mixedPassword, fc.integer({ min: 1, max: 12 }), (password, minLength) => {
        const chars = [...password];
        const expected: Record<PasswordRule, boolean> = {
          'too-short': chars.length < minLength,
          'no-uppercase': !chars.some(isUpper),
          'no-lowercase': !chars.some(isLower),
          'no-digit': !chars.some(isDigit),
          'no-special': !chars.some(isSpecial),
          'keyboard-run': referenceHasRun(password),
          'repeated-char': referenceHasRepeat(password),
          'contains-personal': false,
          'forbidden-char': chars.some((char) => /[\s\p{Cc}\p{Cf}]/u.test(char)),
        };
        expect(rulesOf(password, { minLength })).toEqual(PASSWORD_RULES.filter((rule) => expected[rule]));
      }),
      { numRuns: 1000 },
    );
  });

  it('scores valid passwords 3 or 4 and invalid ones at most 2', () => {
    fc.assert(
      fc.property(mixedPassword, fc.integer({ min: 4, max: 12 }), (password, minLength) => {
        const check = checkPassword(password, { minLength });
        expect(check.valid).toBe(check.failures.length === 0);
        if (check.valid) {
          expect(check.score).toBeGreaterThanOrEqual(3);
          expect(check.score).toBe([...password].length >= minLength + 4 ? 4 : 3);
        } else {
          expect(check.score).toBeLessThanOrEqual(2);
          expect(check.score).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('names a character a password may not have', () => {
    const space = checkPassword('Vesna Sad!2026').failures.find((failure) => failure.rule === 'forbidden-char');
    expect(space?.message.ru).toBe('Уберите пробел: в пароле его быть не может');
    const invisible = checkPassword('Vesna\u200bSad!2026').failures.find(
      (failure) => failure.rule === 'forbidden-char',
    );
    expect(invisible?.message.ru).toMatch(/U\+200B/);
    expect(rulesOf('Vesna!Sad2026')).not.toContain('forbidden-char');
  });
});
