import { readFileSync } from 'node:fs';
import { parseBudgets } from '../scripts/perf/budgets';
import { htmlFileOf } from '../tooling/site/siteFiles';
import { hydrated, sitemapPaths } from './site';
import { waitLimitMs } from './waits';
import type { Browser, Page } from './test';

/**
 * Which script files only the selector's page needs, for the selector budget
 * (selector-budget.spec.ts) and for the every-page walk, which checks that no other page loads them.
 * The selector's code and pages are found by its marker (budgets.json selectorMarker, the
 * data-recovery-selector attribute of its root element), not by its wording.
 */
export const budgets = parseBudgets(readFileSync('budgets.json', 'utf8'));

/** Pages that do not show the selector: not under /which-option, no selector marker in their HTML. */
export const pathsWithoutSelector = sitemapPaths().filter((path) => {
  if (path.startsWith('/which-option')) return false;
  return !readFileSync(htmlFileOf('build', path)!, 'utf8').includes(budgets.selectorMarker);
});

/** The page the selector's page is compared with: the first page without the selector, not home. */
export const controlPath = pathsWithoutSelector.find((path) => path !== '/')!;

/**
 * Starts recording the /assets/js/ files the page runs (prefetches of other pages' chunks use
 * <link rel="prefetch"> and are not scripts). Call before loading the page; the returned function
 * waits until the network is idle and returns the files.
 */
export function recordScripts(page: Page): () => Promise<Set<string>> {
  const scripts = new Set<string>();
  const onRequest = (request: { url: () => string; resourceType: () => string }) => {
    const url = new URL(request.url());
    if (request.resourceType() === 'script' && url.pathname.startsWith('/assets/js/'))
      scripts.add(url.pathname);
  };
  page.on('request', onRequest);
  return async () => {
    await page.waitForLoadState('networkidle', { timeout: waitLimitMs });
    page.off('request', onRequest);
    return scripts;
  };
}

async function load(browser: Browser, path: string): Promise<Set<string>> {
  const page = await browser.newPage();
  try {
    const scripts = recordScripts(page);
    await page.goto(path);
    await hydrated(page);
    return await scripts();
  } finally {
    await page.close();
  }
}

export type SelectorFiles = {
  withSelector: Set<string>;
  controlScripts: Set<string>;
  extra: string[];
};

let measured: Promise<SelectorFiles> | undefined;

/**
 * What /which-option runs, what the control page runs, and the files only /which-option needs:
 * measured once per worker (two loads, each: the navigation, hydration and the network going idle).
 */
export function selectorOnlyFiles(browser: Browser): Promise<SelectorFiles> {
  measured ??= (async () => {
    const withSelector = await load(browser, '/which-option');
    const controlScripts = await load(browser, controlPath);
    const extra = [...withSelector].filter((file) => !controlScripts.has(file));
    return { withSelector, controlScripts, extra };
  })();
  return measured;
}

/** The waits of selectorOnlyFiles: two loads of three waits each. */
export const selectorOnlyFilesWaits = 6;
