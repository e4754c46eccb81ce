// The chart templates rendered as <gos-benefits-history> renders them: into a shadow root carrying the shared tokens,
// the base styles and the chart's own, on a host that can take the low-vision custom states.
import type {
  MonthSummary,
  PaymentKind,
  PaymentKindCode,
  PaymentSummary,
  PeriodSummary,
} from '@gos-elements/contracts';
import type { Locale } from '@gos-elements/core';
import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { render } from 'lit';
import { baseStyles, tokens } from '../styles/tokens.js';
import { paymentsChartMessages } from './payments-chart.messages.js';
import { paymentsChart, paymentsChartStyles, paymentsComparison } from './payments-chart.js';

class ChartHost extends HTMLElement {
  readonly internals = this.attachInternals();
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).adoptedStyleSheets = [tokens, baseStyles, paymentsChartStyles].map(
      (sheet) => sheet.styleSheet!,
    );
  }
}
customElements.define('payments-chart-host', ChartHost);

const KINDS: PaymentKind[] = [
  { code: 'unified-allowance', title: 'Единое пособие в связи с рождением и воспитанием ребёнка' },
  { code: 'maternity-capital', title: 'Материнский (семейный) капитал' },
  { code: 'housing-compensation', title: 'Компенсация расходов на оплату жилого помещения и коммунальных услуг' },
];
type Amounts = Partial<Record<PaymentKindCode, number>>;

function month(month: string, amounts: Amounts): MonthSummary {
  const byKind = KINDS.filter((kind) => amounts[kind.code]).map((kind) => ({
    kind: kind.code,
    kopecks: amounts[kind.code]!,
    count: 1,
  }));
  return { month, kopecks: byKind.reduce((sum, item) => sum + item.kopecks, 0), count: byKind.length, byKind };
}

function period(year: number, amounts: Amounts[]): PeriodSummary {
  const months = amounts.map((item, index) => month(`${year}-${String(index + 1).padStart(2, '0')}`, item));
  const byKind = KINDS.map((kind) => {
    const items = months.flatMap((m) => m.byKind.filter((item) => item.kind === kind.code));
    return { kind: kind.code, kopecks: items.reduce((s, i) => s + i.kopecks, 0), count: items.length };
  }).filter((item) => item.count > 0);
  return {
    from: `${year}-01-01`,
    to: `${year}-${String(amounts.length).padStart(2, '0')}-28`,
    kopecks: months.reduce((sum, m) => sum + m.kopecks, 0),
    count: months.reduce((sum, m) => sum + m.count, 0),
    months,
    byKind,
  };
}

const allowance = 1_530_000;
// Six months of 2025: the allowance each month, utilities twice, maternity capital once (a huge month), April empty.
const SUMMARY: PaymentSummary = {
  statuses: ['paid'],
  current: period(2025, [
    { 'unified-allowance': allowance, 'housing-compensation': 123_456 },
    { 'unified-allowance': allowance },
    { 'unified-allowance': allowance, 'maternity-capital': 63_038_078 },
    {},
    { 'unified-allowance': allowance, 'housing-compensation': 98_700 },
    { 'unified-allowance': allowance },
  ]),
  previous: period(2024, [
    { 'unified-allowance': 1_400_000 },
    { 'unified-allowance': 1_400_000, 'housing-compensation': 500_000 },
    {},
    {},
    {},
    {},
  ]),
  kinds: KINDS,
};

const EMPTY: PaymentSummary = {
  statuses: ['paid'],
  current: period(2025, [{}, {}, {}]),
  previous: period(2024, [{}, {}, {}]),
  kinds: [],
};

interface Mounted {
  host: ChartHost;
  root: ShadowRoot;
  toggles: boolean[];
}

async function mount(
  summary: PaymentSummary,
  {
    locale = 'ru',
    asTable = false,
    comparison = false,
  }: { locale?: Locale; asTable?: boolean; comparison?: boolean } = {},
): Promise<Mounted> {
  const wrapper = await fixture<HTMLElement>(
    html`<div>
      <button type="button" id="before">before</button>
      <payments-chart-host lang=${locale}></payments-chart-host>
      <button type="button" id="after">after</button>
    </div>`,
  );
  const host = wrapper.querySelector<ChartHost>('payments-chart-host')!;
  const root = host.shadowRoot!;
  const toggles: boolean[] = [];
  let table = asTable;
  const messages = paymentsChartMessages[locale];
  const draw = () =>
    render(
      html`<div class="surface">
        ${
          comparison
            ? paymentsComparison(summary, { locale, messages })
            : paymentsChart(summary, {
                locale,
                messages,
                asTable: table,
                onToggle: (next) => {
                  toggles.push(next);
                  table = next;
                  draw();
                },
              })
        }
      </div>`,
      root,
    );
  draw();
  return { host, root, toggles };
}

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const months = (root: ShadowRoot) => [...root.querySelectorAll<SVGGElement>('.pc-bar')];
const focusedMonth = (root: ShadowRoot) => (root.activeElement as Element | null)?.getAttribute('data-month');
const money = (value: string) => value.replace(/\s/g, ' ');

describe('paymentsChart', () => {
  it('draws an SVG with a title, a description, a legend and one bar per month', async () => {
    const { host, root } = await mount(SUMMARY);
    expect(text(root.querySelector('figcaption'))).to.equal('Выплаты по месяцам 01.01.2025 – 28.06.2025');
    const svg = root.querySelector('svg.pc-svg')!;
    expect(svg.getAttribute('role')).to.equal('group');
    expect(text(root.getElementById(svg.getAttribute('aria-labelledby')!))).to.equal('Выплаты по месяцам');
    const desc = money(text(root.getElementById(svg.getAttribute('aria-describedby')!)));
    expect(desc).to.equal(
      'Период 01.01.2025 – 28.06.2025: 8 выплат на 709 102,34 ₽. Больше всего — март 2025 г.: 645 680,78 ₽.',
    );
    expect([...root.querySelectorAll('.pc-legend li')].map(text)).to.deep.equal([
      'Единое пособие',
      'Материнский капитал',
      'Компенсация ЖКУ',
    ]);
    expect(months(root).map((bar) => bar.dataset.month)).to.deep.equal([
      '2025-01',
      '2025-02',
      '2025-03',
      '2025-04',
      '2025-05',
      '2025-06',
    ]);
    await expect(host).to.be.accessible();
  });

  it('gives each kind its own pattern, in the legend too, so colour is never the only difference', async () => {
    const { root } = await mount(SUMMARY);
    const patterns = [...root.querySelectorAll('pattern')];
    expect(patterns).to.have.length(3);
    expect(
      new Set(patterns.map((pattern) => pattern.querySelector('path')?.getAttribute('d') ?? 'solid')).size,
    ).to.equal(3);
    const january = months(root)[0]!;
    expect([...january.querySelectorAll('.pc-seg')].map((seg) => seg.getAttribute('fill'))).to.deep.equal([
      'url(#pc-p0)',
      'url(#pc-p2)',
    ]);
    expect([...root.querySelectorAll('.pc-swatch rect')].map((rect) => rect.getAttribute('fill'))).to.deep.equal([
      'url(#pc-p0)',
      'url(#pc-p1)',
      'url(#pc-p2)',
    ]);
  });

  it('is one Tab stop: Tab reaches the toggle, then the chart once, then leaves', async () => {
    const { root } = await mount(SUMMARY);
    document.getElementById('before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(root.activeElement?.classList.contains('pc-toggle')).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(focusedMonth(root)).to.equal('2025-01');
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement?.id).to.equal('after');
    expect(months(root).filter((bar) => bar.getAttribute('tabindex') === '0')).to.have.length(1);
  });

  it('moves between months with the arrows, Home and End, and names each month with its values', async () => {
    const { root } = await mount(SUMMARY);
    months(root)[0]!.focus();
    await sendKeys({ press: 'ArrowLeft' });
    expect(focusedMonth(root)).to.equal('2025-01');
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    expect(focusedMonth(root)).to.equal('2025-03');
    const march = root.activeElement!;
    expect(march.getAttribute('role')).to.equal('img');
    expect(money(march.getAttribute('aria-label')!)).to.equal(
      'март 2025 г.: 645 680,78 ₽. Единое пособие — 15 300,00 ₽; Материнский капитал — 630 380,78 ₽',
    );
    expect(months(root).map((bar) => bar.getAttribute('tabindex'))).to.deep.equal(['-1', '-1', '0', '-1', '-1', '-1']);
    await sendKeys({ press: 'End' });
    expect(focusedMonth(root)).to.equal('2025-06');
    await sendKeys({ press: 'ArrowRight' });
    expect(focusedMonth(root)).to.equal('2025-06');
    await sendKeys({ press: 'Home' });
    expect(focusedMonth(root)).to.equal('2025-01');
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    expect(money(root.activeElement!.getAttribute('aria-label')!)).to.equal('апрель 2025 г.: выплат нет');
  });

  it('comes back to the month last visited after Tab leaves and Shift+Tab returns', async () => {
    const { root } = await mount(SUMMARY);
    months(root)[0]!.focus();
    await sendKeys({ press: 'End' });
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement?.id).to.equal('after');
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(focusedMonth(root)).to.equal('2025-06');
  });

  it('shows the focused month’s values on screen, and the hovered one’s', async () => {
    const { root } = await mount(SUMMARY);
    const tip = (bar: Element) => bar.querySelector('.pc-tip')!;
    const visible = (bar: Element) => getComputedStyle(tip(bar)).visibility === 'visible';
    expect(months(root).some(visible)).to.equal(false);
    months(root)[0]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    const february = months(root)[1]!;
    expect(visible(february)).to.equal(true);
    expect(money(text(tip(february)))).to.equal('февраль 2025 г.15 300,00 ₽');
    expect(months(root).filter(visible)).to.have.length(1);

    const may = months(root)[4]!;
    const box = may.querySelector('.pc-hit')!.getBoundingClientRect();
    await sendMouse({
      type: 'move',
      position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)],
    });
    try {
      expect(visible(may)).to.equal(true);
    } finally {
      await resetMouse();
    }
  });

  it('keeps the scale above the huge month and every bar inside the plot', async () => {
    const { root } = await mount(SUMMARY);
    const ticks = [...root.querySelectorAll('.pc-tick')].map((tick) => money(text(tick)));
    expect(ticks).to.deep.equal(['0 ₽', '250 тыс. ₽', '500 тыс. ₽', '750 тыс. ₽']);
    for (const seg of root.querySelectorAll('.pc-seg[y]')) {
      expect(parseFloat(seg.getAttribute('y')!)).to.be.at.least(0);
    }
  });

  it('switches to a table with the same figures, keeping focus on the pressed toggle', async () => {
    const { host, root, toggles } = await mount(SUMMARY);
    const labels = months(root).map((bar) => money(bar.getAttribute('aria-label')!));
    const toggle = root.querySelector<HTMLButtonElement>('.pc-toggle')!;
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    expect(toggles).to.deep.equal([true]);
    expect(root.activeElement).to.equal(toggle);
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    expect(text(toggle)).to.equal('Показать таблицей');
    expect(root.querySelector('svg.pc-svg')).to.equal(null);

    const table = root.querySelector('table')!;
    expect(text(table.querySelector('caption'))).to.equal('Выплаты по месяцам, 01.01.2025 – 28.06.2025');
    expect([...table.querySelectorAll('thead th')].map((th) => [text(th), th.getAttribute('scope')])).to.deep.equal([
      ['Месяц', 'col'],
      ['Единое пособие', 'col'],
      ['Материнский капитал', 'col'],
      ['Компенсация ЖКУ', 'col'],
      ['Итого', 'col'],
    ]);
    const rows = [...table.querySelectorAll('tbody tr')];
    expect(rows).to.have.length(labels.length);
    rows.forEach((row, index) => {
      const header = row.querySelector('th')!;
      expect(header.getAttribute('scope')).to.equal('row');
      const cells = [...row.querySelectorAll('td')].map((td) => money(text(td)));
      const label = labels[index]!;
      expect(label.startsWith(`${text(header)}:`), label).to.equal(true);
      const total = cells.at(-1)!;
      if (total === '0,00 ₽') expect(label).to.match(/выплат нет$/);
      else expect(label).to.contain(`: ${total}.`);
      for (const cell of cells.slice(0, -1)) if (cell !== '0,00 ₽') expect(label).to.contain(`— ${cell}`);
    });
    expect([...table.querySelectorAll('tfoot th, tfoot td')].map((cell) => money(text(cell)))).to.deep.equal([
      'Итого',
      '76 500,00 ₽',
      '630 380,78 ₽',
      '2 221,56 ₽',
      '709 102,34 ₽',
    ]);
    await expect(host).to.be.accessible();

    await sendKeys({ press: 'Space' });
    expect(toggles).to.deep.equal([true, false]);
    expect(root.activeElement).to.equal(toggle);
    expect(root.querySelector('table')).to.equal(null);
    expect(months(root)).to.have.length(6);
  });

  it('says so when the period has no payments, without an empty chart or a toggle', async () => {
    const { host, root } = await mount(EMPTY);
    expect(text(root.querySelector('.pc-empty'))).to.equal('В этом периоде выплат нет.');
    expect(root.querySelector('svg')).to.equal(null);
    expect(root.querySelector('button')).to.equal(null);
    await expect(host).to.be.accessible();
  });

  it('speaks English', async () => {
    const { host, root } = await mount(SUMMARY, { locale: 'en' });
    expect(money(months(root)[0]!.getAttribute('aria-label')!)).to.match(
      /^January 2025: RUB 16,534\.56\. Unified allowance:/,
    );
    expect(text(root.querySelector('.pc-toggle'))).to.equal('Show as a table');
    await expect(host).to.be.accessible();
  });

  it('tells kinds apart by pattern alone in a low-vision scheme, where every colour is the same', async () => {
    const { host, root } = await mount(SUMMARY);
    host.internals.states.add('low-vision');
    host.internals.states.add('lv-blue');
    const fills = [...root.querySelectorAll('pattern .pc-bg')].map((rect) => getComputedStyle(rect).fill);
    expect(new Set(fills)).to.deep.equal(new Set(['rgb(6, 52, 98)']));
    const marks = [...root.querySelectorAll('pattern .pc-mark')].map((path) => getComputedStyle(path).stroke);
    expect(marks.length).to.be.greaterThan(0);
    expect(new Set(marks)).to.deep.equal(new Set(['rgb(157, 209, 255)']));
    await expect(host).to.be.accessible();
  });

  it('draws in system colours under forced colours, outlining every segment', () => {
    const rules = [...paymentsChartStyles.styleSheet!.cssRules]
      .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && /forced-colors/.test(rule.conditionText))
      .flatMap((rule) => [...rule.cssRules] as CSSStyleRule[]);
    const declared = (selector: string, property: string) =>
      rules.find((rule) => rule.selectorText.split(/,\s*/).includes(selector))?.style.getPropertyValue(property);
    expect(declared('.pc-svg', 'forced-color-adjust')).to.equal('none');
    expect(declared('.pc-seg', 'stroke')).to.equal('canvastext');
    expect(declared('.pc-mark', 'stroke')).to.equal('canvastext');
    expect(declared('.pc-bg', 'fill')).to.equal('canvas');
    expect(declared('.pc-solid .pc-bg', 'fill')).to.equal('canvastext');
  });
});

describe('paymentsComparison', () => {
  it('compares each kind and the total with the previous period, the direction in words for screen readers', async () => {
    const { host, root } = await mount(SUMMARY, { comparison: true });
    const table = root.querySelector('table')!;
    expect(text(table.querySelector('caption'))).to.equal('Сравнение с прошлым периодом');
    expect([...table.querySelectorAll('thead th')].map((th) => text(th))).to.deep.equal([
      'Вид выплаты',
      'Этот период 01.01.2025 – 28.06.2025',
      'Прошлый период 01.01.2024 – 28.06.2024',
      'Изменение',
    ]);
    const row = (tr: Element) => [...tr.querySelectorAll('th, td')];
    const [allowanceRow, capital, utilities] = [...table.querySelectorAll('tbody tr')];
    expect(row(allowanceRow!).map((cell) => money(text(cell)))).to.deep.equal([
      'Единое пособие',
      '76 500,00 ₽',
      '28 000,00 ₽',
      '▲ +48 500,00 ₽ (+173,2 %)больше на 48 500,00 ₽ (на 173,2 %)',
    ]);
    const change = row(allowanceRow!)[3]!;
    expect(change.querySelector('[aria-hidden="true"]')!.textContent).to.contain('▲');
    expect(change.querySelector('.visually-hidden')!.textContent).to.match(/^больше на/);
    // Nothing paid the year before: no percent to give.
    expect(money(text(row(capital!)[3]))).to.equal('▲ +630 380,78 ₽больше на 630 380,78 ₽');
    expect(money(text(row(utilities!)[3]))).to.equal('▼ −2 778,44 ₽ (−55,6 %)меньше на 2 778,44 ₽ (на 55,6 %)');
    expect(row(table.querySelector('tfoot tr')!).map((cell) => money(text(cell)))).to.deep.equal([
      'Итого',
      '709 102,34 ₽',
      '33 000,00 ₽',
      '▲ +676 102,34 ₽ (+2 048,8 %)больше на 676 102,34 ₽ (на 2 048,8 %)',
    ]);
    await expect(host).to.be.accessible();
  });

  it('says there is nothing to compare when neither period has payments', async () => {
    const { host, root } = await mount(EMPTY, { comparison: true });
    expect(root.querySelector('table')).to.equal(null);
    expect(text(root.querySelector('.pc-empty'))).to.match(/^Сравнивать не с чем/);
    await expect(host).to.be.accessible();
  });
});
