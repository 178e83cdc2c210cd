import { expect, test } from './test';
import { emulateHiddenPage } from './hiddenPage';
import { hydrated, hydration } from './site';
import { waitLimitMs } from './waits';

// The boot script (plugins/render-first/template.ts): a page runs no script until the reader's first
// input; a page whose address has a query (the selector's answers, a search) starts its scripts after
// its first paint, and even when it is not painted.
const textPage = '/guides/icloud-photos-sync';
const queryPage = '/which-option?account=same';
const bootedScripts = 'body > script[src*="/assets/js/main."]';
const scriptsFetched = () =>
  performance.getEntriesByType('resource').filter((entry) => /\.js(\?|$)/.test(entry.name)).length;

/** Holds the page's main.js until `release` is called: the page cannot hydrate before. */
async function holdMainScript(page: import('@playwright/test').Page) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/assets/js/main.*.js', async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

test.describe('a text page', () => {
  test('downloads and runs no script until the reader’s first input, then hydrates', async ({
    page,
  }) => {
    await page.goto(textPage, { waitUntil: 'networkidle' });
    await expect(page.locator('h1')).toBeVisible();
    expect(await page.evaluate(scriptsFetched)).toBe(0);
    await expect(page.locator(bootedScripts)).toHaveCount(0);
    await page.keyboard.press('Tab'); // a keyboard reader's first key
    await hydration(page);
    await expect(page.locator(bootedScripts)).toHaveCount(1);
  });

  test.describe('on a phone', () => {
    test.use({ hasTouch: true, viewport: { width: 360, height: 740 } });

    for (const [input, act] of [
      ['a touch (a phone’s first scroll)', (p) => p.touchscreen.tap(200, 600)],
      ['a mouse move', (p) => p.mouse.move(200, 300)],
      ['the mouse wheel', (p) => p.mouse.wheel(0, 200)],
    ] as const satisfies readonly (readonly [
      string,
      (p: import('@playwright/test').Page) => Promise<void>,
    ])[]) {
      test(`starts its scripts at ${input}`, async ({ page }) => {
        await page.goto(textPage, { waitUntil: 'networkidle' });
        expect(await page.evaluate(scriptsFetched)).toBe(0);
        await act(page);
        await hydration(page);
      });
    }

    test('a tap on a link does not start its scripts: the link loads its page in full', async ({
      page,
    }) => {
      await page.goto(textPage);
      await page.evaluate(() => ((window as { beforeTap?: boolean }).beforeTap = true));
      const link = page.locator('article a[href^="/"]').first();
      const target = await link.getAttribute('href');
      await link.tap();
      await page.waitForURL((url) => url.pathname + url.hash === target);
      // A full load: the old page's window is gone, and the new page ran no script.
      expect(
        await page.evaluate(() => (window as { beforeTap?: boolean }).beforeTap),
      ).toBeUndefined();
      expect(await page.evaluate(scriptsFetched)).toBe(0);
    });

    test('a tap on the menu button before the scripts have run opens the menu once they have', async ({
      page,
    }) => {
      const release = await holdMainScript(page);
      await page.goto(textPage);
      const menuButton = page.getByRole('button', { name: 'Toggle navigation bar' });
      await menuButton.tap();
      expect(await page.evaluate(() => document.documentElement.dataset.hasHydrated)).not.toBe(
        'true',
      );
      release();
      await hydration(page);
      await expect(page.locator('.navbar-sidebar')).toBeVisible();
      await expect(page.getByRole('button', { name: 'Close navigation bar' })).toBeVisible();
    });
  });

  test('words typed into the FAQ filter before the scripts have run are kept and applied', async ({
    page,
  }) => {
    const release = await holdMainScript(page);
    await page.goto('/faq');
    const filter = page.getByRole('searchbox', { name: 'Find a question' });
    await filter.fill('storage');
    release();
    await hydration(page);
    await expect(filter).toHaveValue('storage');
    await expect(page.getByText(/^Showing \d+ of \d+ questions\.$/)).toBeVisible();
  });

  test('words typed into the search box before the scripts have run get their results', async ({
    page,
  }) => {
    const release = await holdMainScript(page);
    await page.goto(textPage);
    const box = page.getByRole('combobox', { name: 'Search the guides and FAQ' });
    await box.fill('icloud photos');
    release();
    await hydration(page);
    await expect(box).toHaveValue('icloud photos');
    await expect(page.getByRole('listbox').getByRole('option').first()).toBeVisible();
  });
});

test.describe('a page with a query in its address (a shared selector step)', () => {
  test('hydrates with no input at all', async ({ page }) => {
    await page.goto(queryPage);
    await hydration(page);
  });

  test('opened in a background tab, starts its scripts while hidden and hydrates once shown', async ({
    page,
  }) => {
    await page.addInitScript(emulateHiddenPage, {});
    await page.goto(queryPage);
    // The scripts start while the page is hidden: Docusaurus's main.js has run. (React may wait for
    // an animation frame to finish hydrating, and Docusaurus sets data-has-hydrated through
    // react-helmet-async in one: a hidden page gets neither until it is shown.)
    // Poll on a timer: Playwright's default polling waits for animation frames, which this hidden
    // page holds back until it is shown.
    await page.waitForFunction(() => 'docusaurus' in window, undefined, {
      polling: 100,
      timeout: waitLimitMs,
    });
    expect(await page.evaluate(() => document.visibilityState)).toBe('hidden');
    await expect(page.locator(bootedScripts)).toHaveCount(1);
    await page.evaluate(() => window.__showPage!());
    await hydration(page);
  });

  test('in a background tab whose timers are held hydrates once shown', async ({ page }) => {
    await page.addInitScript(emulateHiddenPage, { holdTimersFromMs: 1000 });
    await page.goto(queryPage, { waitUntil: 'load' });
    // No paint, no frame, no long timer: nothing has started the scripts yet.
    await expect(page.locator(bootedScripts)).toHaveCount(0);
    await page.evaluate(() => window.__showPage!());
    await hydration(page);
    await expect(page.locator(bootedScripts)).toHaveCount(1);
  });

  test('in a hidden frame (display: none) hydrates, and once shown is painted', async ({
    page,
  }) => {
    await page.goto('/');
    await hydrated(page);
    await page.evaluate((src) => {
      const frame = document.createElement('iframe');
      frame.style.display = 'none';
      frame.src = src;
      document.body.append(frame);
    }, queryPage);
    const frameElement = await page.waitForSelector(`iframe[src="${queryPage}"]`, {
      state: 'attached',
    });
    const frame = await frameElement.contentFrame();
    if (!frame) throw new Error('the iframe has no frame');
    await hydration(frame);
    await page.locator('iframe').evaluate((element: HTMLIFrameElement) => {
      element.style.display = 'block';
    });
    await expect(frame.locator('h1').first()).toBeVisible();
  });
});
