// Child processes for the end-to-end run: each server runs in its own process group, so stopping it stops
// everything it started (tsx's esbuild service, Vite's workers) and nothing survives the test run.
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { groupAlive, signalGroup, stopGroup } from '../../scripts/process-group.mjs';

export { groupAlive };

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export interface ManagedProcess {
  readonly name: string;
  readonly child: ChildProcess;
  /** Resolves when the process has exited (never rejects). */
  readonly exited: Promise<ExitInfo>;
  /** The last lines of combined stdout/stderr, for error messages. */
  recentOutput(): string;
}

export interface ExitInfo {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
}

export interface StartOptions {
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  /** Echo stdout to our stdout, prefixed. stderr is always echoed. */
  readonly echoStdout?: boolean;
}

const OUTPUT_LINES_KEPT = 60;
const running = new Set<ManagedProcess>();

/** Starts `command` in a new process group (detached), capturing its output. */
export function startProcess(
  name: string,
  command: string,
  args: readonly string[],
  options: StartOptions,
): ManagedProcess {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const collect = (stream: NodeJS.ReadableStream | null, echo: boolean): void => {
    if (!stream) return;
    let pending = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      pending += chunk;
      const parts = pending.split('\n');
      pending = parts.pop() ?? '';
      for (const line of parts) {
        lines.push(line);
        if (lines.length > OUTPUT_LINES_KEPT) lines.shift();
        if (echo) process.stderr.write(`[${name}] ${line}\n`);
      }
    });
  };
  collect(child.stdout, options.echoStdout === true);
  collect(child.stderr, true);

  const exited = new Promise<ExitInfo>((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }));
    child.once('error', (error) => {
      lines.push(`failed to start: ${error.message}`);
      resolve({ code: null, signal: null });
    });
  });
  const managed: ManagedProcess = {
    name,
    child,
    exited,
    recentOutput: () => lines.join('\n'),
  };
  running.add(managed);
  void exited.then(() => {
    if (!groupAlive(child.pid)) running.delete(managed);
  });
  return managed;
}

/** SIGTERM the whole group, wait for it to be gone, SIGKILL after `graceMs`. */
export async function stopProcess(managed: ManagedProcess, graceMs = 5_000): Promise<void> {
  await stopGroup(managed.child.pid, {
    graceMs,
    onForce: () =>
      process.stderr.write(`[${managed.name}] did not stop within ${graceMs} ms: killing its process group\n`),
  });
  // Let the 'exit' event of the leader arrive before returning.
  await Promise.race([managed.exited, sleep(1_000)]);
  running.delete(managed);
}

/** Stops every process started here that is still running (in parallel). */
export async function stopAll(): Promise<void> {
  await Promise.all([...running].map((managed) => stopProcess(managed)));
}

/** Last-resort, synchronous: used on process exit when there is no time to wait. */
export function killAllNow(): void {
  for (const managed of running) signalGroup(managed.child.pid, 'SIGKILL');
  running.clear();
}

/** Runs a command to completion (own process group), rejecting with its output on failure. */
export async function runToCompletion(
  name: string,
  command: string,
  args: readonly string[],
  options: StartOptions,
): Promise<void> {
  const managed = startProcess(name, command, args, options);
  const { code, signal } = await managed.exited;
  running.delete(managed);
  if (code !== 0) {
    throw new Error(
      `${name} failed (${signal ? `signal ${signal}` : `exit code ${String(code)}`}):\n${managed.recentOutput()}`,
    );
  }
}

/** Asks the OS for `count` distinct free TCP ports on localhost. */
export async function findFreePorts(count: number): Promise<number[]> {
  const servers: net.Server[] = [];
  try {
    const ports: number[] = [];
    for (let i = 0; i < count; i += 1) {
      const server = net.createServer();
      servers.push(server);
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(0, 'localhost', () => resolve());
      });
      const address = server.address();
      if (address === null || typeof address === 'string') throw new Error('could not read a free port');
      ports.push(address.port);
    }
    return ports;
  } finally {
    await Promise.all(servers.map((server) => new Promise<void>((resolve) => server.close(() => resolve()))));
  }
}

/**
 * Polls `url` until it answers 200, failing early (with the process output) if `managed` exits first.
 */
export async function waitForHttp(url: string, managed: ManagedProcess, timeoutMs = 60_000): Promise<void> {
  let exitInfo: ExitInfo | undefined;
  void managed.exited.then((info) => {
    exitInfo = info;
  });
  const deadline = Date.now() + timeoutMs;
  let lastProblem = 'no answer yet';
  while (Date.now() < deadline) {
    if (exitInfo) {
      throw new Error(
        `${managed.name} exited (${exitInfo.signal ? `signal ${exitInfo.signal}` : `code ${String(exitInfo.code)}`}) ` +
          `before ${url} answered:\n${managed.recentOutput()}`,
      );
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      await response.arrayBuffer();
      if (response.status === 200) return;
      lastProblem = `HTTP ${response.status}`;
    } catch (error) {
      lastProblem = error instanceof Error ? error.message : String(error);
    }
    await sleep(200);
  }
  throw new Error(
    `${managed.name}: ${url} did not answer 200 within ${timeoutMs} ms (last: ${lastProblem}):\n${managed.recentOutput()}`,
  );
}
