/**
 * "First-load" bytes of a page: the JavaScript and CSS a reader downloads before the page is
 * interactive, measured as gzip bytes (what a static host or CDN sends).
 *
 * Two sources, combined:
 * 1. what the page's HTML asks for: `<script src>`, `<link rel=stylesheet>`, `<link rel=modulepreload>`
 *    and `<link rel=preload as=script|style>` (parsed here from the built HTML);
 * 2. the route's own chunks (the page component, its MDX, shared "common" code), loaded before React
 *    hydrates. With Rspack (future.faster) the HTML only names runtime~main.js and main.js; stock
 *    Docusaurus imports the chunks from its runtime, and this site's boot script loads them
 *    (plugins/render-first). Either way they are recorded in the browser (see e2e/first-load.ts) and
 *    passed in as `runtimeUrls`.
 * Route chunks Docusaurus prefetches for links in view (<link rel="prefetch">) are not first-load and are
 * not counted, even when a slow hydration lets them finish first.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startTags } from '../../tooling/site/html';
import { gzipSize } from '../../tooling/site/siteFiles';

export interface PageAssets {
  scripts: string[];
  stylesheets: string[];
}

export interface AssetSize {
  path: string;
  bytes: number;
  gzipBytes: number;
}

export interface FirstLoad {
  scripts: AssetSize[];
  stylesheets: AssetSize[];
  jsGzip: number;
  cssGzip: number;
}

/** The scripts and stylesheets a page's HTML loads by itself, in document order, without duplicates. */
export function assetsInHtml(html: string): PageAssets {
  const scripts = new Set<string>();
  const stylesheets = new Set<string>();
  for (const { attributes } of startTags(html, 'script')) {
    const src = attributes.get('src');
    if (src) scripts.add(src);
  }
  for (const { attributes } of startTags(html, 'link')) {
    const rel = (attributes.get('rel') ?? '').toLowerCase().split(/\s+/);
    const href = attributes.get('href');
    const as = attributes.get('as');
    if (!href) continue;
    if (rel.includes('stylesheet')) stylesheets.add(href);
    else if (rel.includes('modulepreload')) scripts.add(href);
    else if (rel.includes('preload') && as === 'script') scripts.add(href);
    else if (rel.includes('preload') && as === 'style') stylesheets.add(href);
  }
  return { scripts: [...scripts], stylesheets: [...stylesheets] };
}

/** Turns an asset URL (absolute, or a path under the site's baseUrl) into a path inside build/. */
export function assetFilePath(url: string, baseUrl = '/'): string {
  const pathname = new URL(url, 'http://site.invalid').pathname;
  const withinSite = pathname.startsWith(baseUrl) ? pathname.slice(baseUrl.length) : pathname;
  return decodeURIComponent(withinSite.replace(/^\/+/, ''));
}

/** Splits fetched URLs into scripts and stylesheets by their file extension. */
export function classifyUrls(urls: string[]): PageAssets {
  const pathOf = (url: string) => new URL(url, 'http://site.invalid').pathname;
  return {
    scripts: urls.filter((url) => pathOf(url).endsWith('.js')),
    stylesheets: urls.filter((url) => pathOf(url).endsWith('.css')),
  };
}

/**
 * Sizes the first load of a page from the files in `buildDir`.
 * @param html the page's built HTML
 * @param runtimeUrls scripts and stylesheets the browser fetched before hydration (may be empty)
 */
export function measureFirstLoad(
  buildDir: string,
  html: string,
  runtimeUrls: string[] = [],
  baseUrl = '/',
): FirstLoad {
  const fromHtml = assetsInHtml(html);
  const fromRuntime = classifyUrls(runtimeUrls);
  const size = (urls: string[]): AssetSize[] => {
    const files = [...new Set(urls.map((url) => assetFilePath(url, baseUrl)))];
    return files.map((path) => {
      const content = readFileSync(join(buildDir, path));
      return { path, bytes: content.length, gzipBytes: gzipSize(content) };
    });
  };
  const scripts = size([...fromHtml.scripts, ...fromRuntime.scripts]);
  const stylesheets = size([...fromHtml.stylesheets, ...fromRuntime.stylesheets]);
  const total = (assets: AssetSize[]) => assets.reduce((sum, asset) => sum + asset.gzipBytes, 0);
  return { scripts, stylesheets, jsGzip: total(scripts), cssGzip: total(stylesheets) };
}
