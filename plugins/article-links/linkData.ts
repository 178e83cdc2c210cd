/**
 * Loads and checks everything the links are built from, in one call used by docusaurus.config.ts
 * (for the client-side redirect pages) and by the article-links plugin. Any problem stops the build
 * with the full list, so a broken ID, anchor or redirect never reaches readers.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { withBaseUrl } from '../../src/links/urls';
import type { PublishedDoc } from '../../tooling/docusaurus/docsPluginContent';
import { readArticles, type Article } from '../../tooling/content/articles';
import {
  articleIdProblems,
  buildRedirects,
  parseRedirectMap,
  parseRegistry,
  type MovedPage,
  type Redirect,
  type RetiredArticle,
} from './redirects';

export interface LinkData {
  articles: Article[];
  moved: MovedPage[];
  retired: RetiredArticle[];
  redirects: Redirect[];
}

export interface LinkDataFiles {
  docsDir: string;
  redirectMapFile: string;
  registryFile: string;
}

export function defaultLinkDataFiles(siteDir: string): LinkDataFiles {
  return {
    docsDir: join(siteDir, 'docs'),
    redirectMapFile: join(siteDir, 'data', 'redirects.json'),
    registryFile: join(siteDir, 'data', 'articles-registry.json'),
  };
}

export class LinkDataError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `Article links: ${problems.length} problem(s) to fix before the site can build:\n- ${problems.join('\n- ')}`,
    );
    this.name = 'LinkDataError';
  }
}

export function loadLinkData(files: LinkDataFiles): LinkData {
  const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));
  const { articles, problems } = readArticles(files.docsDir);
  const map = parseRedirectMap(readJson(files.redirectMapFile));
  const registry = parseRegistry(readJson(files.registryFile));
  problems.push(...map.problems, ...registry.problems);
  problems.push(...articleIdProblems(articles, registry.retired));
  const built = buildRedirects(articles, map.moved, registry.retired);
  problems.push(...built.problems);
  if (problems.length > 0) throw new LinkDataError(problems);
  return { articles, moved: map.moved, retired: registry.retired, redirects: built.redirects };
}

/**
 * Our reading of docs/ must agree with the docs plugin's: every doc is an article, at the address
 * its front matter slug promises. Otherwise a doc could be missing from short links and articles.json.
 */
export function docsMismatches(
  articles: Article[],
  docs: PublishedDoc[],
  baseUrl: string,
): string[] {
  const problems: string[] = [];
  for (const doc of docs) {
    const file = doc.source.replace(/^@site\/docs\//, '');
    const article = articles.find((candidate) => candidate.file === file);
    if (!article)
      problems.push(`docs/${file} is published but is not an article (see its front matter).`);
    else if (withBaseUrl(baseUrl, article.slug) !== doc.permalink)
      problems.push(
        `docs/${file} is published at ${doc.permalink}, but its slug says ${article.slug}.`,
      );
  }
  for (const article of articles) {
    if (!docs.some((doc) => doc.source === `@site/docs/${article.file}`))
      problems.push(
        `docs/${article.file} has article data but the docs plugin did not publish it.`,
      );
  }
  return problems;
}
