import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlText, safeHref, sanitizeHtml } from './html.js';

const REL = 'rel="noopener noreferrer nofollow"';

/** What no sanitised duty may contain, whatever came in. */
function expectHarmless(html: string): void {
  expect(html).not.toMatch(/<(?!\/?(p|br|ul|ol|li|b|strong|i|em|a)\b)[a-z!?/]/i);
  expect(html).not.toMatch(/<[a-z]+[^>]*\son[a-z]+\s*=/i);
  expect(html).not.toMatch(/style\s*=/i);
  for (const [, attributes] of html.matchAll(/<a\b([^>]*)>/g)) {
    expect(attributes).toMatch(new RegExp(`^ href="(https?:|mailto:)[^"]*" ${REL}$`));
  }
  for (const [, attributes] of html.matchAll(/<(?!a\b)[a-z]+([^>]*)>/g)) expect(attributes).toBe('');
}

describe('sanitizeHtml', () => {
  it('keeps the safe subset as it is, re-serialised', () => {
    const safe =
      '<p>Обязанности: <b>учёт</b>, <strong>отчётность</strong>, <i>сверка</i>, <em>касса</em>.</p>' +
      '<ul><li>один</li><li>два<br>три</li></ul><ol><li>первый</li></ol>';
    expect(sanitizeHtml(safe)).toBe(safe);
    expect(sanitizeHtml('<P CLASS="x" Style="color:red">Текст</P>')).toBe('<p>Текст</p>');
  });

  it('drops scripts, styles, frames and their content', () => {
    for (const hostile of [
      '<p>до</p><script>alert(1)</script><p>после</p>',
      '<p>до</p><SCRIPT type="text/javascript">document.cookie</SCRIPT ><p>после</p>',
      '<p>до</p><style>body{display:none}</style><p>после</p>',
      '<p>до</p><iframe src="https://evil.example"></iframe><p>после</p>',
      '<p>до</p><noscript><img src=x onerror=alert(1)></noscript><p>после</p>',
    ]) {
      const clean = sanitizeHtml(hostile);
      expect(clean, hostile).toBe('<p>до</p><p>после</p>');
    }
    expect(sanitizeHtml('текст<script>alert(1)')).toBe('текст');
  });

  it('drops images and every event handler, keeping the text around them', () => {
    expect(sanitizeHtml('<img src=x onerror="alert(1)">Фото')).toBe('Фото');
    expect(sanitizeHtml('<p onclick="alert(1)" onmouseover=alert(2)>Нажми</p>')).toBe('<p>Нажми</p>');
    expect(sanitizeHtml('<b/onmouseover=alert(1)>жирный</b>')).toBe('<b>жирный</b>');
    expect(sanitizeHtml('<body onload=alert(1)>Текст</body>')).toBe('Текст');
    expect(sanitizeHtml('<details open ontoggle=alert(1)>x</details>')).toBe('x');
  });

  it('refuses javascript:, data: and other schemes in links however they are written', () => {
    for (const href of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      '\u0001\u0000 javascript:alert(1)',
      'jav&#x0A;ascript:alert(1)',
      'java&#x09;script:alert(1)',
      'javascript&#58;alert(1)',
      'javascript&#x3A;alert(1)',
      'javascript&colon;alert(1)',
      '&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)',
      '&#x6A;avascript:alert(1)',
      'vbscript:msgbox(1)',
      'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
      '/relative/path',
      '//evil.example/x',
    ]) {
      const clean = sanitizeHtml(`<a href="${href}">ссылка</a>`);
      expect(clean, href).toBe('ссылка');
    }
  });

  it('keeps http, https and mailto links, normalised, with rel', () => {
    expect(sanitizeHtml('<a href="https://trud.example/vacancy?id=1&amp;x=2" target="_blank">сайт</a>')).toBe(
      `<a href="https://trud.example/vacancy?id=1&amp;x=2" ${REL}>сайт</a>`,
    );
    expect(sanitizeHtml("<a href='mailto:hr@trud.example' class=x>написать</a>")).toBe(
      `<a href="mailto:hr@trud.example" ${REL}>написать</a>`,
    );
    expect(sanitizeHtml('<a href=http://trud.example/a"b>x</a>')).toBe(
      `<a href="http://trud.example/a%22b" ${REL}>x</a>`,
    );
    // A link inside a link ends the first, as browsers do.
    expect(sanitizeHtml('<a href="https://a.example">1<a href="https://b.example">2</a></a>')).toBe(
      `<a href="https://a.example/" ${REL}>1</a><a href="https://b.example/" ${REL}>2</a>`,
    );
  });

  it('drops SVG and MathML with everything inside, nested or not', () => {
    expect(
      sanitizeHtml('<p>а</p><svg><script>alert(1)</script><svg><a href="https://x.example">x</a></svg></svg>б'),
    ).toBe('<p>а</p>б');
    expect(sanitizeHtml('<math><mtext><img src=x onerror=alert(1)></mtext></math>текст')).toBe('текст');
    expect(sanitizeHtml('<svg/onload=alert(1)>')).toBe('');
  });

  it('closes unclosed tags, ignores stray end tags, and nests lists and paragraphs as a browser would', () => {
    expect(sanitizeHtml('<p><b>жирный <i>курсив')).toBe('<p><b>жирный <i>курсив</i></b></p>');
    expect(sanitizeHtml('</b></p>текст</ul>')).toBe('текст');
    expect(sanitizeHtml('<ul><li>один<li>два</ul>')).toBe('<ul><li>один</li><li>два</li></ul>');
    expect(sanitizeHtml('<ul><li>a<ul><li>b</li></ul></li></ul>')).toBe('<ul><li>a<ul><li>b</li></ul></li></ul>');
    expect(sanitizeHtml('<p>один<p>два')).toBe('<p>один</p><p>два</p>');
    expect(sanitizeHtml('<p>текст<ul><li>пункт</li></ul>')).toBe('<p>текст</p><ul><li>пункт</li></ul>');
    expect(sanitizeHtml('<li>без списка')).toBe('<br>без списка');
  });

  it('drops comments, doctypes, CDATA and tags cut off by the end of input', () => {
    expect(sanitizeHtml('<!-- <script>alert(1)</script> -->текст')).toBe('текст');
    expect(sanitizeHtml('<!--><img src=x onerror=alert(1)>-->x')).toBe('--&gt;x');
    expect(sanitizeHtml('<!DOCTYPE html><![CDATA[<script>alert(1)</script>]]>текст')).toBe('alert(1)]]&gt;текст');
    expect(sanitizeHtml('текст <a href="https://x.example')).toBe('текст ');
    expect(sanitizeHtml('текст <img src=x onerror=alert(1)')).toBe('текст ');
  });

  it('escapes text: a < that opens no tag, entities that decode to markup', () => {
    expect(sanitizeHtml('зарплата < 50 000 & премии > 0')).toBe('зарплата &lt; 50 000 &amp; премии &gt; 0');
    expect(sanitizeHtml('&lt;script&gt;alert(1)&lt;/script&gt;')).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(sanitizeHtml('&#60;img src=x onerror=alert(1)&#62;')).toBe('&lt;img src=x onerror=alert(1)&gt;');
    expect(sanitizeHtml('<scr<script>ipt>alert(1)</script>')).toBe('ipt&gt;alert(1)');
    expect(sanitizeHtml('С&nbsp;8:00 до&nbsp;17:00, &laquo;Работа России&raquo;')).toBe(
      'С\u00a08:00 до\u00a017:00, «Работа России»',
    );
  });

  it('turns the blocks it does not keep into paragraph breaks, so words do not run together', () => {
    expect(
      sanitizeHtml(
        '<div style="font-family: Arial"><span style="font-weight:bold">Обязанности:</span><br>- учёт</div><div>Опыт</div>',
      ),
    ).toBe('Обязанности:<br>- учёт<br>Опыт');
    expect(sanitizeHtml('<p>абзац<div>блок</div></p>')).toBe('<p>абзац</p>блок');
  });

  it('always gives harmless, stable output, whatever the input (property)', () => {
    const pieces = fc.constantFrom(
      '<p>',
      '</p>',
      '<a href="javascript:alert(1)">',
      '<a href="https://ok.example">',
      '</a>',
      '<script>',
      '</script>',
      '<svg>',
      '</svg>',
      '<img src=x onerror=alert(1)>',
      '<!--',
      '-->',
      '<',
      '>',
      '"',
      "'",
      '&#58;',
      '&lt;',
      'javascript:',
      ' onload=',
      '<ul><li>',
      '</li>',
      '<b>',
      '<style>',
      'текст',
      '=',
      '/',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string()), { maxLength: 30 }), (parts) => {
        const clean = sanitizeHtml(parts.join(''));
        expectHarmless(clean);
        expect(sanitizeHtml(clean)).toBe(clean);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('helpers', () => {
  it('decode character references, numeric with or without «;», and leave unknown names', () => {
    expect(decodeEntities('&#1041;&#x443;&#1093 &amp; &unknown; &#0; &#xD800;')).toBe('Бух & &unknown; \ufffd \ufffd');
  });

  it('accept only absolute http(s) and mailto URLs', () => {
    expect(safeHref('https://trud.example')).toBe('https://trud.example/');
    expect(safeHref('ftp://trud.example')).toBeUndefined();
    expect(safeHref(' https://trud.example/a b ')).toBe('https://trud.example/a%20b');
    expect(safeHref('не ссылка')).toBeUndefined();
  });

  it('read the text of HTML for the index: no tags, no scripts, entities decoded', () => {
    expect(htmlText('<p>Бухгалтер&nbsp;<b>1С</b></p><script>var x</script><!-- c --><ul><li>учёт</li></ul>')).toBe(
      'Бухгалтер 1С учёт',
    );
  });
});
