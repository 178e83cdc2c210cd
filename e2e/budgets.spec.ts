import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { expect, test } from '@playwright/test';
import { measureFirstLoad, startTags } from '../scripts/perf/first-load';
import { htmlFileFor } from '../scripts/perf/pages';
import { articleTypesBySlug, jsBudgetFor, pageType, parseBudgets } from '../scripts/perf/budgets';
import { gzipSizeOfPaths, kb, searchIndexGzipSize } from '../scripts/search-budget';
import { firstLoadUrls, recordFirstLoad } from './first-load';
import { searchBox } from './searchBox';
import { sitemapPaths } from './site';

// Byte budgets (budgets.json). Bytes are deterministic, so these are tests; timings are in `npm run bench`.
const budgets = parseBudgets(readFileSync('budgets.json', 'utf8'));
const articleTypes = articleTypesBySlug('docs');
const builtFiles = readdirSync('build', { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => join(entry.parentPath, entry.name));
const htmlFiles = builtFiles.filter((file) => file.endsWith('.html'));

test('the guide budget keeps a guide within 1.05 times the stock Docusaurus docs page', () => {
  expect(budgets.firstLoadJsGzipBytes.guide).toBeLessThanOrEqual(
    budgets.stockDocsPageJsGzipBytes * budgets.maxGuideToStockRatio,
  );
});

for (const path of sitemapPaths()) {
  test(`${path}: first-load JavaScript and CSS within budget, selector code only if it shows the selector`, async ({
    page,
  }) => {
    const html = readFileSync(htmlFileFor('build', path)!, 'utf8');
    const type = pageType(path, html, articleTypes, budgets.selectorMarker);
    await recordFirstLoad(page);
    await page.goto(path);
    const load = measureFirstLoad('build', html, await firstLoadUrls(page));

    const jsBudget = jsBudgetFor(budgets, type);
    // Shown in the report (reports/playwright.json), so the numbers behind a budget can be read.
    test.info().annotations.push({
      type: 'first-load',
      description: `${type}: JS ${load.jsGzip} bytes gzip (budget ${jsBudget}), CSS ${load.cssGzip}`,
    });
    const summary = load.scripts.map((s) => `${s.path} ${s.gzipBytes}`).join(', ');
    // Soft: a page over budget still gets its selector check below.
    expect
      .soft(
        load.jsGzip,
        `${type} page over its JS budget of ${jsBudget} bytes. Scripts: ${summary}. If the growth is ` +
          'intended (e.g. the 25 kB search allowance of issue 5), raise budgets.json with a reason.',
      )
      .toBeLessThanOrEqual(jsBudget);
    expect.soft(load.cssGzip, 'CSS over budget').toBeLessThanOrEqual(budgets.firstLoadCssGzipBytes);

    const withSelectorCode = load.scripts
      .filter((script) =>
        readFileSync(join('build', script.path), 'utf8').includes(budgets.selectorMarker),
      )
      .map((script) => script.path);
    const withSearchCode = load.scripts
      .filter((script) =>
        readFileSync(join('build', script.path), 'utf8').includes(budgets.searchCodeMarker),
      )
      .map((script) => script.path);
    expect.soft(withSearchCode, 'search code in the first load').toEqual([]);

    if (type === 'selector') {
      // Proves the marker still finds the selector's code (otherwise the check below proves nothing).
      expect(
        withSelectorCode.length,
        'no first-load script contains the selector marker',
      ).toBeGreaterThan(0);
    } else {
      expect(withSelectorCode, 'selector code loaded on a page without the selector').toEqual([]);
    }
  });
}

test('the search index and the code loaded when the search box is first used fit their budgets', async ({
  page,
}) => {
  await page.goto('/');
  await page.locator('html[data-has-hydrated="true"]').waitFor({ state: 'attached' });
  await page.waitForLoadState('networkidle');
  const loaded: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (request.resourceType() === 'script') loaded.push(url.pathname);
  });
  await searchBox(page).focus();
  await searchBox(page).fill('photos');
  await page.getByRole('option').first().waitFor();
  const scripts = [...new Set(loaded)];
  // Proves the marker still finds the search code (otherwise the first-load check proves nothing).
  expect(
    scripts.some((path) =>
      readFileSync(join('build', path), 'utf8').includes(budgets.searchCodeMarker),
    ),
  ).toBe(true);
  const codeBytes = gzipSizeOfPaths('build', scripts);
  const indexBytes = searchIndexGzipSize('build');
  test.info().annotations.push({
    type: 'search',
    description: `code ${kb(codeBytes)} (${scripts.join(', ')}), index ${kb(indexBytes)} gzip`,
  });
  expect(codeBytes).toBeLessThanOrEqual(budgets.searchCodeGzipBytes);
  expect(indexBytes).toBeLessThanOrEqual(budgets.searchIndexGzipBytes);
});

const imageExtensions = new Set([
  '.png',
  '.jpg',
  '.jpeg',
  '.gif',
  '.webp',
  '.avif',
  '.svg',
  '.ico',
]);

test(`no image in build/ is over ${budgets.maxImageBytes / 1000} kB`, () => {
  const images = builtFiles.filter((file) => imageExtensions.has(extname(file).toLowerCase()));
  expect(images.length).toBeGreaterThan(0);
  const tooBig = images
    .map((file) => ({ file, bytes: statSync(file).size }))
    .filter(({ bytes }) => bytes > budgets.maxImageBytes);
  expect(tooBig).toEqual([]);
});

test('every <img> in the built HTML has a width and a height (no layout shift)', () => {
  const missing: string[] = [];
  let count = 0;
  for (const file of htmlFiles) {
    for (const img of startTags(readFileSync(file, 'utf8'), 'img')) {
      count++;
      if (!/^\d+(\.\d+)?$/.test(img.width ?? '') || !/^\d+(\.\d+)?$/.test(img.height ?? '')) {
        missing.push(`${file}: <img src=${img.src}> width=${img.width} height=${img.height}`);
      }
    }
  }
  expect(count).toBeGreaterThan(0);
  expect(missing).toEqual([]);
});
