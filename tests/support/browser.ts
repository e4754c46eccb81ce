// Chromium for the end-to-end tests: Debian's /usr/bin/chromium driven by playwright-core (no browser download).
import { chromium, type Browser, type BrowserContext, type Page, type Request } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';

export { chromiumArgs, chromiumPath };

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: [...chromiumArgs], headless: true });
}

/** Everything that went wrong while a page was open: console errors, uncaught errors, failed requests. */
export interface PageProblems {
  readonly consoleErrors: string[];
  readonly pageErrors: string[];
  readonly failedRequests: string[];
}

export interface OpenedPage {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly problems: PageProblems;
  /** All problems as one readable block; empty string when there were none. */
  describeProblems(): string;
  close(): Promise<void>;
}

export interface OpenPageOptions {
  readonly viewport?: { width: number; height: number };
  /** Start with these localStorage entries (set before any page script runs). */
  readonly localStorage?: Readonly<Record<string, string>>;
}

/**
 * Opens a fresh context (own storage) and page, starts recording problems, then navigates to `url` and waits
 * for the load event. CSP and Trusted Types violations show up as console errors, so they count as problems.
 */
export async function openPage(browser: Browser, url: string, options: OpenPageOptions = {}): Promise<OpenedPage> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 900 },
    locale: 'ru-RU',
  });
  if (options.localStorage) {
    await context.addInitScript((entries: Record<string, string>) => {
      for (const [key, value] of Object.entries(entries)) window.localStorage.setItem(key, value);
    }, options.localStorage);
  }
  const page = await context.newPage();
  const problems: PageProblems = { consoleErrors: [], pageErrors: [], failedRequests: [] };
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const location = message.location();
    problems.consoleErrors.push(`${message.text()}${location.url ? ` (${location.url}:${location.lineNumber})` : ''}`);
  });
  page.on('pageerror', (error) => problems.pageErrors.push(error.stack ?? error.message));
  // A navigation (reload, link) cancels the old document's pending requests (e.g. its favicon) with
  // net::ERR_ABORTED: that is not a failure. Count navigations to tell those apart from real aborts.
  let navigation = 0;
  const startedDuring = new WeakMap<Request, number>();
  const httpErrors = new WeakSet<Request>();
  page.on('request', (request) => {
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) navigation += 1;
    startedDuring.set(request, navigation);
  });
  page.on('requestfailed', (request) => {
    const errorText = request.failure()?.errorText ?? 'failed';
    const cancelledByNavigation =
      errorText === 'net::ERR_ABORTED' && (startedDuring.get(request) ?? navigation) < navigation;
    // Chromium also aborts a script it got an HTTP error for: that was already reported with its status.
    const alreadyReported = errorText === 'net::ERR_ABORTED' && httpErrors.has(request);
    // An event stream only ever ends by being aborted (the element closes it when it leaves the page).
    const streamClosed = errorText === 'net::ERR_ABORTED' && request.headers()['accept'] === 'text/event-stream';
    if (!cancelledByNavigation && !alreadyReported && !streamClosed) {
      problems.failedRequests.push(`${request.method()} ${request.url()}: ${errorText}`);
    }
  });
  page.on('response', (response) => {
    if (response.status() >= 400) {
      httpErrors.add(response.request());
      problems.failedRequests.push(`${response.request().method()} ${response.url()}: HTTP ${response.status()}`);
    }
  });

  await page.goto(url, { waitUntil: 'load' });

  return {
    context,
    page,
    problems,
    describeProblems() {
      const sections: string[] = [];
      if (problems.consoleErrors.length) sections.push(`console errors:\n  ${problems.consoleErrors.join('\n  ')}`);
      if (problems.pageErrors.length) sections.push(`uncaught errors:\n  ${problems.pageErrors.join('\n  ')}`);
      if (problems.failedRequests.length) sections.push(`failed requests:\n  ${problems.failedRequests.join('\n  ')}`);
      return sections.join('\n');
    },
    close: () => context.close(),
  };
}
