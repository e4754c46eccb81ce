import { describe, expect, it } from 'vitest';
import { formatDate, formatMoney, formatNumber, pluralForm } from './format.js';
import { resolveLocale } from './locale.js';

describe('resolveLocale', () => {
  it.each([
    ['ru', 'ru'],
    ['ru-RU', 'ru'],
    ['EN-gb', 'en'],
    ['en_US', 'en'],
    ['de', 'ru'],
    ['', 'ru'],
    [null, 'ru'],
  ] as const)('%s → %s', (tag, locale) => {
    expect(resolveLocale(tag)).toBe(locale);
  });
});

describe('pluralForm', () => {
  const attempts = { one: 'попытка', few: 'попытки', many: 'попыток', other: 'попытки' };
  it.each([
    [1, 'попытка'],
    [2, 'попытки'],
    [5, 'попыток'],
    [11, 'попыток'],
    [21, 'попытка'],
    [22, 'попытки'],
    [1.5, 'попытки'],
  ])('Russian: %d %s', (count, word) => {
    expect(pluralForm('ru', count, attempts)).toBe(word);
  });

  it('English uses one/other', () => {
    const forms = { one: 'attempt', other: 'attempts' };
    expect(pluralForm('en', 1, forms)).toBe('attempt');
    expect(pluralForm('en', 3, forms)).toBe('attempts');
  });
});

describe('number and date formats', () => {
  it('formats roubles the Russian way', () => {
    expect(formatMoney('ru', 1234.5).replace(/\s/g, ' ')).toBe('1 234,50 ₽');
    expect(formatNumber('en', 1234.5)).toBe('1,234.5');
  });

  it('formats dates with month names', () => {
    const date = new Date(Date.UTC(2026, 1, 7, 12));
    expect(formatDate('ru', date)).toBe('7 февраля 2026 г.');
    expect(formatDate('en', date)).toBe('7 February 2026');
  });
});
