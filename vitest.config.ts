import { defineConfig } from 'vitest/config';

// Node-side suites: contracts, core, element logic (*.logic.test.ts) and the mock backend.
// Component tests run in Chromium through @web/test-runner; end-to-end tests have tests/vitest.config.ts.
export default defineConfig({
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'] } },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'contracts', include: ['packages/contracts/src/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: { name: 'core', include: ['packages/core/src/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: { name: 'elements-logic', include: ['packages/elements/src/**/*.logic.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: { name: 'mock-backend', include: ['mock-backend/src/**/*.test.ts'], environment: 'node' },
      },
    ],
  },
});
