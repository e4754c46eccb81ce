// Token hygiene (after Material Web's token tests): a component may only read private `--_gos-*` tokens that
// the shared sheet defines, every private token defined is used somewhere, and public global tokens
// (`--gos-<category>-…`) come only from the shared sheet — components add their own `--gos-<component>-…` ones.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { COLOR_TOKENS } from './tokens.js';

const srcDir = fileURLToPath(new URL('..', import.meta.url));
const tokensFile = fileURLToPath(new URL('tokens.ts', import.meta.url));

function styleFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return styleFiles(path);
    return entry.name.endsWith('.styles.ts') || path === tokensFile ? [path] : [];
  });
}

const matches = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].map((m) => m[1]!);
const tokensSource = readFileSync(tokensFile, 'utf8');
// Color tokens are generated from COLOR_TOKENS, so their names never appear literally in the source.
const definedPrivate = new Set([
  ...matches(tokensSource, /(--_gos-[a-z0-9-]+)\s*:/g),
  ...COLOR_TOKENS.map((token) => `--_gos-color-${token}`),
]);
const globalPublic = new Set([
  ...matches(tokensSource, /var\((--gos-[a-z0-9-]+)/g),
  ...COLOR_TOKENS.map((token) => `--gos-color-${token}`),
]);
const GLOBAL_CATEGORIES = /^--gos-(color|font|line|letter|radius|space|focus|transition|low-vision)-?/;

describe('design tokens', () => {
  const files = styleFiles(srcDir);
  const componentFiles = files.filter((file) => file !== tokensFile);
  const usedPrivate = new Set(
    files.flatMap((file) => matches(readFileSync(file, 'utf8'), /var\((--_gos-[a-z0-9-]+)/g)),
  );

  it('defines every private token a component reads', () => {
    for (const file of files) {
      for (const token of matches(readFileSync(file, 'utf8'), /var\((--_gos-[a-z0-9-]+)/g)) {
        expect(definedPrivate, `${relative(srcDir, file)} reads ${token}`).toContain(token);
      }
    }
  });

  it('uses every private token it defines', () => {
    for (const token of definedPrivate) expect(usedPrivate, `${token} is never read`).toContain(token);
  });

  it('leaves global public tokens to the shared sheet', () => {
    for (const file of componentFiles) {
      for (const token of matches(readFileSync(file, 'utf8'), /var\((--gos-[a-z0-9-]+)/g)) {
        if (GLOBAL_CATEGORIES.test(token))
          expect(globalPublic, `${relative(srcDir, file)} reads undefined global ${token}`).toContain(token);
      }
    }
  });
});
