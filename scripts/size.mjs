// `npm run size`: gzip size of every npm entry of @gos-elements/elements (bundled with everything it imports,
// Lit included, as a page pays for it) and of the CDN module; fails when one exceeds its budget in
// size-budgets.json.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { cdnBuildOptions, packageDir } from '../packages/elements/scripts/cdn.mjs';

const budgets = JSON.parse(readFileSync(new URL('../size-budgets.json', import.meta.url), 'utf8')).budgets;
const pkg = JSON.parse(readFileSync(new URL('package.json', `file://${packageDir}/`), 'utf8'));

const entries = Object.entries(pkg.exports)
  .filter(([, target]) => typeof target === 'object' && target.source)
  .map(([subpath, target]) => ({ name: `${pkg.name}${subpath.slice(1)}`, source: target.source }));

async function gzipSizeOf(options) {
  const result = await build({ ...options, write: false, metafile: false });
  const code = result.outputFiles.find((file) => file.path.endsWith('.js'));
  return { raw: code.contents.byteLength, gzip: gzipSync(code.contents, { level: 9 }).byteLength };
}

const rows = [];
for (const entry of entries) {
  const { entryPoints: _unused, ...shared } = cdnBuildOptions;
  const size = await gzipSizeOf({ ...shared, entryPoints: [entry.source], outdir: 'out' });
  rows.push({ name: entry.name, ...size });
}
rows.push({
  name: 'CDN module (dist/cdn/gos-elements.js)',
  ...(await gzipSizeOf({ ...cdnBuildOptions, outdir: 'out' })),
});

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
