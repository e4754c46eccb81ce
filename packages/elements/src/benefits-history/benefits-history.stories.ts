import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { AccountLevel } from '@gos-elements/contracts';
import type { PaymentSummary } from '@gos-elements/contracts';
import { html, type TemplateResult } from 'lit';
import { GosElement } from '../internal/gos-element.js';
import { paymentsChart, paymentsComparison } from './payments-chart.js';
import { paymentsChartMessages } from './payments-chart.messages.js';
import { paymentsChartStyles } from './payments-chart.styles.js';
import type { HttpHandler } from 'msw';
import type { PaymentProfileKey } from '../../../../mock-backend/src/payments/index.js';
import { FakeSession, signedIn } from '../login-button/login-button.fixtures.js';
import { neverAnswers, PAYMENTS_API, paymentsBackend, unavailable } from './benefits-history.fixtures.js';
import './define.js';

// Every story talks to the backend's own payments domain through its MSW handlers (a fresh backend per story, with
// histories planned up to today), so what a story shows is what the backend answers.

interface Args {
  'page-size': number;
}

interface ViewOptions {
  readonly signedOut?: boolean;
  readonly pageSize?: number;
  /** Width of the box the element sits in (its rows become cards below 40rem of its own width). */
  readonly width?: string;
}

function view(options: ViewOptions = {}): TemplateResult {
  const session = new FakeSession(options.signedOut ? { status: 'signed-out' } : signedIn('confirmed'));
  session.signIn = () => Promise.resolve();
  return html`<div style=${options.width ? `max-inline-size:${options.width}` : ''}>
    <gos-config api-base=${PAYMENTS_API}>
      <gos-benefits-history
        page-size=${options.pageSize ?? 20}
        upgrade-href="https://www.gosuslugi.ru/help/faq/login/2"
        applications-href="#applications"
        .session=${session}
      ></gos-benefits-history>
    </gos-config>
  </div>`;
}

/** MSW handlers of a story: the citizen's history (`profile`) at `level`, or handlers of a failure. */
function backend(
  options: { profile?: PaymentProfileKey | 'none'; level?: AccountLevel; handlers?: HttpHandler[] } = {},
) {
  const handlers = options.handlers ?? paymentsBackend(options).handlers;
  return { msw: { handlers: { payments: handlers } } };
}

/** Waits (up to 8 s) until the element shows something matching `selector`: the story's state has arrived. */
async function until(canvasElement: HTMLElement, selector: string): Promise<Element> {
  for (let waited = 0; waited < 8000; waited += 50) {
    const found = canvasElement.querySelector('gos-benefits-history')?.shadowRoot?.querySelector(selector);
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`gos-benefits-history never showed ${selector}`);
}

const LOADED = '.results[aria-busy="false"]';

/** A play function that ends when the element shows `selector`. */
const showing =
  (selector: string): Story['play'] =>
  async ({ canvasElement }) => {
    await until(canvasElement, selector);
  };

/**
 * The play functions below change two filters in a row: the element drops the first answer it no longer needs
 * (aborting its request), as it should — the story names those aborted requests as expected.
 */
const STALE_DROPPED = { expectedFailures: ['/api/v1/payments.*net::ERR_ABORTED'] };

/** Sets the period to all time and ticks `status`: a story of one status. */
const onlyStatus =
  (status: string): Story['play'] =>
  async ({ canvasElement }) => {
    await until(canvasElement, LOADED);
    const period = (await until(canvasElement, '#period')) as HTMLSelectElement;
    period.value = 'all';
    period.dispatchEvent(new Event('change'));
    ((await until(canvasElement, `input[name="status"][value="${status}"]`)) as HTMLInputElement).click();
    await until(canvasElement, `${LOADED} table[part="table"] .badge.${status}`);
  };

const meta = {
  title: 'Cabinet/gos-benefits-history',
  component: 'gos-benefits-history',
  tags: ['autodocs'],
  parameters: {
    ...backend(),
    docs: {
      description: {
        component: `
\`<gos-benefits-history>\` is the citizen's payment history: filters (period presets, kinds, statuses, a child),
totals of the whole filtered set, a chart by month stacked by kind (with a table alternative and a comparison with the
same months a year earlier), a sortable table whose rows open in place with the payment's statement, the upcoming
schedule, CSV and PDF statements and «Запросить разъяснение». Data comes from \`<gos-config api-base>\` with the
access token of the page's session. \`sync-url\` keeps the view in the URL.`,
      },
    },
  },
  args: { 'page-size': 20 },
  render: (args) => view({ pageSize: args['page-size'] }),
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

export const Family: Story = { name: 'Family with two children', play: showing(`${LOADED} table[part="table"]`) };

export const Pensioner: Story = {
  parameters: backend({ profile: 'pensioner' }),
  play: showing(`${LOADED} table[part="table"]`),
};

export const Unemployed: Story = {
  name: 'Unemployed (upcoming payments)',
  parameters: backend({ profile: 'unemployed' }),
  play: showing('.upcoming li'),
};

export const Paid: Story = { name: 'Status: paid', play: onlyStatus('paid'), parameters: STALE_DROPPED };
export const Pending: Story = { name: 'Status: pending', play: onlyStatus('pending'), parameters: STALE_DROPPED };
export const Rejected: Story = { name: 'Status: rejected', play: onlyStatus('rejected'), parameters: STALE_DROPPED };
export const Returned: Story = {
  name: 'Status: returned by the bank',
  play: onlyStatus('returned'),
  parameters: STALE_DROPPED,
};

export const PaymentOpen: Story = {
  name: 'A payment opened with its statement',
  play: async ({ canvasElement }) => {
    const toggle = (await until(canvasElement, `${LOADED} table[part="table"] button[aria-expanded]`)) as HTMLElement;
    toggle.click();
    await until(canvasElement, '.detail-row dl .row:nth-child(7)');
  },
};

export const ClarificationSent: Story = {
  name: 'Clarification requested',
  play: async ({ canvasElement }) => {
    const toggle = (await until(canvasElement, `${LOADED} table[part="table"] button[aria-expanded]`)) as HTMLElement;
    toggle.click();
    const ask = (await until(canvasElement, '.detail-row .button.secondary')) as HTMLElement;
    ask.click();
    const text = (await until(canvasElement, '#clarify-text')) as HTMLTextAreaElement;
    text.value = 'Почему сумма в этом месяце меньше обычной?';
    text.dispatchEvent(new Event('input'));
    ((await until(canvasElement, 'form.clarify')) as HTMLFormElement).requestSubmit();
    await until(canvasElement, '.detail-row [role="status"].notice');
  },
};

export const ExportFailed: Story = {
  name: 'Export: the PDF cannot be made',
  // The browser mock has no PDF writer (the backend has): the element's error state, as the backend down would show.
  parameters: { expectedFailures: [' 501\\b'] },
  play: async ({ canvasElement }) => {
    await until(canvasElement, `${LOADED} .export`);
    const buttons = canvasElement.querySelector('gos-benefits-history')?.shadowRoot?.querySelectorAll('.export button');
    ([...(buttons ?? [])].find((button) => button.textContent?.includes('PDF')) as HTMLElement | undefined)?.click();
    await until(canvasElement, '.export [role="alert"]');
  },
};

export const LongHistory: Story = {
  name: 'Long history (10,000 payments)',
  parameters: backend({ profile: 'load' }),
  play: async ({ canvasElement }) => {
    const period = (await until(canvasElement, '#period')) as HTMLSelectElement;
    await until(canvasElement, LOADED);
    period.value = 'all';
    period.dispatchEvent(new Event('change'));
    await until(canvasElement, `${LOADED} table[part="table"][aria-rowcount="10001"]`);
  },
};

export const Narrow: Story = {
  name: 'Narrow screen (rows as cards)',
  render: () => view({ width: '22rem' }),
  play: showing(`${LOADED} table[part="table"]`),
};

export const ChartAsTable: Story = {
  name: 'Chart shown as a table',
  play: async ({ canvasElement }) => {
    const toggle = (await until(canvasElement, '.chart button[aria-pressed]')) as HTMLElement;
    toggle.click();
    await until(canvasElement, '.chart button[aria-pressed="true"]');
  },
};

export const LowVision: Story = {
  name: 'Low vision (white on black)',
  globals: { lowVision: 'white-on-black' },
  play: showing(`${LOADED} .chart svg`),
};

export const Empty: Story = {
  name: 'No payments',
  parameters: backend({ profile: 'none' }),
  play: showing(`${LOADED} > .notice`),
};

export const SimplifiedAccount: Story = {
  name: 'Simplified account',
  parameters: { ...backend({ level: 'simplified' }), expectedFailures: [' 403\\b'] },
  play: showing('.notice a'),
};

export const SignedOut: Story = { name: 'Signed out', render: () => view({ signedOut: true }) };

export const Loading: Story = { parameters: backend({ handlers: neverAnswers }) };

export const LoadFailed: Story = {
  name: 'Backend unavailable',
  parameters: { ...backend({ handlers: unavailable }), expectedFailures: [' 503\\b'] },
  play: showing('.notice.error'),
};

/** The chart and its comparison on their own, as the element draws them, for designers (not a public element). */
class ChartOnly extends GosElement {
  static override styles = [GosElement.styles, paymentsChartStyles];
  summary?: PaymentSummary;
  #asTable = false;
  protected override render(): TemplateResult {
    if (!this.summary) return html``;
    const options = { locale: 'ru' as const, messages: paymentsChartMessages.ru };
    return html`<div class="surface">
      ${paymentsChart(this.summary, {
        ...options,
        asTable: this.#asTable,
        onToggle: (on) => {
          this.#asTable = on;
          this.requestUpdate();
        },
      })}
      ${paymentsComparison(this.summary, options)}
    </div>`;
  }
}
if (!customElements.get('gos-sb-payments-chart')) customElements.define('gos-sb-payments-chart', ChartOnly);

export const ChartOnlyStory: Story = {
  name: 'Chart only (this year against last)',
  render: () => {
    const answer = paymentsBackend().api.summary(
      { owner: 'citizen', level: 'confirmed' },
      new URLSearchParams(`from=${new Date().getFullYear()}-01-01`),
      '/',
    );
    return html`<gos-sb-payments-chart .summary=${answer.body as PaymentSummary}></gos-sb-payments-chart>`;
  },
};
