import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Frame, type FrameLocator, type Page } from '@playwright/test';
import { waitLimitMs } from './waits';

/** Every page path in the built sitemap, e.g. "/why-photos-are-missing". */
export function sitemapPaths(sitemapFile = 'build/sitemap.xml'): string[] {
  const xml = readFileSync(sitemapFile, 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]).pathname);
}

export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * The axe rules whose result depends on the colour scheme: the rest look at the page's structure,
 * names and roles, which are the same in light and dark. A page checked with every rule in one
 * scheme needs only these in the other.
 */
export const colourRules = ['color-contrast', 'link-in-text-block'];

/**
 * Runs axe-core against the page and returns the violations, as readable one-line strings: every
 * WCAG A/AA rule, or only the colour rules with `{ colourOnly: true }`.
 */
export async function axeViolations(
  page: Page,
  { colourOnly = false }: { colourOnly?: boolean } = {},
): Promise<string[]> {
  const axe = new AxeBuilder({ page });
  const results = await (
    colourOnly ? axe.withRules(colourRules) : axe.withTags(wcagTags)
  ).analyze();
  return results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
}

/** Collects console errors and requests that leave the local origin while a page is used. */
export function watchPage(page: Page, origin: string) {
  const consoleErrors: string[] = [];
  const foreignRequests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !/^(data|blob|about):/.test(url)) foreignRequests.push(url);
  });
  return { consoleErrors, foreignRequests };
}

/**
 * Waits, up to the shared limit (./waits.ts), until Docusaurus marks the page hydrated: React has
 * taken over the server-rendered HTML and set `<html data-has-hydrated="true">`. Every spec waits for
 * hydration through this.
 */
export async function hydrated(page: Page | Frame | FrameLocator): Promise<void> {
  await expect(page.locator('html[data-has-hydrated="true"]')).toBeAttached({
    timeout: waitLimitMs,
  });
}
