import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { expect, test } from './test';
import { startTags } from '../tooling/site/html';
import { parseBudgets } from '../scripts/perf/budgets';
import { gzipSizeOfPaths, kb, searchIndexGzipSize } from '../scripts/search-budget';
import { searchBox } from './searchBox';
import { hydrated } from './site';

// Byte budgets (budgets.json). Bytes are deterministic, so these are tests; timings are in `npm run bench`.
const budgets = parseBudgets(readFileSync('budgets.json', 'utf8'));
const builtFiles = readdirSync('build', { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => join(entry.parentPath, entry.name));
const htmlFiles = builtFiles.filter((file) => file.endsWith('.html'));

// The first-load budget of each page (checkFirstLoadBudget, ./firstLoadBudget.ts) is checked in the
// every-page walk (every-page.spec.ts), on the same load as its other checks.

test('the search index and the code loaded when the search box is first used fit their budgets', async ({
  page,
}) => {
  await page.goto('/');
  await hydrated(page);
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
    for (const { attributes: img } of startTags(readFileSync(file, 'utf8'), 'img')) {
      count++;
      const [src, width, height] = ['src', 'width', 'height'].map((name) => img.get(name));
      if (!/^\d+(\.\d+)?$/.test(width ?? '') || !/^\d+(\.\d+)?$/.test(height ?? '')) {
        missing.push(`${file}: <img src=${src}> width=${width} height=${height}`);
      }
    }
  }
  expect(count).toBeGreaterThan(0);
  expect(missing).toEqual([]);
});

test('no code of zod (the article schema, build time only) reaches the JavaScript readers download', () => {
  const scripts = builtFiles.filter(
    (file) => file.startsWith(join('build', 'assets')) && file.endsWith('.js'),
  );
  expect(scripts.length).toBeGreaterThan(0);
  // zod's classes and the `_zod` slot every schema has; no other code of ours uses these names.
  const withZod = scripts.filter((file) =>
    /\bZodError\b|\b_zod\b/.test(readFileSync(file, 'utf8')),
  );
  expect(withZod, 'src/ may import only types from tooling/content/articleSchema.ts').toEqual([]);
});
