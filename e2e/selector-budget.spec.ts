import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { sitemapPaths } from './site';

/**
 * The selector's JavaScript budget: it may add at most 12 KB (gzip) to the pages that embed it,
 * and nothing to other pages. Sizes are gzip level 9 of the built files, so the test is
 * deterministic. Run alone with `npm run selector:js-cost`; the numbers go to reports/.
 */
const budgetBytes = 12 * 1024;

/** The /assets/js/ files a page runs (prefetches for other pages are not counted). */
async function scriptsRunBy(page: Page, path: string): Promise<Set<string>> {
  const scripts = new Set<string>();
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (request.resourceType() === 'script' && url.pathname.startsWith('/assets/js/'))
      scripts.add(url.pathname);
  });
  await page.goto(path);
  await expect(page.locator('html[data-has-hydrated="true"]')).toBeAttached();
  await page.waitForLoadState('networkidle');
  page.removeAllListeners('request');
  return scripts;
}

const gzipBytes = (file: string) => gzipSync(readFileSync(`build${file}`), { level: 9 }).length;

test('the selector adds at most 12 KB of gzip JavaScript to its page, and nothing to others', async ({
  browser,
}) => {
  const pathsWithout = sitemapPaths().filter((path) => {
    if (path.startsWith('/which-option')) return false;
    const file = path === '/' ? 'build/index.html' : `build${path}.html`;
    return !readFileSync(file, 'utf8').includes('data-recovery-selector');
  });
  const control = pathsWithout.find((path) => path !== '/')!;
  expect(control).toBeDefined();

  const load = async (path: string) => {
    const page = await browser.newPage();
    const scripts = await scriptsRunBy(page, path);
    await page.close();
    return scripts;
  };
  const withSelector = await load('/which-option');
  const controlScripts = await load(control);
  const extra = [...withSelector].filter((file) => !controlScripts.has(file));
  const extraBytes = extra.reduce((sum, file) => sum + gzipBytes(file), 0);

  mkdirSync('reports', { recursive: true });
  writeFileSync(
    'reports/selector-js-cost.json',
    `${JSON.stringify({ page: '/which-option', control, extra: extra.map((f) => ({ file: f, gzip: gzipBytes(f) })), extraBytes }, null, 2)}\n`,
  );
  console.log(`Selector JavaScript on /which-option beyond ${control}: ${extraBytes} bytes gzip`);
  expect(extraBytes).toBeLessThanOrEqual(budgetBytes);

  // The files every page loads hold no selector code (its text would show up in them).
  for (const file of controlScripts) {
    expect(readFileSync(`build${file}`, 'utf8'), file).not.toContain('destroys the keys');
  }

  // Pages without the selector load none of the files only /which-option needs.
  for (const path of pathsWithout) {
    const scripts = await load(path);
    expect(
      extra.filter((file) => scripts.has(file)),
      path,
    ).toEqual([]);
  }
});
