// The demo host site against the mock backend: the pages load cleanly under their strict CSP, the CDN module
// registers the tags, <gos-config> points at the backend, the host's low-vision switch drives <gos-config>,
// and the pages pass axe (WCAG 2.x A/AA) and reflow at 320 px.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { formatViolations, runAxe } from './support/axe.js';
import { launchBrowser, openPage, type OpenPageOptions } from './support/browser.js';

const backendUrl = inject('backendUrl');
const demoUrl = inject('demoUrl');

const hostPages = [
  { file: 'mintrud.html', site: 'mintrud', name: 'Минтруд России' },
  { file: 'registration.html', site: 'mintrud', name: 'Минтруд России: регистрация' },
  { file: 'szn.html', site: 'szn', name: 'СЗН Энской области' },
  { file: 'trudvsem.html', site: 'trudvsem', name: 'Работа России' },
] as const;

const schemes = ['black-on-white', 'white-on-black', 'blue', 'brown', 'green'] as const;
type Scheme = (typeof schemes)[number];
type Size = 'normal' | 'large' | 'larger';

const LV_TOGGLE = 'button[data-lv-toggle]';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** localStorage entry the host script reads: low-vision on with the given scheme and size. */
function lowVisionStorage(site: string, scheme: Scheme, size: Size): OpenPageOptions['localStorage'] {
  return { [`${site}:low-vision`]: JSON.stringify({ on: true, scheme, size }) };
}

/** Elements that stick out to the right of the viewport, for a readable failure message. */
async function horizontalOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const root = document.documentElement;
    if (root.scrollWidth <= root.clientWidth) return [];
    const limit = root.clientWidth + 0.5;
    const offenders: string[] = [`scrollWidth ${root.scrollWidth} > clientWidth ${root.clientWidth}`];
    for (const element of Array.from(document.body.querySelectorAll('*'))) {
      const rect = element.getBoundingClientRect();
      if (rect.width > 0 && rect.right > limit) {
        const id = element.id ? `#${element.id}` : '';
        const classes = element.classList.length ? `.${Array.from(element.classList).join('.')}` : '';
        offenders.push(`${element.tagName.toLowerCase()}${id}${classes} right=${Math.round(rect.right)}`);
      }
      if (offenders.length > 10) break;
    }
    return offenders;
  });
}

/** Presses Tab until `selector` has focus (at most `maxTabs` times); true if it got there. */
async function tabTo(page: Page, selector: string, maxTabs = 20): Promise<boolean> {
  for (let i = 0; i < maxTabs; i += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((sel) => document.activeElement?.matches(sel) === true, selector)) return true;
  }
  return false;
}

interface LowVisionState {
  lowVision: boolean;
  scheme: string | null;
  htmlClass: boolean;
  pressed: string | null;
  panelHidden: boolean | null;
}

function readLowVisionState(page: Page): Promise<LowVisionState> {
  return page.evaluate((toggleSelector) => {
    const config = document.querySelector('gos-config');
    const panel = document.querySelector<HTMLElement>('[data-lv-panel]');
    return {
      lowVision: config?.hasAttribute('low-vision') ?? false,
      scheme: config?.getAttribute('low-vision-scheme') ?? null,
      htmlClass: document.documentElement.classList.contains('lv'),
      pressed: document.querySelector(toggleSelector)?.getAttribute('aria-pressed') ?? null,
      panelHidden: panel ? panel.hidden : null,
    };
  }, LV_TOGGLE);
}

describe('mock backend', () => {
  test('GET /health answers 200 with status "ok"', async () => {
    const response = await fetch(`${backendUrl}/health`);
    expect(response.status).toBe(200);
    const body: unknown = await response.json();
    expect(body).toMatchObject({ status: 'ok' });
  });

  test('lets the demo origin call it (CORS)', async () => {
    const response = await fetch(`${backendUrl}/health`, { headers: { Origin: demoUrl } });
    await response.arrayBuffer();
    expect(response.headers.get('access-control-allow-origin')).toBe(demoUrl);
  });
});

describe('index page', () => {
  test('loads cleanly and links every host page', async () => {
    const opened = await openPage(browser, `${demoUrl}/`);
    try {
      const links = await opened.page.evaluate(() =>
        Array.from(document.querySelectorAll('main a[href]'), (a) => a.getAttribute('href')),
      );
      for (const { file } of hostPages) expect(links).toContain(`/${file}`);
      expect(opened.describeProblems()).toBe('');
    } finally {
      await opened.close();
    }
  });

  test('has no WCAG 2.2 A/AA violations (axe) and no horizontal scroll at 320 px', async () => {
    const opened = await openPage(browser, `${demoUrl}/`, { viewport: { width: 320, height: 640 } });
    try {
      expect(formatViolations(await runAxe(opened.page))).toBe('');
      expect(await horizontalOverflow(opened.page)).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});

describe.each(hostPages)('$name ($file)', ({ file, site }) => {
  const pageUrl = `${demoUrl}/${file}`;

  test('loads with no console errors or failed requests, and the CDN module registers <gos-config>', async () => {
    const opened = await openPage(browser, pageUrl);
    try {
      // The CDN module loads each element's chunk when its tag is found: wait for that, not for the page's load.
      await opened.page.evaluate(() => customElements.whenDefined('gos-config'));
      const state = await opened.page.evaluate(() => {
        const ctor = customElements.get('gos-config');
        const config = document.querySelector('gos-config');
        return {
          defined: ctor !== undefined,
          upgraded: ctor !== undefined && config instanceof ctor,
          vendorScript: document.querySelector('script[type="module"][src="/vendor/gos-elements.js"]') !== null,
          inlineScripts: Array.from(document.scripts).filter((script) => !script.src).length,
        };
      });
      expect(opened.describeProblems()).toBe('');
      expect(state).toEqual({ defined: true, upgraded: true, vendorScript: true, inlineScripts: 0 });
    } finally {
      await opened.close();
    }
  });

  test('<gos-config> is configured for the backend, and the CSP allows exactly it', async () => {
    const opened = await openPage(browser, pageUrl);
    try {
      const found = await opened.page.evaluate(() => {
        const config = document.querySelector('gos-config');
        return {
          count: document.querySelectorAll('gos-config').length,
          issuer: config?.getAttribute('issuer'),
          clientId: config?.getAttribute('client-id'),
          redirectUri: config?.getAttribute('redirect-uri'),
          apiBase: config?.getAttribute('api-base'),
          // The host's own note, or the elements it placed inside.
          hostContent: (config?.childElementCount ?? 0) > 0 || (config?.textContent ?? '').trim().length > 0,
          csp: document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '',
        };
      });
      expect(found).toMatchObject({
        count: 1,
        issuer: `${backendUrl}/oidc`,
        clientId: 'gos-demo',
        redirectUri: pageUrl,
        apiBase: `${backendUrl}/api/v1`,
        hostContent: true,
      });
      const directives = found.csp.split(';').map((directive) => directive.trim());
      expect(directives).toEqual(
        expect.arrayContaining([
          "script-src 'self'",
          "style-src 'self'",
          `connect-src 'self' ${backendUrl}`,
          "require-trusted-types-for 'script'",
        ]),
      );
    } finally {
      await opened.close();
    }
  });

  test('"Версия для слабовидящих" switches low-vision by keyboard and is remembered', async () => {
    const opened = await openPage(browser, pageUrl);
    const { page } = opened;
    try {
      expect(await readLowVisionState(page)).toEqual({
        lowVision: false,
        scheme: null,
        htmlClass: false,
        pressed: 'false',
        panelHidden: true,
      });

      // Reach the switch from the top of the page with Tab, turn it on with Enter.
      expect(await tabTo(page, LV_TOGGLE), 'the switch is reachable with Tab').toBe(true);
      expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Версия для слабовидящих');
      await page.keyboard.press('Enter');
      expect(await readLowVisionState(page)).toEqual({
        lowVision: true,
        scheme: 'black-on-white',
        htmlClass: true,
        pressed: 'true',
        panelHidden: false,
      });

      // Pick a colour scheme in the panel with Space: it reaches <gos-config> too.
      expect(await tabTo(page, 'button[data-lv-scheme="white-on-black"]'), 'scheme buttons reachable').toBe(true);
      await page.keyboard.press('Space');
      expect((await readLowVisionState(page)).scheme).toBe('white-on-black');

      // The host remembers the choice: after a reload <gos-config> starts in low-vision mode.
      await page.reload({ waitUntil: 'load' });
      expect(await readLowVisionState(page)).toMatchObject({ lowVision: true, scheme: 'white-on-black' });

      // And turns it off again with Space.
      expect(await tabTo(page, LV_TOGGLE)).toBe(true);
      await page.keyboard.press('Space');
      expect(await readLowVisionState(page)).toEqual({
        lowVision: false,
        scheme: null,
        htmlClass: false,
        pressed: 'false',
        panelHidden: true,
      });
      expect(opened.describeProblems()).toBe('');
    } finally {
      await opened.close();
    }
  });

  test('has no WCAG 2.2 A/AA violations (axe)', async () => {
    const opened = await openPage(browser, pageUrl);
    try {
      expect(formatViolations(await runAxe(opened.page))).toBe('');
    } finally {
      await opened.close();
    }
  });

  test.each(schemes)('has no WCAG 2.2 A/AA violations in low-vision mode, scheme %s', async (scheme) => {
    const opened = await openPage(browser, pageUrl, { localStorage: lowVisionStorage(site, scheme, 'large') });
    try {
      expect(
        await opened.page.evaluate(() => document.querySelector('gos-config')?.getAttribute('low-vision-scheme')),
      ).toBe(scheme);
      expect(formatViolations(await runAxe(opened.page))).toBe('');
    } finally {
      await opened.close();
    }
  });

  test('no horizontal scroll at 320 px, normal and low-vision with the largest type', async () => {
    const narrow = { width: 320, height: 640 };
    const normal = await openPage(browser, pageUrl, { viewport: narrow });
    try {
      expect(await horizontalOverflow(normal.page)).toEqual([]);
    } finally {
      await normal.close();
    }
    const large = await openPage(browser, pageUrl, {
      viewport: narrow,
      localStorage: lowVisionStorage(site, 'black-on-white', 'larger'),
    });
    try {
      expect(await large.page.evaluate(() => document.documentElement.classList.contains('lv'))).toBe(true);
      expect(await horizontalOverflow(large.page)).toEqual([]);
    } finally {
      await large.close();
    }
  });
});
