// Part 4: the vacancy search on 50,000 vacancies — how long the backend takes to stand the search up (generate and
// index, as at every start without `--vacancies`), and the public search API's latency for the queries job seekers
// type, with and without filters, over HTTP like the payments part (JSON encoding and the socket included).
import { setTimeout as sleep } from 'node:timers/promises';
import { systemClock } from '../../mock-backend/src/clock.js';
import { createVacancySearch } from '../../mock-backend/src/vacancies/index.js';
import { timeQuery, type ApiQuery, type LatencyRow } from './api.js';
import type { BenchBackend } from './backend.js';
import { collectGarbage, heapOf } from './memory.js';

/** As many as the backend generates by default (limits.vacancies.generated). */
export const BENCH_VACANCIES = 50_000;

export interface StartupRun {
  readonly generateMs: number;
  readonly indexMs: number;
  /** Heap (V8 + external) the search keeps once built, after a full GC. */
  readonly retainedBytes: number;
}

/** Builds the 50,000-vacancy search `runs` times in this process, as `openBackend` does at start. */
export async function measureVacancyStartup(runs: number): Promise<StartupRun[]> {
  const results: StartupRun[] = [];
  for (let run = 0; run < runs; run += 1) {
    collectGarbage();
    await sleep(50);
    const baseline = heapOf(process.memoryUsage());
    const setup = createVacancySearch({ source: { kind: 'generated', count: BENCH_VACANCIES }, clock: systemClock });
    collectGarbage();
    const retainedBytes = heapOf(process.memoryUsage()) - baseline;
    if (setup.index.size !== BENCH_VACANCIES) throw new Error(`built ${setup.index.size} vacancies`);
    results.push({ ...setup.timings, retainedBytes });
  }
  return results;
}

const MOSCOW = '7700000000000';
const MOSCOW_REGION = '5000000000000';
const TATARSTAN = '1600000000000';

/** What job seekers ask: words alone, words with the filters people tick, filters alone, deep pages, the box. */
export function typicalVacancyQueries(vacancyId: string): ApiQuery[] {
  const search = (params: Record<string, string>) => `/api/v1/vacancies?${new URLSearchParams(params)}`;
  return [
    { name: 'no words, no filters (newest first)', path: search({}) },
    { name: '«бухгалтер»', path: search({ q: 'бухгалтер' }) },
    { name: '«водитель» in Moscow', path: search({ q: 'водитель', regions: MOSCOW }) },
    {
      name: '«бухгалтер», 2 regions, salary ≥ 60,000',
      path: search({ q: 'бухгалтер', regions: `${MOSCOW},${MOSCOW_REGION}`, salaryFrom: '60000' }),
    },
    { name: '«менеджер по продажам», remote', path: search({ q: 'менеджер по продажам', remote: 'true' }) },
    { name: '«врач», by salary', path: search({ q: 'врач', sort: 'salary' }) },
    {
      name: 'IT, full or part time (no words)',
      path: search({ specialisation: 'it', employment: 'full,part' }),
    },
    {
      name: '«продавец кассир», 7 days, salary given',
      path: search({ q: 'продавец кассир', postedWithinDays: '7', withSalaryOnly: 'true' }),
    },
    {
      name: '«учитель», Tatarstan, social package',
      path: search({ q: 'учитель', regions: TATARSTAN, socialPackage: 'true' }),
    },
    { name: 'quota workplaces, social package', path: search({ quota: 'true', socialPackage: 'true' }) },
    { name: '«инженер», page 50', path: search({ q: 'инженер', page: '50' }) },
    { name: 'a typo: «бугалтер» (did you mean)', path: search({ q: 'бугалтер' }) },
    { name: 'suggest «бух»', path: `/api/v1/vacancies/suggest?${new URLSearchParams({ q: 'бух' })}` },
    { name: 'one vacancy (detail)', path: `/api/v1/vacancies/${encodeURIComponent(vacancyId)}` },
  ];
}

export async function measureVacancySearch(
  backend: BenchBackend,
  options: { readonly requests: number; readonly warmup: number },
): Promise<LatencyRow[]> {
  const first = await backend.get('/api/v1/vacancies?pageSize=1');
  const answer = JSON.parse(first.body?.toString('utf8') ?? 'null') as { total?: number; items?: { id: string }[] };
  const id = answer.items?.[0]?.id;
  if (first.status !== 200 || !id) throw new Error(`the vacancy search answered ${first.status}`);
  if (answer.total !== BENCH_VACANCIES) throw new Error(`the backend holds ${answer.total} vacancies, not 50,000`);
  const rows: LatencyRow[] = [];
  for (const query of typicalVacancyQueries(id)) rows.push(await timeQuery(backend, query, options));
  return rows;
}
