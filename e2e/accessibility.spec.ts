import { existsSync } from 'node:fs';
import { expect, test, waitsFor, type Locator, type Page } from './test';
import { GUIDE_PAGE } from '../scripts/perf/pages';
import { axeViolations, sitemapPaths, hydrated } from './site';

// Keyboard only, the skip link and prefers-reduced-motion. (axe on every page, light and dark, is in
// every-page.spec.ts.)

// Every axe check of the suite goes through axeViolations: it must find what axe finds.
test('the axe check reports violations, and with colourOnly only the colour ones', async ({
  page,
}) => {
  await page.setContent(
    '<!doctype html><html lang="en"><title>t</title><main><h1>Bad page</h1>' +
      '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">' +
      '<p style="color:#bbb;background:#fff">Faint text</p></main></html>',
  );
  const all = await axeViolations(page);
  expect(all.map((line) => line.split(':')[0]).sort()).toEqual(['color-contrast', 'image-alt']);
  expect(all.join('\n')).toContain('img');
  const colour = await axeViolations(page, { colourOnly: true });
  expect(colour.map((line) => line.split(':')[0])).toEqual(['color-contrast']);
});

/**
 * Presses Tab until `target` has focus, and checks that the focus can be seen. Returns the presses.
 * The target is found once; each press then costs one check in the page (a locator would be resolved
 * again, role and name of every element, on every press).
 */
async function tabTo(page: Page, target: Locator, maxPresses = 150): Promise<number> {
  let element = await target.elementHandle();
  try {
    for (let presses = 1; presses <= maxPresses; presses++) {
      await page.keyboard.press('Tab');
      // React may replace the element (a page rendered after a client-side navigation): find it again.
      if (!(await element.evaluate((node) => node.isConnected))) {
        await element.dispose();
        element = await target.elementHandle();
      }
      // null: not focused yet; otherwise whether the focus shows (an outline or a box shadow).
      const visibleFocus = await element.evaluate((node) => {
        if (node !== document.activeElement) return null;
        const style = getComputedStyle(node);
        return (
          (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) ||
          style.boxShadow !== 'none'
        );
      });
      if (visibleFocus !== null) {
        expect(visibleFocus, 'the focused element shows a focus indicator').toBe(true);
        return presses;
      }
    }
  } finally {
    await element.dispose();
  }
  throw new Error(`Tab never reached ${target} in ${maxPresses} presses`);
}

test.describe('the skip link', () => {
  for (const path of ['/', GUIDE_PAGE]) {
    test(`on ${path}, it is the first Tab stop and moves focus to the main content`, async ({
      page,
    }) => {
      await page.goto(path);
      await hydrated(page);
      const skipLink = page.getByRole('link', { name: 'Skip to main content' });
      expect(await tabTo(page, skipLink, 1)).toBe(1);
      await expect(skipLink).toBeInViewport();
      await page.keyboard.press('Enter');
      // Docusaurus focuses <main> for a moment (tabindex -1, removed again), which moves the
      // sequential focus starting point: the next Tab stop is inside the main content, past the
      // navbar and the sidebar.
      await page.keyboard.press('Tab');
      const main = page.locator('main').first();
      expect(await main.evaluate((element) => element.contains(document.activeElement))).toBe(true);
      await expect(page.locator(':focus')).toBeVisible();
    });
  }
});

// The reader's journey, keyboard only: home, the selector (/which-option), a result, a guide, an FAQ answer.
test('keyboard only: home, selector, result, guide, then an FAQ answer', async ({ page }) => {
  expect(
    existsSync('build/which-option.html') && existsSync('build/faq/after-a-restore.html'),
  ).toBe(true);
  // Five pages, up to ten selector steps of three waits each, and the Tab walks between them.
  test.setTimeout(waitsFor(40));
  await page.goto('/');
  await hydrated(page);

  await tabTo(page, page.getByRole('link', { name: /Find the option that applies to me/ }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/which-option$/);

  // Answer each question with its first option (Space on the radio, Enter on Continue).
  const main = page.getByRole('main');
  const plan = main.getByRole('heading', { name: /^Your plan:/ });
  for (let step = 0; step < 10 && !(await plan.isVisible()); step++) {
    const firstOption = main.getByRole('radio').first();
    await tabTo(page, firstOption);
    await page.keyboard.press('Space');
    await expect(firstOption).toBeChecked();
    await tabTo(page, main.getByRole('button', { name: 'Continue' }));
    await page.keyboard.press('Enter');
    // Focus moves to the next question, or to the plan.
    await expect(main.getByRole('heading', { level: 2 }).first()).toBeFocused();
  }
  await expect(plan).toBeFocused();

  // The result's permanent page, then the first guide of the plan.
  await tabTo(page, main.locator('p:has-text("Permanent page for this result") a'));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/which-option\/result\/[a-z0-9-]+$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const firstGuide = page.locator('main h2:text-is("What to try, in this order") + ol a').first();
  await tabTo(page, firstGuide);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/guides\/[a-z-]+/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  // From the guide, through the sidebar, to the FAQ page and one answer in its table of contents.
  const sidebar = page.getByRole('navigation', { name: 'Docs sidebar' });
  await tabTo(page, sidebar.getByRole('link', { name: 'FAQ', exact: true }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/faq$/);
  await tabTo(page, sidebar.locator('a[href="/faq/after-a-restore"]'));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/faq\/after-a-restore$/);
  // The URL changes before React renders the new page: wait for its title, or the table of contents
  // below would still be the previous page's.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('FAQ: photos after a restore');
  const firstQuestion = page.locator('.table-of-contents a').first();
  const anchor = await firstQuestion.getAttribute('href');
  await tabTo(page, firstQuestion);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${anchor}$`));
  const question = page.locator(`[id="${anchor!.slice(1)}"]`);
  await expect(question).toBeInViewport();
  // The direct answer sits right under the question.
  await expect(question.locator('xpath=following-sibling::*[1]')).toBeVisible();
});

test.describe('with prefers-reduced-motion: reduce', () => {
  test.use({ reducedMotion: 'reduce' });

  /** Elements whose CSS transitions or animations last longer than 0.01 ms (the reduced-motion cap). */
  async function movingElements(page: Page): Promise<string[]> {
    return page.evaluate(() => {
      const longest = (value: string) =>
        Math.max(
          ...value
            .split(',')
            .map((part) => parseFloat(part) * (part.trim().endsWith('ms') ? 1 : 1000)),
        );
      return [...document.querySelectorAll('*')]
        .map((element) => ({ element, style: getComputedStyle(element) }))
        .filter(
          ({ style }) =>
            longest(style.transitionDuration) > 0.01 ||
            (style.animationName !== 'none' && longest(style.animationDuration) > 0.01),
        )
        .map(({ element }) => `${element.tagName.toLowerCase()}.${element.className}`);
    });
  }

  const representative = ['/', GUIDE_PAGE, '/which-option'].filter((path) =>
    sitemapPaths().includes(path),
  );
  for (const path of representative) {
    test(`${path}: no transition or animation runs and scrolling is instant`, async ({ page }) => {
      await page.goto(path);
      await hydrated(page);
      expect(await movingElements(page)).toEqual([]);
      expect(
        await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior),
      ).toBe('auto');
    });
  }

  test('without the preference, the same page does animate (the check above can fail)', async ({
    browser,
  }) => {
    const context = await browser.newContext({ reducedMotion: 'no-preference' });
    const page = await context.newPage();
    await page.goto(GUIDE_PAGE);
    await hydrated(page);
    expect((await movingElements(page)).length).toBeGreaterThan(0);
    await context.close();
  });

  test('"Scroll back to top" jumps to the top instead of animating', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 500 });
    await page.goto(GUIDE_PAGE);
    await hydrated(page);
    // The button shows when the reader scrolls up, but not near the top.
    await page.mouse.wheel(0, 3000);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(1500);
    await page.mouse.wheel(0, -300);
    const button = page.getByRole('button', { name: 'Scroll back to top' });
    await expect(button).toBeInViewport();
    await expect(button).toHaveCSS('opacity', '1');
    await button.click();
    // Instant: at the top right after the click, without waiting for animation frames.
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
  });
});
