import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import type { HttpHandler } from 'msw';
import type { VacanciesApi } from './vacancy-search.js';
import {
  neverAnsweringClient,
  rateLimited,
  unavailable,
  VACANCIES_API,
  vacanciesBackend,
} from './vacancy-search.fixtures.js';
import './define.js';

// Every story talks to the backend's own vacancy search through its MSW handlers (2,000 vacancies generated as the
// backend generates its 50,000), so what a story shows is what the backend answers.

interface Args {
  'page-size': number;
  region: string;
}

interface ViewOptions {
  readonly pageSize?: number;
  readonly region?: string;
  readonly compact?: boolean;
  /** Width of the box the element sits in (filters fold behind «Фильтры» below 48rem of its own width). */
  readonly width?: string;
  /** Another vacancy API than the one at `api-base`. */
  readonly client?: VacanciesApi;
}

function view(options: ViewOptions = {}): TemplateResult {
  return html`<div style=${options.width ? `max-inline-size:${options.width}` : ''}>
    <gos-config api-base=${VACANCIES_API}>
      <gos-vacancy-search
        page-size=${options.pageSize ?? 20}
        region=${options.region || nothing}
        search-page=${options.compact ? '#search' : nothing}
        ?compact=${options.compact ?? false}
        .client=${options.client}
      ></gos-vacancy-search>
    </gos-config>
  </div>`;
}

let shared: HttpHandler[] | undefined;
/** MSW handlers of a story: the generated search (built once), or handlers of a failure. */
function backend(handlers?: HttpHandler[]) {
  return { msw: { handlers: { vacancies: handlers ?? (shared ??= vacanciesBackend().handlers) } } };
}

/** Waits (up to 8 s) until the element shows something matching `selector`: the story's state has arrived. */
async function until(canvasElement: HTMLElement, selector: string): Promise<HTMLElement> {
  for (let waited = 0; waited < 8000; waited += 50) {
    const found = canvasElement.querySelector('gos-vacancy-search')?.shadowRoot?.querySelector<HTMLElement>(selector);
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`gos-vacancy-search never showed ${selector}`);
}

const LOADED = 'ol.list[aria-busy="false"]';

const showing =
  (selector: string): Story['play'] =>
  async ({ canvasElement }) => {
    await until(canvasElement, selector);
  };

/** Searches for `words` as the citizen does (typing, then «Найти»). */
async function searchFor(canvasElement: HTMLElement, words: string): Promise<void> {
  await until(canvasElement, LOADED);
  const input = (await until(canvasElement, '#q')) as HTMLInputElement;
  input.value = words;
  input.dispatchEvent(new Event('input'));
  ((await until(canvasElement, 'form.search')) as HTMLFormElement).requestSubmit();
}

/** A search replaced by a newer one is aborted on purpose: the stories name those requests as expected. */
const STALE_DROPPED = { expectedFailures: ['/api/v1/vacancies.*net::ERR_ABORTED'] };

const meta = {
  title: 'Public/gos-vacancy-search',
  component: 'gos-vacancy-search',
  tags: ['autodocs'],
  parameters: {
    ...backend(),
    docs: {
      description: {
        component: `
\`<gos-vacancy-search>\` is the public vacancy search («Работа России»): words with job-title suggestions, a region
type-ahead over the 89 regions, filters with the number of vacancies each would find, results with «Показать ещё»,
and a vacancy's details in place of the list. \`sync-url\` keeps the whole search in the URL; \`compact\` is the small
form for a home page that leads to \`search-page\`. Data comes from \`api-base\` or \`<gos-config api-base>\`.`,
      },
    },
  },
  args: { 'page-size': 20, region: '' },
  render: (args) => view({ pageSize: args['page-size'], region: args.region }),
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

export const Default: Story = { name: 'Newest vacancies', play: showing(LOADED) };

export const WithQuery: Story = {
  name: 'Search: «бухгалтер»',
  parameters: STALE_DROPPED,
  play: async ({ canvasElement }) => {
    await searchFor(canvasElement, 'бухгалтер');
    await until(canvasElement, `${LOADED} .result`);
  },
};

export const Suggestions: Story = {
  name: 'Job-title suggestions open',
  play: async ({ canvasElement }) => {
    await until(canvasElement, LOADED);
    const input = (await until(canvasElement, '#q')) as HTMLInputElement;
    input.focus();
    input.value = 'бух';
    input.dispatchEvent(new Event('input'));
    await until(canvasElement, '#q-suggestions [role="option"]');
  },
};

export const FiltersApplied: Story = {
  name: 'Filters: Moscow, full-time, remote',
  parameters: STALE_DROPPED,
  render: () => view({ region: '7700000000000' }),
  play: async ({ canvasElement }) => {
    await until(canvasElement, LOADED);
    (await until(canvasElement, 'input[name="employment"][value="full"]')).click();
    (await until(canvasElement, 'input[name="remote"]')).click();
    await until(canvasElement, `${LOADED}`);
  },
};

export const RegionTypeAhead: Story = {
  name: 'Region type-ahead',
  play: async ({ canvasElement }) => {
    await until(canvasElement, LOADED);
    const input = (await until(canvasElement, '#region')) as HTMLInputElement;
    input.focus();
    input.value = 'ниж';
    input.dispatchEvent(new Event('input'));
    await until(canvasElement, '#region-options [role="option"]');
  },
};

export const Detail: Story = {
  name: 'A vacancy opened',
  play: async ({ canvasElement }) => {
    (await until(canvasElement, `${LOADED} .result .title-link`)).click();
    await until(canvasElement, '#detail-title');
  },
};

export const NotFound: Story = {
  name: 'A vacancy taken down (404)',
  parameters: { expectedFailures: [' 404\\b'] },
  render: () => {
    // An old shared link: the page's URL names a vacancy that is no longer published.
    const url = new URL(location.href);
    url.searchParams.set('sb-vacancy', 'removed-vacancy');
    history.replaceState(history.state, '', url);
    return html`<gos-config api-base=${VACANCIES_API}>
      <gos-vacancy-search sync-url="sb-"></gos-vacancy-search>
    </gos-config>`;
  },
  play: showing('[part="detail"] [role="alert"]'),
};

export const Empty: Story = {
  name: 'Nothing found («did you mean»)',
  parameters: STALE_DROPPED,
  play: async ({ canvasElement }) => {
    await searchFor(canvasElement, 'бухгалтерр');
    await until(canvasElement, '.notice.empty .did-you-mean');
  },
};

export const NoVacancies: Story = {
  name: 'No vacancies at all',
  parameters: backend(vacanciesBackend({ empty: true }).handlers),
  play: showing('.notice.empty'),
};

export const Loading: Story = {
  // Still loading, with no request open: one left open would be aborted when the element leaves the page (as it
  // should be), and a Storybook run that goes on to the next story would blame that abort on the next story.
  render: () => view({ client: neverAnsweringClient() }),
  play: showing('[part="results"][aria-busy="true"]'),
};

export const LoadFailed: Story = {
  name: 'Backend unavailable',
  parameters: { ...backend(unavailable), expectedFailures: [' 503\\b'] },
  play: showing('.notice.error'),
};

export const RateLimited: Story = {
  name: 'Too many requests (429)',
  parameters: { ...backend(rateLimited), expectedFailures: [' 429\\b'] },
  play: showing('.notice.error'),
};

export const Offline: Story = {
  name: 'Offline',
  parameters: { ...backend(unavailable), expectedFailures: [' 503\\b'] },
  play: async ({ canvasElement }) => {
    await until(canvasElement, '.notice.error');
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    dispatchEvent(new Event('offline'));
    await until(canvasElement, '.base > .notice[role="status"]');
    delete (navigator as { onLine?: boolean }).onLine;
  },
};

export const Compact: Story = {
  name: 'Compact (home page form)',
  render: () => view({ compact: true }),
};

export const Narrow: Story = {
  name: 'Narrow (320 px, filters folded)',
  render: () => view({ width: '320px' }),
  play: showing(LOADED),
};

export const NarrowFiltersOpen: Story = {
  name: 'Narrow with the filters open',
  render: () => view({ width: '320px' }),
  play: async ({ canvasElement }) => {
    await until(canvasElement, LOADED);
    (await until(canvasElement, '.filters-toggle')).click();
    await until(canvasElement, '.filters.open');
  },
};

export const English: Story = {
  globals: { locale: 'en' },
  play: showing(LOADED),
};

export const LowVision: Story = {
  name: 'Low vision (white on black)',
  globals: { lowVision: 'white-on-black' },
  play: showing(LOADED),
};
