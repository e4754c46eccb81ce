// Builds the npm ESM output (tsc, one module per source file), the self-contained CDN module and the
// custom-elements.json manifest.
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';
import { cdnBuildOptions, packageDir } from './cdn.mjs';

const run = (command, args) => execFileSync(command, args, { cwd: packageDir, stdio: 'inherit' });

run('npx', ['tsc', '-b']);
await build({ ...cdnBuildOptions, outdir: 'dist/cdn', sourcemap: true });
run('npm', ['run', 'manifest', '--silent']);
console.log('elements: built dist/ (npm ESM), dist/cdn/gos-elements.js and custom-elements.json');
