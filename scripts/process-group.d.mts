/** True while a non-zombie process is left in process group `pgid`. */
export declare function groupAlive(pgid: number | undefined): boolean;
export declare function signalGroup(pgid: number | undefined, signal: NodeJS.Signals): void;
/** SIGTERM the whole group, wait until it is gone, SIGKILL after `graceMs` (default 5 s). */
export declare function stopGroup(
  pgid: number | undefined,
  options?: { graceMs?: number; onForce?: () => void },
): Promise<void>;
