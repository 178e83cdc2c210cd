/**
 * Reads the articles from docs/: their front matter (article_id, title, slug, ...) and the headings
 * with explicit, permanent ids (`## Question? {/* #stable-id *\/}`). Node only; no Docusaurus imports.
 * Everything ticket-related (short links, articles.json, the agents' page, the ledger) starts here.
 */
import {
  askedAsProblems,
  parseFrontMatter,
  type ArticleFrontMatter,
  type ArticleType,
  type AskedAs,
} from './articleSchema';
import { docFiles, readDocsFile } from './docsPages';
import { headings as mdxHeadings, parseMdx, type MdxPage } from './mdxText';

export type { ArticleType };

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
  /** How people ask for the page or its sections, for the search (front matter `asked_as`). */
  askedAs: AskedAs;
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

/** The article's fields, from front matter that passed the schema. */
function fromFrontMatter(
  file: string,
  frontMatter: ArticleFrontMatter,
  headings: ArticleHeading[],
): Article {
  return {
    file,
    id: frontMatter.article_id,
    type: frontMatter.article_type,
    title: frontMatter.title,
    description: frontMatter.description,
    slug: frontMatter.slug,
    lastReviewed: frontMatter.last_reviewed,
    keywords: frontMatter.keywords ?? [],
    askedAs: frontMatter.asked_as ?? {},
    headings,
  };
}

/** One MDX file to an Article, or the reasons it is not a valid one. */
export function parseArticle(file: string, source: string): ParsedArticle {
  let page: MdxPage;
  try {
    page = parseMdx(source);
  } catch (error) {
    return {
      problems: [`${file}: the front matter is not valid YAML: ${(error as Error).message}`],
    };
  }
  const { frontMatter, problems: fieldProblems } = parseFrontMatter(page.data);
  const inFrontMatter = (problem: string) => `${file}: front matter ${problem}`;
  const problems = fieldProblems.map(inFrontMatter);
  const frontMatterLines = source.slice(0, source.length - page.body.length).split('\n').length;
  const extracted = extractHeadings(page.body, file, frontMatterLines);
  problems.push(...extracted.problems);
  if (frontMatter) {
    const ids = extracted.headings.map((heading) => heading.anchor);
    problems.push(...askedAsProblems(frontMatter.asked_as, ids).map(inFrontMatter));
  }
  if (!frontMatter || problems.length > 0) return { problems };
  return { article: fromFrontMatter(file, frontMatter, extracted.headings), problems };
}

function isDraft(source: string): boolean {
  try {
    return parseMdx(source).data.draft === true;
  } catch {
    return false; // parseArticle reports the broken front matter
  }
}

export interface ReadResult {
  articles: Article[];
  problems: string[];
}

/** Reads every page in docs/; drafts are skipped because the production build leaves them out too. */
export function readArticles(docsDir: string): ReadResult {
  const articles: Article[] = [];
  const problems: string[] = [];
  for (const file of docFiles(docsDir)) {
    const source = readDocsFile(docsDir, file);
    if (isDraft(source)) continue;
    const parsed = parseArticle(file, source);
    problems.push(...parsed.problems);
    if (parsed.article) articles.push(parsed.article);
  }
  return { articles: articles.sort((a, b) => a.id - b.id), problems };
}
