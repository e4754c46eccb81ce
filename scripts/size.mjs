// `npm run size`: gzip size of every npm entry of @gos-elements/elements (bundled with everything it imports,
// Lit included, as a page pays for it) and of the CDN module; fails when one exceeds its budget in
// size-budgets.json.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { cdnBuildOptions, packageDir } from '../packages/elements/scripts/cdn.mjs';

const budgets = JSON.parse(readFileSync(new URL('../size-budgets.json', import.meta.url), 'utf8')).budgets;
const pkg = JSON.parse(readFileSync(new URL('package.json', `file://${packageDir}/`), 'utf8'));

const entries = Object.entries(pkg.exports)
  .filter(([, target]) => typeof target === 'object' && target.source)
  .map(([subpath, target]) => ({ name: `${pkg.name}${subpath.slice(1)}`, source: target.source }));

const sizeOf = (files) => ({
  raw: files.reduce((sum, file) => sum + file.contents.byteLength, 0),
  gzip: files.reduce((sum, file) => sum + gzipSync(file.contents, { level: 9 }).byteLength, 0),
});

async function gzipSizeOf(options) {
  const result = await build({ ...options, write: false, metafile: false });
  return sizeOf(result.outputFiles.filter((file) => file.path.endsWith('.js')));
}

const rows = [];
for (const entry of entries) {
  const { entryPoints: _unused, ...shared } = cdnBuildOptions;
  const size = await gzipSizeOf({ ...shared, entryPoints: [entry.source], outdir: 'out' });
  rows.push({ name: entry.name, ...size });
}
// The CDN module loads each element's chunk when its tag appears: what a page pays first is the loader; the whole
// set of chunks is what a page with every element pays.
const cdn = await build({ ...cdnBuildOptions, outdir: 'out', write: false, metafile: true });
const cdnFiles = new Map(
  cdn.outputFiles
    .filter((file) => file.path.endsWith('.js'))
    .map((file) => [path.relative(packageDir, file.path), file]),
);
/** The output files a page downloads for the chunk `output`: it and every chunk it imports, transitively. */
function closure(output, seen = new Set()) {
  if (seen.has(output)) return seen;
  seen.add(output);
  for (const imported of cdn.metafile.outputs[output].imports) {
    if (imported.kind === 'import-statement') closure(imported.path, seen);
  }
  return seen;
}
const outputFor = (entryPoint) =>
  Object.keys(cdn.metafile.outputs).find((output) => cdn.metafile.outputs[output].entryPoint === entryPoint);
const loader = outputFor('src/cdn-entry.ts');
rows.push({ name: 'CDN module (dist/cdn/gos-elements.js)', ...sizeOf([cdnFiles.get(loader)]) });
for (const tag of [
  'gos-application-status',
  'gos-benefits-history',
  'gos-config',
  'gos-login-button',
  'gos-otp-prompt',
  'gos-registration-wizard',
  'gos-vacancy-search',
]) {
  const element = outputFor(`src/${tag.replace(/^gos-/, '')}/define.ts`);
  const files = new Set([...closure(loader), ...closure(element)]);
  rows.push({ name: `CDN page with <${tag}>`, ...sizeOf([...files].map((file) => cdnFiles.get(file))) });
}
rows.push({ name: 'CDN module with all its chunks', ...sizeOf([...cdnFiles.values()]) });

const kb = (bytes) => (bytes / 1024).toFixed(1);
let failed = false;
const table = rows.map(({ name, raw, gzip }) => {
  const budget = budgets[name];
  const over = budget !== undefined && gzip / 1024 > budget;
  if (over || budget === undefined) failed = true;
  return {
    entry: name,
    'min KB': kb(raw),
    'gzip KB': kb(gzip),
    'budget KB': budget === undefined ? 'MISSING' : budget.toFixed(1),
    status: budget === undefined ? 'no budget' : over ? 'OVER' : 'ok',
  };
});
console.table(table);
if (failed) {
  console.error('size: an entry is over its budget or has none (size-budgets.json).');
  process.exit(1);
}
console.log('size: every entry is within its budget.');
