// MSW's service worker for the component tests: requests from the page (fetch, XHR, event streams) reach the
// handlers a test installs, exactly as in Storybook. The test runner serves the worker script at the root.
import type { HttpHandler } from 'msw';
import { setupWorker } from 'msw/browser';

const worker = setupWorker();
let started: Promise<unknown> | undefined;

/** Answers the page's requests with `handlers` from now on (replacing the previous test's). */
export async function serve(...handlers: HttpHandler[]): Promise<void> {
  started ??= worker.start({
    serviceWorker: { url: '/mockServiceWorker.js' },
    // The test runner's own requests (modules, its web socket) pass through untouched.
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
  await started;
  worker.resetHandlers(...handlers);
}
