import { readFileSync } from 'node:fs';
import type { AxeResults, RunOptions } from 'axe-core';
import { expect, type Frame, type Page } from '@playwright/test';
import { axeFile, axeUrlPath } from './axeFile';
import { waitLimitMs } from './waits';

/** Every page path in the built sitemap, e.g. "/why-photos-are-missing". */
export function sitemapPaths(sitemapFile = 'build/sitemap.xml'): string[] {
  const xml = readFileSync(sitemapFile, 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]).pathname);
}

export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * The axe rules whose result depends on the colour scheme: the rest look at the page's structure,
 * names and roles, which are the same in light and dark. A page checked with every rule in one
 * scheme needs only these in the other.
 */
export const colourRules = ['color-contrast', 'link-in-text-block'];

const axeSource = readFileSync(axeFile, 'utf8');

declare global {
  interface Window {
    axe?: { run: (context: Document, options: RunOptions) => Promise<AxeResults> };
  }
}

/**
 * Runs axe-core against the page and returns the violations, as readable one-line strings: every
 * WCAG A/AA rule, or only the colour rules with `{ colourOnly: true }`.
 *
 * axe-core is put into the page once and run there directly. (@axe-core/playwright's AxeBuilder did
 * the same checks about a second slower per run on a 2-core machine: each run injected axe again and
 * opened a blank page to combine the results of frames.) A page from a test server loads it as a
 * script file from that server (./axeFile.ts): in a browser context that already loaded it, the HTTP
 * cache and V8's code cache serve it (measured on a guide: 0.2 s instead of 0.6 s, most of which was
 * sending the 550 kB source through the DevTools protocol and compiling it). Other pages (setContent)
 * get the source. Our pages have no frames; if one appears, this fails rather than leave the frame's
 * content unchecked.
 */
export async function axeViolations(
  page: Page,
  { colourOnly = false }: { colourOnly?: boolean } = {},
): Promise<string[]> {
  expect(await page.locator('iframe, frame').count(), 'axe here checks pages without frames').toBe(
    0,
  );
  if (!(await page.evaluate(() => Boolean(window.axe)))) {
    if (/^https?:/.test(page.url())) await page.addScriptTag({ url: axeUrlPath });
    else await page.evaluate(axeSource);
  }
  const runOnly: RunOptions['runOnly'] = colourOnly
    ? { type: 'rule', values: colourRules }
    : { type: 'tag', values: wcagTags };
  const violations = await page.evaluate(
    async (options) => {
      if (!window.axe) throw new Error('axe-core did not load into the page');
      return (await window.axe.run(document, options)).violations;
    },
    { runOnly, resultTypes: ['violations'] } satisfies RunOptions,
  );
  return violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
}

/** Collects console errors and requests that leave the local origin while a page is used. */
export function watchPage(page: Page, origin: string) {
  const consoleErrors: string[] = [];
  const foreignRequests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !/^(data|blob|about):/.test(url)) foreignRequests.push(url);
  });
  return { consoleErrors, foreignRequests };
}

/**
 * Gives a page the reader's first input, which starts a text page's scripts (plugins/render-first:
 * nothing runs before). A Shift key press: it changes nothing on the page. A frame has no keyboard
 * of its own, so it gets the key event in its window.
 */
export async function startScripts(page: Page | Frame): Promise<void> {
  if ('keyboard' in page) await page.keyboard.press('Shift');
  else
    await page.evaluate(() => window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Shift' })));
}

/**
 * Waits, up to the shared limit (./waits.ts), until Docusaurus marks the page hydrated: React has
 * taken over the server-rendered HTML and set `<html data-has-hydrated="true">`. Gives no input: a
 * text page waits for one (see `hydrated`). The check runs in the page every 50 ms (a locator
 * assertion polls less and less often, up to once a second, and most of a page's hydration wait was
 * that back-off); a timer, not animation frames, so that it also runs in a hidden page or frame.
 */
export async function hydration(page: Page | Frame): Promise<void> {
  await page.waitForFunction(
    () => document.documentElement.dataset.hasHydrated === 'true',
    undefined,
    { polling: 50, timeout: waitLimitMs },
  );
}

/**
 * Starts the page's scripts as a reader's first input would (startScripts), then waits until the
 * page has hydrated (`hydration`). Every spec that needs a hydrated page goes through this.
 */
export async function hydrated(page: Page | Frame): Promise<void> {
  await startScripts(page);
  await hydration(page);
}
