/**
 * npm run perf:profile: where the main thread goes while a page loads on a slow phone.
 *
 *   npm run perf:profile                         # build/, the four bench pages, 3 runs each
 *   npm run perf:profile -- --dir /tmp/b --runs 5 /guides/icloud-photos-sync
 *   npm run perf:profile -- --dir /tmp/a --dir /tmp/b   # two builds, alternately (A B, B A, ...)
 *
 * Each page is loaded in Chromium at a 412 px wide phone viewport, recording a trace and a CPU profile
 * until the page has hydrated and the main thread has been quiet for a while (a text page, which starts
 * its scripts at the reader's first input, gets a key press right after load). Prints, per page: the
 * main thread's work after the first contentful paint, the blocking part of it (each task's time over
 * 50 ms, as TBT counts it), the long tasks, and the scripts and functions with the most self time.
 * By default each task counts its CPU time times 4, as Lighthouse's simulated mobile throttling does
 * with what it observes: a phone 4 times slower, and time spent waiting for a core on a busy machine
 * left out. `--throttle 4` uses Chromium's own 4x CPU throttling instead (wall-clock times).
 *
 * Timings are slowed-down times on this machine and move with its load; the shares (which script, which
 * function) are steadier, and so are the per-pair ratios of two builds profiled alternately. Build with
 * `--no-minify` to read function names.
 */
import { resolve } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { chromiumArgs, findChromium } from '../../e2e/browser';
import { hydrated } from '../../e2e/site';
import { startStaticServer } from '../static-server';
import { benchPages } from './pages';
import { summarizePairs } from '../bench/pairs';
import {
  mainThreadTasks,
  profileSelfTimes,
  summarizeTasks,
  type CpuProfile,
  type TraceEvent,
} from './trace';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) =>
  args.includes(name) ? args[args.indexOf(name) + 1] : fallback;
const dirs = args.flatMap((arg, i) => (arg === '--dir' ? [resolve(args[i + 1])] : []));
if (dirs.length === 0) dirs.push(resolve('build'));
const runs = Number(option('--runs', '3'));
// Default: no emulated throttling, CPU time of each task times 4 (see summarizeTasks). --throttle 4
// uses Chromium's own CPU throttling instead (then --slowdown 1).
const throttle = Number(option('--throttle', '1'));
const slowdown = Number(option('--slowdown', throttle > 1 ? '1' : '4'));
const port = Number(option('--port', '0')) || 4400 + Math.floor(Math.random() * 500);
const paths = args.filter((arg, i) => arg.startsWith('/') && !args[i - 1]?.startsWith('--'));
const pagesToProfile = paths.length ? paths : benchPages.map((page) => page.ours);

async function profileOnce(browser: Browser, url: string) {
  const context = await browser.newContext({
    viewport: { width: 412, height: 823 },
    deviceScaleFactor: 1.75,
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await browser.startTracing(page, {
    categories: [
      'devtools.timeline',
      'disabled-by-default-devtools.timeline',
      'toplevel',
      'blink.user_timing',
      'loading',
    ],
  });
  await cdp.send('Profiler.start');
  await page.goto(url, { waitUntil: 'load' });
  // A page starts its scripts at the reader's first input (plugins/render-first): hydrated() gives
  // it one right after load, so that the profile holds what starting them costs.
  await hydrated(page);
  // Quiet for 1.5 s: prefetches in idle callbacks, transitions and effects have run.
  // (A string: tsx would wrap a function's inner functions in a helper the page does not have.)
  await page.evaluate(`new Promise((done) => {
    let last = performance.now();
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) last = Math.max(last, e.startTime + e.duration);
    }).observe({ type: 'longtask', buffered: true });
    const check = () => (performance.now() - last > 1500 ? done() : setTimeout(check, 250));
    setTimeout(check, 250);
  })`);
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as {
    traceEvents: TraceEvent[];
  };
  await context.close();
  return { tasks: mainThreadTasks(trace.traceEvents), profile };
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main() {
  const servers = await Promise.all(
    dirs.map((root, i) => startStaticServer({ root, port: port + i, withHeaders: true })),
  );
  const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
  try {
    for (const path of pagesToProfile) {
      console.log(
        `\n## ${path} (412 px, ${runs} runs, ` +
          (throttle > 1 ? `Chromium CPU throttling ${throttle}x)` : `task CPU time x${slowdown})`),
      );
      const summaries = dirs.map(() => [] as ReturnType<typeof summarizeTasks>[]);
      // Per build: task label -> its time after FCP in each run
      const byLabel = dirs.map(() => new Map<string, number[]>());
      const selfTimes = dirs.map(() => new Map<string, number>());
      const scriptTimes = dirs.map(() => new Map<string, number>());
      for (let run = 0; run < runs; run++) {
        // Alternate which build goes first, so that neither always runs first.
        const order = dirs.map((_dir, i) => i);
        if (run % 2 === 1) order.reverse();
        for (const d of order) {
          const { tasks, profile } = await profileOnce(
            browser,
            `http://127.0.0.1:${port + d}${path}`,
          );
          const summary = summarizeTasks(tasks, slowdown);
          summaries[d].push(summary);
          const labels = new Map<string, number>();
          for (const task of tasks.filter((t) => t.afterFcp)) {
            const label = task.label.replace(/\.[0-9a-f]{8}\.js/, '.js');
            labels.set(label, (labels.get(label) ?? 0) + task.cpuMs * slowdown);
          }
          for (const [label, ms] of labels) {
            const runsOf = byLabel[d].get(label) ?? Array<number>(run).fill(0);
            runsOf.push(ms);
            byLabel[d].set(label, runsOf);
          }
          for (const runsOf of byLabel[d].values()) if (runsOf.length < run + 1) runsOf.push(0);
          console.log(
            `${dirs.length > 1 ? `[${dirs[d]}] ` : ''}run ${run + 1}: tasks after FCP ${summary.afterFcpMs.toFixed(0)} ms, ` +
              `blocking ${summary.blockingMs.toFixed(0)} ms, long tasks: ` +
              (summary.longTasks
                .map((t) => `${t.durationMs.toFixed(0)} ms ${t.label}`)
                .join('; ') || 'none'),
          );
          for (const [key, ms] of profileSelfTimes(profile)) {
            selfTimes[d].set(key, (selfTimes[d].get(key) ?? 0) + ms / runs);
          }
          for (const [key, ms] of profileSelfTimes(profile, 'script')) {
            scriptTimes[d].set(key, (scriptTimes[d].get(key) ?? 0) + ms / runs);
          }
        }
      }
      dirs.forEach((dir, d) => {
        console.log(
          `${dir}: median tasks after FCP ${median(summaries[d].map((s) => s.afterFcpMs)).toFixed(0)} ms, ` +
            `blocking ${median(summaries[d].map((s) => s.blockingMs)).toFixed(0)} ms`,
        );
        console.log('  main-thread time after FCP by task (median of the runs), top 8:');
        const medians = [...byLabel[d]].map(([label, ms]) => [label, median(ms)] as const);
        for (const [label, ms] of medians.sort((a, b) => b[1] - a[1]).slice(0, 8)) {
          console.log(`    ${ms.toFixed(0).padStart(6)} ms  ${label}`);
        }
        console.log('  CPU profile, self time per script (mean per run):');
        for (const [key, ms] of [...scriptTimes[d]].sort((a, b) => b[1] - a[1]).slice(0, 8)) {
          console.log(`    ${ms.toFixed(1).padStart(7)} ms  ${key}`);
        }
        const total = [...selfTimes[d].values()].reduce((a, b) => a + b, 0);
        console.log(`  self time per function (mean per run), top 15 of ${total.toFixed(0)} ms:`);
        for (const [key, ms] of [...selfTimes[d]].sort((a, b) => b[1] - a[1]).slice(0, 15)) {
          console.log(
            `    ${ms.toFixed(1).padStart(7)} ms ${((100 * ms) / total).toFixed(1).padStart(5)}%  ${key}`,
          );
        }
      });
      if (dirs.length === 2) {
        for (const key of ['afterFcpMs', 'blockingMs'] as const) {
          const pairs = summaries[0].map((s, i) => ({ ours: s[key], stock: summaries[1][i][key] }));
          const summary = summarizePairs(pairs);
          console.log(
            `${key}: ${dirs[0]} / ${dirs[1]}, median of per-pair ratios ${summary.ratio?.toFixed(2) ?? '-'} ` +
              `(${pairs.map((p) => `${p.ours.toFixed(0)}/${p.stock.toFixed(0)}`).join(', ')})`,
          );
        }
      }
    }
  } finally {
    await browser.close();
    for (const server of servers) server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
