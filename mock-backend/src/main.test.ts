import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isPortFree, occupyPort } from './test-support.js';

const PACKAGE_DIR = fileURLToPath(new URL('..', import.meta.url));

interface Child {
  /** Resolves with the URL from the startup log line. */
  readonly started: Promise<string>;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  readonly output: () => string;
  kill(signal: NodeJS.Signals): void;
}

/** Runs `src/main.ts` exactly as `npm start` in mock-backend does. */
function runMain(env: Record<string, string>, args: string[] = ['--memory']): Child {
  const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', 'src/main.ts', ...args], {
    cwd: PACKAGE_DIR,
    env: { ...process.env, NODE_ENV: 'development', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  const started = new Promise<string>((resolve, reject) => {
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      const match = /"url":"(http:\/\/[^"]+)"/.exec(stdout);
      if (match?.[1]) resolve(match[1]);
    });
    child.once('exit', () => reject(new Error(`exited before listening:\n${stdout}${stderr}`)));
  });
  started.catch(() => undefined);
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const timer = setTimeout(() => child.kill('SIGKILL'), 25_000);
  void exited.then(() => clearTimeout(timer));
  return { started, exited, output: () => stdout + stderr, kill: (signal) => child.kill(signal) };
}

describe('main (child process)', { timeout: 30_000 }, () => {
  it.each(['SIGTERM', 'SIGINT'] as const)('stops gracefully on %s: exit 0, port free', async (signal) => {
    const child = runMain({ PORT: '0' });
    const url = await child.started;
    const response = await fetch(`${url}/health`, { headers: { Connection: 'keep-alive' } });
    expect(response.status).toBe(200);
    await response.json();

    child.kill(signal);
    const { code } = await child.exited;
    expect(code, child.output()).toBe(0);
    expect(child.output()).toContain('"msg":"stopped"');
    expect(await isPortFree(Number(new URL(url).port))).toBe(true);
  });

  it('exits 1 with a clear message when the port is taken', async () => {
    const holder = await occupyPort();
    try {
      const child = runMain({ PORT: String(holder.port) });
      const { code } = await child.exited;
      expect(code).toBe(1);
      expect(child.output()).toContain(`Порт ${holder.port} занят`);
      expect(child.output()).toMatch(/already in use.*PORT=\d+/s);
      expect(child.output()).not.toMatch(/\bat .*\.ts:\d+/);
    } finally {
      await holder.release();
    }
  });

  it('exits 1 listing the bad variables when the configuration is invalid', async () => {
    const child = runMain({ PORT: 'four-thousand', LOG_LEVEL: 'chatty' });
    const { code } = await child.exited;
    expect(code).toBe(1);
    expect(child.output()).toContain('PORT="four-thousand"');
    expect(child.output()).toContain('LOG_LEVEL="chatty"');
  });
});
