// The payments as an export table: the same text for the CSV and the PDF writers (mock-backend/src/export/), built
// in the browser-safe domain so the MSW handlers export exactly what the backend does.
import {
  BASIS_DOCUMENT_TYPES,
  PAYMENT_CATEGORIES,
  PAYMENT_KINDS,
  PAYMENT_STATUS_CODES,
  PAYMENT_STATUSES,
  RECEIPT_METHODS,
  type ExportFormat,
  type Payment,
  type PaymentExportQuery,
} from '@gos-elements/contracts';
import type { ExportColumn, ExportTable } from '../export/table.js';
import { russianDate } from './calendar.js';
import { decimalComma } from './money.js';
import type { Payments } from './payments.js';

const COLUMNS: readonly ExportColumn[] = [
  { title: 'Дата операции', width: 1 },
  { title: 'Вид выплаты', width: 2.2 },
  { title: 'Ребёнок', width: 1.4 },
  { title: 'Период', width: 1.15 },
  { title: 'Сумма, ₽', align: 'right', width: 1.1 },
  { title: 'Плательщик', width: 1.7 },
  { title: 'Основание', width: 1.6 },
  { title: 'Способ получения', width: 1.4 },
  { title: 'Статус', width: 1.6 },
];

/** One payment as a row of display strings: dates ДД.ММ.ГГГГ, sums `12345,67` (a number to Excel). */
export function paymentRow(payment: Payment): readonly string[] {
  const { basis, receipt } = payment;
  return [
    russianDate(payment.operationDate),
    payment.kind.title,
    payment.beneficiary?.name ?? '',
    `${russianDate(payment.period.from)}–${russianDate(payment.period.to)}`,
    decimalComma(payment.amount.kopecks),
    payment.payer.title,
    `${BASIS_DOCUMENT_TYPES[basis.documentType].title} № ${basis.number} от ${russianDate(basis.date)}`,
    `${RECEIPT_METHODS[receipt.method].title} ${receipt.masked}, ${receipt.bank}`,
    // Only a refusal or a return needs its reason on paper; «pending» speaks for itself.
    payment.reason && payment.status !== 'pending'
      ? `${PAYMENT_STATUSES[payment.status].title}: ${payment.reason.title}`
      : PAYMENT_STATUSES[payment.status].title,
  ];
}

/** «Фильтры: …» in words, so a forwarded statement still says what it holds. */
function filterLine(query: PaymentExportQuery, childName: string | undefined): string {
  const parts = [
    query.kinds && `виды — ${query.kinds.map((kind) => PAYMENT_KINDS[kind].shortTitle).join(', ')}`,
    query.categories &&
      `категории — ${query.categories.map((category) => PAYMENT_CATEGORIES[category].title.toLowerCase()).join(', ')}`,
    query.statuses &&
      `статусы — ${query.statuses.map((status) => PAYMENT_STATUSES[status].title.toLowerCase()).join(', ')}`,
    query.beneficiary && `ребёнок — ${childName ?? query.beneficiary}`,
  ].filter(Boolean);
  return `Фильтры: ${parts.length > 0 ? parts.join('; ') : 'нет'}`;
}

function periodLine(query: PaymentExportQuery): string {
  if (query.from && query.to) return `Период: с ${russianDate(query.from)} по ${russianDate(query.to)}`;
  if (query.from) return `Период: с ${russianDate(query.from)}`;
  if (query.to) return `Период: по ${russianDate(query.to)}`;
  return 'Период: вся история выплат';
}

export interface ExportFile {
  readonly table: ExportTable;
  readonly fileName: string;
  readonly mediaType: string;
  /** `Content-Disposition` with the Russian name (RFC 5987) and an ASCII fallback for old clients. */
  readonly disposition: string;
}

const MEDIA_TYPES: Readonly<Record<ExportFormat, string>> = {
  csv: 'text/csv; charset=utf-8',
  pdf: 'application/pdf',
};

/**
 * `owner`'s payments matching `query` as an export table. Rows are produced one at a time as the writer pulls
 * them; the totals cover the same filtered set.
 */
export function paymentsExport(
  payments: Payments,
  owner: string,
  person: string,
  query: PaymentExportQuery,
): ExportFile {
  const totals = payments.totals(owner, query);
  const child = query.beneficiary
    ? payments.beneficiaries(owner).find((beneficiary) => beneficiary.id === query.beneficiary)?.name
    : undefined;
  const rows = function* () {
    for (const payment of payments.select(owner, query)) yield paymentRow(payment);
  };
  const today = payments.today();
  const baseName = `vyplaty-${today}`;
  const russianName = `Выписка о выплатах ${russianDate(today)}.${query.format}`;
  return {
    table: {
      title: 'Выписка о выплатах',
      lines: [`Получатель: ${person}`, periodLine(query), filterLine(query, child)],
      columns: COLUMNS,
      rows: rows(),
      totals: [
        ['Количество выплат', String(totals.count)],
        ...PAYMENT_STATUS_CODES.map(
          (status) => [`${PAYMENT_STATUSES[status].title}, ₽`, decimalComma(totals.byStatus[status])] as const,
        ),
      ],
    },
    fileName: russianName,
    mediaType: MEDIA_TYPES[query.format],
    disposition: `attachment; filename="${baseName}.${query.format}"; filename*=UTF-8''${encodeURIComponent(russianName)}`,
  };
}
