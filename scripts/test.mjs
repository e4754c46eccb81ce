// `npm test`: every check, in order, on a fresh clone. A step whose prerequisite failed is skipped (not run
// against stale output); the others still run so one run shows every problem. Exits non-zero if any step failed.
import { spawnSync } from 'node:child_process';

const env = {
  ...process.env,
  STORYBOOK_DISABLE_TELEMETRY: '1',
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1',
  PUPPETEER_SKIP_DOWNLOAD: '1',
  FORCE_COLOR: process.env.FORCE_COLOR ?? '0',
};

/** @type {{ name: string, command: string[], env?: Record<string, string>, needs?: string[] }[]} */
const steps = [
  { name: 'typecheck', command: ['npm', 'run', 'typecheck', '--silent'] },
  { name: 'lint', command: ['npm', 'run', 'lint', '--silent'] },
  { name: 'unit (vitest)', command: ['npx', 'vitest', 'run'] },
  { name: 'build', command: ['npm', 'run', 'build', '--silent'], needs: ['typecheck'] },
  { name: 'size budgets', command: ['node', 'scripts/size.mjs'], needs: ['build'] },
  { name: 'chromium', command: ['node', 'scripts/ensure-chromium.mjs'] },
  {
    name: 'components, Lit dev mode (web-test-runner)',
    command: ['npx', 'web-test-runner', '--config', 'packages/elements/web-test-runner.config.mjs'],
    needs: ['chromium'],
  },
  {
    name: 'components, Lit production mode',
    command: ['npx', 'web-test-runner', '--config', 'packages/elements/web-test-runner.config.mjs'],
    env: { GOS_LIT_MODE: 'production' },
    needs: ['chromium'],
  },
  { name: 'storybook build', command: ['npm', 'run', 'build-storybook', '--silent'], needs: ['build'] },
  {
    name: 'end-to-end (vitest + Chromium)',
    command: ['npx', 'vitest', 'run', '--config', 'tests/vitest.config.ts'],
    needs: ['build', 'chromium', 'storybook build'],
  },
];

const results = new Map();
for (const step of steps) {
  const missing = (step.needs ?? []).filter((name) => results.get(name)?.status !== 'passed');
  if (missing.length) {
    results.set(step.name, { status: 'skipped', note: `needs ${missing.join(', ')}` });
    continue;
  }
  console.log(`\n━━ ${step.name}: ${step.command.join(' ')}`);
  const started = Date.now();
  const { status, signal } = spawnSync(step.command[0], step.command.slice(1), {
    stdio: 'inherit',
    env: { ...env, ...step.env },
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  results.set(step.name, {
    status: status === 0 ? 'passed' : 'failed',
    note: `${seconds} s${signal ? `, ${signal}` : ''}`,
  });
  if (signal === 'SIGINT') break;
}

console.log('\n━━ summary');
console.table([...results].map(([step, { status, note }]) => ({ step, status, note })));
const failed = [...results.values()].filter((result) => result.status !== 'passed');
if (failed.length) {
  console.error(`npm test: ${failed.length} step(s) did not pass.`);
  process.exit(1);
}
console.log('npm test: all steps passed.');
