// End-to-end tests: real Chromium drives the demo site against the running mock backend.
// Run from the repository root: `npm run test:e2e` (or `npx vitest run --config tests/vitest.config.ts`).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['tests/**/*.e2e.ts'],
    // Starts the mock backend and the demo on free ports; stops them at the end.
    globalSetup: ['tests/global-setup.ts'],
    // One browser-driven file at a time: the servers are shared and the machine has few cores.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
  },
});
