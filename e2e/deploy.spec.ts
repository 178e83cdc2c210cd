/**
 * Tabs that survive a deploy, and links followed when the network has dropped.
 *
 * Readers keep a guide open for days while a restore runs; meanwhile we deploy, and the old tab's
 * JavaScript names chunk files that no longer exist. Docusaurus handles that in
 * @docusaurus/core/lib/client/PendingNavigation.js: a link preloads the next route's chunks, and when
 * that fails it calls window.location.reload(), so the browser loads the new page from the server (or
 * shows its own offline page). Our page template and route-chunk boot (plugins/render-first) must keep
 * that working; these tests prove it.
 *
 * Every wait is for a condition, with the one limit of ./waits.ts.
 */
import { spawn } from 'node:child_process';
import {
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import matter from 'gray-matter';
import { GUIDE_PAGE } from '../scripts/perf/pages';
import { startStaticServer } from '../scripts/static-server';
import { sitemapPaths } from './site';
import { buildLimitMs, waitLimitMs } from './waits';

/** A footer link: below the first screen of a guide, so an open tab has not prefetched its page. */
const target = '/glossary';
const footerLink = (page: Page) => page.locator(`footer a[href="${target}"]`);
const hydrated = (page: Page) => page.locator('html[data-has-hydrated="true"]');
/** What Chromium's own "No internet" page says. */
const offlinePage = 'ERR_INTERNET_DISCONNECTED';

const siteDir = resolve('.');
/** Not copied into the second site: outputs, caches, tests' leftovers. */
const notSource = new Set([
  'node_modules',
  'build',
  '.docusaurus',
  'reports',
  'test-results',
  'playwright-report',
  'coverage',
  '.git',
]);

function docFileWithSlug(docsDir: string, slug: string): string {
  const file = readdirSync(docsDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.mdx?$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .find((path) => matter(readFileSync(path, 'utf8')).data.slug === slug);
  if (!file) throw new Error(`No page in ${docsDir} has the slug ${slug}`);
  return file;
}

function run(command: string, args: string[], cwd: string): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, {
      cwd,
      env: process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => child.kill(), buildLimitMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) done();
      else
        fail(new Error(`${command} ${args.join(' ')} failed (${code}):\n${output.slice(-3000)}`));
    });
  });
}

test.describe('a tab opened before a deploy', () => {
  let work: string;
  let served: string;
  let nextBuild: string;
  let server: Server;
  let origin: string;
  const addedSentence = `This sentence is new in deploy ${Date.now()}.`;

  test.beforeAll(async () => {
    test.setTimeout(buildLimitMs + 60_000);
    work = mkdtempSync(join(tmpdir(), 'deploy-e2e-'));
    // The next deploy: the same site with a changed page, built into another folder.
    const nextSite = join(work, 'site');
    cpSync(siteDir, nextSite, {
      recursive: true,
      filter: (source) => !notSource.has(source.slice(siteDir.length + 1).split(/[\\/]/)[0]),
    });
    symlinkSync(join(siteDir, 'node_modules'), join(nextSite, 'node_modules'), 'dir');
    const page = docFileWithSlug(join(nextSite, 'docs'), target);
    writeFileSync(page, `${readFileSync(page, 'utf8').trimEnd()}\n\n${addedSentence}\n`);
    nextBuild = join(work, 'next-build');
    await run(
      process.execPath,
      [
        join(siteDir, 'node_modules/@docusaurus/core/bin/docusaurus.mjs'),
        'build',
        '--out-dir',
        nextBuild,
      ],
      nextSite,
    );

    // What the host serves: first the build under test, later the next one.
    served = join(work, 'served');
    cpSync(join(siteDir, 'build'), served, { recursive: true });
    server = await startStaticServer({ root: served, port: 0, withHeaders: true });
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  test.afterAll(() => {
    server?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  /** Replaces what the host serves with the next build: new hashed chunks, the old ones gone. */
  function deploy() {
    for (const entry of readdirSync(served))
      rmSync(join(served, entry), { recursive: true, force: true });
    cpSync(nextBuild, served, { recursive: true });
  }

  test('follows a link to the new page with a full load, never a spinner or a blank page', async ({
    page,
  }) => {
    const responses: { url: string; status: number; type: string }[] = [];
    page.on('response', (response) =>
      responses.push({
        url: response.url(),
        status: response.status(),
        type: response.request().resourceType(),
      }),
    );
    await page.goto(origin + GUIDE_PAGE);
    await expect(hydrated(page)).toBeAttached({ timeout: waitLimitMs });
    await page.evaluate(() => {
      (window as unknown as { openedBeforeDeploy: boolean }).openedBeforeDeploy = true;
    });

    deploy();
    const sinceDeploy = responses.length;
    await footerLink(page).click();

    await expect(page).toHaveURL(origin + target, { timeout: waitLimitMs });
    await expect(page.getByText(addedSentence)).toBeVisible({ timeout: waitLimitMs });
    await expect(hydrated(page)).toBeAttached({ timeout: waitLimitMs });
    await expect(page.locator('#nprogress')).toHaveCount(0, { timeout: waitLimitMs });
    const after = responses.slice(sinceDeploy);
    // The old tab asked for the page's chunk under its old name, and the host no longer had it...
    expect(
      after.filter((r) => r.status === 404 && /\/assets\/js\/[^/]+\.js$/.test(r.url)),
      'the old tab found its chunk still there: this test did not exercise a deploy',
    ).not.toEqual([]);
    // ...so Docusaurus reloaded: the new page came from the server, in a new document.
    expect(after.filter((r) => r.type === 'document' && r.url === origin + target)).toEqual([
      { url: origin + target, status: 200, type: 'document' },
    ]);
    expect(
      await page.evaluate(
        () => (window as unknown as { openedBeforeDeploy?: boolean }).openedBeforeDeploy,
      ),
    ).toBeUndefined();
  });
});

test.describe('when the network drops', () => {
  test('a link shows the browser offline page, and the page loads once back online', async ({
    page,
    context,
    baseURL,
  }) => {
    await page.goto(GUIDE_PAGE);
    await expect(hydrated(page)).toBeAttached({ timeout: waitLimitMs });
    await context.setOffline(true);
    await footerLink(page).click();
    // Docusaurus could not load the page's chunk and reloaded: the browser says it is offline.
    await expect(page.locator('body')).toContainText(offlinePage, { timeout: waitLimitMs });
    await context.setOffline(false);
    await page.reload();
    await expect(page).toHaveURL(`${baseURL}${target}`);
    await expect(hydrated(page)).toBeAttached({ timeout: waitLimitMs });
  });

  test('the selector keeps its answers in the address', async ({ page, context }) => {
    const question = page.locator('legend h2');
    const answerFirstOption = async () => {
      const asked = await question.textContent();
      await page.getByRole('radio').first().check();
      await page.getByRole('button', { name: 'Continue' }).click();
      await expect(question).not.toHaveText(asked!, { timeout: waitLimitMs });
    };
    await page.goto('/which-option');
    await expect(hydrated(page)).toBeAttached({ timeout: waitLimitMs });
    await answerFirstOption();
    await context.setOffline(true);
    // Answering needs no network: the answers go into the address.
    await answerFirstOption();
    const answered = page.url();
    expect(new URL(answered).searchParams.size).toBe(2);
    const nextQuestion = await question.textContent();

    await footerLink(page).click();
    await expect(page.locator('body')).toContainText(offlinePage, { timeout: waitLimitMs });
    await context.setOffline(false);
    await page.goBack();
    await expect(page).toHaveURL(answered, { timeout: waitLimitMs });
    await expect(hydrated(page)).toBeAttached({ timeout: waitLimitMs });
    await expect(question).toHaveText(nextQuestion!, { timeout: waitLimitMs });
  });
});

test('a link to a section of another page opens at that section', async ({ page }) => {
  // The first built page with a link to a section of another page.
  const found = sitemapPaths()
    .map((path) => {
      const html = readFileSync(
        join('build', path === '/' ? 'index.html' : `${path}.html`),
        'utf8',
      );
      const href = [...html.matchAll(/\shref="?(\/[^"\s>#]*)#([^"\s>]+)/g)].find(
        (match) => match[1] !== path,
      );
      return href && { path, href: `${href[1]}#${href[2]}`, id: href[2] };
    })
    .find(Boolean);
  expect(found, 'no page links to a section of another page').toBeTruthy();
  const { path, href, id } = found!;
  await page.goto(path);
  await expect(hydrated(page)).toBeAttached({ timeout: waitLimitMs });
  await page.evaluate(() => {
    (window as unknown as { samePage: boolean }).samePage = true;
  });
  await page.locator(`a[href="${href}"]`).first().click();
  await expect(page).toHaveURL(new RegExp(`${href}$`), { timeout: waitLimitMs });
  await expect(page.locator(`[id="${id}"]`)).toBeInViewport({ timeout: waitLimitMs });
  // It was a client-side navigation (the case Docusaurus scrolls itself), not a new document.
  expect(await page.evaluate(() => (window as unknown as { samePage?: boolean }).samePage)).toBe(
    true,
  );
});
