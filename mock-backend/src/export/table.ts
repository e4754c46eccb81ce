/**
 * What an export writer is given: already formatted text, so CSV and PDF show the same figures and neither writer
 * knows anything about payments. Browser-safe (the MSW handlers build the same table in Storybook).
 */

export interface ExportColumn {
  readonly title: string;
  /** `right` for figures: PDF right-aligns the column, and totals line up under the first such column. */
  readonly align?: 'left' | 'right';
  /** Relative share of the table width in the PDF (default 1); CSV ignores it. */
  readonly width?: number;
}

export interface ExportTable {
  /** e.g. «Выписка о выплатах». */
  readonly title: string;
  /** Person, period, filters — printed under the title. */
  readonly lines: readonly string[];
  readonly columns: readonly ExportColumn[];
  /**
   * Produced lazily: the writers pull one row at a time and only as fast as the reader takes the output, so a
   * generator over a database cursor never holds the whole history. Cells are display strings (`-1234,50`,
   * `06.12.2026`); a row shorter than `columns` is padded with empty cells, a longer one is cut.
   */
  readonly rows: AsyncIterable<readonly string[]> | Iterable<readonly string[]>;
  readonly totals: readonly (readonly [label: string, value: string])[];
}

/**
 * The column a total's value goes under: the first right-aligned one, so in Excel and on paper the sum sits under
 * the amounts it adds up. Without such a column (or when it is the first one, leaving no room for the label) the
 * value goes into the second column, next to its label — which may be one past the last column of a one-column table.
 */
export function totalsColumnIndex(columns: readonly ExportColumn[]): number {
  const figures = columns.findIndex((column) => column.align === 'right');
  return figures > 0 ? figures : 1;
}

/** `row` fitted to `width` cells, so a sloppy producer cannot shift columns. */
export function fitRow(row: readonly string[], width: number): readonly string[] {
  if (row.length === width) return row;
  return Array.from({ length: width }, (_, index) => row[index] ?? '');
}
