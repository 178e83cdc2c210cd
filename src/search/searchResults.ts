/**
 * Turns the results of @easyops-cn/docusaurus-search-local's search worker into what our search page
 * shows: a link (page path plus #anchor), a title, where it lives ("FAQ › FAQ: photos after a restore")
 * and a short snippet. Plain TypeScript, no React: unit-tested in searchResults.test.ts.
 */

/** One entry of the plugin's index (field names are the plugin's, kept short to keep the index small). */
export interface SearchDocument {
  /** id */
  i: number;
  /** text: a page title, heading, description, keywords or a section's text */
  t: string;
  /** page URL path */
  u: string;
  /** #anchor of the section, or '' */
  h?: string;
  /** breadcrumb of a page title entry */
  b?: string[];
  /** title of the section (content) or page (description, keywords) the text belongs to */
  s?: string;
  /** id of the page title entry this belongs to */
  p?: number;
}

/** The kinds of entry, in the plugin's order (its SearchDocumentType enum). */
export const resultKinds = ['title', 'heading', 'description', 'keywords', 'content'] as const;

export interface SearchResult {
  document: SearchDocument;
  type: number;
  page?: SearchDocument | false;
  tokens: string[];
}

export interface ResultView {
  href: string;
  title: string;
  path: string[];
  snippet: string;
}

export function resultView(result: SearchResult, snippetLength = 180): ResultView {
  const { document, page, tokens } = result;
  const kind = resultKinds[result.type];
  const pageTitle = page ? page.t : undefined;
  const href = document.u + (document.h ?? '');
  if (kind === 'title') {
    return { href, title: document.t, path: document.b ?? [], snippet: '' };
  }
  const breadcrumb = page ? (page.b ?? []) : [];
  if (kind === 'heading') {
    return {
      href,
      title: document.t,
      path: [...breadcrumb, ...(pageTitle ? [pageTitle] : [])],
      snippet: '',
    };
  }
  const title = document.s ?? pageTitle ?? document.t;
  const path =
    kind === 'content' && pageTitle && title !== pageTitle
      ? [...breadcrumb, pageTitle]
      : breadcrumb;
  return {
    href,
    title,
    path,
    snippet: kind === 'keywords' ? '' : snippet(document.t, tokens, snippetLength),
  };
}

/** The results as our page lists them: one per link, in the plugin's order. */
export function resultViews(results: SearchResult[]): ResultView[] {
  const seen = new Set<string>();
  const views: ResultView[] = [];
  for (const result of results) {
    const view = resultView(result);
    if (seen.has(view.href)) continue;
    seen.add(view.href);
    views.push(view);
  }
  return views;
}

/** About `length` characters of `text` around the first place one of the tokens occurs. */
export function snippet(text: string, tokens: string[], length = 180): string {
  if (text.length <= length) return text;
  const lower = text.toLowerCase();
  const hits = tokens.map((token) => lower.indexOf(token.toLowerCase())).filter((at) => at >= 0);
  const first = hits.length > 0 ? Math.min(...hits) : 0;
  let start = Math.max(0, first - Math.floor(length / 3));
  // Start and end on word boundaries.
  if (start > 0) start = text.indexOf(' ', start) + 1 || start;
  let end = Math.min(text.length, start + length);
  if (end < text.length)
    end = text.lastIndexOf(' ', end) > start ? text.lastIndexOf(' ', end) : end;
  return `${start > 0 ? '…' : ''}${text.slice(start, end).trim()}${end < text.length ? '…' : ''}`;
}

export interface TextPart {
  text: string;
  marked: boolean;
}

/** Splits text into parts, marking where a query word starts a word (case-insensitive). */
export function markedParts(text: string, tokens: string[]): TextPart[] {
  const words = tokens.filter((token) => token.length > 1).map(escapeRegExp);
  if (words.length === 0) return [{ text, marked: false }];
  const pattern = new RegExp(`\\b(${words.sort((a, b) => b.length - a.length).join('|')})`, 'gi');
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const at = match.index;
    if (at > last) parts.push({ text: text.slice(last, at), marked: false });
    parts.push({ text: match[0], marked: true });
    last = at + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), marked: false });
  return parts;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The search page's address for a query: /search?q=... (no trailing slash: that is where the page is).
 * The query is kept as typed, spaces included, because the search page's box shows what the address holds.
 */
export function searchPageHref(searchPagePath: string, query: string): string {
  if (!query.trim()) return searchPagePath;
  return `${searchPagePath}?${new URLSearchParams({ q: query }).toString()}`;
}
