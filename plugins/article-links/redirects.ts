/**
 * One list of redirects, from two sources of truth:
 * - data/redirects.json, the redirect map: every page that moved or was removed, written by hand;
 * - the articles' front matter: a short link /kb/<article_id> for every article, and for every retired
 *   article (data/articles-registry.json) a short link to wherever its old page now redirects.
 * The build turns the list into client-side redirect pages (@docusaurus/plugin-client-redirects) and a
 * `_redirects` file for hosts that answer with a real 301 (Netlify, Cloudflare Pages).
 */
import { shortLinkPath, withBaseUrl } from '../../src/links/urls';
import type { Article } from '../../tooling/content/articles';

/** An entry of data/redirects.json. */
export interface MovedPage {
  /** The old address, e.g. "/guides/itunes-backup". */
  from: string;
  /** Where it lives now; may end in "#anchor" when a page became a section of another. */
  to: string;
  /** ISO date of the move. */
  since: string;
  /** Why it moved, for the next person reading the map. */
  reason: string;
}

/** An entry of data/articles-registry.json: an article that no longer exists. Its ID is never reused. */
export interface RetiredArticle {
  id: number;
  slug: string;
  title: string;
  /** ISO date the article was removed. */
  retired: string;
  reason: string;
}

export interface Redirect {
  from: string;
  to: string;
  kind: 'short-link' | 'moved';
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const sitePath = /^\/[^\s?#]*$/;

function describe(value: unknown): string {
  return JSON.stringify(value);
}

/** Checks the shape of data/redirects.json. */
export function parseRedirectMap(json: unknown): { moved: MovedPage[]; problems: string[] } {
  const problems: string[] = [];
  if (!Array.isArray(json)) return { moved: [], problems: ['data/redirects.json must be a list.'] };
  const moved: MovedPage[] = [];
  json.forEach((entry: Partial<MovedPage>, index) => {
    const where = `data/redirects.json entry ${index + 1} (${describe(entry?.from)})`;
    const before = problems.length;
    if (typeof entry?.from !== 'string' || !sitePath.test(entry.from))
      problems.push(`${where}: "from" must be a path such as /guides/old-name, without ? or #.`);
    if (typeof entry?.to !== 'string' || !/^\/[^\s?]*$/.test(entry.to))
      problems.push(`${where}: "to" must be a path inside the site, optionally with #anchor.`);
    if (typeof entry?.since !== 'string' || !isoDate.test(entry.since))
      problems.push(`${where}: "since" must be the date of the move, e.g. 2026-11-26.`);
    if (typeof entry?.reason !== 'string' || !entry.reason.trim())
      problems.push(`${where}: "reason" must say why the page moved.`);
    if (problems.length === before) moved.push(entry as MovedPage);
  });
  return { moved, problems };
}

/** Checks the shape of data/articles-registry.json. */
export function parseRegistry(json: unknown): { retired: RetiredArticle[]; problems: string[] } {
  const list = (json as { retired?: unknown })?.retired;
  if (!Array.isArray(list))
    return {
      retired: [],
      problems: ['data/articles-registry.json must have a "retired" list.'],
    };
  const problems: string[] = [];
  const retired: RetiredArticle[] = [];
  list.forEach((entry: Partial<RetiredArticle>, index) => {
    const where = `data/articles-registry.json retired entry ${index + 1}`;
    const before = problems.length;
    if (!Number.isInteger(entry?.id) || (entry.id as number) <= 0)
      problems.push(`${where}: "id" must be the article's old ID.`);
    if (typeof entry?.slug !== 'string' || !sitePath.test(entry.slug))
      problems.push(`${where}: "slug" must be the article's old path.`);
    if (typeof entry?.title !== 'string' || !entry.title.trim())
      problems.push(`${where}: "title" is missing.`);
    if (typeof entry?.retired !== 'string' || !isoDate.test(entry.retired))
      problems.push(`${where}: "retired" must be the date it was removed.`);
    if (typeof entry?.reason !== 'string' || !entry.reason.trim())
      problems.push(`${where}: "reason" is missing.`);
    if (problems.length === before) retired.push(entry as RetiredArticle);
  });
  return { retired, problems };
}

function duplicates<T>(values: T[]): T[] {
  return [...new Set(values.filter((value, index) => values.indexOf(value) !== index))];
}

/** Article IDs and slugs: unique, and never one that belonged to a retired article. */
export function articleIdProblems(articles: Article[], retired: RetiredArticle[]): string[] {
  const problems: string[] = [];
  for (const id of duplicates(articles.map((article) => article.id))) {
    const files = articles.filter((article) => article.id === id).map((article) => article.file);
    problems.push(`article_id ${id} is used by more than one page: ${files.join(', ')}.`);
  }
  for (const slug of duplicates(articles.map((article) => article.slug)))
    problems.push(`The slug ${slug} is used by more than one page.`);
  for (const id of duplicates(retired.map((entry) => entry.id)))
    problems.push(`data/articles-registry.json retires article ${id} twice.`);
  for (const article of articles) {
    const old = retired.find((entry) => entry.id === article.id);
    if (old)
      problems.push(
        `${article.file}: article_id ${article.id} belonged to "${old.title}" (retired ${old.retired}); IDs are never reused. Take the next free ID.`,
      );
    const oldSlug = retired.find((entry) => entry.slug === article.slug);
    if (oldSlug)
      problems.push(
        `${article.file}: the slug ${article.slug} belonged to retired article ${oldSlug.id}; old links expect its redirect. Choose another slug.`,
      );
  }
  return problems;
}

const withoutAnchor = (path: string) => path.split('#')[0];

/**
 * Every redirect the site serves: short links first, then moved pages. Reports chains (a redirect to
 * an address that itself redirects), loops and clashes with live pages, so every old link takes one hop.
 */
export function buildRedirects(
  articles: Article[],
  moved: MovedPage[],
  retired: RetiredArticle[],
): { redirects: Redirect[]; problems: string[] } {
  const problems: string[] = [];
  const liveSlugs = new Set(articles.map((article) => article.slug));
  const movedFrom = new Map(moved.map((entry) => [entry.from, entry]));

  for (const from of duplicates(moved.map((entry) => entry.from)))
    problems.push(`data/redirects.json lists ${from} more than once.`);
  for (const entry of moved) {
    if (entry.from.startsWith('/kb/'))
      problems.push(
        `data/redirects.json: ${entry.from} is a short link; short links come from article IDs and the registry.`,
      );
    if (liveSlugs.has(entry.from))
      problems.push(
        `data/redirects.json: ${entry.from} is the address of a live page; a redirect there would hide it.`,
      );
    const target = withoutAnchor(entry.to);
    if (target === entry.from)
      problems.push(`data/redirects.json: ${entry.from} redirects to itself.`);
    else if (movedFrom.has(target)) {
      const next = movedFrom.get(target)!.to;
      problems.push(
        withoutAnchor(next) === entry.from
          ? `data/redirects.json: ${entry.from} -> ${target} -> ${entry.from} is a loop; decide where the page lives and keep one entry.`
          : `data/redirects.json: ${entry.from} -> ${target} -> ${next} is a chain; point ${entry.from} straight at ${next}.`,
      );
    }
  }

  const redirects: Redirect[] = articles.map((article) => ({
    from: shortLinkPath(article.id),
    to: article.slug,
    kind: 'short-link',
  }));
  for (const old of retired) {
    const entry = movedFrom.get(old.slug);
    if (!entry)
      problems.push(
        `Retired article ${old.id} (${old.slug}) needs an entry in data/redirects.json saying where its readers go now.`,
      );
    else redirects.push({ from: shortLinkPath(old.id), to: entry.to, kind: 'short-link' });
  }
  for (const entry of moved) redirects.push({ from: entry.from, to: entry.to, kind: 'moved' });
  return { redirects, problems };
}

/**
 * The `_redirects` file (Netlify and Cloudflare Pages format): "from to 301", one per line.
 * Both hosts pass the query string on, and browsers keep the #anchor across a 301 unless the
 * target names its own. Netlify serves an existing file instead of a redirect unless the rule is
 * forced ("301!"); Cloudflare Pages always redirects and rejects "301!". So `force` is set for
 * Netlify builds only (the plugin passes NETLIFY=true, which Netlify sets).
 */
export function redirectsFileText(
  redirects: Redirect[],
  baseUrl: string,
  { force = false }: { force?: boolean } = {},
): string {
  const status = force ? '301!' : '301';
  const line = (redirect: Redirect) =>
    `${withBaseUrl(baseUrl, redirect.from)} ${withBaseUrl(baseUrl, redirect.to)} ${status}`;
  const shortLinks = redirects.filter((redirect) => redirect.kind === 'short-link');
  const moved = redirects.filter((redirect) => redirect.kind === 'moved');
  return [
    '# Generated by plugins/article-links at build time. Do not edit: change article front matter,',
    '# data/redirects.json or data/articles-registry.json instead.',
    '',
    '# Short links: /kb/<article ID>',
    ...shortLinks.map(line),
    '',
    '# Moved and removed pages (data/redirects.json)',
    ...moved.map(line),
    '',
  ].join('\n');
}
