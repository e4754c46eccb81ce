/**
 * The table as a PDF statement (A4; landscape for a wide table), streamed: each page is written out when the next one starts, and rows
 * are pulled from the source only as fast as the reader takes the bytes, so 10,000 rows never sit in memory as one
 * document. Node-only (pdfkit and the font files).
 *
 * The font is PT Sans (ParaType, made for the Russian civic type project; SIL Open Font License) from the
 * `@expo-google-fonts/pt-sans` package: complete TrueType files with Cyrillic, digits, «», № and ₽ in one face,
 * which pdfkit embeds as a subset. No system fonts: the server may have none.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import PDFDocument from 'pdfkit';
import { fitRow, totalsColumnIndex, type ExportColumn, type ExportTable } from './table.js';

export interface PdfOptions {
  /** Printed as «Сформировано …» and stored as the creation date, so the same input gives the same bytes. */
  readonly generatedAt: Date;
  readonly locale?: 'ru' | 'en';
  /** The zone the generation time is shown in; Moscow by default, the time Russian agencies print. */
  readonly timeZone?: string;
}

const require = createRequire(import.meta.url);
const FONT_FILES = {
  regular: require.resolve('@expo-google-fonts/pt-sans/400Regular/PTSans_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/pt-sans/700Bold/PTSans_700Bold.ttf'),
} as const;
type FontName = keyof typeof FONT_FILES;

// Read once per process: every export would otherwise read ~570 KB from disk.
let fontData: Record<FontName, Buffer> | undefined;
function fonts(): Record<FontName, Buffer> {
  fontData ??= { regular: readFileSync(FONT_FILES.regular), bold: readFileSync(FONT_FILES.bold) };
  return fontData;
}

const TEXTS = {
  ru: {
    generated: (date: string, time: string) => `Сформировано ${date} в ${time}`,
    page: (n: number) => `Страница ${n}`,
    of: (total: number) => `из ${total}`,
    empty: 'Нет записей',
  },
  en: {
    generated: (date: string, time: string) => `Generated on ${date} at ${time}`,
    page: (n: number) => `Page ${n}`,
    of: (total: number) => `of ${total}`,
    empty: 'No records',
  },
} as const;

// Points (1/72 in). A4 is 595.28 × 841.89.
const A4 = { short: 595.28, long: 841.89 } as const;
/**
 * More columns than this go on a landscape page: in portrait, seven or more columns leave a date or a sum narrower
 * than its own digits, and the cell would break `27.11.2026` across two lines.
 */
const PORTRAIT_MAX_COLUMNS = 6;
const MARGIN = 40;
const FOOTER_BASELINE = 24; // from the bottom edge
const CONTENT_BOTTOM = 44; // from the bottom edge: the table stops above the footer
const CELL_PAD_X = 4;
const CELL_PAD_Y = 3;
const SIZE = { title: 15, line: 9.5, generated: 8.5, cell: 8.5, footer: 8 } as const;
const COLOR = { text: '#1f2328', muted: '#5b6270', rule: '#c9ced6', headerFill: '#eef1f5' } as const;
const PAGE_TOTAL_XOBJECT = 'GosPageTotal';

function landscape(table: ExportTable): boolean {
  return table.columns.length > PORTRAIT_MAX_COLUMNS;
}

/**
 * PT Sans has no narrow or thin no-break space, which some `Intl` locales put between digit groups; a no-break space
 * looks the same there and keeps a sum on one line.
 */
function printable(text: string): string {
  return text.replace(/[\u2007\u2008\u2009\u202f]/g, '\u00a0');
}

/** The pdfkit internals the page total needs (see {@link PageTotal}); not in its typings, pinned by the version. */
interface PdfkitFont {
  readonly id: string;
  encode(text: string): [readonly string[], unknown];
  ref(): PDFKit.PDFKitReference;
}

/**
 * «из M» on every page without keeping pages in memory (pdfkit's `bufferPages` would hold all of them until the
 * end). Each page paints one shared form XObject right after «Страница N»; the XObject's content is written only
 * when the last page is known. PDF objects may be written in any order, so the pages that already went out point
 * at it by number. This is how iText prints "page X of Y" in streamed documents.
 */
class PageTotal {
  readonly #doc: PDFKit.PDFDocument;
  readonly #font: PdfkitFont;
  readonly #size: number;
  readonly #data: { Type: string; Subtype: string; BBox: number[]; Resources: { Font: Record<string, unknown> } };
  readonly #ref: PDFKit.PDFKitReference;

  /** Call with the footer font selected: the XObject uses it. */
  constructor(doc: PDFKit.PDFDocument, size: number) {
    this.#doc = doc;
    this.#font = (doc as unknown as { _font: PdfkitFont })._font;
    this.#size = size;
    this.#data = {
      Type: 'XObject',
      Subtype: 'Form',
      BBox: [0, 0, 0, 0],
      Resources: { Font: { [this.#font.id]: this.#font.ref() } },
    };
    // pdfkit keeps this very object as the dictionary, so the BBox set in end() is what gets written.
    this.#ref = doc.ref(this.#data);
  }

  /** Paints the total with its baseline at (x, y) of the current page (pdfkit's top-down coordinates). */
  place(x: number, y: number): void {
    (this.#doc.page.xobjects as Record<string, unknown>)[PAGE_TOTAL_XOBJECT] = this.#ref;
    // pdfkit's page space runs top-down; the XObject is drawn in PDF's own bottom-up space, upright.
    this.#doc.addContent(`q 1 0 0 -1 ${round(x)} ${round(y)} cm /${PAGE_TOTAL_XOBJECT} Do Q`);
  }

  end(text: string): void {
    const [glyphs] = this.#font.encode(printable(text));
    const width = this.#doc.font('regular').fontSize(this.#size).widthOfString(text);
    this.#data.BBox = [0, -this.#size, round(width + 1), this.#size * 1.5];
    this.#ref.end(`BT /${this.#font.id} ${this.#size} Tf [<${glyphs.join('')}>] TJ ET`);
  }
}

/**
 * pdfkit keeps the shaped layout of every distinct word for the document's lifetime: on 10,000 rows of dates, sums
 * and decision numbers the heap grows by about 3 KB a row. Turning the cache off costs four times the time (every
 * cell is shaped three times), so it is emptied at each new page instead: memory stays flat, and the words that
 * repeat on a page (kinds, statuses) are still shaped once per page.
 */
function forgetWordLayouts(doc: PDFKit.PDFDocument): void {
  const fonts = (doc as unknown as { _fontFamilies?: Record<string, { layoutCache?: object }> })._fontFamilies ?? {};
  for (const font of Object.values(fonts)) if (font.layoutCache) font.layoutCache = Object.create(null) as object;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * The statement as a stream of PDF bytes. Pipe it to the response (see `pipeChunks`); destroying it (the client
 * went away) stops the layout and closes the row source.
 */
export function pdfStream(table: ExportTable, options: PdfOptions): Readable {
  const locale = options.locale ?? 'ru';
  const texts = TEXTS[locale];
  const doc = new PDFDocument({
    size: 'A4',
    layout: landscape(table) ? 'landscape' : 'portrait',
    // The bottom margin only matters to pdfkit's automatic page breaks, which this layout never lets happen (see
    // Layout.#text); kept below the footer so that drawing the footer cannot trigger one.
    margins: { top: MARGIN, left: MARGIN, right: MARGIN, bottom: FOOTER_BASELINE - 6 },
    autoFirstPage: false,
    bufferPages: false,
    lang: locale === 'ru' ? 'ru-RU' : 'en-GB',
    displayTitle: true,
    info: {
      Title: table.title,
      Author: 'gos-elements',
      Creator: 'gos-elements mock backend',
      CreationDate: options.generatedAt,
    },
  });
  const { regular, bold } = fonts();
  doc.registerFont('regular', regular);
  doc.registerFont('bold', bold);

  let demand = true;
  let cancelled = false;
  let wake: (() => void) | undefined;
  const resume = () => {
    const next = wake;
    wake = undefined;
    next?.();
  };
  const output = new Readable({
    read() {
      demand = true;
      resume();
    },
    destroy(error, callback) {
      cancelled = true;
      resume();
      callback(error);
    },
  });
  doc.on('data', (chunk: Buffer) => {
    if (!output.push(chunk)) demand = false;
  });
  doc.on('end', () => output.push(null));

  const layout = new Layout(doc, table, texts, options);
  const waitForReader = async () => {
    // Lets pdfkit's own stream hand the finished page to `output` and the socket take it (a synchronous row source
    // would otherwise keep this loop in microtasks), and gives other requests their turn on a long export.
    await new Promise<void>((done) => setImmediate(done));
    if (!demand && !cancelled) await new Promise<void>((done) => (wake = done));
  };

  void (async () => {
    layout.start();
    let rows = 0;
    for await (const row of table.rows) {
      if (layout.row(fitRow(row, table.columns.length))) await waitForReader();
      // Checked before the next pull: a reader that left gets no more rows taken from the source on its behalf.
      if (cancelled) return;
      rows += 1;
    }
    if (cancelled) return;
    if (rows === 0) layout.empty();
    layout.totals();
    layout.end();
  })().catch((error: unknown) => output.destroy(error instanceof Error ? error : new Error(String(error))));

  return output;
}

type Texts = (typeof TEXTS)[keyof typeof TEXTS];

interface PlacedColumn {
  readonly x: number;
  readonly width: number;
  readonly column: ExportColumn;
}

/** Places everything on the pages; knows nothing about streams. */
class Layout {
  readonly #doc: PDFKit.PDFDocument;
  readonly #table: ExportTable;
  readonly #texts: Texts;
  readonly #generated: string;
  readonly #left = MARGIN;
  readonly #columns: readonly PlacedColumn[];
  readonly #right: number;
  #pageTotal: PageTotal | undefined;
  #headerHeight = 0;
  #font: FontName = 'regular';
  #size: number = SIZE.cell;
  readonly #advances: Record<FontName, Map<string, number>> = { regular: new Map(), bold: new Map() };
  #page = 0;
  #y = 0;

  constructor(doc: PDFKit.PDFDocument, table: ExportTable, texts: Texts, options: PdfOptions) {
    this.#doc = doc;
    this.#table = table;
    this.#texts = texts;
    this.#generated = generatedText(texts, options);
    // The page's width minus margins; the page object does not exist yet.
    const contentWidth = (landscape(table) ? A4.long : A4.short) - 2 * MARGIN;
    this.#right = this.#left + contentWidth;
    const shares = table.columns.map((column) => Math.max(column.width ?? 1, 0.01));
    const sum = shares.reduce((a, b) => a + b, 0);
    let x = this.#left;
    this.#columns = table.columns.map((column, index) => {
      const width = (contentWidth * shares[index]) / sum;
      const placed = { x, width, column };
      x += width;
      return placed;
    });
  }

  get #bottom(): number {
    return this.#doc.page.height - CONTENT_BOTTOM;
  }

  start(): void {
    this.#newPage();
    const width = this.#right - this.#left;
    this.#use('bold', SIZE.title).fillColor(COLOR.text);
    this.#y = this.#text(this.#table.title, this.#left, this.#y, width) + 4;
    this.#use('regular', SIZE.line);
    for (const line of this.#table.lines) this.#y = this.#text(line, this.#left, this.#y, width) + 1;
    this.#use('regular', SIZE.generated).fillColor(COLOR.muted);
    this.#y = this.#text(this.#generated, this.#left, this.#y + 2, width) + 10;
    this.#use('bold', SIZE.cell);
    this.#headerHeight =
      Math.max(...this.#columns.map(({ column, width }) => this.#measure(column.title, width - 2 * CELL_PAD_X))) +
      2 * CELL_PAD_Y;
    this.#header();
  }

  /** Lays out one row; true when it started a new page, the moment to let the reader catch up. */
  row(cells: readonly string[]): boolean {
    const doc = this.#doc;
    this.#use('regular', SIZE.cell);
    const pageRoom = this.#bottom - MARGIN - this.#headerHeight;
    const height = Math.min(this.#rowHeight(cells), pageRoom);
    let turned = false;
    if (this.#y + height > this.#bottom) {
      this.#newPage();
      this.#header();
      this.#use('regular', SIZE.cell);
      turned = true;
    }
    doc.fillColor(COLOR.text);
    this.#cells(cells, height);
    this.#rule(this.#y + height, 0.5);
    this.#y += height;
    return turned;
  }

  empty(): void {
    this.#use('regular', SIZE.cell).fillColor(COLOR.muted);
    const width = this.#right - this.#left - 2 * CELL_PAD_X;
    this.#y = this.#text(this.#texts.empty, this.#left + CELL_PAD_X, this.#y + CELL_PAD_Y, width);
  }

  /** The totals stay together, on a new page if they do not fit under the table. */
  totals(): void {
    const totals = this.#table.totals;
    if (totals.length === 0) return;
    const doc = this.#doc;
    this.#use('bold', SIZE.cell);
    const at = totalsColumnIndex(this.#table.columns);
    const valueColumn = this.#columns[at] as PlacedColumn | undefined;
    const valueLeft = valueColumn?.x ?? this.#left + (this.#right - this.#left) * 0.6;
    const valueWidth = valueColumn?.width ?? this.#right - valueLeft;
    const labelWidth = valueLeft - this.#left - CELL_PAD_X;
    const heights = totals.map(([label]) => this.#measure(label, labelWidth - CELL_PAD_X) + 2 * CELL_PAD_Y);
    const needed = heights.reduce((a, b) => a + b, 0) + 6;
    if (this.#y + needed > this.#bottom) {
      this.#newPage();
      this.#use('bold', SIZE.cell);
    }
    this.#y += 6;
    this.#rule(this.#y, 1);
    doc.fillColor(COLOR.text);
    totals.forEach(([label, value], index) => {
      const top = this.#y + CELL_PAD_Y;
      this.#text(label, this.#left + CELL_PAD_X, top, labelWidth - CELL_PAD_X);
      this.#text(value, valueLeft + CELL_PAD_X, top, valueWidth - 2 * CELL_PAD_X, 'right');
      this.#y += heights[index];
    });
  }

  end(): void {
    this.#footer();
    this.#pageTotal?.end(this.#texts.of(this.#page));
    this.#doc.end();
  }

  #newPage(): void {
    if (this.#page > 0) this.#footer();
    this.#doc.addPage();
    forgetWordLayouts(this.#doc);
    this.#page += 1;
    this.#y = MARGIN;
  }

  /**
   * Drawn when the page is done, so that it comes last in the reading order of text extraction and screen readers;
   * the page's number is known by then, the page count only at the very end (see {@link PageTotal}).
   */
  #footer(): void {
    const doc = this.#doc;
    this.#use('regular', SIZE.footer).fillColor(COLOR.muted);
    this.#pageTotal ??= new PageTotal(doc, SIZE.footer);
    const baseline = doc.page.height - FOOTER_BASELINE;
    const label = printable(`${this.#texts.page(this.#page)} `);
    doc.text(label, this.#left, baseline, { lineBreak: false, baseline: 'alphabetic' });
    this.#pageTotal.place(this.#left + doc.widthOfString(label), baseline);
    const right = printable(`${this.#table.title} · ${this.#generated}`);
    const rightWidth = (this.#right - this.#left) * 0.6;
    doc.text(right, this.#right - rightWidth, baseline, {
      width: rightWidth,
      align: 'right',
      lineBreak: false,
      ellipsis: true,
      height: SIZE.footer * 1.5,
      baseline: 'alphabetic',
    });
  }

  /** The column titles, repeated at the top of every page the table runs onto. */
  #header(): void {
    const doc = this.#doc;
    const height = this.#headerHeight;
    doc.rect(this.#left, this.#y, this.#right - this.#left, height).fill(COLOR.headerFill);
    this.#use('bold', SIZE.cell).fillColor(COLOR.text);
    this.#cells(
      this.#columns.map(({ column }) => column.title),
      height,
    );
    this.#rule(this.#y + height, 1);
    this.#y += height;
  }

  #rowHeight(cells: readonly string[]): number {
    const heights = this.#columns.map(({ width }, index) => this.#measure(cells[index], width - 2 * CELL_PAD_X));
    return Math.max(...heights) + 2 * CELL_PAD_Y;
  }

  /** Height of `text` wrapped to `width` in the current font; a full layout only when it cannot fit on one line. */
  #measure(text: string, width: number): number {
    const doc = this.#doc;
    if (this.#fitsOnOneLine(text, width)) return doc.currentLineHeight(true);
    return doc.heightOfString(printable(text), { width });
  }

  /**
   * Most cells are one short line; telling so from cached advance widths spares pdfkit's shaping and line
   * wrapping, which would otherwise take most of the time of a long export. Kerning moves a pair of PT Sans glyphs
   * by at most 0.07 em, so a text whose plain advances leave a tenth of the room free fits for sure; one closer to
   * the edge is measured properly.
   */
  #fitsOnOneLine(text: string, width: number): boolean {
    if (text.includes('\n')) return false;
    const rough = this.#roughWidth(text);
    if (rough <= width * 0.9) return true;
    return rough <= width * 1.2 && this.#doc.widthOfString(printable(text)) <= width;
  }

  #roughWidth(text: string): number {
    const doc = this.#doc;
    const advances = this.#advances[this.#font];
    let width = 0;
    for (const char of printable(text)) {
      let advance = advances.get(char);
      if (advance === undefined) {
        advance = doc.fontSize(1000).widthOfString(char) / 1000;
        doc.fontSize(this.#size);
        advances.set(char, advance);
      }
      width += advance;
    }
    return width * this.#size;
  }

  /** Selects the font; the rough widths need to know which one is current. */
  #use(font: FontName, size: number): PDFKit.PDFDocument {
    this.#font = font;
    this.#size = size;
    return this.#doc.font(font).fontSize(size);
  }

  #cells(cells: readonly string[], height: number): void {
    const doc = this.#doc;
    const top = this.#y + CELL_PAD_Y;
    this.#columns.forEach(({ x, width, column }, index) => {
      const text = cells[index];
      if (text === '') return;
      const room = width - 2 * CELL_PAD_X;
      if (!this.#fitsOnOneLine(text, room)) {
        this.#text(text, x + CELL_PAD_X, top, room, column.align, height);
        return;
      }
      // One line: drawn without pdfkit's line wrapper, which would measure every word again.
      const printed = printable(text);
      const left = column.align === 'right' ? x + width - CELL_PAD_X - doc.widthOfString(printed) : x + CELL_PAD_X;
      doc.text(printed, left, top, { lineBreak: false });
    });
  }

  /**
   * Writes wrapped text and returns where it ended. A height is always given: without one pdfkit starts a new page
   * by itself when text reaches the bottom margin, behind this layout's back. A cell taller than a page is cut
   * with an ellipsis rather than split.
   */
  #text(text: string, x: number, y: number, width: number, align: 'left' | 'right' = 'left', height?: number): number {
    const doc = this.#doc;
    const printed = printable(text);
    const room = height === undefined ? this.#bottom - y : height - 2 * CELL_PAD_Y + 1;
    doc.text(printed, x, y, { width, align, height: Math.max(room, doc.currentLineHeight(true)), ellipsis: true });
    return doc.y;
  }

  #rule(y: number, lineWidth: number): void {
    this.#doc.moveTo(this.#left, y).lineTo(this.#right, y).lineWidth(lineWidth).strokeColor(COLOR.rule).stroke();
  }
}

function generatedText(texts: Texts, options: PdfOptions): string {
  const timeZone = options.timeZone ?? 'Europe/Moscow';
  // Day, month and time as digits in both languages («06.12.2026», «09:14»): unambiguous, as in a bank statement.
  const date = new Intl.DateTimeFormat('ru-RU', { timeZone, day: '2-digit', month: '2-digit', year: 'numeric' });
  const time = new Intl.DateTimeFormat('ru-RU', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  return texts.generated(date.format(options.generatedAt), time.format(options.generatedAt));
}
