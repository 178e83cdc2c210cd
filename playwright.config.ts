import { execFileSync } from 'node:child_process';
import { defineConfig } from '@playwright/test';
import { chromiumArgs, findChromium } from './e2e/browser';

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
  workers: 2,
  timeout: 60_000,
  // The suite shares a 2-core machine with other work: a page that hydrates in 1 s alone can take
  // more than the default 5 s there. Waiting longer changes no assertion.
  expect: { timeout: 15_000 },
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      executablePath: findChromium(),
      args: chromiumArgs,
    },
    trace: 'off',
  },
  projects: [{ name: 'chromium' }],
  webServer: {
    command: `npx tsx scripts/static-server.ts --dir build --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
