// Render scenario: <gos-benefits-history> over the load user's 10,000 payments, 100 a page (the API's largest
// page), through a client that asks the backend's own payments domain in the page — so the numbers are the
// element's work (Lit templates, the Tasks, the chart, style and layout) plus the domain's filtering, not the
// network's.
import type { PaymentListQuery, PaymentPage, PaymentSummaryQuery } from '@gos-elements/contracts';
import type { GosBenefitsHistoryElement, PaymentsApi } from '@gos-elements/elements';
import '@gos-elements/elements/benefits-history/define';
import { Payments } from '../../../mock-backend/src/payments/index.js';
import { FakeSession, signedIn } from '../../../packages/elements/src/login-button/login-button.fixtures.js';
import { defineBench, measure, until, type BenchEntry } from './support.js';

/** The element's default page, and the API's largest. */
const PAGE_SIZES = [20, 100] as const;
/** Issue 8's target for a re-render after a filter change. */
const FILTER_TARGET_MS = 50;
const OWNER = 'load-user';

/** The payments API answered by the domain itself, remembering the last page it served. */
function inPageClient(): PaymentsApi & { last?: PaymentPage } {
  const payments = new Payments({ clock: { now: () => Date.now() }, profileOf: () => 'load' });
  const unsupported = () => Promise.reject(new Error('not part of this bench'));
  const client: PaymentsApi & { last?: PaymentPage } = {
    list(params = {}) {
      const query = {
        ...params,
        sort: params.sort ?? 'date',
        order: params.order ?? 'desc',
        page: params.page ?? 1,
        pageSize: params.pageSize ?? 20,
      } as PaymentListQuery;
      client.last = payments.list(OWNER, query);
      return Promise.resolve(client.last);
    },
    summary: (params = {}) => Promise.resolve(payments.summary(OWNER, params as PaymentSummaryQuery)),
    upcoming: () => Promise.resolve(payments.upcoming(OWNER)),
    get: (id) => Promise.resolve(payments.get(OWNER, id)),
    requestClarification: unsupported,
    export: unsupported,
  };
  return client;
}

/** The last page served is on screen and settled (not the previous one kept while loading). */
function showsLastPage(element: GosBenefitsHistoryElement, client: { last?: PaymentPage }): boolean {
  const root = element.shadowRoot;
  const expected = client.last;
  if (!root || !expected || !root.querySelector('.results[aria-busy="false"]')) return false;
  if (expected.total === 0) return root.querySelector('.results > .notice') !== null;
  const rows = root.querySelectorAll('table[part="table"] > tbody > tr');
  return rows.length === expected.items.length && rows[0]?.getAttribute('data-id') === expected.items[0]?.id;
}

defineBench(async () => {
  const entries: BenchEntry[] = [];
  // All time: the whole 10,000 (the element reads its view from the URL with `sync-url`).
  history.replaceState(null, '', `${location.pathname}?period=all`);
  for (const pageSize of PAGE_SIZES) entries.push(...(await scenario(pageSize)));
  history.replaceState(null, '', location.pathname);
  return entries;
});

async function scenario(pageSize: number): Promise<BenchEntry[]> {
  const entries: BenchEntry[] = [];
  const session = new FakeSession(signedIn('confirmed'));
  const mount = () => {
    const element = document.createElement('gos-benefits-history') as GosBenefitsHistoryElement;
    element.lang = 'ru';
    element.pageSize = pageSize;
    element.syncUrl = '';
    element.session = session;
    element.client = inPageClient();
    return element;
  };

  for (let i = 0; i < 10; i += 1) {
    const element = mount();
    const client = element.client as ReturnType<typeof inPageClient>;
    entries.push(
      await measure(
        `mount → first page (${pageSize} of 10,000 rows)`,
        () => document.body.append(element),
        () => showsLastPage(element, client),
      ),
    );
    element.remove();
  }

  const element = mount();
  const client = element.client as ReturnType<typeof inPageClient>;
  document.body.append(element);
  await until(() => showsLastPage(element, client), 'the first page');
  const root = element.shadowRoot as ShadowRoot;

  const statuses = ['paid', 'pending', 'rejected', 'returned'];
  for (let i = 0; i < 24; i += 1) {
    const box = root.querySelector<HTMLInputElement>(`input[name="status"][value="${statuses[i % 4]}"]`);
    if (!box) throw new Error('no status filter');
    const served = client.last;
    entries.push(
      await measure(
        `re-render after a status filter change (${pageSize} rows)`,
        () => box.click(),
        () => client.last !== served && showsLastPage(element, client),
        { targetMs: FILTER_TARGET_MS },
      ),
    );
  }

  for (let i = 0; i < 24; i += 1) {
    const buttons = [...root.querySelectorAll<HTMLButtonElement>('[part="pager"] button')];
    const button = buttons.find((candidate) => !candidate.disabled && /Вперёд|Назад/.test(candidate.textContent ?? ''));
    if (!button) break;
    const served = client.last;
    entries.push(
      await measure(
        `next / previous page (${pageSize} rows)`,
        () => button.click(),
        () => client.last !== served && showsLastPage(element, client),
      ),
    );
  }
  element.remove();
  return entries;
}
