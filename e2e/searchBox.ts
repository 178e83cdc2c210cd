/**
 * Driving the navbar search box in Chromium the way a reader does, for the search e2e tests and
 * npm run search:eval.
 */
import type { Page } from '@playwright/test';
import { waitLimitMs } from './waits';
import { outcomeOf, type QueryOutcome, type SearchQuery } from './searchQuality';

export function searchBox(page: Page) {
  return page.getByRole('combobox', { name: 'Search the guides and FAQ' });
}

/** The results panel of the box; it says which query its results are for (data-for-query). */
export function searchPanel(page: Page) {
  return page.locator('[data-search-combobox]');
}

/**
 * Types a query into the box as a reader pastes it (one input event), waits for the results for it,
 * and returns where they lead, best first ("/path#anchor", base URL included).
 */
export async function resultLinks(page: Page, query: string): Promise<string[]> {
  // fill() focuses the box first (the focus that loads the index), then puts the text in.
  await searchBox(page).fill(query);
  // One check per animation frame, in the page, for the panel's results for this query: the quality
  // set runs about two hundred queries, and a locator assertion's polling backs off to a second.
  const links = await page.waitForFunction(
    (typed) => {
      const panel = document.querySelector('[data-search-combobox]');
      if (panel?.getAttribute('data-for-query') !== typed) return null;
      return [
        ...document.querySelectorAll<HTMLAnchorElement>('#site-search-results [role="option"]'),
      ].map((link) => {
        const url = new URL(link.href);
        return url.pathname + url.hash;
      });
    },
    query,
    { timeout: waitLimitMs },
  );
  return (await links.jsonValue()) as string[];
}

/** Every query of a set through the box, with where its results lead and the rank of the right one. */
export async function runQueries(page: Page, queries: SearchQuery[]): Promise<QueryOutcome[]> {
  const outcomes: QueryOutcome[] = [];
  for (const wanted of queries) {
    const results = await resultLinks(page, wanted.query);
    outcomes.push(outcomeOf(wanted, results));
  }
  return outcomes;
}
