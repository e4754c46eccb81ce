// Part 1: latency of the payments API on the load user's 10,000 payments — sequential requests over one keep-alive
// connection, each timed from sending to the last byte of the answer.
import { performance } from 'node:perf_hooks';
import type { BenchBackend } from './backend.js';
import { percentile } from './table.js';

export interface ApiQuery {
  readonly name: string;
  readonly path: string;
}

export interface LatencyRow {
  readonly name: string;
  readonly path: string;
  readonly samples: number;
  /** `total` of a list answer (payments matching the filters); undefined for other answers. */
  readonly matched: number | undefined;
  readonly bytes: number;
  readonly p50: number;
  readonly p95: number;
  readonly max: number;
  /** This process's CPU time (server and client) per request, in ms: well below p50 when other jobs hold the CPU. */
  readonly cpuPerRequest: number | undefined;
}

export interface ApiResult {
  /** The very first payments request after start: it plans the 10,000-payment history (then cached). */
  readonly cold: LatencyRow;
  readonly rows: readonly LatencyRow[];
}

interface ListAnswer {
  readonly total: number;
  readonly items: readonly { readonly id: string }[];
  readonly beneficiaries: readonly { readonly id: string }[];
}

/** Today in Moscow (the cabinet's calendar), as `YYYY-MM-DD`. */
function moscowToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Moscow' }).format(new Date());
}

/** The first day of the month `monthsBack` months before the month of `date`. */
function monthStart(date: string, monthsBack: number): string {
  const [year = 0, month = 1] = date.split('-').map(Number);
  const index = year * 12 + (month - 1) - monthsBack;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`;
}

async function ok(backend: BenchBackend, path: string) {
  const reply = await backend.get(path);
  if (reply.status !== 200) {
    throw new Error(`GET ${path} answered ${reply.status}: ${reply.body?.toString('utf8').slice(0, 300)}`);
  }
  return reply;
}

const listOf = (body: Buffer | undefined) => JSON.parse(body?.toString('utf8') ?? 'null') as ListAnswer;

/** The questions the element asks, on the load user's data. */
async function realisticQueries(backend: BenchBackend): Promise<ApiQuery[]> {
  const today = moscowToday();
  const lastYear = Number(today.slice(0, 4)) - 1;
  const first = listOf((await ok(backend, '/api/v1/payments')).body);
  const child = first.beneficiaries[1] ?? first.beneficiaries[0];
  const payment = first.items[0];
  if (!payment) throw new Error('the load user has no payments');
  return [
    { name: 'list: no filter, page 1', path: '/api/v1/payments' },
    {
      name: 'list: last year, paid',
      path: `/api/v1/payments?from=${lastYear}-01-01&to=${lastYear}-12-31&statuses=paid`,
    },
    {
      name: 'list: 2 kinds, by amount asc, page 37',
      path: '/api/v1/payments?kinds=edv,housing-compensation&sort=amount&order=asc&page=37',
    },
    { name: 'list: rejected + returned', path: '/api/v1/payments?statuses=rejected,returned' },
    ...(child
      ? [
          {
            name: `list: one child (${child.id})`,
            path: `/api/v1/payments?beneficiary=${encodeURIComponent(child.id)}`,
          },
        ]
      : []),
    { name: 'list: 100 per page, last page', path: '/api/v1/payments?pageSize=100&page=100' },
    { name: 'summary: 12 months', path: `/api/v1/payments/summary?from=${monthStart(today, 11)}&to=${today}` },
    // 120 months: the longest period a summary covers (limits.payments.summaryMaxMonths).
    { name: 'summary: 10 years', path: `/api/v1/payments/summary?from=${monthStart(today, 119)}&to=${today}` },
    { name: 'upcoming', path: '/api/v1/payments/upcoming' },
    { name: 'statement of one payment', path: `/api/v1/payments/${encodeURIComponent(payment.id)}` },
  ];
}

/**
 * `options.requests` sequential GETs of one query after `options.warmup` untimed ones, each timed to its last byte;
 * `matched` is the answer's `total` when it has one.
 */
export async function timeQuery(
  backend: BenchBackend,
  query: ApiQuery,
  options: { readonly requests: number; readonly warmup: number },
): Promise<LatencyRow> {
  const checked = await ok(backend, query.path);
  const answer = JSON.parse(checked.body?.toString('utf8') ?? 'null') as { total?: unknown } | null;
  for (let i = 0; i < options.warmup; i += 1) await ok(backend, query.path);
  const times: number[] = [];
  const cpu = process.cpuUsage();
  for (let i = 0; i < options.requests; i += 1) {
    const reply = await backend.get(query.path);
    if (reply.status !== 200) throw new Error(`GET ${query.path} answered ${reply.status}`);
    times.push(reply.lastByteMs);
  }
  const used = process.cpuUsage(cpu);
  return {
    name: query.name,
    path: query.path,
    samples: times.length,
    matched: typeof answer?.total === 'number' ? answer.total : undefined,
    bytes: checked.bytes,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    max: Math.max(...times),
    cpuPerRequest: (used.user + used.system) / 1000 / times.length,
  };
}

export async function measureApi(
  backend: BenchBackend,
  options: { readonly requests: number; readonly warmup: number },
): Promise<ApiResult> {
  const coldStarted = performance.now();
  const coldReply = await ok(backend, '/api/v1/payments?pageSize=1');
  const coldMs = performance.now() - coldStarted;
  const cold: LatencyRow = {
    name: 'first request after start (cold: plans the history)',
    path: '/api/v1/payments?pageSize=1',
    samples: 1,
    matched: listOf(coldReply.body).total,
    bytes: coldReply.bytes,
    p50: coldMs,
    p95: coldMs,
    max: coldMs,
    cpuPerRequest: undefined,
  };

  const rows: LatencyRow[] = [];
  for (const query of await realisticQueries(backend)) rows.push(await timeQuery(backend, query, options));
  return { cold, rows };
}
