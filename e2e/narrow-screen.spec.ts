import { expect, test } from './test';

// Many readers are on a small phone. That no page scrolls sideways at 320 CSS pixels, and that no
// table needs its own sideways scrolling, is checked on every page by the every-page walk.
test.use({ viewport: { width: 320, height: 640 } });

test('the start page shows its diagram with a caption and all three groups', async ({ page }) => {
  await page.goto('/why-photos-are-missing');
  const figure = page.getByRole('figure', { name: /where your photos can be/i });
  await expect(figure).toBeVisible();
  for (const name of ['Wiped by the erase', 'Put back by the restore', 'Not touched by the erase'])
    await expect(figure.getByRole('region', { name })).toBeVisible();
});

for (const width of [320, 390, 500, 501]) {
  test(`at ${width} px the site's name never runs under the search box`, async ({ page }) => {
    await page.setViewportSize({ width, height: 640 });
    await page.goto('/');
    const home = page.getByRole('navigation', { name: 'Main' }).getByRole('link', {
      name: 'Photo Recovery Guide',
    });
    // The home link keeps its name for screen readers when the name is not shown.
    await expect(home).toBeAttached();
    const box = page.getByRole('combobox', { name: /search/i });
    await box.focus();
    const [brand, search] = await Promise.all([home.boundingBox(), box.boundingBox()]);
    expect(brand && search && brand.x + brand.width <= search.x).toBe(true);
  });
}
