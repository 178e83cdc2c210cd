/**
 * The `test` and `expect` every spec imports (instead of from '@playwright/test'), with:
 * - an opt-in CPU slowdown: `E2E_CPU_THROTTLE=4` runs every page of the suite (the `page` fixture's,
 *   and those the specs open with browser.newPage / browser.newContext) with Chromium's CPU
 *   throttling at 4x, through the DevTools protocol (Emulation.setCPUThrottlingRate). It shows that
 *   no wait in the suite is sized for a fast machine. Raise E2E_WAIT_MS with it (./waits.ts).
 * - `waitsFor(n)`: the test time limit of a test that does n waits in a row (a walk over many pages).
 */
import { test as base, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { parseThrottleRate } from './throttle';
import { waitLimitMs } from './waits';

export { expect } from '@playwright/test';
export type { Browser, BrowserContext, Locator, Page } from '@playwright/test';

export const cpuThrottleRate = parseThrottleRate(process.env.E2E_CPU_THROTTLE);

/** The time limit for a test that waits `waits` times, each up to the shared limit, one after another. */
export const waitsFor = (waits: number): number => Math.max(1, Math.ceil(waits)) * waitLimitMs;

async function throttle(page: Page): Promise<void> {
  const session = await page.context().newCDPSession(page);
  await session.send('Emulation.setCPUThrottlingRate', { rate: cpuThrottleRate });
  // The session stays attached for the page's life: detaching it would end the throttling.
}

const throttled = new WeakSet<BrowserContext>();

function throttleContext(context: BrowserContext): BrowserContext {
  if (throttled.has(context)) return context;
  throttled.add(context);
  const newPage = context.newPage.bind(context);
  context.newPage = async () => {
    const page = await newPage();
    await throttle(page);
    return page;
  };
  // Pages the context opens by itself (popups, target=_blank): throttled as soon as they exist.
  context.on('page', (page) => {
    throttle(page).catch(() => {});
  });
  return context;
}

function throttleBrowser(browser: Browser): void {
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => throttleContext(await newContext(options));
}

// Every context of a test goes through browser.newContext (Playwright's own `context` fixture too), so
// wrapping it once per worker throttles every page.
export const test = base.extend<object, { cpuThrottle: void }>({
  cpuThrottle: [
    async ({ browser }, use) => {
      if (cpuThrottleRate > 1) throttleBrowser(browser);
      await use();
    },
    { scope: 'worker', auto: true },
  ],
});
