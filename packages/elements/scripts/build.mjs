// Builds the npm ESM output (tsc, one module per source file), the CDN module with its lazily loaded chunks and the
// custom-elements.json manifest.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { cdnBuildOptions, packageDir } from './cdn.mjs';

const run = (command, args) => execFileSync(command, args, { cwd: packageDir, stdio: 'inherit' });

run('npx', ['tsc', '-b']);
// Chunk names carry content hashes: clear out the previous build's.
rmSync(path.join(packageDir, 'dist/cdn'), { recursive: true, force: true });
await build({ ...cdnBuildOptions, outdir: 'dist/cdn', sourcemap: true });
run('npm', ['run', 'manifest', '--silent']);
console.log('elements: built dist/ (npm ESM), dist/cdn/ (gos-elements.js and its chunks) and custom-elements.json');
