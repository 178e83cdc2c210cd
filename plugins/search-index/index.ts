/**
 * The search-index plugin: builds the site search's index from docs/ at build time and serves it as
 * one file with a content hash in its name (assets/search-index-<hash>.json), so a deploy never
 * serves a stale index from a cache. The address is written to a generated module that only the
 * search code imports (src/search/client.ts), so no page loads it before a reader uses the search.
 * It also adds the search page's route, /search (src/theme/SearchPage).
 *
 * The logic is in plain modules: documents.ts (what is indexed), src/search/engine.ts (how).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { readArticles } from '../../tooling/content/articles';
import { buildIndex, serializeIndex } from '../../src/search/engine';
import { searchDocuments, unknownAskedAsKeys, withLinkText, type PageSource } from './documents';

export interface SearchIndexContent {
  /** The index file's path inside the build, e.g. "assets/search-index-0123456789.json". */
  file: string;
  json: string;
  documents: number;
}

export function readPages(docsDir: string): PageSource[] {
  const { articles, problems } = readArticles(docsDir);
  if (problems.length > 0) throw new Error(`search-index: ${problems.join('\n')}`);
  return articles.map((article) => {
    const { content } = matter(readFileSync(join(docsDir, article.file), 'utf8'), {});
    return {
      slug: article.slug,
      title: article.title,
      type: article.type,
      description: article.description,
      keywords: article.keywords,
      askedAs: article.askedAs,
      body: content,
    };
  });
}

export function makeIndex(pages: PageSource[]): SearchIndexContent {
  const problems = pages.flatMap((page) =>
    unknownAskedAsKeys(page).map(
      (key) => `${page.slug}: asked_as "${key}" is neither "page" nor a heading id of the page`,
    ),
  );
  if (problems.length > 0) throw new Error(`search-index: ${problems.join('\n')}`);
  const documents = withLinkText(pages.flatMap(searchDocuments), pages);
  const json = serializeIndex(buildIndex(documents));
  const hash = createHash('sha256').update(json).digest('hex').slice(0, 10);
  return { file: `assets/search-index-${hash}.json`, json, documents: documents.length };
}

export default function searchIndexPlugin(context: LoadContext): Plugin<SearchIndexContent> {
  const docsDir = join(context.siteDir, 'docs');
  return {
    name: 'search-index',

    getPathsToWatch: () => [join(docsDir, '**/*.{md,mdx}'), join(context.siteDir, 'data/*.json')],

    loadContent: () => makeIndex(readPages(docsDir)),

    async contentLoaded({ content, actions }) {
      await actions.createData(
        'search-index-url.json',
        JSON.stringify(`${context.baseUrl}${content.file}`),
      );
      actions.addRoute({
        path: `${context.baseUrl}search`,
        component: '@theme/SearchPage',
        exact: true,
      });
    },

    // The index is emitted by the browser bundle's compilation, so `docusaurus start` serves it too
    // and `docusaurus build` writes it into build/ with the other assets.
    configureWebpack(_config, isServer, _utils, content) {
      if (isServer || !content) return {};
      return {
        plugins: [
          {
            apply(compiler) {
              const { RawSource } = compiler.webpack.sources;
              compiler.hooks.thisCompilation.tap('search-index', (compilation) => {
                compilation.hooks.processAssets.tap(
                  {
                    name: 'search-index',
                    stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL,
                  },
                  () => compilation.emitAsset(content.file, new RawSource(content.json)),
                );
              });
            },
          },
        ],
      };
    },
  };
}
