import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { expect, test } from './test';
import { executableInlineScripts, sha256Source } from '../plugins/security-headers/headers';
import { watchCspViolations } from './csp';
import { builtCsp, startHeadersServer } from './headersServer';
import { hydrated } from './site';

// This spec serves build/ itself, a second server WITH the headers of build/_headers, the way
// Netlify or Cloudflare Pages would. (The main e2e server sends no CSP.) Every page loads under the
// CSP, with no violation, in the every-page walk (every-page.spec.ts), which uses the same server.
let server: Server;
let origin: string;

test.beforeAll(async () => {
  ({ server, origin } = await startHeadersServer());
});

test.afterAll(() => {
  server?.close();
});

const csp = builtCsp();

function builtHtmlFiles(dir = 'build'): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}

test('build/_headers allows, by hash, every inline script of every built HTML file', () => {
  expect(csp).toMatch(/^default-src 'self'; script-src 'self'/);
  const files = builtHtmlFiles();
  expect(files.length).toBeGreaterThan(2);
  const missing = files.flatMap((file) =>
    executableInlineScripts(readFileSync(file, 'utf8'))
      .map(sha256Source)
      .filter((hash) => !csp.includes(hash))
      .map((hash) => `${file}: ${hash}`),
  );
  expect(missing).toEqual([]);
});

test('pages are served with the security headers', async () => {
  const response = await fetch(`${origin}/why-photos-are-missing`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-security-policy')).toBe(csp);
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
  expect(response.headers.get('permissions-policy')).toContain('camera=()');
  expect(response.headers.get('x-frame-options')).toBe('DENY');
  const asset = readdirSync('build/assets/js').find((name) => name.startsWith('main.'));
  const assetResponse = await fetch(`${origin}/assets/js/${asset}`);
  expect(assetResponse.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
});

// Search loads its code with import() and fetches its index when the box is first used: both must
// work under the policy.
const searchBuilt = readdirSync('build/assets').some((name) =>
  /^search-index-.*\.json$/.test(name),
);
test('search finds a page and opens it under the CSP', async ({ page }) => {
  expect(searchBuilt, 'the build has a search index (build/assets/search-index-*.json)').toBe(true);
  const violations = await watchCspViolations(page);
  await page.goto(`${origin}/`);
  await hydrated(page);
  const box = page.getByRole('combobox', { name: 'Search the guides and FAQ' });
  await box.focus();
  await box.fill('restore from computer backup');
  await expect(page.getByRole('option').first()).toBeVisible();
  await box.press('ArrowDown');
  await box.press('Enter');
  await expect(page).not.toHaveURL(`${origin}/`);
  await expect(page.locator('h1').first()).toBeVisible();
  // The search page, as agents link to it: /search?q=...
  await page.goto(`${origin}/search?q=computer%20backup`);
  await expect(page.getByRole('main').locator('a[href*="/guides/"]').first()).toBeVisible();
  expect(await violations()).toEqual([]);
});

// The selector ("Which option applies to me?") answered one step with the keyboard under the CSP.
const selectorBuilt = existsSync('build/which-option.html');
test('the selector works under the CSP', async ({ page }) => {
  expect(selectorBuilt, 'the build has the selector (build/which-option.html)').toBe(true);
  const violations = await watchCspViolations(page);
  await page.goto(`${origin}/which-option`);
  await hydrated(page);
  const question = page.getByRole('main').getByRole('group').first();
  await question.getByRole('radio').first().check();
  await page
    .getByRole('main')
    .getByRole('button', { name: /continue/i })
    .click();
  await expect(page).toHaveURL(/\?.+=/);
  expect(await violations()).toEqual([]);
});
