import { expect, test as base, waitsFor, type BrowserContext, type Page } from './test';
import { watchCspViolations } from './csp';
import { recordFirstLoad } from './firstLoad';
import { checkFirstLoadBudget } from './firstLoadBudget';
import { builtCsp, startHeadersServer } from './headersServer';
import {
  pathsWithoutSelector,
  recordScripts,
  selectorOnlyFiles,
  selectorOnlyFilesWaits,
} from './selectorFiles';
import { axeViolations, hydrated, sitemapPaths, watchPage } from './site';
import { waitLimitMs } from './waits';

const paths = sitemapPaths();
const csp = builtCsp();

// The walk's pages share one browser context per worker, as the pages of one reader's visit do: its
// HTTP cache and V8's code cache serve the site's scripts and axe-core (./axeFile.ts) from the second
// page on, instead of every page fetching and compiling them again (each test still opens a new page
// and closes it). Light, as a reader's system starts; each test switches its own page to dark.
// The server with the headers is a worker fixture too, not a beforeAll hook: Playwright splits the
// tests of a block with beforeAll or afterAll hooks into one fixed share per worker, by count, so the
// worker with the longer pages finished 25 s after the other; without hooks, each page is handed to
// whichever worker is free.
const test = base.extend<
  { walkPage: Page },
  { walkContext: BrowserContext; headersOrigin: string }
>({
  walkContext: [
    async ({ browser, cpuThrottle }, use) => {
      void cpuThrottle; // set up first: it wraps browser.newContext when the CPU is slowed
      const context = await browser.newContext({ colorScheme: 'light' });
      await use(context);
      await context.close();
    },
    { scope: 'worker' },
  ],
  headersOrigin: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern
    async ({}, use) => {
      const { server, origin } = await startHeadersServer();
      await use(origin);
      server.close();
    },
    { scope: 'worker' },
  ],
  walkPage: async ({ walkContext }, provide) => {
    const page = await walkContext.newPage();
    await provide(page);
    await page.close();
  },
});

test('the sitemap lists the home page and the start page', () => {
  expect(paths).toContain('/');
  expect(paths).toContain('/why-photos-are-missing');
});

// One load per page does every per-page check: the page is served with the headers of build/_headers
// (as a host would), so the same load checks the CSP (this walk used to load each page five more
// times: in dark mode, under the CSP in security-headers.spec.ts, for its budget in budgets.spec.ts,
// at 320 px in narrow-screen.spec.ts and for the selector's files in selector-budget.spec.ts).
// Light mode first, with every axe rule; then the reader's system switches to dark, the page follows
// and axe runs its colour rules again (the structure is the same in both); then the window narrows
// to a 320 px phone, and the layout follows (CSS media queries, and Docusaurus's window-size hook for
// the navbar and the table of contents), as it is on a page loaded at that width.
test.describe('every page', () => {
  for (const path of paths) {
    test(`${path} loads under the CSP, hydrates, stays local, passes axe in light and dark, fits 320 px, first load within budget`, async ({
      walkPage: page,
      headersOrigin: origin,
      browser,
    }) => {
      // The load, hydration, the first-load record, two axe runs, the switch to dark, 320 px, the
      // network going idle; and once per worker, the selector's files.
      test.setTimeout(waitsFor(10 + selectorOnlyFilesWaits));
      const violations = await watchCspViolations(page);
      const watched = watchPage(page, origin);
      const scriptsRun = recordScripts(page);
      await recordFirstLoad(page);
      const response = await page.goto(origin + path);
      expect(response?.status()).toBe(200);
      expect(response?.headers()['content-security-policy']).toBe(csp);
      // Hydration needs every script to run under the CSP; the inline theme script sets the choice.
      await hydrated(page);
      await expect(page.locator('html')).toHaveAttribute('data-theme-choice', /.+/);
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
      await expect(page.locator('h1').first()).toBeVisible();
      // Every chunk the page needed was in its boot list (plugins/render-first): the bundler's
      // runtime did not have to add a <script> of its own before hydrating.
      expect(await page.locator('script[data-rspack], script[data-webpack]').count()).toBe(0);
      await checkFirstLoadBudget(page, path);
      expect(await axeViolations(page), 'light').toEqual([]);

      await page.emulateMedia({ colorScheme: 'dark' });
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      // Colour transitions (Infima's) end before axe measures contrast.
      await page.waitForFunction(
        () =>
          document
            .getAnimations()
            .every((animation) => animation.playState !== 'running' || animation.effect === null),
        undefined,
        { timeout: waitLimitMs },
      );
      // The same page in dark: only the colours changed, so only the colour rules can find more.
      expect(await axeViolations(page, { colourOnly: true }), 'dark').toEqual([]);

      // A 320 px phone: nothing scrolls sideways, and no table needs its own sideways scrolling.
      await page.setViewportSize({ width: 320, height: 640 });
      await expect
        .poll(() => page.evaluate(() => document.documentElement.scrollWidth), {
          message: '320 px',
        })
        .toBeLessThanOrEqual(320);
      const wideTables = await page
        .locator('article table')
        .evaluateAll((tables) =>
          tables
            .filter((table) => table.scrollWidth > table.clientWidth + 1)
            .map((table) => table.textContent?.slice(0, 60)),
        );
      expect(wideTables, 'tables wider than a 320 px screen').toEqual([]);

      // A page without the selector runs none of the files only the selector's page needs.
      const scripts = await scriptsRun();
      if (pathsWithoutSelector.includes(path)) {
        const { extra } = await selectorOnlyFiles(browser);
        expect(extra.length, 'the selector page has files of its own').toBeGreaterThan(0);
        expect(
          extra.filter((file) => scripts.has(file)),
          'selector files loaded',
        ).toEqual([]);
      }

      expect(await violations()).toEqual([]);
      expect(watched.consoleErrors).toEqual([]);
      expect(watched.foreignRequests).toEqual([]);
    });
  }
});

// The walk switches to dark after the load; this load starts dark, as a reader's page does when their
// system is dark: the inline theme script (the same on every page, one CSP hash) sets the theme first.
test.describe('with a dark system theme', () => {
  test.use({ colorScheme: 'dark' });
  test('a page starts dark', async ({ page }) => {
    await page.goto('/why-photos-are-missing');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await hydrated(page);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  });
});

test('an unknown address gets a helpful 404 page', async ({ page }) => {
  const response = await page.goto('/this-page-does-not-exist');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("We can't find that page");
  await expect(page.getByRole('main').getByRole('link', { name: /home page/i })).toHaveAttribute(
    'href',
    '/',
  );
  await expect(
    page.getByRole('main').getByRole('link', { name: /photos are missing/i }),
  ).toBeVisible();
  await expect(
    page.getByRole('main').getByRole('link', { name: /recovery guides/i }),
  ).toHaveAttribute('href', '/guides');
  await expect(page.getByRole('main').getByRole('link', { name: /FAQ/ })).toHaveAttribute(
    'href',
    '/faq',
  );
  expect(await axeViolations(page)).toEqual([]);
});
