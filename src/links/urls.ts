/**
 * The links agents copy into tickets: absolute, canonical, free of tracking, and the same in the
 * browser, at build time and in articles.json. No React and no Docusaurus imports: the Copy buttons,
 * the build plugin and the tests all use this module.
 */

/** Query parameters that only track a visit or highlight search words. A copied link never keeps them. */
const droppedParameters: readonly RegExp[] = [
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

/** The root address of the site, always ending in "/": ("https://x.org", "/help/") -> "https://x.org/help/". */
export function siteRoot(siteUrl: string, baseUrl: string): string {
  return new URL(withBaseUrl(baseUrl, '/'), siteUrl).href;
}

/**
 * The absolute address of a page. `pathWithBase` already includes the base URL, as Docusaurus
 * permalinks do; `anchor` is a heading id without "#".
 */
export function absoluteUrl(siteUrl: string, pathWithBase: string, anchor?: string): string {
  const url = new URL(pathWithBase, siteUrl);
  url.search = '';
  url.hash = anchor ? `#${anchor}` : '';
  return url.href;
}

/** The same address without tracking and search-highlight parameters; every other part is kept. */
export function cleanUrl(address: string): string {
  const url = new URL(address);
  for (const name of [...url.searchParams.keys()]) {
    if (droppedParameters.some((pattern) => pattern.test(name))) url.searchParams.delete(name);
  }
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
