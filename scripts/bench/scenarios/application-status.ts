// Render scenario: <gos-application-status> listing 10,000 applications, 50 a page (the element's largest page),
// through a fake cabinet client that answers at once from memory — so the numbers are the element's own work
// (Lit templates, the Task, style and layout), not the network's.
import { APPLICATION_STATUS_CODES, type ApplicationList, type ApplicationSummary } from '@gos-elements/contracts';
import type { ApplicationsApi, GosApplicationStatusElement } from '@gos-elements/elements';
import '@gos-elements/elements/application-status/define';
import { FakeSession, signedIn } from '../../../packages/elements/src/login-button/login-button.fixtures.js';
import { defineBench, measure, until, type BenchEntry } from './support.js';

const TOTAL = 10_000;
const PAGE_SIZE = 50;
/** The project's target for a re-render after a filter change (issue 8), applied here for reference. */
const FILTER_TARGET_MS = 50;

const SERVICES = [
  { code: 'unified-allowance', title: 'Единое пособие в связи с рождением и воспитанием ребенка' },
  { code: 'housing-subsidy', title: 'Субсидия на оплату жилого помещения и коммунальных услуг' },
  { code: 'payment-clarification', title: 'Запрос о разъяснении выплаты' },
  { code: 'passport-replacement', title: 'Замена паспорта гражданина РФ' },
] as const;
const DEPARTMENT = {
  code: 'dtszn-moscow',
  title: 'Департамент труда и социальной защиты населения города Москвы',
};

function seededApplications(): ApplicationSummary[] {
  const start = Date.parse('2016-01-11T09:00:00Z');
  return Array.from({ length: TOTAL }, (_, i) => {
    const submitted = start + i * 8 * 3_600_000;
    return {
      id: `app-bench-${String(i).padStart(6, '0')}`,
      number: `${new Date(submitted).getUTCFullYear()}-${String(i).padStart(6, '0')}`,
      service: SERVICES[i % SERVICES.length] as (typeof SERVICES)[number],
      department: DEPARTMENT,
      submittedAt: new Date(submitted).toISOString(),
      status: APPLICATION_STATUS_CODES[(i * 7) % APPLICATION_STATUS_CODES.length] as ApplicationSummary['status'],
      statusChangedAt: new Date(submitted + 3 * 86_400_000).toISOString(),
    };
  }).reverse();
}

/** The cabinet, in memory: filters and pages as the backend does, and remembers the last page it served. */
function fakeCabinet(all: readonly ApplicationSummary[]): ApplicationsApi & { last?: ApplicationList } {
  const unsupported = () => Promise.reject(new Error('not part of this bench'));
  const cabinet: ApplicationsApi & { last?: ApplicationList } = {
    list(filters = {}) {
      const from = filters.from ?? '';
      const to = filters.to ? `${filters.to}\uffff` : '\uffff';
      const matching = all.filter(
        (item) =>
          (!filters.status || filters.status.includes(item.status)) &&
          item.submittedAt >= from &&
          item.submittedAt <= to,
      );
      const page = filters.page ?? 1;
      const pageSize = filters.pageSize ?? 10;
      const items = matching.slice((page - 1) * pageSize, page * pageSize);
      cabinet.last = { items, page, pageSize, total: matching.length };
      return Promise.resolve(cabinet.last);
    },
    get: unsupported,
    result: unsupported,
    cancel: unsupported,
    upload: unsupported,
    watch: (_onEvent, options) => options.onState?.('live'),
  };
  return cabinet;
}

/** The last page the cabinet served is on screen, settled (not the previous one kept while loading). */
function showsLastPage(element: GosApplicationStatusElement, cabinet: { last?: ApplicationList }): boolean {
  const list = element.shadowRoot?.querySelector('ul.items');
  const expected = cabinet.last?.items;
  if (!list || !expected || list.getAttribute('aria-busy') !== 'false') return false;
  return (
    list.children.length === expected.length &&
    list.querySelector('button[data-id]')?.getAttribute('data-id') === expected[0]?.id
  );
}

defineBench(async () => {
  const entries: BenchEntry[] = [];
  const all = seededApplications();
  const session = new FakeSession(signedIn('confirmed'));

  const mount = () => {
    const element = document.createElement('gos-application-status') as GosApplicationStatusElement;
    element.lang = 'ru';
    element.pageSize = PAGE_SIZE;
    element.session = session;
    element.client = fakeCabinet(all);
    return element;
  };

  for (let i = 0; i < 10; i += 1) {
    const element = mount();
    const cabinet = element.client as ReturnType<typeof fakeCabinet>;
    entries.push(
      await measure(
        `mount → first page (${PAGE_SIZE} of ${TOTAL.toLocaleString('en')} rows)`,
        () => document.body.append(element),
        () => showsLastPage(element, cabinet),
      ),
    );
    element.remove();
  }

  const element = mount();
  const cabinet = element.client as ReturnType<typeof fakeCabinet>;
  document.body.append(element);
  await until(() => showsLastPage(element, cabinet), 'the first page');
  const root = element.shadowRoot as ShadowRoot;

  const statuses = ['', ...APPLICATION_STATUS_CODES];
  for (let i = 1; i <= 24; i += 1) {
    const select = root.querySelector<HTMLSelectElement>('select#status');
    if (!select) throw new Error('no status filter');
    const served = cabinet.last;
    entries.push(
      await measure(
        're-render after a status filter change',
        () => {
          select.value = statuses[i % statuses.length] as string;
          select.dispatchEvent(new Event('change', { bubbles: true }));
        },
        () => cabinet.last !== served && showsLastPage(element, cabinet),
        { targetMs: FILTER_TARGET_MS },
      ),
    );
  }

  for (let i = 0; i < 24; i += 1) {
    const buttons = root.querySelectorAll<HTMLButtonElement>('[part="pager"] button');
    const button = [...buttons].find((candidate) => !candidate.disabled);
    if (!button) throw new Error('no enabled pager button');
    const served = cabinet.last;
    entries.push(
      await measure(
        'next / previous page',
        () => button.click(),
        () => cabinet.last !== served && showsLastPage(element, cabinet),
      ),
    );
  }
  element.remove();
  return entries;
});
