import { PaymentExportQuerySchema, PaymentListQuerySchema } from '@gos-elements/contracts';
import { describe, expect, it } from 'vitest';
import { FakeClock } from '../clock.js';
import { csvChunks } from '../export/csv.js';
import { readCsvSections } from '../export/csv-read.js';
import { decimalComma, paymentRow, Payments, paymentsExport, rubles } from './index.js';

const clock = new FakeClock(Date.UTC(2026, 10, 24, 9, 0, 0));
const payments = new Payments({ clock });
const ANNA = '1000000001';
const LOAD = '1000000006';

async function text(chunks: AsyncIterable<string>): Promise<string> {
  let all = '';
  for await (const chunk of chunks) all += chunk;
  return all;
}

describe('money', () => {
  it('writes kopecks with a decimal comma: grouped for people, plain for Excel', () => {
    expect(rubles(1_234_567)).toBe('12\u00a0345,67\u00a0₽');
    expect(rubles(5)).toBe('0,05\u00a0₽');
    expect(decimalComma(1_234_567)).toBe('12345,67');
    expect(decimalComma(100)).toBe('1,00');
  });
});

describe('the payments export table', () => {
  it('says who, which period and which filters, and totals the filtered set', () => {
    const query = PaymentExportQuerySchema.parse({
      format: 'csv',
      from: '2025-01-01',
      to: '2025-12-31',
      kinds: 'unified-allowance',
      statuses: 'paid,returned',
      beneficiary: 'child-sofia',
    });
    const { table, fileName, disposition, mediaType } = paymentsExport(
      payments,
      ANNA,
      'Смирнова Анна Сергеевна',
      query,
    );
    expect(table.title).toBe('Выписка о выплатах');
    expect(table.lines).toEqual([
      'Получатель: Смирнова Анна Сергеевна',
      'Период: с 01.01.2025 по 31.12.2025',
      'Фильтры: виды — Единое пособие; статусы — выплачено, возвращено банком; ребёнок — Смирнова София Андреевна',
    ]);
    const totals = payments.totals(ANNA, query);
    expect(table.totals).toEqual([
      ['Количество выплат', String(totals.count)],
      ['Выплачено, ₽', decimalComma(totals.byStatus.paid)],
      ['Ожидает зачисления, ₽', '0,00'],
      ['Отказано, ₽', '0,00'],
      ['Возвращено банком, ₽', '0,00'],
    ]);
    expect(mediaType).toBe('text/csv; charset=utf-8');
    expect(fileName).toBe('Выписка о выплатах 24.11.2026.csv');
    expect(disposition).toBe(
      `attachment; filename="vyplaty-2026-11-24.csv"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
    );
  });

  it('writes a row in Russian formats: ДД.ММ.ГГГГ, 12345,67, the basis and receipt in words, a reason', () => {
    const [returned] = payments.list(ANNA, PaymentListQuerySchema.parse({ statuses: 'returned', kinds: 'edv' })).items;
    expect(paymentRow(returned!)).toEqual([
      '20.12.2020',
      'Ежемесячная денежная выплата (ЕДВ)',
      '',
      '01.12.2020–31.12.2020',
      decimalComma(returned!.amount.kopecks),
      'Социальный фонд России',
      'Решение о назначении № ПФР-77-ЕДВ-2015/004512 от 18.12.2015',
      'Банковский счёт •••• 7310, Банк ВТБ (ПАО)',
      'Возвращено банком: Счёт закрыт: банк вернул деньги. Укажите новые реквизиты — выплату перечислят повторно.',
    ]);
    expect(decimalComma(returned!.amount.kopecks)).toMatch(/^\d+,\d\d$/);
  });

  it('produces its rows lazily, and CSV of them reads back into the same rows', async () => {
    const query = PaymentExportQuerySchema.parse({ format: 'csv' });
    const { table } = paymentsExport(payments, LOAD, 'Нагрузкина Вера Павловна', query);
    expect(Array.isArray(table.rows)).toBe(false);
    const csv = await text(csvChunks(table));
    expect(csv.startsWith('\uFEFFДата операции;Вид выплаты;')).toBe(true);
    expect(csv).not.toMatch(/^sep=/m);
    const sections = readCsvSections(csv);
    expect(sections.rows).toHaveLength(10_000);
    const expected = [...payments.select(LOAD, { ...query })].map(paymentRow);
    expect(sections.rows).toEqual(expected);
    expect(sections.totals[0]).toEqual(['Количество выплат', '10000']);
    expect(sections.about[0]).toBe('Выписка о выплатах');
  });
});
