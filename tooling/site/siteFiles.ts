/**
 * The built site's files: which HTML file a route was written to and back, and how big a file is
 * once gzipped. Node only. The plugins, the ledger, the byte budgets and the benchmark all use these;
 * the paths of the site itself (base URL, absolute and short links) are in src/links/urls.ts, which
 * also runs in browsers. With `trailingSlash: false`, Docusaurus writes /a/b as a/b.html, and a
 * route whose folder has an index (/faq with faq/index.mdx) as faq/index.html.
 */
import { existsSync } from 'node:fs';
import { join, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { withoutBaseUrl } from '../../src/links/urls';

/**
 * The built HTML file of a route path, or null when the route wrote none. `routePath` may carry the
 * base URL (as Docusaurus's routesPaths do) or not.
 */
export function htmlFileOf(outDir: string, routePath: string, baseUrl = '/'): string | null {
  const relative = withoutBaseUrl(routePath, baseUrl).replace(/^\//, '');
  const candidates =
    relative === '' || relative.endsWith('/')
      ? [`${relative}index.html`]
      : relative.endsWith('.html')
        ? [relative]
        : [`${relative}.html`, `${relative}/index.html`];
  return candidates.map((file) => join(outDir, file)).find((file) => existsSync(file)) ?? null;
}

/** The address a built HTML file is served at: guides/x.html -> /guides/x, kb/1/index.html -> /kb/1. */
export function pathOfHtmlFile(relativeFile: string): string {
  const path = `/${relativeFile.split(sep).join('/')}`.replace(/\.html$/, '');
  if (path === '/index') return '/';
  return path.replace(/\/index$/, '');
}

/**
 * gzip size at zlib's default level: what scripts/static-server.ts sends, and what budgets.json's
 * byte budgets are measured in.
 */
export function gzipSize(content: Buffer | string): number {
  return gzipSync(content).length;
}
