/**
 * npm run perf:bytes: first-load JavaScript and CSS (gzip) of the bench pages of a built site, the
 * same measure as the benchmark and the budgets (./firstLoad.ts), without building anything.
 *
 *   npm run perf:bytes                    # build/
 *   npm run perf:bytes -- --dir /tmp/b    # another build
 *
 * Deterministic: the numbers only change when the build changes.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumArgs, findChromium } from '../../e2e/browser';
import { firstLoadUrls, recordFirstLoad } from '../../e2e/firstLoad';
import { startScripts } from '../../e2e/site';
import { startStaticServer } from '../static-server';
import { measureFirstLoad } from './firstLoad';
import { htmlFileOf } from '../../tooling/site/siteFiles';
import { benchPages } from './pages';

const args = process.argv.slice(2);
const dir = resolve(args.includes('--dir') ? args[args.indexOf('--dir') + 1] : 'build');
const paths = args.filter((arg) => arg.startsWith('/') && resolve(arg) !== dir);

async function main() {
  const port = 4900 + Math.floor(Math.random() * 500);
  const server = await startStaticServer({ root: dir, port, withHeaders: true });
  const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
  try {
    for (const path of paths.length ? paths : benchPages.map((page) => page.ours)) {
      const file = htmlFileOf(dir, path);
      if (!file) {
        console.log(`${path}: not built`);
        continue;
      }
      const page = await browser.newPage();
      await recordFirstLoad(page);
      await page.goto(`http://127.0.0.1:${port}${path}`);
      await startScripts(page); // a text page starts its scripts at the first input
      const load = measureFirstLoad(dir, readFileSync(file, 'utf8'), await firstLoadUrls(page));
      await page.close();
      const kB = (bytes: number) => (bytes / 1000).toFixed(1);
      console.log(
        `${path}: JS ${kB(load.jsGzip)} kB, CSS ${kB(load.cssGzip)} kB gzip  ` +
          `(${load.scripts.map((s) => `${s.path.replace(/^assets\/js\//, '')} ${kB(s.gzipBytes)}`).join(', ')})`,
      );
    }
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
