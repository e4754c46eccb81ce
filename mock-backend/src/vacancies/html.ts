// The duty HTML of a vacancy comes from employers (and, imported, from anyone who wrote to «Работа России»): it is
// read by a small HTML tokenizer and written out again from scratch, keeping only a safe subset. Nothing of the input
// markup reaches the output as it was — every tag, attribute and character is re-serialised — so a trick the
// tokenizer does not know can at worst lose formatting, never smuggle markup through.
//
// Why not a library: DOMPurify needs a DOM (jsdom in Node: megabytes), sanitize-html brings htmlparser2 and postcss,
// and this code runs in the browser too (MSW). The allowed subset is nine tags and one attribute.

/** Tags kept, without attributes (but `a`, which keeps a checked `href`). */
const ALLOWED = new Set(['p', 'br', 'ul', 'ol', 'li', 'b', 'strong', 'i', 'em', 'a']);
const VOID = new Set(['br', 'hr', 'img', 'input', 'meta', 'link', 'area', 'base', 'col', 'embed', 'source', 'wbr']);
/** Elements whose content is raw text to the browser: dropped up to their end tag, content and all. */
const RAW_TEXT = new Set(['script', 'style', 'iframe', 'xmp', 'noembed', 'noframes', 'noscript', 'textarea', 'title']);
/** Elements dropped with everything inside them (foreign content and embedding). */
const DROPPED_WITH_CONTENT = new Set(['svg', 'math', 'object', 'template', 'select', 'head', 'frameset', 'applet']);
/** Blocks that are not kept but separate text: they become paragraphs. */
const BLOCKS = new Set([
  'div',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'section',
  'article',
  'blockquote',
  'pre',
  'address',
  'header',
  'footer',
  'table',
  'tr',
  'dl',
  'dt',
  'dd',
]);
const LINK_REL = 'noopener noreferrer nofollow';
const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  laquo: '«',
  raquo: '»',
  bdquo: '„',
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  mdash: '—',
  ndash: '–',
  minus: '−',
  hellip: '…',
  bull: '•',
  middot: '·',
  copy: '©',
  reg: '®',
  trade: '™',
  deg: '°',
  plusmn: '±',
  times: '×',
  divide: '÷',
  sect: '§',
  para: '¶',
  numero: '№',
  shy: '\u00ad',
  colon: ':',
  sol: '/',
  lpar: '(',
  rpar: ')',
  tab: '\t',
  newline: '\n',
  euro: '€',
  rub: '₽',
};

const ENTITY = /&(?:#(\d{1,8});?|#[xX]([0-9a-fA-F]{1,7});?|([A-Za-z][A-Za-z0-9]{1,31});)/g;

function codePoint(value: number): string {
  // NUL, surrogates and beyond Unicode become the replacement character, as browsers do.
  if (value === 0 || value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff)) return '\ufffd';
  return String.fromCodePoint(value);
}

/** Character references decoded: numeric ones (with or without `;`) and the common named ones. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (whole, decimal?: string, hex?: string, name?: string) => {
    if (decimal !== undefined) return codePoint(Number.parseInt(decimal, 10));
    if (hex !== undefined) return codePoint(Number.parseInt(hex, 16));
    return (name !== undefined && NAMED[name]) || whole;
  });
}

export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;');
}

/** A link target if it is an absolute http(s) or mailto URL, normalised; otherwise undefined. */
export function safeHref(raw: string): string | undefined {
  // The WHATWG URL parser is what browsers follow: it drops leading controls and spaces and every tab and newline
  // (`java\tscript:` is `javascript:` to it), so its protocol is the one a click would use.
  let url: URL;
  try {
    url = new URL(decodeEntities(raw));
  } catch {
    return undefined;
  }
  return SAFE_SCHEMES.has(url.protocol) ? url.href : undefined;
}

type Token =
  | { readonly kind: 'text'; readonly text: string }
  | {
      readonly kind: 'start';
      readonly name: string;
      readonly attributes: ReadonlyMap<string, string>;
    }
  | { readonly kind: 'end'; readonly name: string };

const TAG_NAME_END = /[\s/>]/;

/**
 * Splits HTML into text, start tags and end tags, the way a browser's tokenizer would in the data state: comments,
 * doctypes and processing instructions are skipped, a `<` that does not open a tag is text, a tag cut off by the end
 * of input is dropped, and raw-text elements swallow everything up to their end tag.
 */
function* tokenize(html: string): Generator<Token> {
  const length = html.length;
  let at = 0;
  while (at < length) {
    const open = html.indexOf('<', at);
    if (open === -1) {
      yield { kind: 'text', text: html.slice(at) };
      return;
    }
    if (open > at) yield { kind: 'text', text: html.slice(at, open) };
    const next = html[open + 1] ?? '';
    if (html.startsWith('<!--', open)) {
      // `<!-->` and `<!--->` are empty comments that end at once (an abrupt close, in the standard's words).
      const abrupt = /^<!---?>/.exec(html.slice(open, open + 6))?.[0];
      if (abrupt) {
        at = open + abrupt.length;
        continue;
      }
      const close = html.indexOf('-->', open + 4);
      at = close === -1 ? length : close + 3;
      continue;
    }
    if (next === '!' || next === '?' || (next === '/' && !/[A-Za-z]/.test(html[open + 2] ?? ''))) {
      // Doctype, CDATA, processing instruction or a bogus end tag: a bogus comment up to the next `>`.
      const close = html.indexOf('>', open + 2);
      at = close === -1 ? length : close + 1;
      continue;
    }
    const isEnd = next === '/';
    const nameStart = open + (isEnd ? 2 : 1);
    if (!/[A-Za-z]/.test(html[nameStart] ?? '')) {
      yield { kind: 'text', text: '<' };
      at = open + 1;
      continue;
    }
    let cursor = nameStart;
    while (cursor < length && !TAG_NAME_END.test(html[cursor] ?? '')) cursor += 1;
    const name = html.slice(nameStart, cursor).toLowerCase();
    const attributes = new Map<string, string>();
    // Attributes: name[=value], the value quoted with " or ' or bare up to whitespace or `>`.
    let closed = false;
    while (cursor < length) {
      const char = html[cursor] ?? '';
      if (char === '>') {
        closed = true;
        cursor += 1;
        break;
      }
      if (/[\s/]/.test(char)) {
        cursor += 1;
        continue;
      }
      let nameEnd = cursor + 1;
      while (nameEnd < length && !/[\s/>=]/.test(html[nameEnd] ?? '')) nameEnd += 1;
      const attribute = html.slice(cursor, nameEnd).toLowerCase();
      cursor = nameEnd;
      while (cursor < length && /\s/.test(html[cursor] ?? '')) cursor += 1;
      let value = '';
      if (html[cursor] === '=') {
        cursor += 1;
        while (cursor < length && /\s/.test(html[cursor] ?? '')) cursor += 1;
        const quote = html[cursor];
        if (quote === '"' || quote === "'") {
          const end = html.indexOf(quote, cursor + 1);
          if (end === -1) {
            cursor = length;
            break;
          }
          value = html.slice(cursor + 1, end);
          cursor = end + 1;
        } else {
          let end = cursor;
          while (end < length && !/[\s>]/.test(html[end] ?? '')) end += 1;
          value = html.slice(cursor, end);
          cursor = end;
        }
      }
      // The first of repeated attributes wins, as in browsers.
      if (!attributes.has(attribute)) attributes.set(attribute, value);
    }
    // A tag the input ends inside of is not a tag at all (the browser drops it too).
    if (!closed) return;
    at = cursor;
    if (isEnd) {
      yield { kind: 'end', name };
      continue;
    }
    if (RAW_TEXT.has(name)) {
      const close = new RegExp(`</${name}[\\s/>]`, 'i').exec(html.slice(at));
      at = close ? at + close.index + close[0].length : length;
      if (close && close[0].endsWith('>') === false) {
        const end = html.indexOf('>', at);
        at = end === -1 ? length : end + 1;
      }
      continue;
    }
    yield { kind: 'start', name, attributes };
  }
}

/**
 * The duty HTML reduced to p, br, ul, ol, li, b, strong, i, em and a (absolute http, https or mailto links only,
 * with `rel="noopener noreferrer nofollow"`); no other tag or attribute survives. Scripts, styles, frames, SVG and
 * MathML go with their content; other unknown tags go but their text stays (block ones as paragraphs). The output
 * is well-formed: every element kept is closed, in order.
 */
export function sanitizeHtml(html: string): string {
  let out = '';
  const open: string[] = [];
  let dropDepth = 0;
  let dropping = '';
  // A block that was dropped ends a line: a <br> goes out before whatever comes next, if anything does.
  let lineBreak = false;
  const write = (markup: string) => {
    if (lineBreak && out !== '' && !out.endsWith('<br>')) out += '<br>';
    lineBreak = false;
    out += markup;
  };

  const close = (name: string) => {
    const index = open.lastIndexOf(name);
    if (index === -1) return;
    while (open.length > index) out += `</${open.pop()}>`;
  };
  const inside = (...names: string[]) => open.some((name) => names.includes(name));

  for (const token of tokenize(html)) {
    if (dropDepth > 0) {
      if (token.kind === 'start' && token.name === dropping && !VOID.has(token.name)) dropDepth += 1;
      if (token.kind === 'end' && token.name === dropping) dropDepth -= 1;
      continue;
    }
    if (token.kind === 'text') {
      const text = escapeText(decodeEntities(token.text));
      if (text.trim() === '') out += text;
      else write(text);
      continue;
    }
    const { name } = token;
    if (token.kind === 'start' && DROPPED_WITH_CONTENT.has(name)) {
      dropping = name;
      dropDepth = 1;
      continue;
    }
    if (BLOCKS.has(name)) {
      // A block not kept still ends the paragraph it is in, so its words do not run into the next ones.
      if (open.at(-1) === 'p') close('p');
      else lineBreak = true;
      continue;
    }
    if (!ALLOWED.has(name)) continue;
    if (token.kind === 'end') {
      if (name === 'br') write('<br>');
      else close(name);
      continue;
    }
    switch (name) {
      case 'br':
        write('<br>');
        continue;
      case 'p':
      case 'ul':
      case 'ol':
        // A paragraph cannot hold another block: the browser ends it first, and so do we.
        if (inside('p')) close('p');
        lineBreak = false;
        break;
      case 'li':
        if (!inside('ul', 'ol')) {
          write('<br>');
          continue;
        }
        lineBreak = false;
        // A new item ends the open item of the same list (not one of an outer list).
        if (open.lastIndexOf('li') > lastList(open)) close('li');
        break;
      case 'a': {
        if (inside('a')) close('a');
        const href = safeHref(token.attributes.get('href') ?? '');
        if (href === undefined) continue;
        write(`<a href="${escapeAttribute(href)}" rel="${LINK_REL}">`);
        open.push('a');
        continue;
      }
    }
    write(`<${name}>`);
    open.push(name);
  }
  while (open.length > 0) out += `</${open.pop()}>`;
  return out;
}

function lastList(open: readonly string[]): number {
  return Math.max(open.lastIndexOf('ul'), open.lastIndexOf('ol'));
}

/** The text of HTML (tags dropped, entities decoded, whitespace collapsed): what the search indexes. */
export function htmlText(html: string): string {
  return decodeEntities(
    html
      .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ')
      .replace(/<!--[\s\S]*?-->/g, ' ')
      .replace(/<[^>]*>/g, ' '),
  )
    .replace(/\s+/g, ' ')
    .trim();
}
