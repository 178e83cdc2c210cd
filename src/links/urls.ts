/**
 * The site's addresses: base URL, absolute links, short links. The links agents copy into tickets are
 * absolute, canonical, free of tracking, and the same in the browser, at build time and in
 * articles.json. No React and no Docusaurus imports: the Copy buttons, the selector, the build
 * plugins, the ledger and the tests all use this module. (Built files on disk: tooling/site/siteFiles.ts.)
 */

/**
 * Query parameters that only track a visit or highlight search words. A copied link never keeps them;
 * every other parameter is kept, because it changes what the page shows (the selector's answers).
 */
const trackingParameters: readonly RegExp[] = [
  /^utm_/i,
  /^_highlight$/,
  /^fbclid$/i,
  /^gclid$/i,
  /^msclkid$/i,
  /^mc_(cid|eid)$/i,
];

/** The address of a short link, relative to the site root: "/kb/104". */
export function shortLinkPath(articleId: number): string {
  return `/kb/${articleId}`;
}

/**
 * A path inside the site joined with the site's base URL: ("/help/", "/guides/x") -> "/help/guides/x".
 * The home page "/" becomes the base URL itself.
 */
export function withBaseUrl(baseUrl: string, sitePath: string): string {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  return `${base}${sitePath.replace(/^\//, '')}`;
}

/**
 * The reverse of withBaseUrl: ("/help/guides/x", "/help/") -> "/guides/x". Other paths and absolute
 * URLs stay as they are.
 */
export function withoutBaseUrl(path: string, baseUrl: string): string {
  if (/^[a-z]+:/i.test(path) || baseUrl === '/') return path;
  const base = baseUrl.replace(/\/$/, '');
  if (path === base) return '/';
  if (path.startsWith(`${base}/`)) return path.slice(base.length);
  if (path.startsWith(`${base}#`) || path.startsWith(`${base}?`))
    return `/${path.slice(base.length)}`;
  return path;
}

/** The root address of the site, always ending in "/": ("https://x.org", "/help/") -> "https://x.org/help/". */
export function siteRoot(siteUrl: string, baseUrl: string): string {
  return new URL(withBaseUrl(baseUrl, '/'), siteUrl).href;
}

/**
 * The canonical absolute address of a page: what "Copy link" copies. `pathWithBase` already includes
 * the base URL, as Docusaurus permalinks do, and may carry a query; `anchor` is a heading id without
 * "#" and replaces any fragment. Tracking and search-highlight parameters (utm_*, fbclid, gclid,
 * msclkid, mc_cid, mc_eid, _highlight) are dropped; every other parameter is kept, so a link to a
 * selector result keeps the reader's answers (`/which-option?account=same`).
 */
export function absoluteUrl(siteUrl: string, pathWithBase: string, anchor?: string): string {
  const url = new URL(pathWithBase, siteUrl);
  for (const name of [...url.searchParams.keys()]) {
    if (trackingParameters.some((pattern) => pattern.test(name))) url.searchParams.delete(name);
  }
  url.hash = anchor ? `#${anchor}` : '';
  return url.href;
}

export interface TicketLink {
  /** The article title, e.g. "Restore from a computer backup". */
  title: string;
  /** The permanent article ID, when the link belongs to an article. */
  articleId?: number;
  /** An FAQ question or section heading, when the link points at one part of the article. */
  heading?: string;
  url: string;
}

/**
 * Plain text for a support ticket, one fact per line so it survives any ticket editor:
 *
 *     Why are my photos blurry?                     (only for an answer or a section)
 *     FAQ: photos after a restore (Article 121)
 *     https://photos.example.org/faq/after-a-restore#photos-blurry
 */
export function ticketText({ title, articleId, heading, url }: TicketLink): string {
  const source = articleId === undefined ? title : `${title} (Article ${articleId})`;
  return [heading, source, url].filter(Boolean).join('\n');
}
