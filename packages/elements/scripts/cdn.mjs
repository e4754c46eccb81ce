// esbuild options for the self-contained CDN module; shared by the build and by `npm run size`.
import { fileURLToPath } from 'node:url';

export const packageDir = fileURLToPath(new URL('..', import.meta.url));

/** @type {import('esbuild').BuildOptions} */
export const cdnBuildOptions = {
  absWorkingDir: packageDir,
  entryPoints: { 'gos-elements': 'src/all.ts' },
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  legalComments: 'none',
  conditions: ['source'],
  tsconfig: 'tsconfig.json',
  logLevel: 'warning',
};
