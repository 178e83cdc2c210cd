import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { expect, test, waitsFor, type Browser, type Page } from './test';
import { parseBudgets } from '../scripts/perf/budgets';
import { outcomes, questions } from '../src/selector/model';
import { gzipSize, htmlFileOf } from '../tooling/site/siteFiles';
import { sitemapPaths, hydrated } from './site';
import { waitLimitMs } from './waits';

/**
 * The selector's JavaScript budget (budgets.json, selectorExtraJsGzipBytes): what it adds to the
 * page that embeds it, and nothing to other pages. Sizes are gzip at zlib's default level, like
 * every budget in budgets.json. The selector's code and pages are found by the selector's marker
 * (budgets.json selectorMarker, the data-recovery-selector attribute of its root element), not by
 * its wording. Run alone with `npm run selector:js-cost`; the numbers go to reports/.
 */
const budgets = parseBudgets(readFileSync('budgets.json', 'utf8'));
const marker = budgets.selectorMarker;
const budgetBytes = budgets.selectorExtraJsGzipBytes;

/** The /assets/js/ files a page runs (prefetches for other pages are not counted). */
async function scriptsRunBy(page: Page, path: string): Promise<Set<string>> {
  const scripts = new Set<string>();
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (request.resourceType() === 'script' && url.pathname.startsWith('/assets/js/'))
      scripts.add(url.pathname);
  });
  await page.goto(path);
  await hydrated(page);
  await page.waitForLoadState('networkidle', { timeout: waitLimitMs });
  page.removeAllListeners('request');
  return scripts;
}

const builtFile = (file: string) => readFileSync(`build${file}`);

/** Texts of the selector model, as they appear in a script (those without quotes or escapes). */
const modelTexts = [...questions.map((q) => q.text), ...outcomes.map((o) => o.summary)].filter(
  (text) => !/['"\\]/.test(text),
);
const hasModelText = (file: string) => modelTexts.some((text) => builtFile(file).includes(text));
const gzipBytes = (file: string) => gzipSize(builtFile(file));

const paths = sitemapPaths();
const pathsWithout = paths.filter((path) => {
  if (path.startsWith('/which-option')) return false;
  return !readFileSync(htmlFileOf('build', path)!, 'utf8').includes(marker);
});
const control = pathsWithout.find((path) => path !== '/')!;

async function load(browser: Browser, path: string): Promise<Set<string>> {
  const page = await browser.newPage();
  try {
    return await scriptsRunBy(page, path);
  } finally {
    await page.close();
  }
}

/**
 * What /which-option runs, what the control page runs, and the files only /which-option needs:
 * measured once per worker (two loads), shared by the tests below, which the workers split.
 */
let measured:
  Promise<{ withSelector: Set<string>; controlScripts: Set<string>; extra: string[] }> | undefined;
function selectorOnly(browser: Browser) {
  measured ??= (async () => {
    const withSelector = await load(browser, '/which-option');
    const controlScripts = await load(browser, control);
    const extra = [...withSelector].filter((file) => !controlScripts.has(file));
    return { withSelector, controlScripts, extra };
  })();
  return measured;
}
// Each load: the navigation, hydration and the network going idle.
const waitsPerLoad = 3;

test(`the selector adds at most ${budgetBytes} bytes of gzip JavaScript to its page, and nothing to others`, async ({
  browser,
}) => {
  test.setTimeout(waitsFor(2 * waitsPerLoad));
  expect(control).toBeDefined();
  const { controlScripts, extra } = await selectorOnly(browser);
  const extraBytes = extra.reduce((sum, file) => sum + gzipBytes(file), 0);

  mkdirSync('reports', { recursive: true });
  writeFileSync(
    'reports/selector-js-cost.json',
    `${JSON.stringify({ page: '/which-option', control, extra: extra.map((f) => ({ file: f, gzip: gzipBytes(f) })), extraBytes }, null, 2)}\n`,
  );
  console.log(`Selector JavaScript on /which-option beyond ${control}: ${extraBytes} bytes gzip`);
  expect(extraBytes).toBeLessThanOrEqual(budgetBytes);

  // The marker and the model's texts find the selector's code among what only /which-option loads:
  // if they did not, the check below would prove nothing.
  expect(
    extra.filter((file) => builtFile(file).includes(marker)),
    `no script that only /which-option loads contains the selector marker "${marker}"`,
  ).not.toEqual([]);
  expect(modelTexts.length).toBeGreaterThan(0);
  expect(
    extra.filter(hasModelText),
    'no script that only /which-option loads has the model',
  ).not.toEqual([]);
  // The files every page loads hold no selector code: neither the component nor the model.
  for (const file of controlScripts) {
    expect(builtFile(file).includes(marker), file).toBe(false);
    expect(hasModelText(file), file).toBe(false);
  }
});

// Pages without the selector load none of the files only /which-option needs. (One test per page, so
// that the workers share the walk; it was one test of about 40 loads in a row.)
test.describe('pages without the selector', () => {
  for (const path of pathsWithout) {
    test(`${path} loads none of the files only the selector needs`, async ({ browser }) => {
      test.setTimeout(waitsFor(3 * waitsPerLoad));
      const { extra } = await selectorOnly(browser);
      const scripts = await load(browser, path);
      expect(extra.filter((file) => scripts.has(file))).toEqual([]);
    });
  }
});
