/**
 * axe-core, as the e2e servers serve it beside the site (playwright.config.ts and ./headersServer.ts;
 * it is not part of the site). A page loads it from there as a script file, so the pages of one
 * browser context share it through the HTTP cache and V8's code cache (./site.ts, axeViolations).
 * No Playwright imports: playwright.config.ts reads this too.
 */
export const axeUrlPath = '/__e2e/axe.min.js';
export const axeFile = require.resolve('axe-core/axe.min.js');
export const e2eServerFiles = { [axeUrlPath]: axeFile };
