// Ready-made texts of the payments chart in Russian (default) and English: the element may pass them as they are
// or take them into its own catalogue.
import { PAYMENT_KINDS, type PaymentKind, type PaymentKindInfo } from '@gos-elements/contracts';
import type { Locale } from '@gos-elements/core';
import { pluralForm } from '@gos-elements/core/i18n/format';
import type { PaymentsChartMessages } from './payments-chart.js';

// The catalogue's short titles fit a legend and a column header; a kind the SDK does not know keeps the API's title.
const shortTitle = (kind: PaymentKind, locale: Locale): string => {
  const known = PAYMENT_KINDS[kind.code] as PaymentKindInfo | undefined;
  return known ? (locale === 'ru' ? known.shortTitle : known.shortTitleEn) : kind.title;
};

const ru: PaymentsChartMessages = {
  chartTitle: 'Выплаты по месяцам',
  chartDescription: ({ period, total, count, peak }) =>
    `Период ${period}: ${count} ${pluralForm('ru', count, { one: 'выплата', few: 'выплаты', many: 'выплат', other: 'выплаты' })} ` +
    `на ${total}.` +
    (peak ? ` Больше всего — ${peak.month}: ${peak.amount}.` : ''),
  showTable: 'Показать таблицей',
  legend: 'Виды выплат',
  month: 'Месяц',
  kind: 'Вид выплаты',
  total: 'Итого',
  empty: 'В этом периоде выплат нет.',
  kindTitle: (kind) => shortTitle(kind, 'ru'),
  monthValue: (month, total, kinds) =>
    kinds.length === 0
      ? `${month}: выплат нет`
      : `${month}: ${total}. ${kinds.map(({ kind, amount }) => `${kind} — ${amount}`).join('; ')}`,
  comparisonTitle: 'Сравнение с прошлым периодом',
  thisPeriod: 'Этот период',
  previousPeriod: 'Прошлый период',
  change: 'Изменение',
  more: (amount, percent) => `больше на ${amount}` + (percent ? ` (на ${percent})` : ''),
  less: (amount, percent) => `меньше на ${amount}` + (percent ? ` (на ${percent})` : ''),
  same: 'без изменений',
  comparisonEmpty: 'Сравнивать не с чем: выплат не было ни в этом, ни в прошлом периоде.',
};

const en: PaymentsChartMessages = {
  chartTitle: 'Payments by month',
  chartDescription: ({ period, total, count, peak }) =>
    `${period}: ${count} ${pluralForm('en', count, { one: 'payment', other: 'payments' })} totalling ${total}.` +
    (peak ? ` The largest month is ${peak.month}: ${peak.amount}.` : ''),
  showTable: 'Show as a table',
  legend: 'Kinds of payment',
  month: 'Month',
  kind: 'Kind of payment',
  total: 'Total',
  empty: 'No payments in this period.',
  kindTitle: (kind) => shortTitle(kind, 'en'),
  monthValue: (month, total, kinds) =>
    kinds.length === 0
      ? `${month}: no payments`
      : `${month}: ${total}. ${kinds.map(({ kind, amount }) => `${kind}: ${amount}`).join('; ')}`,
  comparisonTitle: 'Compared with the previous period',
  thisPeriod: 'This period',
  previousPeriod: 'Previous period',
  change: 'Change',
  more: (amount, percent) => `${amount} more` + (percent ? ` (${percent})` : ''),
  less: (amount, percent) => `${amount} less` + (percent ? ` (${percent})` : ''),
  same: 'no change',
  comparisonEmpty: 'Nothing to compare: no payments in this period or the previous one.',
};

export const paymentsChartMessages: Readonly<Record<Locale, PaymentsChartMessages>> = { ru, en };
