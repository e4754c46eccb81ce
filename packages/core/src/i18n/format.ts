import type { Locale } from './locale.js';

// Intl objects are costly to build and used on every render, so one per locale (and option set) is kept.
const pluralRules = new Map<Locale, Intl.PluralRules>();
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

const intlTag = (locale: Locale): string => (locale === 'ru' ? 'ru-RU' : 'en-GB');

/** Word forms by CLDR plural category; Russian needs one/few/many, English one/other. */
export interface PluralForms {
  readonly one: string;
  readonly few?: string;
  readonly many?: string;
  readonly other: string;
}

/** Picks the word form for `count` (`1 попытка`, `3 попытки`, `5 попыток`). */
export function pluralForm(locale: Locale, count: number, forms: PluralForms): string {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(intlTag(locale))));
  const category = rules.select(count);
  return (category === 'one' || category === 'few' || category === 'many' ? forms[category] : undefined) ?? forms.other;
}

export function formatNumber(locale: Locale, value: number, options: Intl.NumberFormatOptions = {}): string {
  const key = locale + JSON.stringify(options);
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(intlTag(locale), options)));
  return format.format(value);
}

/** Roubles with kopecks: `1 234,50 ₽`. */
export function formatMoney(locale: Locale, amount: number): string {
  return formatNumber(locale, amount, { style: 'currency', currency: 'RUB' });
}

export function formatDate(
  locale: Locale,
  date: Date | number,
  options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' },
): string {
  const key = locale + JSON.stringify(options);
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(intlTag(locale), options)));
  return format.format(date);
}
