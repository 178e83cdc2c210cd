import { execFileSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { defineConfig } from '@playwright/test';
import { e2eServerFiles } from './e2e/axeFile';
import { chromiumArgs, findChromium } from './e2e/browser';
import { waitLimitMs } from './e2e/waits';

// The runner picks a free port once; worker processes inherit it through the environment.
function freePort(): number {
  const script =
    "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})";
  return Number(execFileSync(process.execPath, ['-e', script]).toString().trim());
}
process.env.E2E_PORT ??= String(freePort());
const port = Number(process.env.E2E_PORT);

export default defineConfig({
  testDir: './e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // One worker per core (E2E_WORKERS to change it): each runs its own Chromium.
  workers: Number(process.env.E2E_WORKERS ?? availableParallelism()),
  // Every limit follows the one wait limit (e2e/waits.ts, E2E_WAIT_MS): a wait for a condition gets
  // it, a navigation twice it, a test four times it (E2E_TEST_TIMEOUT_MS to set it apart). Tests that
  // walk many pages set their own limit from the waits they do (`waitsFor` in e2e/test.ts).
  timeout: Number(process.env.E2E_TEST_TIMEOUT_MS ?? 4 * waitLimitMs),
  expect: { timeout: waitLimitMs },
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      executablePath: findChromium(),
      args: chromiumArgs,
    },
    trace: 'off',
    actionTimeout: waitLimitMs,
    navigationTimeout: 2 * waitLimitMs,
  },
  projects: [{ name: 'chromium' }],
  webServer: {
    // The site, and axe-core beside it (e2e/axeFile.ts).
    command: [
      `npx tsx scripts/static-server.ts --dir build --port ${port}`,
      ...Object.entries(e2eServerFiles).map(([urlPath, file]) => `--file ${urlPath}=${file}`),
    ].join(' '),
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 2 * waitLimitMs,
  },
});
