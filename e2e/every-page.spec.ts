import { expect, test } from './test';
import { axeViolations, sitemapPaths, watchPage, hydrated } from './site';

const paths = sitemapPaths();

test('the sitemap lists the home page and the start page', () => {
  expect(paths).toContain('/');
  expect(paths).toContain('/why-photos-are-missing');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`every page in ${colorScheme} mode`, () => {
    test.use({ colorScheme });

    for (const path of paths) {
      test(`${path} loads, hydrates, stays local and passes axe`, async ({ page, baseURL }) => {
        const watched = watchPage(page, baseURL!);
        const response = await page.goto(path);
        expect(response?.status()).toBe(200);
        await hydrated(page);
        await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
        await expect(page.locator('h1').first()).toBeVisible();
        // Every chunk the page needed was in its boot list (plugins/render-first): the bundler's
        // runtime did not have to add a <script> of its own before hydrating.
        expect(await page.locator('script[data-rspack], script[data-webpack]').count()).toBe(0);
        expect(await axeViolations(page)).toEqual([]);
        expect(watched.consoleErrors).toEqual([]);
        expect(watched.foreignRequests).toEqual([]);
      });
    }
  });
}

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
