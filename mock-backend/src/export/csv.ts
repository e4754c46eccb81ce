/**
 * CSV that Russian Excel opens with a double click: UTF-8 with a BOM (without it Excel reads the bytes as
 * Windows-1251), `;` between fields (the list separator of the ru-RU locale, where `,` is the decimal comma), CRLF,
 * RFC 4180 quoting. No `sep=;` line: it does pick the separator, but Excel then ignores the BOM and shows mojibake.
 *
 * Browser-safe on purpose (no Node APIs): the MSW handlers stream the very same bytes in Storybook.
 *
 * Layout of the file, top to bottom:
 *   header row, data rows   — starting at A1, so Excel's current region (Ctrl+A, sort, filter, «Форматировать как
 *                             таблицу», Power Query's «first row as headers») is exactly the data;
 *   empty row, totals       — an empty row ends that region, so sorting or filtering the data never drags the
 *                             totals into it; each total sits under the column it sums;
 *   empty row, title, lines — who, which period, which filters: a forwarded file still says what it is, without
 *                             pushing the header off A1.
 */
import { fitRow, totalsColumnIndex, type ExportTable } from './table.js';

export interface CsvOptions {
  /**
   * About how many characters go out in one chunk: large enough that a network write carries hundreds of rows,
   * small enough that 10,000 rows never sit in one string.
   */
  readonly chunkSize?: number;
}

const DEFAULT_CHUNK_SIZE = 32 * 1024;
const BOM = '\uFEFF';
const EOL = '\r\n';

/**
 * Starts of a cell that Excel, LibreOffice and Google Sheets read as a formula (OWASP's CSV injection list). Cells
 * that already start with `'` before one of them are guarded too, so that reading back can always drop exactly one.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;
/**
 * A plain number keeps its sign so that Excel still reads `-1234,50` as a number: digits with an optional decimal
 * part, or digit groups of three split by a (no-break) space as `Intl` writes them. Nothing of this shape can call
 * a function, while anything looser (`+7 900 123-45-67`, `-1+1`) gets the guard.
 */
const PLAIN_NUMBER = /^[+-]?(?:\d+|\d{1,3}(?:[ \u00a0\u202f]\d{3})+)(?:[.,]\d+)?$/;
const NEEDS_QUOTES = /[;"\r\n]/;

/**
 * One cell, escaped. A would-be formula gets a leading `'`: a spreadsheet then shows the text instead of running it
 * (a payment basis or a filter typed by a person must never become `=HYPERLINK(...)` on someone's desktop).
 */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function csvRow(cells: readonly string[]): string {
  return cells.map(csvCell).join(';') + EOL;
}

/**
 * The table as CSV text, a chunk at a time. Rows are pulled from `table.rows` only while the reader asks for more,
 * so a slow client holds back the database cursor instead of filling memory.
 */
export async function* csvChunks(
  table: ExportTable,
  options: CsvOptions = {},
): AsyncGenerator<string, void, undefined> {
  const chunkSize = Math.max(1, options.chunkSize ?? DEFAULT_CHUNK_SIZE);
  const width = table.columns.length;
  let buffer = BOM + csvRow(table.columns.map((column) => column.title));

  for await (const row of table.rows) {
    buffer += csvRow(fitRow(row, width));
    if (buffer.length >= chunkSize) {
      yield buffer;
      buffer = '';
    }
  }

  if (table.totals.length > 0) {
    const at = totalsColumnIndex(table.columns);
    buffer += EOL;
    for (const [label, value] of table.totals) {
      const cells = Array.from({ length: Math.max(width, at + 1) }, () => '');
      cells[0] = label;
      cells[at] = value;
      buffer += csvRow(cells);
    }
  }
  buffer += EOL + csvRow([table.title]);
  for (const line of table.lines) buffer += csvRow([line]);
  yield buffer;
}
