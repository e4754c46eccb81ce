import type { GosConfig } from '@gos-elements/core';

/** What the page-default store needs of a `<gos-config>`. */
export interface ConfigSource extends Element {
  readonly resolvedConfig: GosConfig;
}

type Listener = () => void;

const sources = new Set<ConfigSource>();
const listeners = new Set<Listener>();

function isNested(source: ConfigSource): boolean {
  for (const other of sources) if (other !== source && other.contains(source)) return true;
  return false;
}

/**
 * The configuration for elements outside every `<gos-config>`: the first top-level one in document order.
 * Kept per SDK instance (not on `window`) so the host's own code and other SDKs are unaffected.
 */
export function pageDefaultSource(): ConfigSource | undefined {
  let first: ConfigSource | undefined;
  for (const source of sources) {
    if (!source.isConnected || isNested(source)) continue;
    if (!first || first.compareDocumentPosition(source) & Node.DOCUMENT_POSITION_PRECEDING) first = source;
  }
  return first;
}

export function registerConfigSource(source: ConfigSource): void {
  sources.add(source);
  notifyConfigChanged();
}

export function unregisterConfigSource(source: ConfigSource): void {
  if (sources.delete(source)) notifyConfigChanged();
}

export function notifyConfigChanged(): void {
  for (const listener of [...listeners]) listener();
}

export function onPageConfigChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
