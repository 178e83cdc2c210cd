/**
 * Reads the articles from docs/: their front matter (article_id, title, slug, ...) and the headings
 * with explicit, permanent ids (`## Question? {/* #stable-id *\/}`). Node only; no Docusaurus imports.
 * Everything ticket-related (short links, articles.json, the agents' page, the ledger) starts here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import matter from 'gray-matter';
import { articleTypes } from './frontMatter';
import { headings as mdxHeadings } from './mdxText';

// One list of article types for the content checks and the link tooling.
export { articleTypes };
export type ArticleType = (typeof articleTypes)[number];

export interface ArticleHeading {
  level: 2 | 3;
  /** The permanent id, without "#". */
  anchor: string;
  /** The heading as readers see it, in plain text. */
  text: string;
}

export interface Article {
  /** Path of the source file inside docs/, with forward slashes. */
  file: string;
  id: number;
  type: ArticleType;
  title: string;
  description: string;
  /** The page's address inside the site, e.g. "/guides/computer-backup". */
  slug: string;
  /** ISO date, YYYY-MM-DD. */
  lastReviewed: string;
  keywords: string[];
  headings: ArticleHeading[];
}

export interface ParsedArticle {
  article?: Article;
  problems: string[];
}

const legacyId = /\s*\{#([^}]+)\}\s*$/;
const safeAnchor = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

/**
 * Heading markdown to the plain text readers see: "Open **Photos** on [iCloud.com](https://...)"
 * -> "Open Photos on iCloud.com". A test compares the result with the built HTML.
 */
export function headingText(markdown: string): string {
  return markdown
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .replace(/<SettingsPath\s+path=(["'])(.*?)\1\s*\/>/g, '$2')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(?<![\w*])\*(?!\s)(.+?)\*(?![\w*])/g, '$1')
    .replace(/(?<!\w)_(?!\s)(.+?)_(?!\w)/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!<>])/g, '$1')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The `##` and `###` headings of an MDX body, outside code blocks. Each must carry an explicit id. */
export function extractHeadings(
  body: string,
  file: string,
  firstLine = 1,
): { headings: ArticleHeading[]; problems: string[] } {
  const headings: ArticleHeading[] = [];
  const problems: string[] = [];
  for (const heading of mdxHeadings(body)) {
    if (heading.level !== 2 && heading.level !== 3) continue;
    const where = `${file}:${firstLine + heading.line - 1}`;
    const written = `${'#'.repeat(heading.level)} ${heading.source}`;
    const anchor = heading.id;
    if (anchor === undefined) {
      problems.push(
        legacyId.test(heading.source)
          ? `${where}: "${written}" uses the old {#id} form, which is off; write {/* #id */}.`
          : `${where}: "${written}" has no explicit id; add one, e.g. {/* #short-stable-id */}.`,
      );
      continue;
    }
    if (!safeAnchor.test(anchor)) {
      problems.push(`${where}: the id "${anchor}" may only use letters, digits, "-" and "_".`);
      continue;
    }
    if (headings.some((known) => known.anchor === anchor)) {
      problems.push(`${where}: the id "${anchor}" is used twice on this page.`);
      continue;
    }
    headings.push({ level: heading.level, anchor, text: headingText(heading.source) });
  }
  return { headings, problems };
}

function isoDate(value: unknown): string | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime()))
    return value.toISOString().slice(0, 10);
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  return undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/** One MDX file to an Article, or the reasons it is not a valid one. */
export function parseArticle(file: string, source: string): ParsedArticle {
  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(source);
  } catch (error) {
    return {
      problems: [`${file}: the front matter is not valid YAML: ${(error as Error).message}`],
    };
  }
  const { data, content } = parsed;
  const problems: string[] = [];
  const need = (field: string, why: string) =>
    problems.push(`${file}: front matter "${field}" ${why}`);

  const id = data.article_id;
  if (id === undefined) need('article_id', 'is missing (see the page table in the contract).');
  else if (!Number.isInteger(id) || id <= 0)
    need('article_id', `must be a positive whole number, not ${JSON.stringify(id)}.`);
  const type = data.article_type;
  if (!articleTypes.includes(type))
    need('article_type', `must be one of ${articleTypes.join(', ')}; got ${JSON.stringify(type)}.`);
  const title = text(data.title);
  if (!title) need('title', 'is missing.');
  const description = text(data.description);
  if (!description) need('description', 'is missing.');
  const slug = text(data.slug);
  if (!slug || !slug.startsWith('/') || /[?#\s]/.test(slug))
    need('slug', 'must be an explicit path such as /guides/computer-backup.');
  const lastReviewed = isoDate(data.last_reviewed);
  if (!lastReviewed) need('last_reviewed', 'must be a date such as 2026-11-26.');
  const keywords = Array.isArray(data.keywords) ? data.keywords.map(String) : [];

  const frontMatterLines = source.slice(0, source.length - content.length).split('\n').length;
  const extracted = extractHeadings(content, file, frontMatterLines);
  problems.push(...extracted.problems);
  if (problems.length > 0) return { problems };
  return {
    article: {
      file,
      id: id as number,
      type: type as ArticleType,
      title: title!,
      description: description!,
      slug: slug!,
      lastReviewed: lastReviewed!,
      keywords,
      headings: extracted.headings,
    },
    problems,
  };
}

/** Every page file Docusaurus turns into a doc: .md and .mdx, not partials (names starting with "_"). */
export function docFiles(docsDir: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('_') || entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.mdx?$/.test(entry.name)) found.push(relative(docsDir, path).split(sep).join('/'));
    }
  };
  walk(docsDir);
  return found.sort();
}

function isDraft(source: string): boolean {
  try {
    return matter(source).data.draft === true;
  } catch {
    return false; // parseArticle reports the broken front matter
  }
}

export interface ReadResult {
  articles: Article[];
  problems: string[];
}

/** Reads every doc; drafts are skipped because the production build leaves them out too. */
export function readArticles(docsDir: string): ReadResult {
  const articles: Article[] = [];
  const problems: string[] = [];
  for (const file of docFiles(docsDir)) {
    const source = readFileSync(join(docsDir, file), 'utf8');
    if (isDraft(source)) continue;
    const parsed = parseArticle(file, source);
    problems.push(...parsed.problems);
    if (parsed.article) articles.push(parsed.article);
  }
  return { articles: articles.sort((a, b) => a.id - b.id), problems };
}
