/**
 * Measures what the local search costs a reader, and checks it against the budgets in search-budget.ts:
 *
 * 1. The search index (gzip), which the browser fetches only when a search starts.
 * 2. The JavaScript the search bar adds to a page's first load: the site is built twice, as it is and
 *    without search (a copy of the sources without our src/theme/SearchBar and SearchPage, built with
 *    SEARCH=off so the plugin is left out too). Each page is opened in Chromium without touching it, and
 *    the gzip sizes of the scripts it loaded are compared. The difference is the search bar's cost.
 *
 * Usage: npx tsx scripts/measure-search-cost.ts [/path ...]   (default: home, start page, an FAQ page)
 * Writes reports/search-cost.json and exits 1 when a budget is exceeded. It runs two production builds,
 * so it is not part of `npm test`; run it when the search, the theme or the dependencies change.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { chromiumArgs, findChromium } from '../e2e/browser';
import { startStaticServer } from './static-server';
import {
  gzipSizeOfPaths,
  kb,
  searchBarFirstLoadBudgetBytes,
  searchIndexBudgetBytes,
  searchIndexGzipSize,
} from './search-budget';

/** Our own search code: left out, with the plugin, to build the site "without search". */
const ourSearchTheme = ['src/theme/SearchBar/', 'src/theme/SearchPage/'];

function build(siteDir: string, outDir: string, withSearch: boolean): void {
  execFileSync('npx', ['docusaurus', 'build', siteDir, '--out-dir', outDir], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, SEARCH: withSearch ? 'on' : 'off' },
  });
}

/** A copy of the site's sources (tracked and new files) without our search theme, sharing node_modules. */
function copyWithoutSearch(to: string): string {
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'])
    .toString()
    .split('\n')
    .filter((file) => file && !ourSearchTheme.some((dir) => file.startsWith(dir)));
  for (const file of files) {
    mkdirSync(dirname(join(to, file)), { recursive: true });
    cpSync(file, join(to, file));
  }
  symlinkSync(resolve('node_modules'), join(to, 'node_modules'));
  return to;
}

/**
 * Gzip bytes of the scripts a page loads on its own (opened, hydrated, network idle, never touched),
 * and, with the search theme, of what it fetches once the reader focuses the search box.
 */
async function scriptBytes(browser: Browser, buildDir: string, path: string) {
  const server = await startStaticServer({ root: buildDir, port: 0 });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const page = await browser.newPage();
  // Scripts the page runs. Link prefetches (resource type "other", low priority, for pages the reader
  // may open next) are not part of this page's first load.
  const requested: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin !== origin) return;
    const isScript = request.resourceType() === 'script' && url.pathname.endsWith('.js');
    if (isScript || /^\/search-index.*\.json$/.test(url.pathname)) requested.push(url.pathname);
  });
  await page.goto(origin + path, { waitUntil: 'networkidle' });
  await page.locator('html[data-has-hydrated="true"]').waitFor({ state: 'attached' });
  await page.waitForLoadState('networkidle');
  const firstLoad = [...requested];
  let onSearch = 0;
  const searchBox = page.locator('input.navbar__search-input');
  if ((await searchBox.count()) > 0) {
    await searchBox.focus();
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    onSearch = gzipSizeOfPaths(
      buildDir,
      requested.filter((file) => !firstLoad.includes(file)),
    );
  }
  await page.close();
  server.close();
  return { firstLoad: gzipSizeOfPaths(buildDir, firstLoad), onSearch };
}

async function main(): Promise<void> {
  const paths =
    process.argv.slice(2).length > 0
      ? process.argv.slice(2)
      : ['/', '/why-photos-are-missing', '/faq/after-a-restore'];
  const work = mkdtempSync(join(tmpdir(), 'search-cost-'));
  const withDir = join(work, 'with-search');
  const withoutDir = join(work, 'without-search');
  console.log('Building the site as it is, then without search...');
  build('.', withDir, true);
  build(copyWithoutSearch(join(work, 'site-without-search')), withoutDir, false);

  const indexBytes = searchIndexGzipSize(withDir);
  const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
  const pages = [];
  for (const path of paths) {
    const withSearch = await scriptBytes(browser, withDir, path);
    const withoutSearch = await scriptBytes(browser, withoutDir, path);
    pages.push({
      path,
      withSearchBytes: withSearch.firstLoad,
      withoutSearchBytes: withoutSearch.firstLoad,
      searchBarBytes: withSearch.firstLoad - withoutSearch.firstLoad,
      onFirstSearchBytes: withSearch.onSearch,
    });
  }
  await browser.close();
  rmSync(work, { recursive: true, force: true });

  console.log(`Search index (gzip): ${kb(indexBytes)} (budget ${kb(searchIndexBudgetBytes)})`);
  for (const p of pages) {
    console.log(
      `${p.path}: first-load JS ${kb(p.withSearchBytes)} with search, ${kb(p.withoutSearchBytes)} without; ` +
        `the search bar adds ${kb(p.searchBarBytes)} (budget ${kb(searchBarFirstLoadBudgetBytes)}); ` +
        `starting a search then fetches ${kb(p.onFirstSearchBytes)} (scripts and index)`,
    );
  }
  mkdirSync('reports', { recursive: true });
  writeFileSync(
    'reports/search-cost.json',
    `${JSON.stringify({ indexBytes, pages, budgets: { searchIndexBudgetBytes, searchBarFirstLoadBudgetBytes } }, null, 2)}\n`,
  );
  const overBudget =
    indexBytes > searchIndexBudgetBytes ||
    pages.some((p) => p.searchBarBytes > searchBarFirstLoadBudgetBytes);
  if (overBudget) {
    console.error('Over budget.');
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
