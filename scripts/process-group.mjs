// Process groups for the servers `npm start` and the end-to-end tests run: each server is spawned as the leader
// of its own group, so stopping it reaches every process it started (tsx, esbuild, vite workers).
import { existsSync, readdirSync, readFileSync } from 'node:fs';

/**
 * True while a non-zombie process is left in process group `pgid`. (Orphaned grandchildren can linger as
 * zombies where PID 1 does not reap them; those are not running.)
 * @param {number | undefined} pgid
 */
export function groupAlive(pgid) {
  if (pgid === undefined) return false;
  if (process.platform === 'linux' && existsSync('/proc/self/stat')) {
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      let stat;
      try {
        stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      } catch {
        continue;
      }
      // pid (comm) state ppid pgrp … — comm may contain spaces and parentheses: split after the last ')'.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) === pgid && fields[0] !== 'Z' && fields[0] !== 'X') return true;
    }
    return false;
  }
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * @param {number | undefined} pgid
 * @param {NodeJS.Signals} signal
 */
export function signalGroup(pgid, signal) {
  if (pgid === undefined) return;
  try {
    process.kill(-pgid, signal);
  } catch {
    // Already gone.
  }
}

const sleep = (/** @type {number} */ ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * SIGTERM the whole group, wait until it is gone, SIGKILL after `graceMs`.
 * @param {number | undefined} pgid
 * @param {{ graceMs?: number, onForce?: () => void }} [options]
 * @returns {Promise<void>}
 */
export async function stopGroup(pgid, { graceMs = 5_000, onForce } = {}) {
  signalGroup(pgid, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (groupAlive(pgid) && Date.now() < deadline) await sleep(50);
  if (groupAlive(pgid)) {
    onForce?.();
    signalGroup(pgid, 'SIGKILL');
    const killDeadline = Date.now() + 2_000;
    while (groupAlive(pgid) && Date.now() < killDeadline) await sleep(50);
  }
}
