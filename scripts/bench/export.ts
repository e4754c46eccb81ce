// Part 2: exporting all 10,000 payments as CSV and as PDF over HTTP — time to the last byte, and how much the
// process's memory grows while the server streams the file (server and client share this process; the client only
// counts the bytes, it keeps none).
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import type { BenchBackend } from './backend.js';
import { collectGarbage, heapOf } from './memory.js';
import { median } from './table.js';

export type ExportFormat = 'csv' | 'pdf';

export interface ExportRun {
  readonly bytes: number;
  /** Lines in the file (CSV: header rows + one per payment); undefined for PDF. */
  readonly lines: number | undefined;
  /** From sending the request to the last byte received. */
  readonly lastByteMs: number;
  /** This process's CPU time meanwhile (server and client), in ms. */
  readonly cpuMs: number;
  /** Peak minus the baseline taken just before the request (after a full GC), in bytes. */
  readonly rssGrowth: number;
  readonly heapGrowth: number;
  /**
   * Longest gap between two memory samples (due every 10 ms), in ms: how long the event loop was busy at a stretch —
   * other requests to this server would have waited as long — and how coarse the memory peak may be.
   */
  readonly maxGapMs: number;
  readonly samples: number;
}

export interface ExportRow {
  readonly format: ExportFormat;
  readonly runs: readonly ExportRun[];
  readonly medianMs: number;
  readonly medianCpuMs: number;
}

const SAMPLE_EVERY_MS = 10;

async function exportOnce(backend: BenchBackend, format: ExportFormat): Promise<ExportRun> {
  collectGarbage();
  await sleep(50);
  const baseline = process.memoryUsage();
  let peakRss = baseline.rss;
  let peakHeap = heapOf(baseline);
  let samples = 0;
  let sampledAt = performance.now();
  const sample = () => {
    const usage = process.memoryUsage();
    samples += 1;
    sampledAt = performance.now();
    if (usage.rss > peakRss) peakRss = usage.rss;
    if (heapOf(usage) > peakHeap) peakHeap = heapOf(usage);
  };
  let lastTick = performance.now();
  let maxGapMs = 0;
  const sampler = setInterval(() => {
    const now = performance.now();
    maxGapMs = Math.max(maxGapMs, now - lastTick);
    lastTick = now;
    sample();
  }, SAMPLE_EVERY_MS);
  let lines = 0;
  const cpu = process.cpuUsage();
  try {
    const reply = await backend.get(`/api/v1/payments/export?format=${format}`, (chunk) => {
      if (format === 'csv') for (const byte of chunk) if (byte === 0x0a) lines += 1;
      // Chunks may arrive in one long run of I/O callbacks, between which the timer gets no turn: sample here too.
      if (performance.now() - sampledAt >= SAMPLE_EVERY_MS) sample();
    });
    const used = process.cpuUsage(cpu);
    sample();
    maxGapMs = Math.max(maxGapMs, performance.now() - lastTick);
    if (reply.status !== 200) throw new Error(`export ${format} answered ${reply.status}`);
    return {
      bytes: reply.bytes,
      lines: format === 'csv' ? lines : undefined,
      lastByteMs: reply.lastByteMs,
      cpuMs: (used.user + used.system) / 1000,
      rssGrowth: peakRss - baseline.rss,
      heapGrowth: peakHeap - heapOf(baseline),
      maxGapMs,
      samples,
    };
  } finally {
    clearInterval(sampler);
  }
}

export async function measureExports(backend: BenchBackend, options: { readonly runs: number }): Promise<ExportRow[]> {
  const rows: ExportRow[] = [];
  for (const format of ['csv', 'pdf'] as const) {
    const runs: ExportRun[] = [];
    for (let i = 0; i < options.runs; i += 1) runs.push(await exportOnce(backend, format));
    rows.push({
      format,
      runs,
      medianMs: median(runs.map((run) => run.lastByteMs)),
      medianCpuMs: median(runs.map((run) => run.cpuMs)),
    });
  }
  return rows;
}
