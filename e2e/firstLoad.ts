import type { Page } from '@playwright/test';
import { waitLimitMs } from './waits';

declare global {
  interface Window {
    __firstLoadUrls?: string[];
  }
}

/**
 * Installs a watcher that, at the moment Docusaurus marks the page hydrated
 * (`<html data-has-hydrated="true">`), records the scripts the page has run and the stylesheets it
 * has applied so far. Scripts come from the Resource Timing entries started by a <script> element
 * (the HTML's, and the ones the runtime adds to load route chunks); Docusaurus's prefetches for links
 * in view use <link rel="prefetch"> and are not counted, even when they finish before hydration.
 * Call before `page.goto`.
 */
export async function recordFirstLoad(page: Page): Promise<void> {
  await page.addInitScript(() => {
    new MutationObserver((_records, observer) => {
      if (document.documentElement?.dataset.hasHydrated !== 'true') return;
      const scripts = performance
        .getEntriesByType('resource')
        .filter((entry) => (entry as PerformanceResourceTiming).initiatorType === 'script')
        .map((entry) => entry.name);
      const stylesheets = [...document.styleSheets].flatMap((sheet) =>
        sheet.href ? [sheet.href] : [],
      );
      window.__firstLoadUrls = [...scripts, ...stylesheets];
      observer.disconnect();
    }).observe(document, {
      subtree: true,
      attributes: true,
      attributeFilter: ['data-has-hydrated'],
    });
  });
}

/** The URLs recorded by `recordFirstLoad`, once the page has hydrated. */
export async function firstLoadUrls(page: Page, timeout = waitLimitMs): Promise<string[]> {
  const handle = await page.waitForFunction(() => window.__firstLoadUrls, undefined, { timeout });
  return (await handle.jsonValue()) as string[];
}
