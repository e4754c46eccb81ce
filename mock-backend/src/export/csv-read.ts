/**
 * Reads back what {@link csvChunks} writes, for round-trip tests (Express and MSW alike): the sections a person sees
 * in Excel, with quoting undone. Browser-safe, like the writer.
 */

export interface CsvSections {
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
  /** `[label, value]` as the totals were given. */
  readonly totals: readonly (readonly [string, string])[];
  /** The title and then the lines. */
  readonly about: readonly string[];
}

/** RFC 4180 with `;`; a leading BOM is dropped. Every record ends in CRLF, so there is no trailing empty record. */
export function parseCsv(text: string): string[][] {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < source.length; i += 1) {
    const char = source[i];
    if (quoted) {
      if (char !== '"') field += char;
      else if (source[i + 1] === '"') {
        field += '"';
        i += 1;
      } else quoted = false;
    } else if (char === '"') quoted = true;
    else if (char === ';') {
      record.push(field);
      field = '';
    } else if (char === '\r' && source[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i += 1;
    } else field += char;
  }
  if (field !== '' || record.length > 0) records.push([...record, field]);
  return records;
}

/** The cell as it was before the formula guard added its `'`. */
export function unguard(cell: string): string {
  return /^'+[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

export function readCsvSections(text: string): CsvSections {
  const records = parseCsv(text).map((record) => record.map(unguard));
  const isEmpty = (record: readonly string[]) => record.length === 1 && record[0] === '';
  const blocks: string[][][] = [[]];
  for (const record of records) {
    if (isEmpty(record)) blocks.push([]);
    else blocks[blocks.length - 1].push(record);
  }
  const [table = [], ...rest] = blocks;
  // Two blocks follow the table when there are totals, one (title and lines) when there are none.
  const totals = rest.length > 1 ? rest[0] : [];
  const about = rest.length > 0 ? rest[rest.length - 1] : [];
  return {
    header: table[0] ?? [],
    rows: table.slice(1),
    totals: totals.map((record) => {
      const value = record.slice(1).find((cell) => cell !== '') ?? '';
      return [record[0], value] as const;
    }),
    about: about.map((record) => record[0]),
  };
}
