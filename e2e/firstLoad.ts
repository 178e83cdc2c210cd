import type { Page } from '@playwright/test';
import { waitLimitMs } from './waits';

declare global {
  interface Window {
    __hydratedAt?: number;
  }
}

/**
 * Installs a watcher that notes the moment Docusaurus marks the page hydrated
 * (`<html data-has-hydrated="true">`), for `firstLoadUrls`. Call before `page.goto`.
 */
export async function recordFirstLoad(page: Page): Promise<void> {
  await page.addInitScript(() => {
    new MutationObserver((_records, observer) => {
      if (document.documentElement?.dataset.hasHydrated !== 'true') return;
      window.__hydratedAt = performance.now();
      observer.disconnect();
    }).observe(document, {
      subtree: true,
      attributes: true,
      attributeFilter: ['data-has-hydrated'],
    });
  });
}

/**
 * Runs in the page: the scripts and stylesheets whose download started by `time` (ms, the page's
 * performance clock). Scripts come from the Resource Timing entries started by a <script> element
 * (the HTML's, and the ones the runtime or our boot script adds) or by a `<link rel=preload
 * as=script>` (the boot script preloads a page's scripts when it boots at its first paint; the
 * <script> that runs one then adds no entry of its own). Docusaurus's prefetches for links use
 * <link rel="prefetch"> and are not counted, even when they finish first.
 */
function fetchedBy(time: number): string[] {
  const preloads = document.querySelectorAll<HTMLLinkElement>('link[rel=preload][as=script]');
  const preloaded = new Set([...preloads].map((link) => link.href));
  const sheets = new Set([...document.styleSheets].flatMap((sheet) => sheet.href ?? []));
  const entries = performance
    .getEntriesByType('resource')
    .filter((entry) => entry.startTime <= time) as PerformanceResourceTiming[];
  const scripts = entries.filter(
    (entry) => entry.initiatorType === 'script' || preloaded.has(entry.name),
  );
  const stylesheets = entries.filter((entry) => sheets.has(entry.name));
  return [...new Set([...scripts, ...stylesheets].map((entry) => entry.name))];
}

/**
 * The scripts and stylesheets the page fetched before it hydrated (recorded by `recordFirstLoad`).
 * On this site a text page starts its scripts at the reader's first input (plugins/render-first):
 * these are then the files it needs once it starts.
 */
export async function firstLoadUrls(page: Page, timeout = waitLimitMs): Promise<string[]> {
  const handle = await page.waitForFunction(() => window.__hydratedAt, undefined, { timeout });
  return page.evaluate(fetchedBy, (await handle.jsonValue()) as number);
}

/** The scripts and stylesheets the page has fetched so far, without any input from a reader. */
export async function urlsFetchedSoFar(page: Page): Promise<string[]> {
  return page.evaluate(fetchedBy, Number.MAX_SAFE_INTEGER);
}
