// Global setup for the end-to-end run: starts the mock backend and the demo site on free ports, hands their
// URLs to the tests (`inject('backendUrl')`, `inject('demoUrl')`) and stops both at the end, even on failure.
//
// The demo is built and served with `vite preview` by default: the tests then see exactly the static files a
// webmaster would deploy (CDN module copied to /vendor/, no dev client, no on-demand transforms).
// GOS_E2E_DEMO=dev runs the Vite dev server instead (faster to iterate on the demo pages).
// GOS_E2E_VERBOSE=1 echoes the servers' stdout (stderr is always echoed, prefixed).
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import {
  findFreePorts,
  killAllNow,
  runToCompletion,
  startProcess,
  stopAll,
  waitForHttp,
  type ManagedProcess,
} from './support/processes.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Mock backend origin, e.g. http://localhost:41234 (no trailing slash). */
    backendUrl: string;
    /** Demo site origin, e.g. http://localhost:41235 (no trailing slash). */
    demoUrl: string;
  }
}

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const viteBin = path.join(repoRoot, 'node_modules/vite/bin/vite.js');
const demoConfig = path.join(repoRoot, 'demo/vite.config.ts');
const STARTUP_TIMEOUT_MS = 90_000;

type DemoMode = 'preview' | 'dev';

function demoMode(): DemoMode {
  const value = process.env.GOS_E2E_DEMO ?? 'preview';
  if (value !== 'preview' && value !== 'dev') {
    throw new Error(`GOS_E2E_DEMO must be "preview" or "dev" (got ${JSON.stringify(value)})`);
  }
  return value;
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const mode = demoMode();
  const echoStdout = process.env.GOS_E2E_VERBOSE === '1';
  const [backendPort, demoPort] = await findFreePorts(2);
  if (backendPort === undefined || demoPort === undefined) throw new Error('could not find two free ports');
  const backendUrl = `http://localhost:${backendPort}`;
  const demoUrl = `http://localhost:${demoPort}`;
  const outDir = mode === 'preview' ? mkdtempSync(path.join(os.tmpdir(), 'gos-e2e-demo-')) : undefined;

  const removeOutDir = (): void => {
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  };
  // Vitest exits straight away on Ctrl-C / SIGTERM without calling the teardown below: make sure our process
  // groups (which do not receive the terminal's SIGINT) never outlive it.
  const onExit = (): void => {
    killAllNow();
    removeOutDir();
  };
  process.once('exit', onExit);

  const teardown = async (): Promise<void> => {
    await stopAll();
    removeOutDir();
    process.off('exit', onExit);
  };

  const baseEnv = { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' };
  const demoEnv = { ...baseEnv, VITE_GOS_BACKEND: backendUrl, VITE_GOS_DEMO_ORIGIN: demoUrl };

  try {
    const backend = startProcess(
      'backend',
      process.execPath,
      ['--conditions=source', '--import', 'tsx', 'mock-backend/src/main.ts', '--memory'],
      {
        cwd: repoRoot,
        env: {
          ...baseEnv,
          PORT: String(backendPort),
          HOST: 'localhost',
          LOG_LEVEL: 'warn',
          CORS_ORIGINS: demoUrl,
          // Statuses change only when a test says so.
          CABINET_SIMULATOR_SECONDS: '0',
          // Registry checks answer at once.
          REGISTRATION_CHECK_SECONDS: '0',
        },
        echoStdout,
      },
    );

    let demo: ManagedProcess;
    if (mode === 'preview' && outDir) {
      // Build while the backend starts.
      await runToCompletion(
        'demo build',
        process.execPath,
        [viteBin, 'build', '--config', demoConfig, '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
        { cwd: repoRoot, env: demoEnv, echoStdout },
      );
      demo = startProcess(
        'demo',
        process.execPath,
        [viteBin, 'preview', '--config', demoConfig, '--outDir', outDir, '--port', String(demoPort), '--strictPort'],
        { cwd: repoRoot, env: demoEnv, echoStdout },
      );
    } else {
      demo = startProcess(
        'demo',
        process.execPath,
        [viteBin, '--config', demoConfig, '--port', String(demoPort), '--strictPort'],
        { cwd: repoRoot, env: demoEnv, echoStdout },
      );
    }

    await Promise.all([
      waitForHttp(`${backendUrl}/health`, backend, STARTUP_TIMEOUT_MS),
      waitForHttp(`${demoUrl}/`, demo, STARTUP_TIMEOUT_MS),
    ]);
  } catch (error) {
    await teardown();
    throw error;
  }

  process.stderr.write(`[e2e] backend ${backendUrl}, demo ${demoUrl} (${mode})\n`);
  project.provide('backendUrl', backendUrl);
  project.provide('demoUrl', demoUrl);
  return teardown;
}
