import type { Readable } from 'node:stream';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { pdfStream } from './pdf.js';
import type { ExportTable } from './table.js';

// 09:14 in Moscow.
const generatedAt = new Date(Date.UTC(2026, 11, 6, 6, 14));

const columns = [
  { title: 'Дата', width: 0.8 },
  { title: 'Вид выплаты', width: 2 },
  { title: 'Основание', width: 2 },
  { title: 'Статус', width: 0.9 },
  { title: 'Сумма, ₽', align: 'right', width: 1 },
] as const;

const table = (rows: ExportTable['rows'], totals: ExportTable['totals'] = []): ExportTable => ({
  title: 'Выписка о выплатах',
  lines: ['Получатель: Иванова Мария Петровна, СНИЛС 123-456-789 01', 'Период: 01.01.2026 — 31.12.2026'],
  columns,
  rows,
  totals,
});

const payment = (i: number) => [
  '06.12.2026',
  i % 2 === 0 ? 'Единое пособие на детей и беременных' : 'Пенсия по старости',
  `Решение № ${1000 + i} от 01.11.2026`,
  'Выплачена',
  `${12_000 + i},50`,
];

/** A row source that counts what was taken from it and whether it was closed. */
function counted(count: number) {
  const state = { pulled: 0, closed: false };
  function* rows() {
    try {
      for (let i = 0; i < count; i += 1) {
        state.pulled += 1;
        yield payment(i);
      }
    } finally {
      state.closed = true;
    }
  }
  return { rows: rows(), state };
}

async function bytes(stream: Readable, onChunk: (chunk: Buffer) => void = () => {}): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    onChunk(chunk);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((done) => setTimeout(done, 5));
}

/** The text of each page as a PDF reader (pdf.js) extracts it, whitespace collapsed. */
async function readPdf(pdf: Buffer): Promise<{ pages: string[] }> {
  const document = await getDocumentProxy(new Uint8Array(pdf));
  const { text } = await extractText(document, { mergePages: false });
  return { pages: text.map((page) => page.replace(/\s+/g, ' ').trim()) };
}

const pageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type \/Page\n/g)?.length ?? 0;

describe('pdfStream', () => {
  it('writes a valid statement in PT Sans, with the text a reader can copy out', async () => {
    const pdf = await bytes(
      pdfStream(
        table(
          [payment(0), payment(1)],
          [
            ['Выплачено', '24 001,00'],
            ['Всего выплат', '2'],
          ],
        ),
        { generatedAt },
      ),
    );
    const raw = pdf.toString('latin1');
    expect(raw.startsWith('%PDF-')).toBe(true);
    expect(raw.trimEnd().endsWith('%%EOF')).toBe(true);
    // Both faces embedded as TrueType subsets: nothing depends on the reader's fonts.
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+PTSans-Regular/);
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+PTSans-Bold/);
    expect(raw.match(/\/FontFile2 \d+ 0 R/g)).toHaveLength(2);
    expect(raw).toContain('(D:20261206061400Z)');
    expect(raw).toContain('(gos-elements)');
    expect(raw).toContain('/Lang (ru-RU)');

    const { pages } = await readPdf(pdf);
    expect(pages).toHaveLength(1);
    const text = pages[0];
    for (const expected of [
      'Выписка о выплатах',
      'Получатель: Иванова Мария Петровна, СНИЛС 123-456-789 01',
      'Период: 01.01.2026 — 31.12.2026',
      'Сформировано 06.12.2026 в 09:14',
      'Сумма, ₽',
      'Решение № 1001 от 01.11.2026',
      '12001,50',
      'Выплачено 24 001,00',
      'Всего выплат 2',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).toMatch(/Страница 1 ?из 1/);
  });

  it('turns a wide table landscape, so dates and sums keep to one line', async () => {
    const wide: ExportTable = {
      ...table([payment(0)]),
      columns: [...columns, { title: 'Плательщик' }, { title: 'Способ получения' }, { title: 'Ребёнок' }],
    };
    const pdf = await bytes(pdfStream(wide, { generatedAt }));
    expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 841\.89 595\.28\]/);
    const { pages } = await readPdf(pdf);
    expect(pages[0]).toContain('06.12.2026 Единое пособие');
  });

  it('gives the same bytes for the same input', async () => {
    const once = await bytes(pdfStream(table([payment(0)]), { generatedAt }));
    const twice = await bytes(pdfStream(table([payment(0)]), { generatedAt }));
    expect(twice.equals(once)).toBe(true);
  });

  it('speaks English when asked, and says so when there is nothing to list', async () => {
    const { pages } = await readPdf(await bytes(pdfStream(table([]), { generatedAt, locale: 'en' })));
    expect(pages[0]).toContain('Generated on 06.12.2026 at 09:14');
    expect(pages[0]).toContain('No records');
    expect(pages[0]).toMatch(/Page 1 ?of 1/);
  });

  it('wraps long cells and cuts a cell taller than a page instead of breaking the layout', async () => {
    const long = `Решение № 1 от 01.11.2026 — ${'с разъяснением органа, выплачивающего пособие, '.repeat(200)}`;
    const rows = [payment(0), ['06.12.2026', 'Пенсия', long, 'Выплачена', '1,00'], payment(2)];
    const pdf = await bytes(pdfStream(table(rows), { generatedAt }));
    const { pages } = await readPdf(pdf);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(pages.length).toBeLessThanOrEqual(3);
    const all = pages.join(' ');
    expect(all).toContain('…');
    expect(all).toContain('Решение № 1002 от 01.11.2026');
  });

  it('streams 10,000 rows: pages go out while rows are still coming, every page has the header and its number', async () => {
    const source = counted(10_000);
    let pulledAtFirstPage: number | undefined;
    let seen = '';
    const pdf = await bytes(
      pdfStream(table(source.rows, [['Выплачено', '120 000 000,00']]), { generatedAt }),
      (chunk) => {
        if (pulledAtFirstPage !== undefined) return;
        seen += chunk.toString('latin1');
        if (seen.includes('/Type /Page\n')) pulledAtFirstPage = source.state.pulled;
      },
    );
    expect(pulledAtFirstPage).toBeDefined();
    expect(pulledAtFirstPage).toBeLessThan(500);

    const count = pageCount(pdf);
    expect(count).toBeGreaterThan(150);
    expect(pdf.toString('latin1')).toContain(`/Count ${count}\n`);
    const { pages } = await readPdf(pdf);
    expect(pages).toHaveLength(count);
    pages.forEach((text, index) => {
      expect(text.startsWith(index === 0 ? 'Выписка о выплатах' : 'Дата Вид выплаты Основание Статус Сумма, ₽')).toBe(
        true,
      );
      expect(text).toMatch(new RegExp(`Страница ${index + 1} ?из ${count}`));
    });
    expect(pages.at(-1)).toContain('Решение № 10999 от 01.11.2026');
    expect(pages.at(-1)).toContain('Выплачено 120 000 000,00');
  }, 60_000);

  it('holds back the rows while nobody reads, and closes the source when the reader goes away', async () => {
    const source = counted(10_000);
    const stream = pdfStream(table(source.rows), { generatedAt });
    // Nobody reads: the layout runs until the stream's buffer is full, then waits.
    await until(() => stream.readableLength >= stream.readableHighWaterMark);
    const held = source.state.pulled;
    await new Promise((done) => setTimeout(done, 100));
    expect(source.state.pulled).toBe(held);
    expect(held).toBeLessThan(2_000);

    stream.destroy();
    await until(() => source.state.closed);
    expect(source.state.pulled).toBe(held);
  });

  it('fails the stream when the rows fail', async () => {
    function* rows() {
      yield payment(0);
      throw new Error('database went away');
    }
    await expect(bytes(pdfStream(table(rows()), { generatedAt }))).rejects.toThrow('database went away');
  });
});
