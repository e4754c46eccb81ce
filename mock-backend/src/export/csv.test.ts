import { describe, expect, it } from 'vitest';
import { csvCell, csvChunks } from './csv.js';
import { parseCsv, readCsvSections } from './csv-read.js';
import type { ExportTable } from './table.js';

const columns = [
  { title: 'Дата' },
  { title: 'Вид выплаты' },
  { title: 'Сумма, ₽', align: 'right' },
  { title: 'Статус' },
] as const;

const table = (rows: ExportTable['rows'], totals: ExportTable['totals'] = []): ExportTable => ({
  title: 'Выписка о выплатах',
  lines: ['Получатель: Иванова Мария Петровна', 'Период: 01.01.2026 — 31.12.2026'],
  columns,
  rows,
  totals,
});

async function text(source: AsyncIterable<string>): Promise<string> {
  let all = '';
  for await (const chunk of source) all += chunk;
  return all;
}

/** A row source that counts what was taken from it and whether it was closed. */
function counted(count: number) {
  const state = { pulled: 0, done: false, closed: false };
  function* rows() {
    try {
      for (let i = 0; i < count; i += 1) {
        state.pulled += 1;
        yield ['06.12.2026', `Единое пособие № ${i}`, `${i},50`, 'Выплачена'];
      }
      state.done = true;
    } finally {
      state.closed = true;
    }
  }
  return { rows: rows(), state };
}

describe('csvChunks', () => {
  it('writes what Russian Excel opens: BOM, semicolons, CRLF, a header row and no sep= line', async () => {
    const csv = await text(csvChunks(table([['06.12.2026', 'Пенсия', '1234,50', 'Выплачена']])));
    expect(csv.startsWith('\uFEFFДата;Вид выплаты;Сумма, ₽;Статус\r\n')).toBe(true);
    expect(csv).toContain('\r\n06.12.2026;Пенсия;1234,50;Выплачена\r\n');
    expect(csv).not.toMatch(/sep=/i);
    expect(csv.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    expect(new TextEncoder().encode(csv).subarray(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it('quotes by RFC 4180 and keeps every value through a round trip', async () => {
    const tricky = ['a;b', 'say "hi"', 'two\nlines', 'crlf\r\nhere', ' padded ', 'no quotes, comma'];
    expect(tricky.map(csvCell)).toEqual([
      '"a;b"',
      '"say ""hi"""',
      '"two\nlines"',
      '"crlf\r\nhere"',
      ' padded ',
      'no quotes, comma',
    ]);
    const csv = await text(csvChunks(table([tricky.slice(0, 4), tricky.slice(2, 6)])));
    expect(readCsvSections(csv).rows).toEqual([tricky.slice(0, 4), tricky.slice(2, 6)]);
  });

  it('keeps formulas from running, but not at the cost of negative sums', () => {
    for (const formula of [
      '=SUM(A1:A9)',
      '+cmd|" /C calc"!A0',
      '-1+2',
      '@SUM(1)',
      '\t=1',
      '\r=1',
      '+7 900 123-45-67',
    ]) {
      expect(parseCsv(csvCell(formula))[0][0]).toBe(`'${formula}`);
    }
    expect(csvCell("'=1")).toBe("''=1");
    for (const number of ['-1234,50', '-1 234,50', '-1\u00a0234,50', '+100', '-0.5', '1234,50', '-12']) {
      expect(csvCell(number)).toBe(number);
    }
  });

  it('reads the guarded cells back as they were', async () => {
    const cells = ['=1+1', '-1234,50', "'=already", '@here'];
    const csv = await text(csvChunks(table([cells])));
    expect(readCsvSections(csv).rows).toEqual([cells]);
  });

  it('puts totals under the amounts after an empty row, and the title and lines last', async () => {
    const csv = await text(
      csvChunks(
        table(
          [['06.12.2026', 'Пенсия', '1234,50', 'Выплачена']],
          [
            ['Выплачено', '1234,50'],
            ['Возвращено', '0,00'],
          ],
        ),
      ),
    );
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toEqual([
      'Дата;Вид выплаты;Сумма, ₽;Статус',
      '06.12.2026;Пенсия;1234,50;Выплачена',
      '',
      'Выплачено;;1234,50;',
      'Возвращено;;0,00;',
      '',
      'Выписка о выплатах',
      'Получатель: Иванова Мария Петровна',
      'Период: 01.01.2026 — 31.12.2026',
      '',
    ]);
    expect(readCsvSections(csv)).toEqual({
      header: ['Дата', 'Вид выплаты', 'Сумма, ₽', 'Статус'],
      rows: [['06.12.2026', 'Пенсия', '1234,50', 'Выплачена']],
      totals: [
        ['Выплачено', '1234,50'],
        ['Возвращено', '0,00'],
      ],
      about: ['Выписка о выплатах', 'Получатель: Иванова Мария Петровна', 'Период: 01.01.2026 — 31.12.2026'],
    });
  });

  it('fits ragged rows to the columns and takes async sources', async () => {
    async function* rows() {
      yield ['06.12.2026'];
      yield ['06.12.2026', 'Пенсия', '1,00', 'Выплачена', 'лишнее'];
    }
    const { rows: read } = readCsvSections(await text(csvChunks(table(rows()))));
    expect(read).toEqual([
      ['06.12.2026', '', '', ''],
      ['06.12.2026', 'Пенсия', '1,00', 'Выплачена'],
    ]);
  });

  it('streams 10,000 rows in many chunks of whole rows, pulling rows only as chunks are taken', async () => {
    const source = counted(10_000);
    const chunks = csvChunks(table(source.rows));
    const first = await chunks.next();
    expect(first.done).toBe(false);
    expect(source.state.pulled).toBeGreaterThan(100);
    expect(source.state.pulled).toBeLessThan(1_000);
    expect(source.state.done).toBe(false);

    const sizes = [first.value?.length ?? 0];
    let all = first.value ?? '';
    for await (const chunk of chunks) {
      expect(chunk.endsWith('\r\n')).toBe(true);
      sizes.push(chunk.length);
      all += chunk;
    }
    expect(sizes.length).toBeGreaterThan(10);
    expect(Math.max(...sizes)).toBeLessThan(40 * 1024);
    expect(source.state.done).toBe(true);
    const { rows } = readCsvSections(all);
    expect(rows).toHaveLength(10_000);
    expect(rows[9_999]).toEqual(['06.12.2026', 'Единое пособие № 9999', '9999,50', 'Выплачена']);
  });

  it('closes the row source when the reader stops early', async () => {
    const source = counted(10_000);
    for await (const chunk of csvChunks(table(source.rows), { chunkSize: 1_000 })) {
      expect(chunk).not.toBe('');
      break;
    }
    expect(source.state.closed).toBe(true);
    expect(source.state.done).toBe(false);
  });
});
