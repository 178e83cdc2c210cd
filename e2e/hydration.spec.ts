import { expect, test } from './test';
import { emulateHiddenPage } from './hiddenPage';
import { hydrated } from './site';
import { waitLimitMs } from './waits';

// The boot script (plugins/render-first/template.ts) starts a page's scripts after its first paint.
// A page that is not painted must still get its scripts: every path ends with the page hydrated.
const path = '/why-photos-are-missing';
const bootedScripts = 'body > script[src*="/assets/js/main."]';

test.describe('a page opened in a background tab', () => {
  test('starts its scripts while it stays hidden, and hydrates once shown', async ({ page }) => {
    await page.addInitScript(emulateHiddenPage, {});
    await page.goto(path);
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
    await hydrated(page);
  });

  test('whose timers are held (a long time in the background) hydrates once shown', async ({
    page,
  }) => {
    await page.addInitScript(emulateHiddenPage, { holdTimersFromMs: 1000 });
    await page.goto(path, { waitUntil: 'load' });
    // No paint, no frame, no long timer: nothing has started the scripts yet.
    await expect(page.locator(bootedScripts)).toHaveCount(0);
    await page.evaluate(() => window.__showPage!());
    await hydrated(page);
    await expect(page.locator(bootedScripts)).toHaveCount(1);
  });
});

test('a page in a hidden frame (display: none) hydrates, and once shown is painted', async ({
  page,
}) => {
  await page.goto('/');
  await hydrated(page);
  await page.evaluate((src) => {
    const frame = document.createElement('iframe');
    frame.style.display = 'none';
    frame.src = src;
    document.body.append(frame);
  }, path);
  const frameElement = await page.waitForSelector('iframe[src="/why-photos-are-missing"]', {
    state: 'attached',
  });
  const frame = await frameElement.contentFrame();
  if (!frame) throw new Error('the iframe has no frame');
  await hydrated(frame);
  await page.locator('iframe').evaluate((element: HTMLIFrameElement) => {
    element.style.display = 'block';
  });
  await expect(frame.locator('h1').first()).toBeVisible();
});
