// Every Storybook story, in each theme, language and low-vision scheme, must render without errors and pass axe
// (WCAG 2.0–2.2, A and AA). Runs against the static build: `npm run build-storybook` first (`npm test` does it before
// the end-to-end run). Needs no backend: stories get their data from MSW.
//
// Speed: a fresh load of the preview costs seconds on a small machine (it parses ~2 MB of JavaScript), so each
// variant (a set of toolbar globals, passed in the URL) loads the preview once and then switches from story to story
// in the page, as the Storybook UI does. A failure message gives the URL that reproduces the story on its own.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type axe from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatViolations, injectAxe, settleAnimations, WCAG_AA_TAGS } from './support/axe.js';
import { launchBrowser, openPage, type OpenedPage } from './support/browser.js';
import { startStaticServer, type StaticServer } from './support/static-server.js';

const staticDir = fileURLToPath(new URL('../storybook-static/', import.meta.url));
const indexFile = path.join(staticDir, 'index.json');

interface IndexEntry {
  readonly id: string;
  readonly type: 'story' | 'docs';
  readonly title: string;
  readonly name: string;
}

/** The stories of the build, or undefined when there is no build. */
function readStories(): IndexEntry[] | undefined {
  if (!existsSync(indexFile)) return undefined;
  const index = JSON.parse(readFileSync(indexFile, 'utf8')) as { entries: Record<string, IndexEntry> };
  return Object.values(index.entries).filter((entry) => entry.type === 'story');
}

interface Variant {
  readonly name: string;
  /** Storybook URL globals, `name:value;name:value` (see the globalTypes in .storybook/preview.ts). */
  readonly globals?: string;
  readonly colorScheme?: 'light' | 'dark';
}

/** The toolbar states every story is checked in. A story that pins a global keeps its own value. */
const VARIANTS: readonly Variant[] = [
  { name: 'default (light, ru)' },
  { name: 'dark theme', globals: 'theme:dark' },
  { name: 'auto theme on a dark system', globals: 'theme:auto', colorScheme: 'dark' },
  { name: 'English', globals: 'locale:en' },
  ...['black-on-white', 'white-on-black', 'blue', 'brown', 'green'].map((scheme) => ({
    name: `low vision ${scheme}`,
    globals: `lowVision:${scheme}`,
  })),
];

/** The a11y addon's own automatic run is switched off here: this test runs axe itself, on the story root only. */
const TEST_GLOBALS = 'a11y.manual:!true';

const RENDER_TIMEOUT_MS = 20_000;

function storyUrl(base: string, storyId: string, variant: Variant, extraGlobals?: string): string {
  const globals = [variant.globals, extraGlobals].filter(Boolean).join(';');
  // Storybook reads `globals` unencoded (`:` and `;` are its own separators).
  return `${base}/iframe.html?id=${encodeURIComponent(storyId)}&viewMode=story${globals ? `&globals=${globals}` : ''}`;
}

interface PreviewWindow {
  __STORYBOOK_PREVIEW__?: {
    currentRender?: { id?: string; phase?: string; story?: { parameters?: Record<string, unknown> } };
    onSetCurrentStory(selection: { storyId: string; viewMode: 'story' }): Promise<void>;
  };
}

interface RenderOutcome {
  readonly error?: string;
  readonly children: number;
}

/**
 * Waits until Storybook is done with the story: its render reached the phase "finished" (after rendering, any play
 * function and every afterEach), or the preview shows its error screen for it.
 */
async function waitForStory(page: Page, storyId: string): Promise<RenderOutcome> {
  try {
    const handle = await page.waitForFunction(
      (id) => {
        const render = (window as PreviewWindow).__STORYBOOK_PREVIEW__?.currentRender;
        if (render?.id !== id) return false;
        const errorShown = document.body.classList.contains('sb-show-errordisplay');
        if (!errorShown && render.phase !== 'finished') return false;
        const text = (selector: string): string => document.querySelector(selector)?.textContent?.trim() ?? '';
        return {
          error: errorShown ? `${text('#error-message')}\n${text('#error-stack')}`.trim() : undefined,
          children: document.querySelector('#storybook-root')?.childElementCount ?? 0,
        };
      },
      storyId,
      { timeout: RENDER_TIMEOUT_MS, polling: 50 },
    );
    return (await handle.jsonValue()) as RenderOutcome;
  } catch (error) {
    const state = await page
      .evaluate(() => ({
        phase: (window as PreviewWindow).__STORYBOOK_PREVIEW__?.currentRender?.phase ?? 'no render',
        story: (window as PreviewWindow).__STORYBOOK_PREVIEW__?.currentRender?.id ?? 'none',
        body: document.body.className,
      }))
      .catch(() => undefined);
    throw new Error(
      `story ${storyId} did not finish rendering within ${RENDER_TIMEOUT_MS} ms ` +
        `(current: ${JSON.stringify(state)}): ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

/** Shows another story in an open preview, as the Storybook UI does when you click it in the sidebar. */
async function switchStory(page: Page, storyId: string): Promise<void> {
  await page.evaluate(async (id) => {
    const preview = (window as PreviewWindow).__STORYBOOK_PREVIEW__;
    if (!preview) throw new Error('the Storybook preview is not running in this page');
    await preview.onSetCurrentStory({ storyId: id, viewMode: 'story' });
  }, storyId);
}

interface AxeWindow {
  axe: {
    reset(): void;
    run(context: string, options: axe.RunOptions): Promise<axe.AxeResults>;
  };
}

/** axe on the story's root only (not Storybook's own markup), WCAG 2.0–2.2 A and AA. */
async function axeStoryRoot(page: Page): Promise<axe.Result[]> {
  await injectAxe(page);
  await settleAnimations(page);
  return page.evaluate(
    async (tags) => {
      const { axe: axeApi } = window as unknown as AxeWindow;
      // The a11y addon may have loaded and configured the page's axe for its panel: start from axe's defaults.
      axeApi.reset();
      const results = await axeApi.run('#storybook-root', {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      });
      return results.violations;
    },
    [...WCAG_AA_TAGS],
  );
}

/** Forgets the problems recorded so far, so each story answers only for its own. */
function clearProblems(opened: OpenedPage): void {
  opened.problems.consoleErrors.length = 0;
  opened.problems.pageErrors.length = 0;
  opened.problems.failedRequests.length = 0;
}

/**
 * Drops the console errors and failed requests a story expects (`parameters.expectedFailures`: regular expressions,
 * e.g. `' 503\\b'` for "HTTP 503" and the browser's "status of 503"). Anything else still fails the story.
 */
function forgiveExpected(opened: OpenedPage, expected: readonly string[]): void {
  if (expected.length === 0) return;
  const patterns = expected.map((source) => new RegExp(source));
  const unexpected = (line: string) => !patterns.some((pattern) => pattern.test(line));
  const { consoleErrors, failedRequests } = opened.problems;
  consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter(unexpected));
  failedRequests.splice(0, failedRequests.length, ...failedRequests.filter(unexpected));
}

const stories = readStories();

describe('Storybook', () => {
  if (!stories) {
    it('needs a Storybook build', () => {
      expect.fail(
        `${indexFile} not found: run \`npm run build-storybook\` first (npm test does it before the e2e run).`,
      );
    });
    return;
  }

  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startStaticServer(staticDir);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('has stories', () => {
    expect(stories.length, `${indexFile} lists no stories`).toBeGreaterThan(0);
  });

  for (const variant of VARIANTS) {
    describe(`every story renders cleanly and passes axe: ${variant.name}`, () => {
      let opened: OpenedPage | undefined;
      const gosWarnings: string[] = [];

      afterAll(async () => {
        await opened?.close();
      });

      for (const story of stories) {
        it(`${story.title} / ${story.name}`, async () => {
          const url = storyUrl(server.url, story.id, variant);
          const where = `story ${story.id} (${variant.name})\n  reproduce: ${url}`;
          try {
            if (!opened) {
              opened = await openPage(browser, storyUrl(server.url, story.id, variant, TEST_GLOBALS));
              if (variant.colorScheme) await opened.page.emulateMedia({ colorScheme: variant.colorScheme });
              opened.page.on('console', (message) => {
                if (message.type() === 'warning' && message.text().includes('[gos-elements]')) {
                  gosWarnings.push(message.text());
                }
              });
            } else {
              clearProblems(opened);
              gosWarnings.length = 0;
              await switchStory(opened.page, story.id);
            }
            const { page } = opened;
            const outcome = await waitForStory(page, story.id);
            if (outcome.error !== undefined) expect.fail(`${where}\nshows Storybook's error screen:\n${outcome.error}`);
            if (outcome.children === 0) expect.fail(`${where}\nrendered nothing into #storybook-root`);

            const violations = await axeStoryRoot(page);
            if (violations.length > 0) {
              expect.fail(`${where}\n${violations.length} axe violation(s):\n${formatViolations(violations)}`);
            }
            // A story of a failure (a cabinet that answers 503, a refused upload) names the failures it causes.
            const expected = await page.evaluate(
              () =>
                ((window as PreviewWindow).__STORYBOOK_PREVIEW__?.currentRender?.story?.parameters?.[
                  'expectedFailures'
                ] as string[] | undefined) ?? [],
            );
            forgiveExpected(opened, expected);
            const problems = opened.describeProblems();
            if (problems) expect.fail(`${where}\nlogged problems:\n${problems}`);
            if (gosWarnings.length > 0)
              expect.fail(`${where}\nlogged gos-elements warnings:\n  ${gosWarnings.join('\n  ')}`);
          } catch (error) {
            // Start the next story from a fresh page: this one may be in any state.
            await opened?.close();
            opened = undefined;
            throw error;
          }
        });
      }
    });
  }

  /**
   * The toolbar reaches the elements: the stories' `<gos-config>` properties are set from their attributes (which
   * also proves the `@property` decorators survived Storybook's Vite build), and a nested one inherits what it does
   * not set itself.
   */
  it('applies the theme, language and low-vision globals to <gos-config>', async () => {
    const storyId = 'configuration-gos-config--nested-config';
    const url = storyUrl(server.url, storyId, { name: 'all', globals: 'theme:dark;lowVision:blue;locale:en' });
    const opened = await openPage(browser, url);
    try {
      await waitForStory(opened.page, storyId);
      const state = await opened.page.evaluate(() => {
        interface ConfigElement extends HTMLElement {
          theme?: string;
          locale?: string;
          lowVision: boolean;
          lowVisionScheme?: string;
          clientId?: string;
          resolvedConfig: Record<string, unknown>;
        }
        const configs = [...document.querySelectorAll<ConfigElement>('#storybook-root gos-config')];
        const [outer] = configs;
        const innermost = configs.at(-1);
        return {
          defined: customElements.get('gos-config') !== undefined,
          count: configs.length,
          rootLang: document.querySelector('#storybook-root [lang]')?.getAttribute('lang'),
          documentLang: document.documentElement.lang,
          canvas: { theme: document.body.dataset.gosSbTheme, lowVision: document.body.dataset.gosSbLowVision },
          outerProperties: outer && {
            theme: outer.theme,
            locale: outer.locale,
            lowVision: outer.lowVision,
            lowVisionScheme: outer.lowVisionScheme,
          },
          innermostClientId: innermost?.clientId,
          innermost: innermost?.resolvedConfig,
        };
      });
      expect(state.defined).toBe(true);
      expect(state.count).toBe(3); // the toolbar's (preview decorator), the page's and the partner's
      expect(state.rootLang).toBe('en');
      expect(state.documentLang).toBe('en');
      expect(state.canvas).toEqual({ theme: 'dark', lowVision: 'blue' });
      expect(state.outerProperties).toEqual({ theme: 'dark', locale: 'en', lowVision: true, lowVisionScheme: 'blue' });
      expect(state.innermostClientId).toBe('trudvsem-widget');
      expect(state.innermost).toMatchObject({
        issuer: 'http://localhost:4000/oidc',
        apiBase: 'http://localhost:4000/api/v1',
        clientId: 'trudvsem-widget',
        theme: 'dark',
        locale: 'en',
        lowVision: true,
        lowVisionScheme: 'blue',
      });
      expect(opened.describeProblems()).toBe('');
    } finally {
      await opened.close();
    }
  });
});
