import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  contactHref,
  DEFAULT_VIEW,
  defaultView,
  dutyText,
  isFiltered,
  mapHref,
  matchRegions,
  parseDuty,
  parseSalary,
  postedText,
  queryWithView,
  safeHref,
  salaryText,
  savedQueryOf,
  searchPageHref,
  searchParamsOf,
  viewFromQuery,
  viewOfSavedQuery,
  withoutFilters,
  type DutyNode,
  type SearchView,
} from './vacancy-search.logic.js';

const MOSCOW = '7700000000000';
const MOSCOW_REGION = '5000000000000';

const FULL: SearchView = {
  q: 'главный бухгалтер',
  regions: [MOSCOW, MOSCOW_REGION],
  specialisation: 'accounting',
  employment: ['full', 'part'],
  schedule: ['flexible'],
  salaryFrom: 80000,
  withSalaryOnly: true,
  experience: '3-6',
  education: 'higher',
  qualification: 'manager',
  remote: true,
  socialPackage: true,
  quota: true,
  postedWithinDays: 7,
  sort: 'salary',
  pages: 3,
  open: 'a17d8f51-a529-4190-986c-94d4dc94ccce',
};

describe('the URL', () => {
  it('leaves a plain search out of the URL and keeps the host’s parameters', () => {
    expect(queryWithView('?host=1', DEFAULT_VIEW, 'job-')).toBe('?host=1');
    expect(queryWithView('', DEFAULT_VIEW)).toBe('');
  });

  it('writes every part of a view and reads the same view back', () => {
    const search = queryWithView('?host=1&job-q=old', FULL, 'job-');
    expect(search).toContain('host=1');
    expect(new URLSearchParams(search).get('job-q')).toBe('главный бухгалтер');
    expect(new URLSearchParams(search).get('job-region')).toBe(`${MOSCOW},${MOSCOW_REGION}`);
    expect(new URLSearchParams(search).get('job-vacancy')).toBe(FULL.open);
    expect(viewFromQuery(search, 'job-')).toEqual(FULL);
  });

  it('round-trips any view', () => {
    const view = fc.record({
      q: fc.string({ maxLength: 30 }).map((text) => text.trim()),
      salaryFrom: fc.integer({ min: 0, max: 1_000_000 }),
      remote: fc.boolean(),
      pages: fc.integer({ min: 1, max: 20 }),
      employment: fc.subarray(['full', 'part', 'temporary'] as const),
    });
    fc.assert(
      fc.property(view, (patch) => {
        const full = { ...DEFAULT_VIEW, ...patch };
        expect(viewFromQuery(queryWithView('', full, 'v-'), 'v-')).toEqual(full);
      }),
    );
  });

  it('forgives a hand-edited link: unknown values fall back, lists keep the catalogue’s order', () => {
    const view = viewFromQuery(
      '?employment=part,bogus,full&schedule=&spec=astrology&salary=-5&posted=2&sort=random&pages=9999&vacancy=<x>&region=77,7700000000000',
    );
    expect(view.employment).toEqual(['full', 'part']);
    expect(view.specialisation).toBe('');
    expect(view.salaryFrom).toBe(0);
    expect(view.postedWithinDays).toBe(0);
    expect(view.sort).toBe('relevance');
    expect(view.pages).toBe(500);
    expect(view.open).toBe('');
    expect(view.regions).toEqual([MOSCOW]);
  });

  it('preselects the element’s region, and writes its removal as an empty parameter', () => {
    const defaults = defaultView(MOSCOW);
    expect(viewFromQuery('', '', defaults).regions).toEqual([MOSCOW]);
    expect(queryWithView('', defaults, '', defaults)).toBe('');
    const none = queryWithView('', { ...defaults, regions: [] }, '', defaults);
    expect(none).toBe('?region=');
    expect(viewFromQuery(none, '', defaults).regions).toEqual([]);
    expect(defaultView('moscow')).toBe(DEFAULT_VIEW);
  });

  it('links the compact form to the search page with its search in that page’s parameters', () => {
    const href = searchPageHref(
      'trudvsem.html?tab=1',
      'https://mintrud.example/index.html',
      {
        ...DEFAULT_VIEW,
        q: 'повар',
        regions: [MOSCOW],
        open: 'x',
        pages: 2,
      },
      'job-',
    );
    expect(href).toBe(
      `https://mintrud.example/trudvsem.html?tab=1&job-q=%D0%BF%D0%BE%D0%B2%D0%B0%D1%80&job-region=${MOSCOW}`,
    );
  });
});

describe('the search asked of the API', () => {
  it('sends only what filters, trimmed', () => {
    expect(searchParamsOf({ ...DEFAULT_VIEW, q: '  ' })).toEqual({});
    expect(searchParamsOf(FULL)).toEqual({
      q: 'главный бухгалтер',
      regions: [MOSCOW, MOSCOW_REGION],
      specialisation: 'accounting',
      employment: ['full', 'part'],
      schedule: ['flexible'],
      salaryFrom: 80000,
      withSalaryOnly: true,
      experience: '3-6',
      education: 'higher',
      qualification: 'manager',
      remote: true,
      socialPackage: true,
      quota: true,
      postedWithinDays: 7,
      sort: 'salary',
    });
  });

  it('knows a filtered view and clears the filters but not the words or the order', () => {
    expect(isFiltered(DEFAULT_VIEW)).toBe(false);
    expect(isFiltered({ ...DEFAULT_VIEW, q: 'x', sort: 'date' })).toBe(false);
    expect(isFiltered(FULL)).toBe(true);
    const cleared = withoutFilters(FULL);
    expect(cleared).toEqual({ ...DEFAULT_VIEW, q: FULL.q, sort: 'salary' });
    expect(withoutFilters(FULL, defaultView(MOSCOW)).regions).toEqual([MOSCOW]);
  });

  it('saves the words and filters of a search, not its order, pages or date window, and opens it again', () => {
    const saved = savedQueryOf(FULL);
    expect(saved).toEqual({
      q: 'главный бухгалтер',
      regions: [MOSCOW, MOSCOW_REGION],
      specialisation: 'accounting',
      employment: ['full', 'part'],
      schedule: ['flexible'],
      salaryFrom: 80000,
      withSalaryOnly: true,
      experience: '3-6',
      education: 'higher',
      qualification: 'manager',
      remote: true,
      socialPackage: true,
      quota: true,
    });
    expect(savedQueryOf(DEFAULT_VIEW)).toEqual({});
    expect(viewOfSavedQuery(saved)).toEqual({ ...FULL, postedWithinDays: 0, sort: 'relevance', pages: 1, open: '' });
    expect(viewOfSavedQuery({})).toEqual(DEFAULT_VIEW);
  });

  it('reads a salary as typed', () => {
    expect(parseSalary('80 000')).toBe(80000);
    expect(parseSalary('')).toBe(0);
    expect(parseSalary('abc')).toBe(0);
    expect(parseSalary('999999999999')).toBe(10_000_000);
  });
});

describe('reading', () => {
  const words = {
    from: (amount: string) => `от ${amount}`,
    upTo: (amount: string) => `до ${amount}`,
    notGiven: 'з/п не указана',
  };
  const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

  it('formats salaries', () => {
    expect(plain(salaryText({ min: 39000, max: 44000 }, 'ru', words))).toBe('39 000–44 000 ₽');
    expect(plain(salaryText({ min: 45000, max: 45000 }, 'ru', words))).toBe('45 000 ₽');
    expect(plain(salaryText({ min: 45000, max: 0 }, 'ru', words))).toBe('от 45 000 ₽');
    expect(plain(salaryText({ min: 0, max: 60000 }, 'ru', words))).toBe('до 60 000 ₽');
    expect(salaryText({ min: 0, max: 0 }, 'ru', words)).toBe('з/п не указана');
    expect(plain(salaryText({ min: 39000, max: 44000 }, 'en', words))).toBe('₽39,000 – ₽44,000');
  });

  it('says when a vacancy was published', () => {
    expect(postedText('2026-10-20', '2026-10-20', 'ru')).toBe('сегодня');
    expect(postedText('2026-10-19', '2026-10-20', 'ru')).toBe('вчера');
    expect(postedText('2026-10-17', '2026-10-20', 'ru')).toBe('3 дня назад');
    expect(postedText('2026-10-17', '2026-10-20', 'en')).toBe('3 days ago');
    expect(postedText('2026-09-01', '2026-10-20', 'ru')).toBe('1 сентября');
    expect(postedText('2025-12-30', '2026-01-20', 'ru')).toBe('30 декабря 2025 г.');
  });

  it('finds regions by what was typed, best first', () => {
    expect(matchRegions('мос', 'ru').map((region) => region.code)).toEqual([MOSCOW, MOSCOW_REGION]);
    expect(matchRegions('Ханты', 'ru')[0]?.code).toBe('8600000000000');
    expect(matchRegions('югра', 'ru')[0]?.code).toBe('8600000000000');
    expect(matchRegions('st pet', 'en')).toEqual([]);
    expect(matchRegions('saint', 'en')[0]?.titleEn).toMatch(/Petersburg/);
    expect(matchRegions('', 'ru')).toHaveLength(89);
    expect(matchRegions('', 'ru')[0]?.title).toBe('Алтайский край');
  });

  it('links maps and contacts', () => {
    expect(mapHref({ lat: 48.747361, lng: 44.560191 })).toBe('https://yandex.ru/maps/?pt=44.560191,48.747361&z=16');
    expect(contactHref({ type: 'phone', value: '+7 (986) 842-42-79' })).toBe('tel:+79868424279');
    expect(contactHref({ type: 'email', value: 'hr@example.ru' })).toBe('mailto:hr@example.ru');
    expect(contactHref({ type: 'email', value: 'javascript:alert(1)' })).toBeUndefined();
    expect(contactHref({ type: 'other', value: 'Telegram' })).toBeUndefined();
  });
});

describe('the duties parser', () => {
  const tree = (html: string) => parseDuty(html);
  const tagsIn = (nodes: readonly DutyNode[]): string[] =>
    nodes.flatMap((node) => (typeof node === 'string' ? [] : [node.tag, ...tagsIn(node.children)]));
  const hrefsIn = (nodes: readonly DutyNode[]): string[] =>
    nodes.flatMap((node) =>
      typeof node === 'string' ? [] : [...(node.href ? [node.href] : []), ...hrefsIn(node.children)],
    );

  it('keeps the allowed subset as a tree', () => {
    expect(
      tree(
        '<p><strong>Обязанности:</strong></p><ul><li>Учёт</li><li>Сверка &amp; акты</li></ul><p>Тел.<br>звоните</p>',
      ),
    ).toEqual([
      { tag: 'p', children: [{ tag: 'strong', children: ['Обязанности:'] }] },
      {
        tag: 'ul',
        children: [
          { tag: 'li', children: ['Учёт'] },
          { tag: 'li', children: ['Сверка & акты'] },
        ],
      },
      { tag: 'p', children: ['Тел.', { tag: 'br', children: [] }, 'звоните'] },
    ]);
  });

  it('keeps safe links only', () => {
    const nodes = tree(
      '<a href="https://trudvsem.ru/x?a=1&amp;b=2" rel="noopener" onclick="x()">сайт</a> <a href=\'mailto:hr@example.ru\'>почта</a>' +
        '<a href="javascript:alert(1)">плохо</a><a href="java&#x09;script:alert(1)">тоже</a><a href=" JaVaScRiPt:alert(1)">и</a>' +
        '<a href="data:text/html,<script>">data</a><a href="//evil.example">без схемы</a><a>пусто</a>',
    );
    expect(hrefsIn(nodes)).toEqual(['https://trudvsem.ru/x?a=1&b=2', 'mailto:hr@example.ru']);
    expect(dutyText(nodes)).toBe('сайт почтаплохотожеиdataбез схемыпусто');
    expect(JSON.stringify(nodes)).not.toMatch(/onclick|rel/);
  });

  it('drops hostile markup and keeps text', () => {
    const nodes = tree(
      '<p onmouseover="steal()">Привет<script>alert(1)</script><style>p{}</style><img src=x onerror=alert(1)>' +
        '<iframe src="https://evil"></iframe><svg><script>alert(2)</script></svg><!-- комментарий --><div>мир</div>' +
        '<span style="x">!</span></p><![CDATA[x]]><?php echo 1 ?>',
    );
    expect(tagsIn(nodes)).toEqual(['p']);
    expect(dutyText(nodes)).toBe('Привет мир!'.replace(' ', ''));
    expect(JSON.stringify(nodes)).not.toMatch(/alert|script|onerror|style|php|комментарий/);
  });

  it('keeps the text of broken markup, never inventing tags', () => {
    expect(dutyText(tree('a < b and c > d'))).toBe('a < b and c > d');
    expect(dutyText(tree('<p>unclosed <b>bold'))).toBe('unclosed bold');
    expect(dutyText(tree('</p></ul>stray'))).toBe('stray');
    expect(dutyText(tree('<p title="a > b">x</p>'))).toBe('x');
    expect(dutyText(tree('&#0;&#xD800;&#x1F600;&unknown;&lt;b&gt;'))).toBe('😀&unknown;<b>');
    expect(tagsIn(tree('&lt;script&gt;'))).toEqual([]);
  });

  it('keeps lists well formed: items only in lists, everything in a list inside an item', () => {
    expect(tree('<li>one</li>')).toEqual([{ tag: 'p', children: ['one'] }]);
    expect(tree('<ul> <b>x</b> <li>y</ul>')).toEqual([
      {
        tag: 'ul',
        children: [
          { tag: 'li', children: [{ tag: 'b', children: ['x'] }, ' '] },
          { tag: 'li', children: ['y'] },
        ],
      },
    ]);
    expect(tree('<ul><li>a<li>b</ul>')).toEqual([
      {
        tag: 'ul',
        children: [
          { tag: 'li', children: ['a'] },
          { tag: 'li', children: ['b'] },
        ],
      },
    ]);
    expect(tagsIn(tree('<p>a<ul><li>b</li></ul>'))).toEqual(['p', 'ul', 'li']);
    expect(tree('<p>a<ul><li>b</li></ul>')[0]).toEqual({ tag: 'p', children: ['a'] });
  });

  it('never yields anything outside the subset, whatever the input', () => {
    const piece = fc.constantFrom(
      '<p>',
      '</p>',
      '<ul>',
      '</ul>',
      '<li>',
      '<a href="javascript:x">',
      '<a href="https://ok.example">',
      '</a>',
      '<script>',
      '</script>',
      '<img src=x onerror=y>',
      '<b>',
      '&amp;',
      '<',
      '>',
      '"',
      'text',
      '<!--',
      '-->',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string({ maxLength: 5 })), { maxLength: 40 }), (pieces) => {
        const nodes = tree(pieces.join(''));
        const check = (list: readonly DutyNode[], inList: boolean): void => {
          for (const node of list) {
            if (typeof node === 'string') {
              if (inList) expect(node.trim()).toBe('');
              continue;
            }
            expect(['p', 'br', 'ul', 'ol', 'li', 'b', 'strong', 'i', 'em', 'a']).toContain(node.tag);
            if (inList) expect(node.tag).toBe('li');
            if (node.tag === 'li') expect(inList).toBe(true);
            if (node.tag === 'a') expect(safeHref(node.href ?? '')).toBe(node.href);
            else expect(node.href).toBeUndefined();
            check(node.children, node.tag === 'ul' || node.tag === 'ol');
          }
        };
        check(nodes, false);
      }),
    );
  });
});
