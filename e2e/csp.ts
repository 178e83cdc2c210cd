import type { Page } from '@playwright/test';

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

/**
 * Records Content-Security-Policy violations on a page: the `securitypolicyviolation` events the
 * document fires, and Chromium's console errors about the policy ("Refused to execute inline script
 * because it violates the following Content Security Policy directive ..."). Call before `page.goto`.
 */
export async function watchCspViolations(page: Page): Promise<() => Promise<string[]>> {
  const consoleMessages: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) consoleMessages.push(message.text());
  });
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations?.push(
        `${event.violatedDirective} blocked ${event.blockedURI || 'inline code'} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  return async () => {
    const events = await page.evaluate(() => window.__cspViolations ?? []).catch(() => []);
    return [...events, ...consoleMessages];
  };
}
