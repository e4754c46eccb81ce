// esbuild options for the CDN module and its chunks; shared by the build and by `npm run size`.
import { fileURLToPath } from 'node:url';

export const packageDir = fileURLToPath(new URL('..', import.meta.url));

/** @type {import('esbuild').BuildOptions} */
export const cdnBuildOptions = {
  absWorkingDir: packageDir,
  entryPoints: { 'gos-elements': 'src/cdn-entry.ts' },
  bundle: true,
  format: 'esm',
  // Each element is its own chunk, loaded when its tag appears; Lit and the shared code are chunks of their own.
  splitting: true,
  chunkNames: 'gos-[name]-[hash]',
  target: 'es2022',
  minify: true,
  legalComments: 'none',
  conditions: ['source'],
  tsconfig: 'tsconfig.json',
  logLevel: 'warning',
};
