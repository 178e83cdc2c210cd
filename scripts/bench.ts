/**
 * npm run bench: this site against a stock Docusaurus 3.10.2 classic site, side by side.
 *
 *   npm run bench                      # cold builds, bytes, Lighthouse: 5 pairs per page (mobile and desktop)
 *   npm run bench -- --runs 3          # fewer Lighthouse pairs (quicker, noisier)
 *   npm run bench -- --no-lighthouse   # builds and bytes only
 *   npm run bench -- --save            # also copy the table to BENCHMARK.md (committed)
 *
 * Lighthouse runs in pairs, this site then stock (or stock then this site, alternately), so that the
 * machine's drift hits both sides of a pair; each timing is reported as the median of the per-pair
 * ratios next to the medians (./bench/pairs.ts). The targets are ratios to stock (issue 14).
 * Timings still depend on the machine: the load average is printed before and after, with a warning
 * when it is above the number of cores. This is a benchmark, not a test; the deterministic byte
 * budgets are tests (e2e/budgets.spec.ts).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumArgs, findChromium } from '../e2e/browser';
import { firstLoadUrls, recordFirstLoad, urlsFetchedSoFar } from '../e2e/firstLoad';
import { startScripts } from '../e2e/site';
import { startStaticServer } from './static-server';
import { measureFirstLoad, type FirstLoad } from './perf/firstLoad';
import { htmlFileOf } from '../tooling/site/siteFiles';
import { benchPages } from './perf/pages';
import { prepareStockSite, STOCK_VERSION } from './bench/stockSite';
import {
  launchLighthouseBrowser,
  runLighthouse,
  type FormFactor,
  type LighthouseMetrics,
} from './bench/lighthouse';
import { renderMarkdown, type Row, type Target } from './bench/report';
import {
  collectPairs,
  loadWarning,
  pairedSchedule,
  summarizePairs,
  type Pair,
} from './bench/pairs';
import { benchTargets } from './bench/targets';

const args = process.argv.slice(2);
const runs = args.includes('--runs') ? Number(args[args.indexOf('--runs') + 1]) : 5;
const withLighthouse = !args.includes('--no-lighthouse');
const save = args.includes('--save');
if (!Number.isInteger(runs) || runs < 1)
  throw new Error('--runs needs a whole number of runs, 1 or more');

const ourDir = resolve('.');
const reportsDir = join(ourDir, 'reports');

interface Site {
  name: 'ours' | 'stock';
  dir: string;
  buildSeconds: number;
  outputBytes: number;
  origin: string;
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolvePort(port));
    });
  });
}

function directoryBytes(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0);
}

/** A cold production build: no .docusaurus, no build/, no bundler cache. Returns seconds. */
function coldBuild(name: string, dir: string, env: NodeJS.ProcessEnv): number {
  for (const leftover of ['.docusaurus', 'build', 'node_modules/.cache']) {
    rmSync(join(dir, leftover), { recursive: true, force: true });
  }
  console.log(`Building ${name} (cold) in ${dir}`);
  const started = performance.now();
  const result = spawnSync('npx', ['docusaurus', 'build'], {
    cwd: dir,
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  const seconds = (performance.now() - started) / 1000;
  writeFileSync(join(reportsDir, `bench-build-${name}.log`), result.stdout + result.stderr);
  if (result.status !== 0) {
    throw new Error(`The ${name} build failed; see reports/bench-build-${name}.log`);
  }
  return seconds;
}

interface PageLoads {
  /** What the page fetched on its own, loaded and with the network quiet, before any input. */
  beforeInput: FirstLoad;
  /** What it had fetched when it hydrated (stock: by itself; this site's text pages: at the first input). */
  atHydration: FirstLoad;
}

async function measureFirstLoads(site: Site, paths: string[]): Promise<Map<string, PageLoads>> {
  const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
  const results = new Map<string, PageLoads>();
  try {
    for (const path of paths) {
      const page = await browser.newPage();
      await recordFirstLoad(page);
      await page.goto(site.origin + path, { waitUntil: 'networkidle' });
      const beforeInput = await urlsFetchedSoFar(page);
      await startScripts(page);
      const atHydration = await firstLoadUrls(page);
      const buildDir = join(site.dir, 'build');
      const html = readFileSync(htmlFileOf(buildDir, path)!, 'utf8');
      results.set(path, {
        beforeInput: measureFirstLoad(buildDir, html, beforeInput),
        atHydration: measureFirstLoad(buildDir, html, atHydration),
      });
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return results;
}

/**
 * Lighthouse sometimes fails to record a trace on a busy machine (NO_NAVSTART, NO_FCP); such a run is
 * tried again, up to twice, instead of losing the whole benchmark.
 */
async function withRetries<T>(run: () => Promise<T>, retries = 2): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (attempt >= retries) throw error;
      console.warn(`Lighthouse run failed, trying again: ${String(error).split('\n')[0]}`);
    }
  }
}

async function main() {
  mkdirSync(reportsDir, { recursive: true });
  const cores = cpus().length;
  const loadBefore = loadavg()[0];
  console.log(`Load average before: ${loadBefore.toFixed(2)} on ${cores} cores`);
  const warnings = [loadWarning('before the bench', loadBefore, cores)].filter(
    (w): w is string => w !== undefined,
  );
  for (const warning of warnings) console.warn(warning);

  const { default: ourConfig } = await import('../docusaurus.config');
  const ourPackage = JSON.parse(readFileSync(join(ourDir, 'package.json'), 'utf8')) as {
    overrides?: Record<string, string>;
  };
  const stockDir = prepareStockSite(ourConfig.future, ourPackage.overrides ?? {});

  // Our canonical URLs must match where the bench serves the site (Lighthouse SEO checks them).
  const ourPort = await freePort();
  const ourOrigin = `http://127.0.0.1:${ourPort}`;
  const ours: Site = {
    name: 'ours',
    dir: ourDir,
    buildSeconds: coldBuild('ours', ourDir, { SITE_URL: ourOrigin, BASE_URL: '/' }),
    outputBytes: 0,
    origin: ourOrigin,
  };
  ours.outputBytes = directoryBytes(join(ourDir, 'build'));
  const stockPort = await freePort();
  const stock: Site = {
    name: 'stock',
    dir: stockDir,
    buildSeconds: coldBuild('stock', stockDir, {}),
    outputBytes: directoryBytes(join(stockDir, 'build')),
    origin: `http://127.0.0.1:${stockPort}`,
  };

  const servers = [
    // Ours as deployed: with the headers of build/_headers (CSP, caching).
    await startStaticServer({ root: join(ourDir, 'build'), port: ourPort, withHeaders: true }),
    await startStaticServer({ root: join(stockDir, 'build'), port: stockPort }),
  ];

  const built = benchPages.filter((page) => htmlFileOf(join(ourDir, 'build'), page.ours));
  const skipped = benchPages.filter((page) => !built.includes(page));
  const stockPaths = [...new Set(benchPages.map((page) => page.stock))];

  try {
    const ourLoads = await measureFirstLoads(
      ours,
      built.map((page) => page.ours),
    );
    const stockLoads = await measureFirstLoads(stock, stockPaths);

    // Per page pair (ours vs stock) and form factor, the Lighthouse results of each pair of runs.
    const lighthousePairs = new Map<
      string,
      { ours: LighthouseMetrics; stock: LighthouseMetrics }[]
    >();
    const formFactors: FormFactor[] = ['mobile', 'desktop'];
    let chromeVersion = '';
    let lighthouseVersion = '';
    if (withLighthouse) {
      const browser = await launchLighthouseBrowser();
      chromeVersion = browser.version;
      lighthouseVersion = browser.lighthouseVersion;
      const steps = pairedSchedule(built, formFactors, runs);
      try {
        // The first run in a fresh browser is slower (cold caches, JIT); it is not counted.
        console.log('Lighthouse warm-up runs (not counted)');
        await runLighthouse(stock.origin + '/', browser.port, 'mobile');
        await runLighthouse(ours.origin + '/', browser.port, 'mobile');
        const results: LighthouseMetrics[] = [];
        for (const [i, step] of steps.entries()) {
          const site = step.side === 'ours' ? ours : stock;
          const path = step.side === 'ours' ? step.page.ours : step.page.stock;
          console.log(
            `Lighthouse ${i + 1}/${steps.length} (round ${step.round + 1}/${runs}, ${step.formFactor}): ` +
              `${site.name} ${path}  [load ${loadavg()[0].toFixed(2)}]`,
          );
          results.push(
            await withRetries(() =>
              runLighthouse(site.origin + path, browser.port, step.formFactor as FormFactor),
            ),
          );
        }
        // Pair the results back up (the numbers are indexes into `results`).
        const indexPairs = collectPairs(
          steps,
          steps.map((_step, i) => i),
          (page) => page.ours,
        );
        for (const [key, pairs] of indexPairs) {
          lighthousePairs.set(
            key,
            pairs.map(({ ours: o, stock: s }) => ({ ours: results[o], stock: results[s] })),
          );
        }
      } finally {
        await browser.close();
      }
    }

    const rows: Row[] = [
      {
        measure: 'Cold build time',
        page: 'whole site',
        unit: 's',
        ours: ours.buildSeconds,
        stock: stock.buildSeconds,
      },
      {
        measure: 'Build output size',
        page: 'whole site',
        unit: 'bytes',
        ours: ours.outputBytes,
        stock: stock.outputBytes,
      },
    ];
    const pageLabel = (page: (typeof benchPages)[number]) =>
      `${page.label} (${page.ours} vs ${page.stock})`;
    // First load: what a page fetches before any input. Then the JS a page runs once it has started
    // (this site's text pages at the reader's first input; stock at load), for comparison, no target.
    const byteRows = [
      { measure: 'First-load JS (gzip)', moment: 'beforeInput', js: true },
      { measure: 'First-load CSS (gzip)', moment: 'beforeInput', js: false },
      { measure: 'JS once started (gzip)', moment: 'atHydration', js: true },
    ] as const;
    for (const { measure, moment, js } of byteRows) {
      for (const page of benchPages) {
        const ourLoad = ourLoads.get(page.ours)?.[moment];
        const stockLoad = stockLoads.get(page.stock)?.[moment];
        const pick = (load: FirstLoad | undefined) => load && (js ? load.jsGzip : load.cssGzip);
        rows.push({
          measure,
          page: pageLabel(page),
          unit: 'bytes',
          ours: pick(ourLoad),
          stock: pick(stockLoad),
          note: ourLoad ? undefined : 'not built yet',
          target:
            moment === 'atHydration'
              ? undefined
              : js
                ? benchTargets.firstLoadJs
                : benchTargets.firstLoadCss,
        });
      }
    }

    const lighthouseMeasures: {
      measure: string;
      key: keyof Omit<LighthouseMetrics, 'failedAudits'>;
      unit: Row['unit'];
      mobileTarget?: Target;
    }[] = [
      {
        measure: 'Performance',
        key: 'performance',
        unit: 'score',
        mobileTarget: benchTargets.performance,
      },
      {
        measure: 'Accessibility',
        key: 'accessibility',
        unit: 'score',
        mobileTarget: benchTargets.otherScores,
      },
      {
        measure: 'Best practices',
        key: 'bestPractices',
        unit: 'score',
        mobileTarget: benchTargets.otherScores,
      },
      { measure: 'SEO', key: 'seo', unit: 'score', mobileTarget: benchTargets.otherScores },
      { measure: 'LCP', key: 'lcpMs', unit: 'ms', mobileTarget: benchTargets.lcp },
      { measure: 'TBT', key: 'tbtMs', unit: 'ms', mobileTarget: benchTargets.tbt },
      { measure: 'CLS', key: 'cls', unit: 'cls' },
    ];
    if (withLighthouse) {
      for (const formFactor of formFactors) {
        for (const { measure, key, unit, mobileTarget } of lighthouseMeasures) {
          for (const page of benchPages) {
            const runPairs = lighthousePairs.get(`${page.ours}|${formFactor}`) ?? [];
            const pairs: Pair[] = runPairs.map((pair) => ({
              ours: pair.ours[key],
              stock: pair.stock[key],
            }));
            const summary = summarizePairs(pairs);
            rows.push({
              measure: `Lighthouse ${formFactor}: ${measure}`,
              page: pageLabel(page),
              unit,
              ours: summary.ours,
              stock: summary.stock,
              ratio: summary.ratio,
              difference: summary.difference,
              note: runPairs.length ? undefined : 'not built yet',
              target: formFactor === 'mobile' ? mobileTarget : undefined,
            });
          }
        }
      }
    }

    // Where our pages still lose Lighthouse points on mobile: audits failed in most runs.
    const lostPoints: string[] = [];
    for (const page of built) {
      const results = (lighthousePairs.get(`${page.ours}|mobile`) ?? []).map((pair) => pair.ours);
      const counts = new Map<string, number>();
      for (const audit of results.flatMap((r) => r.failedAudits)) {
        const id = audit.split(':')[0];
        counts.set(id, (counts.get(id) ?? 0) + 1);
      }
      const frequent = [...new Set(results.flatMap((r) => r.failedAudits))].filter(
        (audit) => (counts.get(audit.split(':')[0]) ?? 0) > results.length / 2,
      );
      const unique = [...new Map(frequent.map((a) => [a.split(':')[0], a])).values()];
      if (unique.length) lostPoints.push(`- ${page.ours}: ${unique.join('; ')}`);
    }

    const loadAfter = loadavg()[0];
    console.log(`Load average after: ${loadAfter.toFixed(2)} on ${cores} cores`);
    const afterWarning = loadWarning('after the bench', loadAfter, cores);
    if (afterWarning) {
      console.warn(afterWarning);
      warnings.push(afterWarning);
    }
    const fileList = (load: FirstLoad | undefined) =>
      load
        ? load.scripts.map((s) => `${s.path} ${(s.gzipBytes / 1000).toFixed(1)} kB`).join(', ')
        : '';
    const markdown = renderMarkdown({
      title: `Benchmark: this site vs stock Docusaurus ${STOCK_VERSION}`,
      preamble: [
        `Measured ${new Date().toISOString()} on ${cores} CPU cores ` +
          `(load average ${loadBefore.toFixed(2)} before, ${loadAfter.toFixed(2)} after)` +
          (chromeVersion
            ? `, ${chromeVersion}, Lighthouse ${lighthouseVersion}, ${runs} pair(s) of runs per page and form factor.`
            : ', without Lighthouse.'),
        ...(warnings.length ? ['', ...warnings.map((w) => `**${w}**`)] : []),
        '',
        'Both sites are built cold (no .docusaurus, build/ or bundler cache) with the same `future` flags',
        '(v4, faster with Rspack, rspackPersistentCache off) and served with gzip by scripts/static-server.ts,',
        'this site with the headers of build/_headers. The stock site is `create-docusaurus classic --typescript`',
        'as generated (blog, tutorial docs); its docs page /docs/intro stands in for our guide, FAQ and selector.',
        '',
        'First-load JS and CSS: the scripts and stylesheets a page fetches by itself (named in its HTML, or loaded',
        'by the Docusaurus runtime or our boot script), loaded in Chromium until the network is quiet, with no input.',
        "This site's text pages start their scripts at the reader's first input (plugins/render-first); \"JS once",
        'started" is what a page has fetched when it has hydrated, after that first input (stock hydrates by itself).',
        'Gzip-sized from build/ (zlib default level, as the server sends them; 1 kB = 1000 bytes). Bytes do not',
        'depend on the machine.',
        '',
        'Lighthouse runs in pairs: this site and stock back to back on the same page type and form factor,',
        'the first of each pair alternating (A B, B A, ...), so drift on the machine hits both sides of a pair.',
        '"This site" and "Stock" are the medians of the runs; "Ratio" is the median of the per-pair ratios',
        '(this site / stock) and "Difference", for scores, the median of the per-pair differences: the targets',
        '(issue 14) are judged on those. Lighthouse mobile is its default (Moto G Power, simulated slow 4G,',
        '4x CPU slowdown). Timings vary with machine load; ratios measured in pairs vary much less.',
      ],
      rows,
      notes: [
        ...(skipped.length
          ? [
              `Skipped (not built yet on this branch): ${skipped.map((p) => `${p.label} ${p.ours}`).join(', ')}.`,
              '',
            ]
          : []),
        '### Scripts once started',
        '',
        ...built.map((page) => `- ${page.ours}: ${fileList(ourLoads.get(page.ours)?.atHydration)}`),
        ...stockPaths.map(
          (path) => `- stock ${path}: ${fileList(stockLoads.get(path)?.atHydration)}`,
        ),
        ...(lostPoints.length
          ? ['', '### Audits this site failed in most mobile runs', '', ...lostPoints]
          : []),
      ],
    });

    writeFileSync(join(reportsDir, 'bench.md'), markdown);
    if (save) writeFileSync(join(ourDir, 'BENCHMARK.md'), markdown);
    console.log(`\n${markdown}`);
    console.log(`Written to reports/bench.md${save ? ' and BENCHMARK.md' : ''}.`);
  } finally {
    for (const server of servers) server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
