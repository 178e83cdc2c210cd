/**
 * Runs Lighthouse (the `lighthouse` npm package, current release) against a URL in Debian's Chromium, started once
 * by chrome-launcher with the same flags as the e2e tests. Mobile uses Lighthouse's default config
 * (Moto G Power emulation, simulated slow 4G, 4x CPU slowdown); desktop uses its desktop preset.
 *
 * Lighthouse runs in its own Node process through its CLI: under tsx, its in-page functions would be
 * rewritten with esbuild's `__name` helper, which does not exist in the page.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Result } from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { chromiumArgs, findChromium } from '../../e2e/browser';

export type FormFactor = 'mobile' | 'desktop';

const requireHere = createRequire(import.meta.url);

export interface LighthouseMetrics {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** Audits that lost points (score below 1), e.g. "unused-javascript: Reduce unused JavaScript (Est savings of 20 KiB)". */
  failedAudits: string[];
}

export interface LighthouseBrowser {
  port: number;
  /** The browser's version, e.g. "Chrome/156.0.8078.108" */
  version: string;
  /** The version of the lighthouse package that runs */
  lighthouseVersion: string;
  close(): Promise<void>;
}

export async function launchLighthouseBrowser(): Promise<LighthouseBrowser> {
  const chrome = await chromeLauncher.launch({
    chromePath: findChromium(),
    chromeFlags: chromiumArgs,
  });
  const versionResponse = await fetch(`http://127.0.0.1:${chrome.port}/json/version`);
  const { Browser: version } = (await versionResponse.json()) as { Browser: string };
  const { version: lighthouseVersion } = requireHere('lighthouse/package.json') as {
    version: string;
  };
  return {
    port: chrome.port,
    version,
    lighthouseVersion,
    close: async () => {
      chrome.kill();
    },
  };
}

const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
const lighthouseCli = requireHere.resolve('lighthouse/cli/index.js');

/** The numbers we report from one Lighthouse result. Scores are 0 to 100. */
export function metricsFrom(lhr: Result): LighthouseMetrics {
  if (lhr.runtimeError) {
    throw new Error(`Lighthouse failed on ${lhr.requestedUrl}: ${lhr.runtimeError.message}`);
  }
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcpMs: numeric('largest-contentful-paint'),
    tbtMs: numeric('total-blocking-time'),
    cls: numeric('cumulative-layout-shift'),
    failedAudits: Object.values(lhr.audits)
      .filter(
        (audit) =>
          audit.score !== null &&
          audit.score < 1 &&
          !['informative', 'notApplicable', 'manual'].includes(audit.scoreDisplayMode),
      )
      .map(
        (audit) =>
          `${audit.id}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`,
      ),
  };
}

/** One Lighthouse run in the browser listening on `port`. */
export async function runLighthouse(
  url: string,
  port: number,
  formFactor: FormFactor,
): Promise<LighthouseMetrics> {
  const dir = mkdtempSync(join(tmpdir(), 'lighthouse-'));
  const output = join(dir, 'report.json');
  try {
    await promisify(execFile)(
      process.execPath,
      [
        lighthouseCli,
        url,
        `--port=${port}`,
        '--output=json',
        `--output-path=${output}`,
        `--only-categories=${categories.join(',')}`,
        '--quiet',
        ...(formFactor === 'desktop' ? ['--preset=desktop'] : []),
      ],
      { maxBuffer: 64 * 1024 * 1024 },
    );
    return metricsFrom(JSON.parse(readFileSync(output, 'utf8')) as Result);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
