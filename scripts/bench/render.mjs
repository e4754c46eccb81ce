// Part 3 of `npm run bench`: how long elements take to render in Chromium (Debian's /usr/bin/chromium, headless,
// driven by playwright-core — the same browser and flags as the end-to-end tests).
//
// Each scenario is a module in scripts/bench/scenarios/ that imports the element it measures from the sources
// (`@gos-elements/elements/...`, resolved through the `source` condition) and, once loaded, exposes
// `window.__bench()`: a promise of `{ name, ms, targetMs? }` entries (see scenarios/support.ts). The harness bundles
// the scenarios with the very options of the CDN build (packages/elements/scripts/cdn.mjs: minified, es2022, code
// splitting) in memory — no `npm run build`, never a stale dist/ — serves them from a tiny local server, opens
// each in a fresh browser context and awaits `__bench()`. Entries with the same name become one row (median, min,
// max); a row with `targetMs` is marked «ok» or «over target» by its median.
//
// Adding a scenario (e.g. <gos-benefits-history> with 10,000 payments):
//   1. create scripts/bench/scenarios/benefits-history.ts:
//        import '@gos-elements/elements/benefits-history/define';   // the element's define module
//        import { defineBench, measure, type BenchEntry } from './support.js';
//        defineBench(async () => {
//          const entries: BenchEntry[] = [];
//          // build the data in the page (a fake client answering from memory keeps the network out of it),
//          // mount the element, wait until it shows the data, then time each change:
//          entries.push(await measure('re-render after a filter change', act, done, { targetMs: 50 }));
//          return entries;
//        });
//      `measure(name, act, done)` times from `act()` until `done()` holds and style and layout are computed;
//      repeat a measurement (10–30 times) under the same name to get a median. scenarios/application-status.ts is a
//      worked example (fake session and client, filter change, paging).
//   2. add it to SCENARIOS below: { id: 'benefits-history', entry: 'scenarios/benefits-history.ts', about: '…' }.
//   3. `npm run bench -- --only=render` runs just this part.
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { cdnBuildOptions } from '../../packages/elements/scripts/cdn.mjs';
import { chromiumArgs, chromiumPath } from '../chromium.mjs';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
/** Where the bundle would go if it were written (it is not): the server's root. */
const outdir = path.join(benchDir, '.out');
const SCENARIO_TIMEOUT_MS = 90_000;

/**
 * @typedef {object} Scenario
 * @property {string} id         file names of the bundle and the page (`<id>.js`, `<id>.html`)
 * @property {string} entry      the scenario module, relative to scripts/bench/
 * @property {string} about      what the page renders, for the table's heading
 */

/** @type {readonly Scenario[]} */
export const SCENARIOS = [
  {
    id: 'application-status',
    entry: 'scenarios/application-status.ts',
    about: '<gos-application-status>: 10,000 applications from a fake in-page client, 50 a page',
  },
  {
    id: 'benefits-history',
    entry: 'scenarios/benefits-history.ts',
    about: "<gos-benefits-history>: the load user's 10,000 payments from the payments domain in the page, 100 a page",
  },
  {
    id: 'vacancy-search',
    entry: 'scenarios/vacancy-search.ts',
    about:
      '<gos-vacancy-search>: 50,000 vacancies searched in the page by the backend’s search domain through the real ' +
      'client (no network); typing a word a character at a time',
  },
];

/**
 * @typedef {object} RenderRow
 * @property {string} scenario
 * @property {string} name
 * @property {number} samples
 * @property {number} median
 * @property {number} min
 * @property {number} max
 * @property {number | undefined} targetMs
 */

/**
 * @typedef {object} RenderResult
 * @property {string | undefined} skipped    why nothing was measured (no Chromium, the bundle failed)
 * @property {string | undefined} browser    the Chromium version
 * @property {readonly RenderRow[]} rows
 * @property {readonly { scenario: string, error: string }[]} failures
 */

/** @param {readonly number[]} values */
function medianOf(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return /** @type {number} */ (sorted[Math.ceil(sorted.length / 2) - 1]);
}

/**
 * Bundles the scenarios in memory; answers with the files by their URL path.
 * @param {readonly Scenario[]} scenarios
 * @returns {Promise<Map<string, { type: string, body: Uint8Array | string }>>}
 */
async function bundle(scenarios) {
  const result = await build({
    ...cdnBuildOptions,
    entryPoints: Object.fromEntries(scenarios.map((scenario) => [scenario.id, path.join(benchDir, scenario.entry)])),
    outdir,
    write: false,
    sourcemap: false,
  });
  /** @type {Map<string, { type: string, body: Uint8Array | string }>} */
  const files = new Map();
  for (const file of result.outputFiles) {
    files.set(`/${path.relative(outdir, file.path)}`, { type: 'text/javascript; charset=utf-8', body: file.contents });
  }
  for (const scenario of scenarios) {
    files.set(`/${scenario.id}.html`, {
      type: 'text/html; charset=utf-8',
      body:
        '<!doctype html><html lang="ru"><head><meta charset="utf-8">' +
        '<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,">' +
        `<title>bench: ${scenario.id}</title></head>` +
        `<body><script type="module" src="/${scenario.id}.js"></script></body></html>`,
    });
  }
  return files;
}

/**
 * Serves `files` on localhost at a free port.
 * @param {Map<string, { type: string, body: Uint8Array | string }>} files
 */
async function serve(files) {
  const server = createServer((request, response) => {
    const file = files.get(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': file.type, 'Cache-Control': 'no-store' }).end(file.body);
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(undefined));
  });
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve(undefined));
      }),
  };
}

/**
 * @param {unknown} entries
 * @returns {{ name: string, ms: number, targetMs?: number }[]}
 */
function checked(entries) {
  if (!Array.isArray(entries)) throw new Error('window.__bench() must resolve to an array of { name, ms }');
  for (const entry of entries) {
    if (typeof entry?.name !== 'string' || typeof entry?.ms !== 'number' || !Number.isFinite(entry.ms)) {
      throw new Error(`not a { name, ms } entry: ${JSON.stringify(entry)}`);
    }
  }
  return entries;
}

/**
 * Runs each scenario in a fresh context of one headless Chromium.
 * @param {{ scenarios?: readonly Scenario[] }} [options]
 * @returns {Promise<RenderResult>}
 */
export async function measureRender({ scenarios = SCENARIOS } = {}) {
  /** @type {RenderRow[]} */
  const rows = [];
  /** @type {{ scenario: string, error: string }[]} */
  const failures = [];
  if (!existsSync(chromiumPath)) {
    const skipped = `no Chromium at ${chromiumPath} (sudo apt-get install -y chromium, or set CHROMIUM_PATH)`;
    return { skipped, browser: undefined, rows, failures };
  }
  let files;
  try {
    files = await bundle(scenarios);
  } catch (error) {
    return { skipped: `the scenarios did not bundle: ${String(error)}`, browser: undefined, rows, failures };
  }
  const server = await serve(files);
  const browser = await chromium.launch({ executablePath: chromiumPath, args: [...chromiumArgs], headless: true });
  try {
    for (const scenario of scenarios) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'ru-RU' });
      /** @type {string[]} */
      const problems = [];
      try {
        const page = await context.newPage();
        page.setDefaultTimeout(SCENARIO_TIMEOUT_MS);
        page.on('pageerror', (error) => problems.push(error.message));
        page.on('console', (message) => {
          if (message.type() === 'error') problems.push(message.text());
        });
        await page.goto(`${server.url}/${scenario.id}.html`, { waitUntil: 'load' });
        // In the page, globalThis is its window.
        await page.waitForFunction(() => typeof Reflect.get(globalThis, '__bench') === 'function', undefined, {
          timeout: 15_000,
        });
        const entries = checked(await page.evaluate(() => Reflect.get(globalThis, '__bench')()));
        /** @type {Map<string, { ms: number[], targetMs: number | undefined }>} */
        const byName = new Map();
        for (const entry of entries) {
          const row = byName.get(entry.name) ?? { ms: [], targetMs: entry.targetMs };
          row.ms.push(entry.ms);
          byName.set(entry.name, row);
        }
        for (const [name, { ms, targetMs }] of byName) {
          rows.push({
            scenario: scenario.id,
            name,
            samples: ms.length,
            median: medianOf(ms),
            min: Math.min(...ms),
            max: Math.max(...ms),
            targetMs,
          });
        }
        if (problems.length > 0) failures.push({ scenario: scenario.id, error: problems.join('; ') });
      } catch (error) {
        const detail = problems.length > 0 ? ` (page: ${problems.join('; ')})` : '';
        failures.push({
          scenario: scenario.id,
          error: `${error instanceof Error ? error.message : String(error)}${detail}`,
        });
      } finally {
        await context.close();
      }
    }
    return { skipped: undefined, browser: browser.version(), rows, failures };
  } finally {
    await browser.close();
    await server.close();
  }
}
