import type { Page } from '@playwright/test';

declare global {
  interface Window {
    __firstLoadUrls?: string[];
  }
}

/**
 * Installs a watcher that, at the moment Docusaurus marks the page hydrated
 * (`<html data-has-hydrated="true">`), records every resource the page has fetched so far.
 * Prefetches that Docusaurus starts after hydration (for links in view) come later and are left out.
 * Call before `page.goto`.
 */
export async function recordFirstLoad(page: Page): Promise<void> {
  await page.addInitScript(() => {
    new MutationObserver((_records, observer) => {
      if (document.documentElement?.dataset.hasHydrated !== 'true') return;
      window.__firstLoadUrls = performance.getEntriesByType('resource').map((entry) => entry.name);
      observer.disconnect();
    }).observe(document, {
      subtree: true,
      attributes: true,
      attributeFilter: ['data-has-hydrated'],
    });
  });
}

/** The URLs recorded by `recordFirstLoad`, once the page has hydrated. */
export async function firstLoadUrls(page: Page, timeout = 30_000): Promise<string[]> {
  const handle = await page.waitForFunction(() => window.__firstLoadUrls, undefined, { timeout });
  return (await handle.jsonValue()) as string[];
}
