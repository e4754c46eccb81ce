// Component tests in real Chromium. Run from the repository root (`npm run test:components`).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { fileChooserPlugin } from './test-support/file-chooser-plugin.mjs';

const browser = () =>
  chromeLauncher({ launchOptions: { executablePath: chromiumPath, headless: true, args: chromiumArgs } });

// MSW's worker script (the one Storybook serves), at the root so that its scope covers the test pages.
const mockServiceWorker = fileURLToPath(new URL('public/mockServiceWorker.js', import.meta.url));
async function serveMockServiceWorker(context, next) {
  if (context.path !== '/mockServiceWorker.js') return next();
  context.type = 'application/javascript';
  context.body = await readFile(mockServiceWorker, 'utf8');
}

export default {
  files: ['packages/elements/src/**/*.test.ts', '!packages/elements/src/**/*.logic.test.ts'],
  // Lit's development build adds checks and warnings; the production build is what ships. `npm test` runs both
  // (GOS_LIT_MODE=production for the second run).
  nodeResolve: {
    exportConditions: ['source', 'browser', ...(process.env.GOS_LIT_MODE === 'production' ? [] : ['development'])],
  },
  // Legacy decorators: with standard ones esbuild emits code Lit rejects ("Unsupported decorator location").
  // The plugin reads this tsconfig without following `extends`, so it repeats the decorator flags of the base.
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('tsconfig.json', import.meta.url)) }),
    fileChooserPlugin(),
  ],
  middleware: [serveMockServiceWorker],
  browsers: [browser()],
  // One page at a time: only the focused tab gets focus events and animation frames, which keyboard tests need.
  concurrency: 1,
  testFramework: { config: { timeout: 5000 } },
};
