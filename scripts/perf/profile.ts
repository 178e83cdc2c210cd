/**
 * npm run perf:profile: where the main thread goes while a page loads on a slow phone.
 *
 *   npm run perf:profile                         # build/, the four bench pages, 3 runs each
 *   npm run perf:profile -- --dir /tmp/b --runs 5 /guides/icloud-photos-sync
 *
 * Each page is loaded in Chromium at a 412 px wide phone viewport with the CPU slowed down 4x (as
 * Lighthouse mobile does), recording a trace and a CPU profile until the page has hydrated and the
 * main thread has been quiet for a while. Prints, per page: main-thread task time after the first
 * contentful paint, the blocking part of it (each task's time over 50 ms, as TBT counts it), the long
 * tasks, and the scripts and functions with the most self time in the CPU profile.
 *
 * Timings are slowed-down times on this machine and move with its load; the shares (which script, which
 * function) are steadier. Build with `--no-minify` to read function names.
 */
import { resolve } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { chromiumArgs, findChromium } from '../../e2e/browser';
import { startStaticServer } from '../static-server';
import { benchPages } from './pages';
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
const dir = resolve(option('--dir', 'build'));
const runs = Number(option('--runs', '3'));
const throttle = Number(option('--throttle', '4'));
const port = Number(option('--port', '0')) || 4400 + Math.floor(Math.random() * 500);
const optionValues = new Set(
  ['--dir', '--runs', '--throttle', '--port'].map((name) => option(name, '')),
);
const paths = args.filter((arg) => arg.startsWith('/') && !optionValues.has(arg));
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
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
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
  await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true');
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

async function main() {
  const server = await startStaticServer({ root: dir, port, withHeaders: true });
  const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
  try {
    for (const path of pagesToProfile) {
      console.log(`\n## ${path} (CPU ${throttle}x, 412 px, ${runs} runs)`);
      const summaries = [];
      const selfTimes = new Map<string, number>();
      const scriptTimes = new Map<string, number>();
      for (let run = 0; run < runs; run++) {
        const { tasks, profile } = await profileOnce(browser, `http://127.0.0.1:${port}${path}`);
        const summary = summarizeTasks(tasks);
        summaries.push(summary);
        console.log(
          `run ${run + 1}: tasks after FCP ${summary.afterFcpMs.toFixed(0)} ms, blocking ${summary.blockingMs.toFixed(0)} ms, ` +
            `long tasks: ${summary.longTasks.map((t) => `${t.durationMs.toFixed(0)} ms ${t.label}`).join('; ') || 'none'}`,
        );
        for (const [key, ms] of profileSelfTimes(profile)) {
          selfTimes.set(key, (selfTimes.get(key) ?? 0) + ms / runs);
        }
        for (const [key, ms] of profileSelfTimes(profile, 'script')) {
          scriptTimes.set(key, (scriptTimes.get(key) ?? 0) + ms / runs);
        }
      }
      const median = (values: number[]) =>
        [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
      console.log(
        `median: tasks after FCP ${median(summaries.map((s) => s.afterFcpMs)).toFixed(0)} ms, ` +
          `blocking ${median(summaries.map((s) => s.blockingMs)).toFixed(0)} ms`,
      );
      console.log('CPU profile, self time per script (mean per run):');
      for (const [key, ms] of [...scriptTimes].sort((a, b) => b[1] - a[1]).slice(0, 10)) {
        console.log(`  ${ms.toFixed(1).padStart(7)} ms  ${key}`);
      }
      const total = [...selfTimes.values()].reduce((a, b) => a + b, 0);
      console.log(`CPU profile, self time per run (mean), top 25 of ${total.toFixed(0)} ms:`);
      for (const [key, ms] of [...selfTimes].sort((a, b) => b[1] - a[1]).slice(0, 25)) {
        console.log(
          `  ${ms.toFixed(1).padStart(7)} ms ${((100 * ms) / total).toFixed(1).padStart(5)}%  ${key}`,
        );
      }
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
