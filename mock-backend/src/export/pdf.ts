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
/** The most output held back to be sent as one chunk (a page is usually a few KB). */
const OUTPUT_CHUNK = 64 * 1024;

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

/**
 * The pdfkit internals the page total (see {@link PageTotal}) and the table's own text drawing (see {@link Layout})
 * need; not in its typings, pinned by the version.
 */
interface PdfkitFont {
  readonly id: string;
  /** In thousandths of the font size. */
  readonly ascender: number;
  /**
   * Shapes `text` (kerning included) and adds its glyphs to the embedded subset: the glyphs as 4-digit hex codes in
   * the subset, and where each one goes, in thousandths of the font size.
   */
  encode(text: string): GlyphRun;
  lineHeight(size: number, includeGap?: boolean): number;
  ref(): PDFKit.PDFKitReference;
}

/** Glyph codes and their positions, as pdfkit's `encode` gives them. */
type GlyphRun = readonly [codes: readonly string[], positions: readonly GlyphPosition[]];

interface GlyphPosition {
  readonly xAdvance: number;
  readonly advanceWidth: number;
  readonly xOffset: number;
  readonly yOffset: number;
}

/** pdfkit's text engine, for its line wrapping alone (see {@link Layout.#wrap}). */
interface PdfkitText {
  x: number;
  y: number;
  _text(
    text: string,
    x: number,
    y: number,
    options: PDFKit.Mixins.TextOptions,
    lineCallback: (line: string) => void,
  ): unknown;
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
 * and decision numbers the heap would grow by about 3 KB a row. The table keeps its own, bounded caches (see
 * {@link Layout}), so pdfkit's is only used while a text is first laid out; it is emptied at each new page, which
 * keeps memory flat.
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
  // pdfkit writes every token of the file as a chunk of its own, about a hundred a page; the reader gets them
  // gathered, a page at a time.
  let gathered: Buffer[] = [];
  let gatheredBytes = 0;
  const flush = () => {
    if (gatheredBytes === 0) return;
    const chunk = Buffer.concat(gathered, gatheredBytes);
    gathered = [];
    gatheredBytes = 0;
    if (!output.push(chunk)) demand = false;
  };
  doc.on('data', (chunk: Buffer) => {
    gathered.push(chunk);
    gatheredBytes += chunk.length;
    if (gatheredBytes >= OUTPUT_CHUNK) flush();
  });
  doc.on('end', () => {
    flush();
    output.push(null);
  });

  const layout = new Layout(doc, table, texts, options);
  const waitForReader = async () => {
    // Lets pdfkit's own stream hand the finished page to `output` and the socket take it (a synchronous row source
    // would otherwise keep this loop in microtasks), and gives other requests their turn on a long export.
    await new Promise<void>((done) => setImmediate(done));
    flush();
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

/** A text in one font, size and width: its lines as pdfkit's line wrapper breaks them. */
interface Block {
  readonly lines: readonly string[];
  /** Shaped the first time the block is drawn: measuring a row needs only the count of lines. */
  shaped?: readonly ShapedLine[];
}

interface ShapedLine {
  /**
   * The operand of `TJ`: the glyphs (see {@link glyphCode}) with the kerning between them, as pdfkit sets it.
   * Undefined for a line with a glyph moved off its place (a combining mark), which pdfkit draws itself.
   */
  readonly glyphs: string | undefined;
  /** In points, trailing spaces included. */
  readonly width: number;
  /** Without trailing spaces: what right alignment aligns, as in pdfkit. */
  readonly trimmedWidth: number;
}

/**
 * Cells laid out and shaped are kept across rows and pages, up to this many per font and width (a column): a
 * statement repeats a handful of kinds, payers, bases and statuses on every row. A column that reaches it (sums and
 * dates, mostly seen once) starts over, so that memory stays flat.
 */
const BLOCK_CACHE_SIZE = 1_000;

/**
 * Places everything on the pages; knows nothing about streams.
 *
 * The table is drawn by this class rather than by pdfkit's `text()`, which on every cell wraps the text again,
 * shapes each of its words (OpenType layout) and writes eight operators as eight buffers: on 10,000 rows of nine
 * cells that took most of a long export. Here a cell's text is broken into lines by pdfkit's own line wrapper and
 * shaped by its font once per distinct text, font and width (see {@link Block}; sums and dates by
 * {@link FigureShaper}); the rows of a page go to it as one text object and one path of rules: the same glyphs,
 * kerning and positions as pdfkit's, in fewer bytes. The title block, the totals and a cell cut short at the foot of
 * a page are still drawn by pdfkit.
 */
class Layout {
  readonly #doc: PDFKit.PDFDocument;
  readonly #table: ExportTable;
  readonly #texts: Texts;
  readonly #generated: string;
  readonly #left = MARGIN;
  readonly #columns: readonly PlacedColumn[];
  readonly #right: number;
  readonly #faces: Record<FontName, PdfkitFont>;
  readonly #figures: Record<FontName, FigureShaper>;
  readonly #words: Record<FontName, Map<string, GlyphRun>>;
  /** The blocks of the current font and size (see {@link #use}), by width and text. */
  #blocks = new Map<number, Map<string, Block>>();
  readonly #blocksByFont = new Map<string, Map<number, Map<string, Block>>>();
  #pageTotal: PageTotal | undefined;
  #headerHeight = 0;
  #font: FontName = 'regular';
  #size = 0; // none selected yet: see #use
  #page = 0;
  #y = 0;
  /** Text operators not yet handed to pdfkit (see {@link #flush}). */
  #pending: string[] = [];
  /** The `Tf` in effect in the pending text object; empty when none is open. */
  #pendingFont = '';
  /** The fill colour in effect in the pending text object. */
  #pendingColor = '';
  /** Rules not yet handed to pdfkit (a path for each line width), and the width of the last. */
  #rules: string[] = [];
  #rulesWidth = 0;
  /** Where the last line of the pending text object starts, in PDF's bottom-up space. */
  #lineX = 0;
  #lineY = 0;

  constructor(doc: PDFKit.PDFDocument, table: ExportTable, texts: Texts, options: PdfOptions) {
    this.#doc = doc;
    this.#table = table;
    this.#texts = texts;
    this.#generated = generatedText(texts, options);
    const face = (name: FontName) => (doc.font(name) as unknown as { _font: PdfkitFont })._font;
    this.#faces = { regular: face('regular'), bold: face('bold') };
    this.#figures = { regular: new FigureShaper(this.#faces.regular), bold: new FigureShaper(this.#faces.bold) };
    this.#words = { regular: new Map(), bold: new Map() };
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

  get #lineHeight(): number {
    return this.#faces[this.#font].lineHeight(this.#size, true);
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
    this.#use('regular', SIZE.cell);
    const blocks = this.#blocksOf(cells);
    const pageRoom = this.#bottom - MARGIN - this.#headerHeight;
    const lines = Math.max(...blocks.map((block) => block.lines.length));
    const height = Math.min(lines * this.#lineHeight + 2 * CELL_PAD_Y, pageRoom);
    let turned = false;
    if (this.#y + height > this.#bottom) {
      this.#newPage();
      this.#header();
      this.#use('regular', SIZE.cell);
      turned = true;
    }
    this.#cells(cells, blocks, height);
    this.#rule(this.#y + height, 0.5);
    this.#y += height;
    return turned;
  }

  empty(): void {
    this.#flush();
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
    this.#flush();
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
    this.#flush();
    this.#use('regular', SIZE.footer).fillColor(COLOR.muted);
    this.#pageTotal ??= new PageTotal(doc, SIZE.footer);
    const baseline = doc.page.height - FOOTER_BASELINE;
    const label = printable(`${this.#texts.page(this.#page)} `);
    const shaped = this.#shape(label);
    this.#glyphs(shaped, label, this.#left, baseline, COLOR.muted);
    this.#flush();
    this.#pageTotal.place(this.#left + shaped.width, baseline);
    const right = `${this.#table.title} · ${this.#generated}`;
    const rightWidth = (this.#right - this.#left) * 0.6;
    const block = this.#block(right, rightWidth);
    if (block.lines.length === 1) {
      const shaped = this.#shaped(block, 0);
      this.#glyphs(shaped, block.lines[0], this.#right - shaped.trimmedWidth, baseline, COLOR.muted);
      this.#flush();
      return;
    }
    doc.text(printable(right), this.#right - rightWidth, baseline, {
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
    this.#flush();
    doc.rect(this.#left, this.#y, this.#right - this.#left, height).fill(COLOR.headerFill);
    this.#use('bold', SIZE.cell);
    const titles = this.#columns.map(({ column }) => column.title);
    this.#cells(titles, this.#blocksOf(titles), height);
    this.#rule(this.#y + height, 1);
    this.#y += height;
  }

  #blocksOf(cells: readonly string[]): Block[] {
    return this.#columns.map(({ width }, index) => this.#block(cells[index], width - 2 * CELL_PAD_X));
  }

  /** Height of `text` wrapped to `width` in the current font. */
  #measure(text: string, width: number): number {
    return this.#block(text, width).lines.length * this.#lineHeight;
  }

  /** `text` broken into lines to fit `width` in the current font (see {@link BLOCK_CACHE_SIZE}). */
  #block(text: string, width: number): Block {
    let blocks = this.#blocks.get(width);
    if (!blocks) this.#blocks.set(width, (blocks = new Map()));
    let block = blocks.get(text);
    if (!block) {
      block = this.#wrap(printable(text), width);
      if (blocks.size >= BLOCK_CACHE_SIZE) blocks.clear();
      blocks.set(text, block);
    }
    return block;
  }

  /**
   * Most cells are one line; a text that does not fit is broken by pdfkit's line wrapper (word boundaries as
   * Unicode defines them, a word longer than the line cut), the lines collected instead of drawn.
   */
  #wrap(text: string, width: number): Block {
    if (!text.includes('\n')) {
      const shaped = this.#shape(text);
      if (shaped.width <= width) return { lines: [text], shaped: [shaped] };
    }
    const doc = this.#doc as unknown as PdfkitText;
    const { x, y } = doc;
    const lineHeight = this.#lineHeight;
    const lines: string[] = [];
    doc._text(text, x, y, { width, height: Infinity }, (line) => {
      lines.push(line.replace(/\n/g, ''));
      doc.y += lineHeight;
    });
    doc.x = x;
    doc.y = y;
    return { lines };
  }

  /** A line of text shaped in the current font, ready to draw. */
  #shape(text: string): ShapedLine {
    const [glyphs, positions] = this.#run(text);
    let operand = '';
    let run = '';
    let advance = 0;
    let placed = true;
    for (let i = 0; i < glyphs.length; i += 1) {
      const { xAdvance, advanceWidth, xOffset, yOffset } = positions[i];
      if (xOffset !== 0 || yOffset !== 0) placed = false;
      run += glyphCode(glyphs[i]);
      advance += xAdvance;
      if (xAdvance !== advanceWidth) {
        operand += `(${run}) ${round(advanceWidth - xAdvance)} `;
        run = '';
      }
    }
    if (run !== '') operand += `(${run})`;
    const trimmed = text.trimEnd();
    return {
      glyphs: placed ? `[${operand.trimEnd()}]` : undefined,
      width: (advance * this.#size) / 1000,
      trimmedWidth: trimmed === text ? (advance * this.#size) / 1000 : this.#width(trimmed),
    };
  }

  /** Width of `text` in the current font, as pdfkit's `widthOfString`. */
  #width(text: string): number {
    let advance = 0;
    for (const { xAdvance } of this.#run(text)[1]) advance += xAdvance;
    return (advance * this.#size) / 1000;
  }

  /**
   * `text` shaped in the current font as pdfkit's `encode` shapes it — word by word, a word ending after a space —
   * its glyphs added to the embedded subset. Words in letters are kept (see {@link WORD_CACHE_SIZE}); figures are
   * shaped without OpenType layout (see {@link FigureShaper}).
   */
  #run(text: string): GlyphRun {
    const face = this.#faces[this.#font];
    const figures = this.#figures[this.#font];
    const words = this.#words[this.#font];
    const glyphs: string[] = [];
    const positions: GlyphPosition[] = [];
    for (const [word] of text.matchAll(WORDS)) {
      let run: GlyphRun | undefined = FIGURES.test(word) ? figures.shape(word) : undefined;
      if (!run) {
        run = words.get(word);
        if (!run) {
          run = face.encode(word);
          if (words.size >= WORD_CACHE_SIZE) words.clear();
          words.set(word, run);
        }
      }
      glyphs.push(...run[0]);
      positions.push(...run[1]);
    }
    return [glyphs, positions];
  }

  /** Selects the font; the blocks and the direct drawing need to know which one is current. */
  #use(font: FontName, size: number): PDFKit.PDFDocument {
    if (font !== this.#font || size !== this.#size) {
      this.#font = font;
      this.#size = size;
      const key = `${font} ${size}`;
      let blocks = this.#blocksByFont.get(key);
      if (!blocks) this.#blocksByFont.set(key, (blocks = new Map()));
      this.#blocks = blocks;
    }
    return this.#doc.font(font).fontSize(size);
  }

  #cells(cells: readonly string[], blocks: readonly Block[], height: number): void {
    const top = this.#y + CELL_PAD_Y;
    const lineHeight = this.#lineHeight;
    const ascent = (this.#faces[this.#font].ascender / 1000) * this.#size;
    this.#columns.forEach(({ x, width, column }, index) => {
      const block = blocks[index];
      const room = width - 2 * CELL_PAD_X;
      const left = x + CELL_PAD_X;
      if (block.lines.length * lineHeight > height - 2 * CELL_PAD_Y + 1) {
        // Taller than the page: pdfkit cuts it with an ellipsis.
        this.#flush();
        this.#doc.fillColor(COLOR.text);
        this.#text(cells[index], left, top, room, column.align, height);
        return;
      }
      block.lines.forEach((line, at) => {
        if (line === '') return;
        const shaped = this.#shaped(block, at);
        const lineLeft = column.align === 'right' ? left + room - shaped.trimmedWidth : left;
        this.#glyphs(shaped, line, lineLeft, top + at * lineHeight + ascent, COLOR.text);
      });
    });
  }

  /** The line `at` of `block`, shaped (in the block's font, which is the current one). */
  #shaped(block: Block, at: number): ShapedLine {
    block.shaped ??= block.lines.map((line) => this.#shape(line));
    return block.shaped[at];
  }

  /** Draws a shaped line in the current font with its baseline at `baseline`; pending until {@link #flush}. */
  #glyphs(line: ShapedLine, text: string, x: number, baseline: number, color: string): void {
    const doc = this.#doc;
    if (line.glyphs === undefined) {
      this.#flush();
      doc.fillColor(color).text(text, x, baseline, { lineBreak: false, baseline: 'alphabetic' });
      return;
    }
    const face = this.#faces[this.#font];
    const pending = this.#pending;
    if (this.#pendingFont === '') {
      // pdfkit's page space runs top-down; text is set in PDF's own bottom-up space, as pdfkit's text() does.
      pending.push(`q\n1 0 0 -1 0 ${round(doc.page.height)} cm\nBT`);
      this.#pendingColor = '';
      this.#lineX = 0;
      this.#lineY = 0;
    }
    if (color !== this.#pendingColor) {
      pending.push(`${rgb(color)} rg`);
      this.#pendingColor = color;
    }
    const font = `/${face.id} ${this.#size} Tf`;
    if (font !== this.#pendingFont) {
      pending.push(font);
      this.#pendingFont = font;
      (doc.page.fonts as Record<string, unknown>)[face.id] ??= face.ref();
    }
    // Each line is placed relative to the one before (`Td`), from positions rounded once: no error adds up.
    const lineX = round(x);
    const lineY = round(doc.page.height - baseline);
    pending.push(`${round(lineX - this.#lineX)} ${round(lineY - this.#lineY)} Td`, `${line.glyphs} TJ`);
    this.#lineX = lineX;
    this.#lineY = lineY;
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

  /** A rule across the table; pending, with the page's other rules, until {@link #flush}. */
  #rule(y: number, lineWidth: number): void {
    const at = round(y);
    const rules = this.#rules;
    if (lineWidth !== this.#rulesWidth) {
      if (rules.length > 0) rules.push('S');
      rules.push(`${lineWidth} w`);
      this.#rulesWidth = lineWidth;
    }
    rules.push(`${this.#left} ${at} m ${round(this.#right)} ${at} l`);
  }

  /**
   * Hands the pending operators to the page, as one buffer: the text since the last flush as one text object (a
   * page of rows, usually), then the rules, which nothing overlaps.
   */
  #flush(): void {
    const pending = this.#pending;
    if (this.#pendingFont !== '') pending.push('ET\nQ');
    this.#pendingFont = '';
    if (this.#rules.length > 0) {
      pending.push(`q\n${rgb(COLOR.rule)} RG`, ...this.#rules, 'S\nQ');
      this.#rules = [];
      this.#rulesWidth = 0;
    }
    if (pending.length === 0) return;
    pending.push('');
    this.#doc.addContent(Buffer.from(pending.join('\n'), 'latin1'));
    this.#pending = [];
  }
}

/** The words pdfkit lays out one by one: a word ends after a space or a tab. */
const WORDS = /[^ \t]*[ \t]|[^ \t]+/g;
/** Shaped words kept per face, at most: more start the count over. */
const WORD_CACHE_SIZE = 2_000;
/** Text in no particular script: digits, punctuation, spaces, signs — the sums and dates of a statement. */
const FIGURES = /^\p{Script=Common}*$/u;
/** Pairs of characters kept per face at most; more (which a statement never has) start the count over. */
const FIGURE_PAIRS = 10_000;

/**
 * Shapes {@link FIGURES} as pdfkit does, glyph by glyph, without running OpenType layout on each distinct text:
 * nearly every cell that is not repeated is a sum or a date, and laying out ten thousand of them took a good part of
 * an export. PT Sans changes such text only pair by pair — kerning (GPOS pair adjustments), the `fi`/`fl` ligatures,
 * a composition rule for the glyph before a combining accent — so the glyphs of each character and the kerning of
 * each pair, taken from pdfkit's own layout of that character and that pair, give the layout of the whole text. A
 * character or pair that layout changes in any other way (a substitution, a glyph moved off its place) is not
 * modelled: the text is left to the full layout. pdfkit lays out the words of a text separately, so a pair ending in
 * a space gets its kerning and a pair starting with one gets none, here as there.
 */
class FigureShaper {
  readonly #face: PdfkitFont;
  readonly #glyphs = new Map<string, { readonly code: string; readonly advance: number } | null>();
  readonly #kerning = new Map<string, number | null>();

  constructor(face: PdfkitFont) {
    this.#face = face;
  }

  /** pdfkit's `encode(text)`, or undefined when the text is not one this shaper models. */
  shape(text: string): GlyphRun | undefined {
    const codes: string[] = [];
    const positions: GlyphPosition[] = [];
    let previous = '';
    for (const char of text) {
      const glyph = this.#glyph(char);
      if (!glyph) return undefined;
      if (previous !== '') {
        const kerning = this.#kern(previous, char);
        if (kerning === null) return undefined;
        if (kerning !== 0) {
          const last = positions[positions.length - 1];
          positions[positions.length - 1] = { ...last, xAdvance: last.xAdvance + kerning };
        }
      }
      codes.push(glyph.code);
      positions.push({ xAdvance: glyph.advance, advanceWidth: glyph.advance, xOffset: 0, yOffset: 0 });
      previous = char;
    }
    return [codes, positions];
  }

  #glyph(char: string): { readonly code: string; readonly advance: number } | null {
    let glyph = this.#glyphs.get(char);
    if (glyph === undefined) {
      const [codes, [position]] = this.#face.encode(char);
      glyph =
        codes.length === 1 && unmoved(position) && position.xAdvance === position.advanceWidth
          ? { code: codes[0], advance: position.xAdvance }
          : null;
      this.#glyphs.set(char, glyph);
    }
    return glyph;
  }

  /** What the layout of the pair adds to the first glyph's advance; null when it does more than that. */
  #kern(first: string, second: string): number | null {
    const pair = first + second;
    let kerning = this.#kerning.get(pair);
    if (kerning === undefined) {
      const [codes, positions] = this.#face.encode(pair);
      const [a, b] = [this.#glyph(first), this.#glyph(second)];
      kerning =
        a &&
        b &&
        codes.length === 2 &&
        codes[0] === a.code &&
        codes[1] === b.code &&
        positions.every(unmoved) &&
        positions[1].xAdvance === b.advance
          ? positions[0].xAdvance - a.advance
          : null;
      if (this.#kerning.size >= FIGURE_PAIRS) this.#kerning.clear();
      this.#kerning.set(pair, kerning);
    }
    return kerning;
  }
}

function unmoved(position: GlyphPosition | undefined): boolean {
  return position !== undefined && position.xOffset === 0 && position.yOffset === 0;
}

/**
 * A glyph's code (pdfkit gives it as four hex digits) as the two bytes of a literal string, half the size of hex:
 * the content streams are mostly glyph codes, and compressing them is a good part of an export's time. The bytes a
 * literal string cannot hold as they are (parentheses, backslash, line ends) are escaped.
 */
function glyphCode(hex: string): string {
  const code = parseInt(hex, 16);
  return literalByte(code >> 8) + literalByte(code & 0xff);
}

const LITERAL_ESCAPES: Readonly<Record<number, string>> = {
  0x0a: '\\n',
  0x0d: '\\r',
  0x28: '\\(',
  0x29: '\\)',
  0x5c: '\\\\',
};
function literalByte(byte: number): string {
  return LITERAL_ESCAPES[byte] ?? String.fromCharCode(byte);
}

const rgbs = new Map<string, string>();
/** `#rrggbb` as the operands of `rg`/`RG`. */
function rgb(hex: string): string {
  let operands = rgbs.get(hex);
  if (operands === undefined) {
    const channel = (at: number) => Math.round((parseInt(hex.slice(at, at + 2), 16) / 255) * 10_000) / 10_000;
    operands = `${channel(1)} ${channel(3)} ${channel(5)}`;
    rgbs.set(hex, operands);
  }
  return operands;
}

function generatedText(texts: Texts, options: PdfOptions): string {
  const timeZone = options.timeZone ?? 'Europe/Moscow';
  // Day, month and time as digits in both languages («06.12.2026», «09:14»): unambiguous, as in a bank statement.
  const date = new Intl.DateTimeFormat('ru-RU', { timeZone, day: '2-digit', month: '2-digit', year: 'numeric' });
  const time = new Intl.DateTimeFormat('ru-RU', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  return texts.generated(date.format(options.generatedAt), time.format(options.generatedAt));
}
