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
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from './test';
import { GUIDE_PAGE } from '../scripts/perf/pages';
import { questions } from '../src/selector/model';
import { scenarios } from '../src/selector/scenarios';
import { startStaticServer } from '../scripts/static-server';
import { htmlFileOf } from '../tooling/site/siteFiles';
import { changeText, plainSentence, renameHashedChunks } from './fakeDeploy';
import { hydrated, sitemapPaths } from './site';
import { waitLimitMs } from './waits';

/**
 * A footer link that is in no sidebar, so the open tab has not loaded its page's code before the click
 * (a page's code is fetched when the pointer enters its link: patches/README.md).
 */
const target = '/prevent/keep-a-second-copy';
const footerLink = (page: Page) => page.locator(`footer a[href="${target}"]`);
/** What Chromium's own "No internet" page says. */
const offlinePage = 'ERR_INTERNET_DISCONNECTED';

test.describe('a tab opened before a deploy', () => {
  let served: string;
  let server: Server;
  let origin: string;
  let changedSentence: string;

  test.beforeAll(async () => {
    // What the host serves: a copy of the build under test (only build/), deployed again below.
    served = mkdtempSync(join(tmpdir(), 'deploy-e2e-'));
    cpSync('build', served, { recursive: true });
    server = await startStaticServer({ root: served, port: 0, withHeaders: true });
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  test.afterAll(() => {
    server?.close();
    if (served) rmSync(served, { recursive: true, force: true });
  });

  /**
   * The next deploy, made from the same build (./fakeDeploy.ts): every hashed chunk under a new name,
   * the old ones gone, and a sentence of the target page changed.
   */
  function deploy() {
    const file = htmlFileOf(served, target);
    if (!file) throw new Error(`${target} is not built`);
    const sentence = plainSentence(readFileSync(file, 'utf8'));
    if (!sentence) throw new Error(`${target} has no paragraph of plain words to change`);
    changedSentence = `${sentence} changed in deploy ${Date.now()}`;
    changeText(served, file, sentence, changedSentence);
    renameHashedChunks(served);
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
    await hydrated(page);
    await page.evaluate(() => {
      (window as unknown as { openedBeforeDeploy: boolean }).openedBeforeDeploy = true;
    });

    deploy();
    const sinceDeploy = responses.length;
    await footerLink(page).click();

    await expect(page).toHaveURL(origin + target, { timeout: waitLimitMs });
    await expect(page.getByText(changedSentence)).toBeVisible({ timeout: waitLimitMs });
    await hydrated(page);
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
    await hydrated(page);
    await context.setOffline(true);
    await footerLink(page).click();
    // Docusaurus could not load the page's chunk and reloaded: the browser says it is offline.
    await expect(page.locator('body')).toContainText(offlinePage, { timeout: waitLimitMs });
    await context.setOffline(false);
    // Chromium's offline page may reload by itself when the network returns, which aborts a reload
    // of ours (net::ERR_ABORTED): try again until one of them has loaded the page.
    await expect(async () => {
      await page.reload();
    }).toPass({ timeout: waitLimitMs });
    await expect(page).toHaveURL(`${baseURL}${target}`);
    await hydrated(page);
  });

  test('the selector keeps its answers in the address', async ({ page, context }) => {
    const question = page.locator('legend h2');
    // Two answers that lead to a further question: the first two of a scenario with more.
    const [first, second] = scenarios.find((scenario) => scenario.answers.length > 2)!.answers;
    const answer = async ([questionId, optionId]: readonly [string, string]) => {
      const asked = await question.textContent();
      const label = questions
        .find((q) => q.id === questionId)!
        .options.find((o) => o.id === optionId)!.label;
      await page.getByRole('radio', { name: label, exact: true }).check();
      await page.getByRole('button', { name: 'Continue' }).click();
      await expect(question).not.toHaveText(asked!, { timeout: waitLimitMs });
    };
    await page.goto('/which-option');
    await hydrated(page);
    await answer(first);
    await context.setOffline(true);
    // Answering needs no network: the answers go into the address.
    await answer(second);
    const answered = page.url();
    expect(new URL(answered).searchParams.size).toBe(2);
    const nextQuestion = await question.textContent();

    await footerLink(page).click();
    await expect(page.locator('body')).toContainText(offlinePage, { timeout: waitLimitMs });
    await context.setOffline(false);
    // As above: the offline page's own reload may abort the navigation back; Back again until it lands.
    await expect(async () => {
      if (page.url() !== answered) await page.goBack();
      expect(page.url()).toBe(answered);
    }).toPass({ timeout: waitLimitMs });
    await hydrated(page);
    await expect(question).toHaveText(nextQuestion!, { timeout: waitLimitMs });
  });
});

test('a link to a section of another page opens at that section', async ({ page }) => {
  // The first built page with a link to a section of another page.
  const found = sitemapPaths()
    .map((path) => {
      const html = readFileSync(htmlFileOf('build', path)!, 'utf8');
      const href = [...html.matchAll(/\shref="?(\/[^"\s>#]*)#([^"\s>]+)/g)].find(
        (match) => match[1] !== path,
      );
      return href && { path, href: `${href[1]}#${href[2]}`, id: href[2] };
    })
    .find(Boolean);
  expect(found, 'no page links to a section of another page').toBeTruthy();
  const { path, href, id } = found!;
  await page.goto(path);
  await hydrated(page);
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
