// Memory readings for the bench parts that report how much the process grows.
import { runInNewContext } from 'node:vm';
import v8 from 'node:v8';

/** A full garbage collection, so that a baseline is not inflated by garbage of the step before. */
export function collectGarbage(): void {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed) return exposed();
  v8.setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

/** What the JavaScript side holds: V8's heap and the buffers outside it. */
export const heapOf = (usage: NodeJS.MemoryUsage): number => usage.heapUsed + usage.external;
