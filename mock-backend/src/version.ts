import { readFileSync } from 'node:fs';

/** The mock backend's version from its package.json (works from `src/` and from `dist/`). */
export const VERSION: string = readVersion();

function readVersion(): string {
  const text = readFileSync(new URL('../package.json', import.meta.url), 'utf8');
  const pkg: unknown = JSON.parse(text);
  const version = typeof pkg === 'object' && pkg !== null ? (pkg as { version?: unknown }).version : undefined;
  return typeof version === 'string' ? version : '0.0.0';
}
