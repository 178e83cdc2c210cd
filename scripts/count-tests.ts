/**
 * Prints one plain line, "N passed, N failed", totalled from the JSON reports that Vitest and
 * Playwright write into reports/. CI counts tests from that line. A report that is missing
 * (because an earlier stage failed) counts as nothing.
 */
import { existsSync, readFileSync } from 'node:fs';

interface Counts {
  passed: number;
  failed: number;
}

function readJson(file: string): unknown {
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
}

export function vitestCounts(report: unknown): Counts {
  const r = report as { numPassedTests?: number; numFailedTests?: number } | undefined;
  return { passed: r?.numPassedTests ?? 0, failed: r?.numFailedTests ?? 0 };
}

export function playwrightCounts(report: unknown): Counts {
  const stats = (
    report as { stats?: { expected?: number; unexpected?: number; flaky?: number } } | undefined
  )?.stats;
  return { passed: (stats?.expected ?? 0) + (stats?.flaky ?? 0), failed: stats?.unexpected ?? 0 };
}

if (process.argv[1]?.endsWith('count-tests.ts')) {
  const all = [
    vitestCounts(readJson('reports/vitest.json')),
    playwrightCounts(readJson('reports/playwright.json')),
  ];
  const passed = all.reduce((sum, c) => sum + c.passed, 0);
  const failed = all.reduce((sum, c) => sum + c.failed, 0);
  console.log(`${passed} passed, ${failed} failed`);
}
