#!/usr/bin/env node
// `npm start`: build, then run the mock backend and the demo dev server together.
//
//   npm start                      build everything, then run both (backend :4000, demo :5173)
//   npm start -- --no-build        skip the build (reuse the last one) for a quick restart
//   GOS_BACKEND_PORT=4100 GOS_DEMO_PORT=5180 npm start    other ports (the demo is pointed at the backend)
//
// Each server runs in its own process group and its output is prefixed ([backend], [demo]).
// Ctrl-C / SIGTERM stops both and waits for them (force-kills after a few seconds); if either server dies,
// the other is stopped and this script exits non-zero.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import { signalGroup, stopGroup } from './process-group.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const viteBin = path.join(repoRoot, 'node_modules/vite/bin/vite.js');
const cdnBundle = path.join(repoRoot, 'packages/elements/dist/cdn/gos-elements.js');
const STOP_GRACE_MS = 5_000;
const READY_TIMEOUT_MS = 60_000;

const useColor = process.stdout.isTTY === true && !process.env.NO_COLOR;
/** @param {string} code @param {string} text */
const paint = (code, text) => (useColor ? `\u001b[${code}m${text}\u001b[0m` : text);
/** @param {string} text */
const say = (text) => process.stdout.write(`${paint('1', '[start]')} ${text}\n`);
/** @param {string} text */
const complain = (text) => process.stderr.write(`${paint('1;31', '[start]')} ${text}\n`);

/**
 * @param {string} name
 * @param {number} fallback
 */
function portFromEnv(name, fallback) {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    complain(`${name} must be a port number between 1 and 65535 (got "${raw}").`);
    process.exit(1);
  }
  return port;
}

const args = process.argv.slice(2);
for (const arg of args) {
  if (arg !== '--no-build') {
    complain(`unknown option "${arg}". Usage: npm start [-- --no-build]`);
    process.exit(1);
  }
}
const skipBuild = args.includes('--no-build');
const backendPort = portFromEnv('GOS_BACKEND_PORT', 4000);
const demoPort = portFromEnv('GOS_DEMO_PORT', 5173);
const backendUrl = `http://localhost:${backendPort}`;
const demoUrl = `http://localhost:${demoPort}`;

// ---------------------------------------------------------------------------------------------------------------
// (a) Ports must be free before we build anything.

/**
 * Resolves true if something already listens on `port` at `host`, false if we could bind it
 * (an address family the machine lacks counts as free).
 * @param {number} port
 * @param {string} host
 * @returns {Promise<boolean>}
 */
function portTaken(port, host) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', (/** @type {NodeJS.ErrnoException} */ error) =>
      resolve(error.code === 'EADDRINUSE' || error.code === 'EACCES'),
    );
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(false)));
  });
}

/**
 * @param {number} port
 * @returns {Promise<boolean>}
 */
async function portFree(port) {
  // "localhost" may resolve to either family: check both loopback addresses.
  const taken = await Promise.all([portTaken(port, '127.0.0.1'), portTaken(port, '::1')]);
  return !taken.includes(true);
}

const portChecks = [
  { port: backendPort, what: 'the mock backend', variable: 'GOS_BACKEND_PORT', example: 4100 },
  { port: demoPort, what: 'the demo site', variable: 'GOS_DEMO_PORT', example: 5180 },
];
let portsOk = true;
for (const { port, what, variable, example } of portChecks) {
  if (await portFree(port)) continue;
  portsOk = false;
  complain(
    [
      `port ${port} (${what}) is already in use.`,
      `  Perhaps another \`npm start\` (or a Vite / mock-backend process) is still running. See what holds it with`,
      `    lsof -i :${port}      or      ss -ltnp 'sport = :${port}'`,
      `  and stop that process, or use another port:  ${variable}=${example} npm start`,
    ].join('\n'),
  );
}
if (!portsOk) process.exit(1);

// ---------------------------------------------------------------------------------------------------------------
// Child processes: each in its own process group (detached), so one signal reaches everything it started.

/** @typedef {{ name: string, child: import('node:child_process').ChildProcess, exited: Promise<{ code: number | null, signal: NodeJS.Signals | null }> }} Managed */

/** @type {Set<Managed>} */
const children = new Set();
let stopping = false;
/** @type {import('node:child_process').ChildProcess | undefined} */
let buildChild;

/** @param {number} ms */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * @param {Managed} managed
 */
async function stopChild(managed) {
  await stopGroup(managed.child.pid, {
    graceMs: STOP_GRACE_MS,
    onForce: () => complain(`${managed.name} did not stop within ${STOP_GRACE_MS / 1000} s: killing it.`),
  });
  await Promise.race([managed.exited, sleep(1_000)]);
  children.delete(managed);
}

/**
 * @param {string} reason
 * @param {number} exitCode
 */
async function shutdown(reason, exitCode) {
  if (stopping) return;
  stopping = true;
  if (buildChild && buildChild.exitCode === null) buildChild.kill('SIGTERM');
  const runningNames = [...children].filter(({ child }) => child.exitCode === null && child.signalCode === null);
  say(`${reason}: stopping ${runningNames.map((c) => c.name).join(' and ') || 'the rest'}… (Ctrl-C again to force)`);
  await Promise.all([...children].map(stopChild));
  say(exitCode === 0 ? 'stopped.' : 'stopped (with errors).');
  process.exit(exitCode);
}

// Last resort if this script dies unexpectedly: never leave servers behind.
process.on('exit', () => {
  for (const managed of children) signalGroup(managed.child.pid, 'SIGKILL');
});

/**
 * Pipes a stream line by line to ours, each line prefixed.
 * @param {NodeJS.ReadableStream | null} stream
 * @param {NodeJS.WriteStream} target
 * @param {string} prefix
 */
function pipeLines(stream, target, prefix) {
  if (!stream) return;
  readline.createInterface({ input: stream, crlfDelay: Infinity }).on('line', (line) => {
    target.write(`${prefix} ${line}\n`);
  });
}

/**
 * @param {string} name
 * @param {string} color ANSI colour code for the prefix
 * @param {string[]} commandArgs arguments for `node`
 * @param {NodeJS.ProcessEnv} env
 * @returns {Managed}
 */
function startChild(name, color, commandArgs, env) {
  const child = spawn(process.execPath, commandArgs, {
    cwd: repoRoot,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const prefix = paint(color, `[${name}]`);
  pipeLines(child.stdout, process.stdout, prefix);
  pipeLines(child.stderr, process.stderr, prefix);
  /** @type {Managed} */
  const managed = {
    name,
    child,
    exited: new Promise((resolve) => {
      child.once('exit', (code, signal) => resolve({ code, signal }));
      child.once('error', (error) => {
        complain(`could not start ${name}: ${error.message}`);
        resolve({ code: null, signal: null });
      });
    }),
  };
  children.add(managed);
  void managed.exited.then(({ code, signal }) => {
    if (stopping) return;
    const how = signal ? `was killed by ${signal}` : `exited with code ${code}`;
    complain(`${name} ${how}.`);
    void shutdown(`${name} stopped`, 1);
  });
  return managed;
}

// Under `npm start`, one Ctrl-C arrives twice (from the terminal and forwarded by npm): only a signal that comes
// more than a second after the first one means "stop now".
const FORCE_AFTER_MS = 1_000;
let firstSignalAt = 0;
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM', 'SIGHUP'])) {
  process.on(signal, () => {
    if (stopping) {
      if (firstSignalAt === 0 || Date.now() - firstSignalAt < FORCE_AFTER_MS) return;
      complain('forced stop.');
      for (const managed of children) signalGroup(managed.child.pid, 'SIGKILL');
      process.exit(1);
    }
    firstSignalAt = Date.now();
    process.stdout.write('\n');
    void shutdown(`${signal} received`, 0);
  });
}

// ---------------------------------------------------------------------------------------------------------------
// (b) Build what the servers need: the root build (type check, contracts, elements incl. the CDN bundle).

if (skipBuild) {
  say('skipping the build (--no-build).');
} else {
  say('building: npm run build');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  // Same process group as us: a Ctrl-C in the terminal reaches the build directly.
  const build = spawn(npm, ['run', 'build'], { cwd: repoRoot, stdio: 'inherit' });
  buildChild = build;
  /** @type {{ code: number | null, signal: NodeJS.Signals | null }} */
  const result = await new Promise((resolve) => {
    build.once('exit', (code, signal) => resolve({ code, signal }));
    build.once('error', (error) => {
      complain(`could not run npm: ${error.message}`);
      resolve({ code: null, signal: null });
    });
  });
  buildChild = undefined;
  if (stopping) process.exit(1);
  if (result.code !== 0) {
    complain(
      `\`npm run build\` failed (${result.signal ? `signal ${result.signal}` : `exit code ${result.code}`}); see its output above.\n` +
        '  Fix the build and run `npm start` again (`npm start -- --no-build` starts with the previous build output).',
    );
    process.exit(1);
  }
}
if (!existsSync(cdnBundle)) {
  complain(`warning: ${path.relative(repoRoot, cdnBundle)} is missing, so the demo pages cannot load gos-elements.`);
}

// ---------------------------------------------------------------------------------------------------------------
// (c) Run both servers.

startChild('backend', '36', ['--conditions=source', '--import', 'tsx', 'mock-backend/src/main.ts'], {
  ...process.env,
  PORT: String(backendPort),
  // The demo must be allowed to call the backend from the browser (plus Storybook, as the backend's default).
  CORS_ORIGINS: process.env.CORS_ORIGINS || `${demoUrl},http://localhost:6006`,
  ...(useColor ? { FORCE_COLOR: '1' } : {}),
});
startChild('demo', '35', [viteBin, '--config', 'demo/vite.config.ts', '--port', String(demoPort), '--strictPort'], {
  ...process.env,
  VITE_GOS_BACKEND: backendUrl,
  VITE_GOS_DEMO_ORIGIN: demoUrl,
  ...(useColor ? { FORCE_COLOR: '1' } : {}),
});

/**
 * @param {string} url
 * @returns {Promise<boolean>}
 */
async function answers(url) {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
    await response.arrayBuffer();
    return response.ok;
  } catch {
    return false;
  }
}

const readyDeadline = Date.now() + READY_TIMEOUT_MS;
let ready = false;
while (!stopping && Date.now() < readyDeadline) {
  const [backendUp, demoUp] = await Promise.all([answers(`${backendUrl}/health`), answers(`${demoUrl}/`)]);
  if (backendUp && demoUp) {
    ready = true;
    break;
  }
  await sleep(300);
}

if (ready && !stopping) {
  const link = (/** @type {string} */ url) => paint('4', url);
  process.stdout.write(
    [
      '',
      paint('1;32', '  gos-elements is running'),
      `    Demo site        ${link(`${demoUrl}/`)}`,
      `      Минтруд        ${link(`${demoUrl}/mintrud.html`)}`,
      `      СЗН            ${link(`${demoUrl}/szn.html`)}`,
      `      Работа России  ${link(`${demoUrl}/trudvsem.html`)}`,
      `    Mock backend     ${link(backendUrl)}   (health ${link(`${backendUrl}/health`)}, API ${link(`${backendUrl}/api/v1/openapi.json`)})`,
      `    OIDC issuer      ${link(`${backendUrl}/oidc`)}`,
      `    Dev outbox       ${link(`${backendUrl}/dev/outbox.html`)}   (SMS and e-mail codes; users in README)`,
      '',
      '  Press Ctrl-C to stop both.',
      '',
    ].join('\n') + '\n',
  );
} else if (!stopping) {
  complain(
    `the servers did not answer within ${READY_TIMEOUT_MS / 1000} s (${backendUrl}/health, ${demoUrl}/); ` +
      'still running — watch their output above.',
  );
}
