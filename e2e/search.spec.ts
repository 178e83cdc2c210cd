import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import {
  gzipSize,
  kb,
  searchIndexBudgetBytes,
  searchIndexFiles,
  searchIndexGzipSize,
} from '../scripts/search-budget';
import { axeViolations, watchPage } from './site';
import {
  hitAt,
  rankOf,
  validateQueries,
  type QueryOutcome,
  type SearchQuery,
} from './searchQuality';

const queries = JSON.parse(readFileSync('e2e/search-queries.json', 'utf8')) as SearchQuery[];
const startPage = '/why-photos-are-missing';

function searchBox(page: Page) {
  return page.locator('input.navbar__search-input');
}

async function openHydrated(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator('html[data-has-hydrated="true"]')).toBeAttached();
}

/**
 * Types a query into the navbar search box the way a reader pastes it (one input event), and waits
 * until the dropdown shows results or our "no page matches" message for it. After a result was chosen,
 * the next page may still be rendering its navbar, so a missed Ctrl+K is tried again.
 */
async function search(page: Page, query: string) {
  const box = searchBox(page);
  await expect(async () => {
    await page.keyboard.press('Control+k');
    await expect(box).toBeFocused({ timeout: 1000 });
    await box.fill('');
    await expect(page.getByRole('listbox')).toBeHidden({ timeout: 1000 });
    await box.fill(query);
    await expect(
      page.getByRole('option').first().or(page.locator('.navbar__search [role="status"]')),
    ).toBeVisible({ timeout: 3000 });
  }).toPass({ timeout: 20_000 });
}

/** Chooses the result at `rank` (1-based) with the keyboard, like a reader, and returns where it led. */
async function choose(page: Page, rank: number): Promise<string> {
  for (let step = 1; step < rank; step += 1) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(searchBox(page)).not.toBeFocused();
  return page.evaluate(() => location.pathname + location.search + location.hash);
}

test.describe('search', () => {
  test('the index is fetched only when a reader starts a search, and fits its budget', async ({
    page,
  }) => {
    const indexRequests: string[] = [];
    page.on('request', (request) => {
      if (/\/search-index[^/]*\.json/.test(request.url())) indexRequests.push(request.url());
    });
    await openHydrated(page, startPage);
    await page.waitForLoadState('networkidle');
    expect(indexRequests).toEqual([]);

    await searchBox(page).focus();
    await expect.poll(() => indexRequests.length).toBe(1);

    const indexBytes = searchIndexGzipSize('build');
    console.log(`Search index: ${kb(indexBytes)} gzip (budget ${kb(searchIndexBudgetBytes)})`);
    expect(indexBytes).toBeLessThanOrEqual(searchIndexBudgetBytes);
    expect(gzipSize(readFileSync(`build${new URL(indexRequests[0]).pathname}`))).toBe(indexBytes);
  });

  test('the index holds sections that answer questions, not sources, overview cards or the navbar', () => {
    const [indexFile] = searchIndexFiles('build');
    const index = JSON.parse(readFileSync(indexFile, 'utf8')) as {
      documents: { t: string; u: string; h?: string; b?: string[] }[];
    }[];
    const entries = index.flatMap((kind) => kind.documents);
    const titles = new Set(index[0].documents.map((page) => page.u));
    expect(titles).toContain('/faq/after-a-restore');
    expect(entries).toContainEqual(
      expect.objectContaining({ u: '/faq/after-a-restore', h: '#photos-blurry' }),
    );
    expect(entries.filter((entry) => entry.h === '#article-sources')).toEqual([]);
    expect(entries.filter((entry) => /^\p{Extended_Pictographic}/u.test(entry.t))).toEqual([]);
    const faqPage = index[0].documents.find((page) => page.u === '/faq/after-a-restore');
    expect(faqPage?.b).toEqual(['FAQ']);
  });

  test('a keyboard reader who tabs past the search box while it loads keeps their place', async ({
    page,
  }) => {
    // Hold the index back until the reader has moved on, as on a slow connection.
    let held = false;
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/search-index[^/]*\.json/, async (route) => {
      held = true;
      await released;
      await route.continue();
    });
    await openHydrated(page, startPage);
    await page.keyboard.press('Control+k');
    await expect(searchBox(page)).toBeFocused();
    await expect.poll(() => held).toBe(true);

    await page.keyboard.press('Tab');
    const next = page.locator(':focus');
    await expect(next).not.toHaveClass(/navbar__search-input/);
    const nextHtml = await next.evaluate((element) => element.outerHTML);
    release();
    // autocomplete.js takes over the input once the index has loaded; the focus is decided right then.
    await expect(
      page.locator('input.navbar__search-input[aria-autocomplete="list"]'),
    ).toBeAttached();
    expect(await page.evaluate(() => document.activeElement?.outerHTML)).toBe(nextHtml);
  });

  test('Ctrl+K focuses the search box from anywhere on the page', async ({ page }) => {
    await openHydrated(page, startPage);
    await page.getByRole('main').click();
    await page.keyboard.press('Control+k');
    await expect(searchBox(page)).toBeFocused();
    await expect(page.locator('.navbar__search kbd')).toHaveText(['ctrl', 'K']);
  });

  test('a FAQ answer is a result of its own, shows where it lives and opens at its question', async ({
    page,
  }) => {
    await openHydrated(page, startPage);
    await search(page, 'blurry');
    const answer = page
      .getByRole('option')
      .filter({ hasText: 'Why are my photos blurry, or showing a loading circle?' })
      .first();
    // Title, then where it lives: "FAQ › FAQ: photos after a restore" (explicitSearchResultPath).
    await expect(answer).toHaveText(/loading circle\?\s*FAQ › FAQ: photos after a restore$/);
    await answer.click();
    await expect(page).toHaveURL(/\/faq\/after-a-restore#photos-blurry$/);
    await expect(page.locator('h2#photos-blurry')).toBeInViewport();

    // The same address pasted into a ticket opens at the question too.
    await page.goto('/faq/after-a-restore#photos-blurry');
    await expect(page.locator('h2#photos-blurry')).toBeInViewport();
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('photos-blurry');
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the open dropdown passes axe in ${colorScheme} mode, with and without results`, async ({
      browser,
      baseURL,
    }) => {
      const context = await browser.newContext({ colorScheme });
      const page = await context.newPage();
      const watched = watchPage(page, baseURL!);
      await openHydrated(page, startPage);
      await search(page, 'backup');
      expect(await axeViolations(page)).toEqual([]);
      // "See all results" is a link to the search page as agents paste it.
      await expect(page.getByText('See all results')).toHaveAttribute('href', '/search?q=backup');
      await search(page, 'xylophone');
      expect(await axeViolations(page)).toEqual([]);
      expect(watched.consoleErrors).toEqual([]);
      await context.close();
    });
  }

  test('when nothing matches, the dropdown says so and offers the selector and the FAQ', async ({
    page,
    baseURL,
  }) => {
    const watched = watchPage(page, baseURL!);
    await openHydrated(page, startPage);
    await search(page, 'xylophone');
    const message = page.locator('.navbar__search').getByRole('status');
    await expect(message).toContainText('No page matches “xylophone”');
    await expect(
      message.getByRole('link', { name: 'Which option applies to me?' }),
    ).toHaveAttribute('href', '/which-option');
    await expect(message.getByRole('link', { name: 'FAQ' })).toHaveAttribute('href', '/faq');
    expect(await axeViolations(page)).toEqual([]);

    // Keyboard users: Enter opens the search page, which offers the same links.
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/search\?q=xylophone$/);
    await expect(page.getByRole('main')).toContainText('No page matches “xylophone”');
    await expect(page.getByRole('main').getByRole('link', { name: 'FAQ' })).toBeVisible();

    // Mouse users: the links in the dropdown work.
    await search(page, 'xylophone');
    await message.getByRole('link', { name: 'FAQ' }).click();
    await expect(page).toHaveURL(/\/faq$/);
    await expect(message).toHaveCount(0);
    expect(watched.consoleErrors).toEqual([]);
  });

  test('a /search?q= link shows results on load, each a plain link to its page or section', async ({
    page,
    baseURL,
  }) => {
    const watched = watchPage(page, baseURL!);
    const response = await page.goto('/search?q=backup');
    expect(response?.status()).toBe(200);
    await expect(page.locator('html[data-has-hydrated="true"]')).toBeAttached();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search results for “backup”');
    await expect(page.getByRole('searchbox', { name: 'Search for' })).toHaveValue('backup');
    const links = page
      .getByRole('main')
      .getByRole('listitem')
      .getByRole('heading')
      .getByRole('link');
    await expect(links.first()).toBeVisible();
    const hrefs = await links.evaluateAll((all) => all.map((a) => a.getAttribute('href')));
    expect(hrefs.every((href) => /^\/[a-z0-9/-]*(#[a-z0-9-]+)?$/.test(href ?? ''))).toBe(true);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex, follow');
    expect(await axeViolations(page)).toEqual([]);
    expect(watched.consoleErrors).toEqual([]);

    // Typing updates the results and the address, so the page can be shared at any point.
    await page.getByRole('searchbox', { name: 'Search for' }).fill('xylophone');
    await expect(page).toHaveURL(/\/search\?q=xylophone$/);
    await expect(page.getByRole('main')).toContainText('No page matches “xylophone”');
  });

  test('without JavaScript the search page says why and still leads to the selector and the FAQ', async ({
    browser,
    request,
  }) => {
    // What a browser without JavaScript receives (Chromium's switch for tests still hides <noscript>).
    const html = await (await request.get('/search?q=backup')).text();
    expect(html).toMatch(
      /<noscript><p[^>]*>Search needs JavaScript, which is off in this browser\.<\/p><\/noscript>/,
    );

    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/search?q=backup');
    const main = page.getByRole('main');
    await expect(main).toContainText('Not sure what to search for? Try:');
    await expect(main.getByRole('link', { name: 'Which option applies to me?' })).toHaveAttribute(
      'href',
      '/which-option',
    );
    await expect(main.getByRole('link', { name: 'FAQ' })).toHaveAttribute('href', '/faq');
    await context.close();
  });
});

test('search quality: the readers’ words find the right guide or FAQ answer', async ({ page }) => {
  test.setTimeout(240_000);
  expect(validateQueries(queries)).toEqual([]);
  await openHydrated(page, startPage);

  const outcomes: QueryOutcome[] = [];
  for (const { query, expected } of queries) {
    const results: string[] = [];
    let rank: number | null = null;
    for (let position = 1; position <= 3 && rank === null; position += 1) {
      await search(page, query);
      if ((await page.getByRole('option').count()) < position) break;
      const landed = await choose(page, position);
      expect(landed, 'result links carry no ?_highlight= or other query').not.toContain('?');
      results.push(landed);
      rank = rankOf(results, expected);
    }
    outcomes.push({ query, expected, results, rank });
  }

  const report = {
    queries: outcomes.length,
    hitAt1: hitAt(outcomes, 1),
    hitAt3: hitAt(outcomes, 3),
    misses: outcomes.filter((o) => o.rank === null),
    outcomes,
  };
  mkdirSync('reports', { recursive: true });
  writeFileSync('reports/search-quality.json', `${JSON.stringify(report, null, 2)}\n`);
  console.log(
    `Search quality over ${report.queries} queries: hit@1 ${(report.hitAt1 * 100).toFixed(1)}%, ` +
      `hit@3 ${(report.hitAt3 * 100).toFixed(1)}% (details: reports/search-quality.json)`,
  );
  for (const miss of report.misses) {
    console.log(
      `  miss: "${miss.query}" wanted ${miss.expected.join(' or ')}, got ${miss.results.join(', ')}`,
    );
  }
  expect(report.hitAt3).toBeGreaterThanOrEqual(0.9);
});
