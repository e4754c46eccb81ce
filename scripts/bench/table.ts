// Statistics and plain-text tables for `npm run bench`.

/** Nearest-rank percentile (p in 0–100) of a non-empty list of numbers. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new Error('percentile of an empty list');
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] as number;
}

export const median = (values: readonly number[]): number => percentile(values, 50);

/** Milliseconds, with as many decimals as the magnitude deserves. */
export function formatMs(value: number): string {
  if (value < 10) return value.toFixed(2);
  if (value < 100) return value.toFixed(1);
  return value.toFixed(0);
}

/** A duration: milliseconds below a second, seconds above. */
export function formatDuration(ms: number): string {
  return ms < 1000 ? `${formatMs(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

export const formatMb = (bytes: number): string => (bytes / 1024 / 1024).toFixed(1);

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${formatMb(bytes)} MB`;
}

/** «ok» when `value` is within `target`, «over target» otherwise; «—» when there is no target. */
export function verdict(value: number, target: number | undefined): string {
  if (target === undefined) return '—';
  return value <= target ? 'ok' : 'over target';
}

export interface Column {
  readonly title: string;
  /** Numbers read best right-aligned. */
  readonly align?: 'left' | 'right';
}

/** Prints a heading, its notes and an aligned table (one string per cell). */
export function printTable(
  heading: string,
  notes: readonly string[],
  columns: readonly Column[],
  rows: readonly (readonly string[])[],
): void {
  const widths = columns.map((column, index) =>
    Math.max(column.title.length, ...rows.map((row) => (row[index] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, index) =>
        columns[index]?.align === 'right' ? cell.padStart(widths[index] ?? 0) : cell.padEnd(widths[index] ?? 0),
      )
      .join('  ')
      .trimEnd();
  const out = [
    '',
    heading,
    ...notes.map((note) => `  ${note}`),
    '',
    line(columns.map((column) => column.title)),
    line(widths.map((width) => '-'.repeat(width))),
    ...rows.map(line),
  ];
  console.log(out.join('\n'));
}
