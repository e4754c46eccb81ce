// The payments chart and the year-on-year comparison as Lit templates for <gos-benefits-history> to render in its
// shadow root. Hand-drawn SVG: a stacked bar chart is a few rects, and the smallest chart libraries cost more than
// this whole module (and still leave the keyboard, the table alternative and forced colours to us).
import type { PaymentKind, PaymentSummary } from '@gos-elements/contracts';
import type { Locale } from '@gos-elements/core';
import { html, nothing, svg, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import {
  comparisonRows,
  formatKopecks,
  formatPercent,
  formatPeriod,
  formatTick,
  kindEncoding,
  monthLabels,
  niceScale,
  PATTERN_SIZE,
  peakMonth,
  stackMonth,
  type ComparisonRow,
} from './payments-chart.logic.js';

export { paymentsChartStyles } from './payments-chart.styles.js';

/** A kind's sum in one month, as the month's accessible name lists it. */
export interface KindAmountText {
  readonly kind: string;
  readonly amount: string;
}

/** What the SVG's description says about the period. */
export interface ChartSummaryText {
  /** `01.01.2025 – 31.12.2025`. */
  readonly period: string;
  readonly total: string;
  /** Number of payments. */
  readonly count: number;
  /** The month paid the most and its sum; absent when nothing was paid. */
  readonly peak?: { readonly month: string; readonly amount: string };
}

/** Every text the chart and the comparison show or announce (the element supplies them in its locale). */
export interface PaymentsChartMessages {
  /** Figure caption, SVG title and table caption: «Выплаты по месяцам». */
  readonly chartTitle: string;
  /** The SVG's `<desc>`. */
  readonly chartDescription: (summary: ChartSummaryText) => string;
  /** The toggle's constant label (its state is `aria-pressed`): «Показать таблицей». */
  readonly showTable: string;
  /** Name of the legend list: «Виды выплат». */
  readonly legend: string;
  /** Column headers. */
  readonly month: string;
  readonly kind: string;
  readonly total: string;
  /** A period without payments: «В этом периоде выплат нет.» */
  readonly empty: string;
  /** How a kind is named in the legend, the headers and the values (short titles suit). */
  readonly kindTitle: (kind: PaymentKind) => string;
  /** A month's accessible name: month, total and each kind paid (`kinds` is empty for a month without payments). */
  readonly monthValue: (month: string, total: string, kinds: readonly KindAmountText[]) => string;
  /** Comparison caption: «Сравнение с прошлым периодом». */
  readonly comparisonTitle: string;
  readonly thisPeriod: string;
  readonly previousPeriod: string;
  readonly change: string;
  /** Screen-reader wording of a change (the visible one is an arrow and a sign); `percent` null: nothing before. */
  readonly more: (amount: string, percent: string | null) => string;
  readonly less: (amount: string, percent: string | null) => string;
  /** A change of zero, shown as is. */
  readonly same: string;
  /** Neither period has payments. */
  readonly comparisonEmpty: string;
}

export interface PaymentsComparisonOptions {
  readonly locale: Locale;
  readonly messages: PaymentsChartMessages;
  /** Prefix of the ids inside the shadow root; set it when one root shows two charts. Default `pc`. */
  readonly idPrefix?: string;
}

export interface PaymentsChartOptions extends PaymentsComparisonOptions {
  /** The table alternative is shown instead of the SVG (state owned by the element). */
  readonly asTable: boolean;
  /** The toggle was pressed: `asTable` is the state asked for. */
  readonly onToggle: (asTable: boolean) => void;
}

const percent = (value: number) => `${Math.round(value * 1000) / 1000}%`;

/**
 * Roving tabindex: the chart is one Tab stop, the arrows and Home/End move between months. Kept in the DOM, not in
 * element state, so a re-render neither steals the position nor needs the element's help.
 */
const ROVING_KEYS: Readonly<Record<string, (index: number, last: number) => number>> = {
  ArrowLeft: (index) => Math.max(0, index - 1),
  ArrowRight: (index, last) => Math.min(last, index + 1),
  Home: () => 0,
  End: (_, last) => last,
};

function onChartKeydown(event: KeyboardEvent): void {
  const move = ROVING_KEYS[event.key];
  const current = (event.target as Element).closest('[data-month]');
  if (!move || !current) return;
  const months = [...(event.currentTarget as Element).querySelectorAll<SVGElement>('[data-month]')];
  event.preventDefault();
  months[move(months.indexOf(current as SVGElement), months.length - 1)]?.focus();
}

// On the wrapper, not the <svg>: Chromium makes an SVG element with focus listeners a Tab stop of its own.
// A month focused by any means (arrows, a tap, a click) becomes the one Tab returns to.
function onChartFocusin(event: FocusEvent): void {
  const current = (event.target as Element).closest('[data-month]');
  if (!current) return;
  for (const month of (event.currentTarget as Element).querySelectorAll('[data-month]')) {
    month.setAttribute('tabindex', month === current ? '0' : '-1');
  }
}

function chartSvg(summary: PaymentSummary, { locale, messages: m, idPrefix: p = 'pc' }: PaymentsChartOptions) {
  const { current: period, kinds } = summary;
  const months = period.months;
  const labels = monthLabels(
    locale,
    months.map((month) => month.month),
  );
  const scale = niceScale(Math.max(0, ...months.map((month) => month.kopecks)));
  const y = (kopecks: number) => percent(100 - (kopecks / scale.max) * 100);
  // At least six slots wide, so one or two months are not drawn as slabs across the whole chart.
  const slots = Math.max(months.length, 6);
  const slotX = (index: number) => ((index + (slots - months.length) / 2) / slots) * 100;
  const slotWidth = 100 / slots;
  const money = (kopecks: number) => formatKopecks(locale, kopecks);
  const peak = peakMonth(period);
  const description = m.chartDescription({
    period: formatPeriod(locale, period.from, period.to),
    total: money(period.kopecks),
    count: period.count,
    ...(peak ? { peak: { month: labels[months.indexOf(peak)].long, amount: money(peak.kopecks) } } : {}),
  });

  const bar = (index: number) => {
    const month = months[index];
    const label = labels[index];
    const segments = stackMonth(month, kinds);
    const left = slotX(index);
    const center = left + slotWidth / 2;
    // The value sits above the plot; near the edges it grows inwards so it never leaves the figure.
    const [tipX, anchor] =
      months.length > 2 && index < months.length / 3
        ? [left, 'start']
        : months.length > 2 && index >= (months.length * 2) / 3
          ? [left + slotWidth, 'end']
          : [center, 'middle'];
    const name = m.monthValue(
      label.long,
      money(month.kopecks),
      segments.map((segment) => ({ kind: m.kindTitle(kinds[segment.index]), amount: money(segment.kopecks) })),
    );
    return svg`<g class="pc-bar" data-month=${month.month} role="img" aria-label=${name}
      tabindex=${index === 0 ? '0' : '-1'}>
      <rect class="pc-hit" x=${percent(left)} y="0" width=${percent(slotWidth)} height="100%"></rect>
      ${segments.map(
        (segment) =>
          svg`<rect class="pc-seg" x=${percent(left + slotWidth * 0.2)} width=${percent(slotWidth * 0.6)}
            y=${y(segment.to)} height=${percent((segment.kopecks / scale.max) * 100)}
            fill="url(#${p}-p${segment.index})"></rect>`,
      )}
      <text class="pc-tip" x=${percent(tipX)} y="0" dy="-1.9em" text-anchor=${anchor}>${label.long}<tspan
          x=${percent(tipX)} dy="1.2em">${money(month.kopecks)}</tspan></text>
    </g>`;
  };

  return html`<ul class="pc-legend" aria-label=${m.legend}>
      ${kinds.map(
        (kind, index) =>
          html`<li>
            <svg class="pc-swatch" aria-hidden="true">
              <rect class="pc-seg" width="100%" height="100%" fill="url(#${p}-p${index})"></rect></svg
            >${m.kindTitle(kind)}
          </li>`,
      )}
    </ul>
    <div class="pc-plot" @keydown=${onChartKeydown} @focusin=${onChartFocusin}>
      <svg class="pc-svg" role="group" aria-labelledby="${p}-title" aria-describedby="${p}-desc">
        <title id="${p}-title">${m.chartTitle}</title>
        <desc id="${p}-desc">${description}</desc>
        <defs>
          ${kinds.map((_, index) => {
            const { pattern } = kindEncoding(index);
            return svg`<pattern id="${p}-p${index}" class="pc-k${index} pc-${pattern.name}" patternUnits="userSpaceOnUse"
              width=${PATTERN_SIZE} height=${PATTERN_SIZE}>
              <rect class="pc-bg" width=${PATTERN_SIZE} height=${PATTERN_SIZE}></rect>
              ${pattern.path ? svg`<path class="pc-mark" d=${pattern.path} stroke-width=${pattern.width} stroke-linecap="round"></path>` : nothing}
            </pattern>`;
          })}
        </defs>
        <g aria-hidden="true">
          ${scale.ticks.map(
            (tick) =>
              svg`<line class="pc-grid" x1="0" x2="100%" y1=${y(tick)} y2=${y(tick)}></line>
                <text class="pc-tick" x="0" dx="-0.5em" y=${y(tick)}>${formatTick(locale, tick)}</text>`,
          )}
          ${labels.map((label, index) => {
            if (!label.shown) return nothing;
            const x = percent(slotX(index) + slotWidth / 2);
            return svg`<text class="pc-label ${label.quarter ? 'pc-q' : ''} ${label.year ? 'pc-y' : ''}" x=${x} y="100%"
              dy="1.3em">${label.short}${label.year ? svg`<tspan x=${x} dy="1.2em">${label.year}</tspan>` : nothing}</text>`;
          })}
        </g>
        ${months.map((_, index) => bar(index))}
      </svg>
    </div>`;
}

function monthTable(summary: PaymentSummary, { locale, messages: m, idPrefix: p = 'pc' }: PaymentsChartOptions) {
  const { current: period, kinds } = summary;
  const labels = monthLabels(
    locale,
    period.months.map((month) => month.month),
  );
  const cells = (amounts: PaymentSummary['current']['byKind'], total: number) =>
    html`${kinds.map(
        (kind) =>
          html`<td>${formatKopecks(locale, amounts.find((item) => item.kind === kind.code)?.kopecks ?? 0)}</td>`,
      )}
      <td>${formatKopecks(locale, total)}</td>`;
  return html`<div class="pc-scroll" role="region" aria-labelledby="${p}-table" tabindex="0">
    <table class="pc-table" part="chart-table">
      <caption id="${p}-table" class="visually-hidden">
        ${m.chartTitle}, ${formatPeriod(locale, period.from, period.to)}
      </caption>
      <thead>
        <tr>
          <th scope="col">${m.month}</th>
          ${kinds.map((kind) => html`<th scope="col">${m.kindTitle(kind)}</th>`)}
          <th scope="col">${m.total}</th>
        </tr>
      </thead>
      <tbody>
        ${period.months.map(
          (month, index) =>
            html`<tr>
              <th scope="row">${labels[index].long}</th>
              ${cells(month.byKind, month.kopecks)}
            </tr>`,
        )}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">${m.total}</th>
          ${cells(period.byKind, period.kopecks)}
        </tr>
      </tfoot>
    </table>
  </div>`;
}

/**
 * Payments of the current period by month, stacked by kind, with a legend; or, when `asTable`, the same figures as
 * a table. Keyed by the period: another period starts the keyboard over at the first month, while new figures for
 * the same months (another filter) update the bars in place and keep the month the keyboard is on.
 */
export function paymentsChart(summary: PaymentSummary, options: PaymentsChartOptions): TemplateResult {
  const { current } = summary;
  const m = options.messages;
  return html`<figure class="pc" part="chart-figure">
    <figcaption class="pc-caption">
      ${m.chartTitle} <span class="pc-sub">${formatPeriod(options.locale, current.from, current.to)}</span>
    </figcaption>
    ${
      current.kopecks === 0
        ? html`<p class="pc-empty">${m.empty}</p>`
        : html`<div>
              <button
                type="button"
                class="pc-toggle"
                part="chart-toggle"
                aria-pressed=${options.asTable ? 'true' : 'false'}
                @click=${() => options.onToggle(!options.asTable)}
              >
                ${m.showTable}
              </button>
            </div>
            ${options.asTable ? monthTable(summary, options) : keyed(`${current.from}/${current.to}`, chartSvg(summary, options))}`
    }
  </figure>`;
}

function changeCell(locale: Locale, m: PaymentsChartMessages, row: ComparisonRow) {
  if (row.difference === 0) return html`<td>${m.same}</td>`;
  const up = row.difference > 0;
  const sign = up ? '+' : '−';
  const amount = formatKopecks(locale, Math.abs(row.difference));
  const share = row.percent === null ? null : formatPercent(locale, row.percent);
  // The arrow and the sign are for the eye; a screen reader hears «больше»/«меньше» instead.
  return html`<td>
    <span aria-hidden="true">${up ? '▲' : '▼'} ${sign}${amount}${share ? ` (${sign}${share})` : ''}</span
    ><span class="visually-hidden">${(up ? m.more : m.less)(amount, share)}</span>
  </td>`;
}

/** This period against the previous one, per kind and in total. */
export function paymentsComparison(summary: PaymentSummary, options: PaymentsComparisonOptions): TemplateResult {
  const { locale, messages: m, idPrefix: p = 'pc' } = options;
  if (summary.kinds.length === 0) return html`<p class="pc-empty" part="comparison">${m.comparisonEmpty}</p>`;
  const { rows, total } = comparisonRows(summary);
  const line = (row: ComparisonRow, title: string) =>
    html`<tr>
      <th scope="row">${title}</th>
      <td>${formatKopecks(locale, row.current)}</td>
      <td>${formatKopecks(locale, row.previous)}</td>
      ${changeCell(locale, m, row)}
    </tr>`;
  const period = (which: PaymentSummary['current']) =>
    html` <span class="pc-sub">${formatPeriod(locale, which.from, which.to)}</span>`;
  return html`<div class="pc-scroll" part="comparison" role="region" aria-labelledby="${p}-comparison" tabindex="0">
    <table class="pc-table">
      <caption id="${p}-comparison" class="pc-caption">
        ${m.comparisonTitle}
      </caption>
      <thead>
        <tr>
          <th scope="col">${m.kind}</th>
          <th scope="col">${m.thisPeriod}${period(summary.current)}</th>
          <th scope="col">${m.previousPeriod}${period(summary.previous)}</th>
          <th scope="col">${m.change}</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map((row) => line(row, m.kindTitle(row.kind)))}
      </tbody>
      <tfoot>
        ${line(total, m.total)}
      </tfoot>
    </table>
  </div>`;
}
