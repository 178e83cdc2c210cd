import { expect, test } from './test';
import { sitemapPaths } from './site';

// Many readers are on a small phone. At 320 CSS pixels wide, no page may scroll sideways, and no
// table may need its own sideways scrolling to be read.
test.use({ viewport: { width: 320, height: 640 } });

for (const path of sitemapPaths()) {
  test(`${path} fits a 320 px wide screen`, async ({ page }) => {
    await page.goto(path);
    const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(pageWidth).toBeLessThanOrEqual(320);
    const wideTables = await page
      .locator('article table')
      .evaluateAll((tables) =>
        tables
          .filter((table) => table.scrollWidth > table.clientWidth + 1)
          .map((table) => table.textContent?.slice(0, 60)),
      );
    expect(wideTables).toEqual([]);
  });
}

test('the start page shows its diagram with a caption and all three groups', async ({ page }) => {
  await page.goto('/why-photos-are-missing');
  const figure = page.getByRole('figure', { name: /where your photos can be/i });
  await expect(figure).toBeVisible();
  for (const name of ['Wiped by the erase', 'Put back by the restore', 'Not touched by the erase'])
    await expect(figure.getByRole('region', { name })).toBeVisible();
});
