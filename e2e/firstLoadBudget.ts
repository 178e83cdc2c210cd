import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { measureFirstLoad } from '../scripts/perf/firstLoad';
import { articleTypesBySlug, jsBudgetFor, pageType, parseBudgets } from '../scripts/perf/budgets';
import { htmlFileOf } from '../tooling/site/siteFiles';
import { firstLoadUrls } from './firstLoad';
import { expect, test, type Page } from './test';

// Byte budgets (budgets.json). Bytes are deterministic, so these are tests; timings are in `npm run bench`.
const budgets = parseBudgets(readFileSync('budgets.json', 'utf8'));
const articleTypes = articleTypesBySlug('docs');

/**
 * First-load JavaScript and CSS within budget, and the selector's code only on a page that shows the
 * selector. Call `recordFirstLoad(page)` (./firstLoad.ts) before loading `path`; the every-page walk
 * does, so each page is measured on the load that runs its other checks.
 */
export async function checkFirstLoadBudget(page: Page, path: string): Promise<void> {
  const html = readFileSync(htmlFileOf('build', path)!, 'utf8');
  const type = pageType(path, html, articleTypes, budgets.selectorMarker);
  const load = measureFirstLoad('build', html, await firstLoadUrls(page));

  const jsBudget = jsBudgetFor(budgets, type);
  // Shown in the report (reports/playwright.json), so the numbers behind a budget can be read.
  test.info().annotations.push({
    type: 'first-load',
    description: `${type}: JS ${load.jsGzip} bytes gzip (budget ${jsBudget}), CSS ${load.cssGzip}`,
  });
  const summary = load.scripts.map((s) => `${s.path} ${s.gzipBytes}`).join(', ');
  // Soft: a page over budget still gets its selector check below, and the walk its other checks.
  expect
    .soft(
      load.jsGzip,
      `${type} page over its JS budget of ${jsBudget} bytes. Scripts: ${summary}. If the growth is ` +
        "intended (e.g. the search bar's 25 kB allowance, docs-dev/search.md), raise budgets.json with a reason.",
    )
    .toBeLessThanOrEqual(jsBudget);
  expect.soft(load.cssGzip, 'CSS over budget').toBeLessThanOrEqual(budgets.firstLoadCssGzipBytes);

  const withMarker = (marker: string) =>
    load.scripts
      .filter((script) => readFileSync(join('build', script.path), 'utf8').includes(marker))
      .map((script) => script.path);
  expect.soft(withMarker(budgets.searchCodeMarker), 'search code in the first load').toEqual([]);

  const withSelectorCode = withMarker(budgets.selectorMarker);
  if (type === 'selector') {
    // Proves the marker still finds the selector's code (otherwise the check below proves nothing).
    expect
      .soft(withSelectorCode.length, 'no first-load script contains the selector marker')
      .toBeGreaterThan(0);
  } else {
    expect
      .soft(withSelectorCode, 'selector code loaded on a page without the selector')
      .toEqual([]);
  }
}
