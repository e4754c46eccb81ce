import type { GosConfig } from '@gos-elements/core';

/** Shallow equality of two configurations, so providers only notify consumers on a real change. */
export function sameConfig(a: GosConfig, b: GosConfig): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)] as (keyof GosConfig)[]);
  for (const key of keys) if (a[key] !== b[key]) return false;
  return true;
}
