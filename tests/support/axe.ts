// axe-core in a real page, with violations formatted for a readable test failure.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type axe from 'axe-core';
import type { Page } from 'playwright-core';

/** WCAG 2.0, 2.1 and 2.2, levels A and AA. */
export const WCAG_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const;

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeWindow {
  axe?: { run(context: Document, options: axe.RunOptions): Promise<axe.AxeResults> };
}

/**
 * Puts axe-core into the page (once). Not via `page.addScriptTag({ content })`: that writes an inline <script>,
 * which the demo pages' CSP (`script-src 'self'`, `require-trusted-types-for 'script'`) rightly blocks, with a
 * console error. Evaluating the source over the DevTools protocol is not subject to the page's CSP.
 */
export async function injectAxe(page: Page): Promise<void> {
  const present = await page.evaluate(() => typeof (window as AxeWindow).axe !== 'undefined');
  if (!present) await page.evaluate(axeSource);
}

/**
 * Waits for the page's finite CSS transitions and animations, in the document and in every shadow root, to end:
 * colours caught half-way through a theme change (a button fading to the low-vision scheme) are not what anyone
 * reads, and axe would measure their contrast.
 */
export async function settleAnimations(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const roots: (Document | ShadowRoot)[] = [document];
    for (let index = 0; index < roots.length; index += 1) {
      for (const element of (roots[index] as Document | ShadowRoot).querySelectorAll('*')) {
        if (element.shadowRoot) roots.push(element.shadowRoot);
      }
    }
    const finite = roots
      .flatMap((root) => root.getAnimations())
      .filter((animation) => Number.isFinite(Number(animation.effect?.getComputedTiming().endTime)));
    await Promise.all(finite.map((animation) => animation.finished.catch(() => undefined)));
  });
}

/** Runs axe on the whole document; by default only the WCAG 2.x A/AA rules. Returns the violations. */
export async function runAxe(page: Page, options: axe.RunOptions = {}): Promise<axe.Result[]> {
  await injectAxe(page);
  await settleAnimations(page);
  const runOptions: axe.RunOptions = {
    runOnly: { type: 'tag', values: [...WCAG_AA_TAGS] },
    resultTypes: ['violations'],
    ...options,
  };
  return page.evaluate(async (opts) => {
    const axeApi = (window as AxeWindow).axe;
    if (!axeApi) throw new Error('axe-core is not loaded in the page');
    const results = await axeApi.run(document, opts);
    return results.violations;
  }, runOptions);
}

/** One block per violation: rule, impact, help, link, then each failing node with its selector and summary. */
export function formatViolations(violations: readonly axe.Result[]): string {
  return violations
    .map((violation) => {
      const nodes = violation.nodes
        .map((node) => {
          const summary = (node.failureSummary ?? '').replace(/\n/g, '\n      ');
          return `  - ${node.target.join(' ')}\n      ${node.html}\n      ${summary}`;
        })
        .join('\n');
      return `${violation.id} [${violation.impact ?? 'n/a'}]: ${violation.help}\n  ${violation.helpUrl}\n${nodes}`;
    })
    .join('\n\n');
}
