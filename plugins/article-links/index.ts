/**
 * The article-links plugin: everything that makes our links ticket-ready, built from article front
 * matter, data/redirects.json and data/articles-registry.json (see linkData.ts). This file only
 * wires the pure functions of ./articleIndex.ts, ./linkData.ts and ./redirects.ts into Docusaurus.
 *
 * - Gives the agents' page its data (see agentsPageData) the documented way: createData writes it,
 *   and the bundler resolves `@article-links/agents-page` to the file createData returned, so only
 *   the page that shows the list loads it (global data would reach every page's JavaScript).
 * - Checks that its reading of docs/ agrees with the docs plugin's, and stops the build if it does
 *   not, or if it cannot tell (tooling/docusaurus/docsPluginContent.ts).
 * - After the build, writes build/articles.json (the article index for help-desk tools) and
 *   build/_redirects (real 301s on Netlify and Cloudflare Pages). The client-side redirect pages
 *   come from @docusaurus/plugin-client-redirects, fed from the same list in docusaurus.config.ts.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { pluginContent, publishedDocs } from '../../tooling/docusaurus/docsPluginContent';
import {
  agentsPageData,
  buildArticleIndex,
  selectorResults,
  type SiteAddress,
} from './articleIndex';
import {
  defaultLinkDataFiles,
  docsMismatches,
  LinkDataError,
  loadLinkData,
  type LinkData,
} from './linkData';
import { redirectsFileText } from './redirects';

export const pluginName = 'article-links';

/** The module src/components/ArticleIndex imports the agents' page data from (see agentsPageModule.d.ts). */
export const agentsPageModule = '@article-links/agents-page';

export default function articleLinksPlugin(context: LoadContext): Plugin<LinkData> {
  const files = defaultLinkDataFiles(context.siteDir);
  const site: SiteAddress = {
    title: context.siteConfig.title,
    url: context.siteConfig.url,
    baseUrl: context.baseUrl,
  };

  let agentsPageFile: string | undefined;

  return {
    name: pluginName,

    getPathsToWatch: () => [
      join(files.docsDir, '**/*.{md,mdx}'),
      files.redirectMapFile,
      files.registryFile,
    ],

    loadContent: () => loadLinkData(files),

    async contentLoaded({ content, actions }) {
      agentsPageFile = await actions.createData(
        'agents-page.json',
        JSON.stringify(agentsPageData(content.articles)),
      );
    },

    configureWebpack() {
      if (!agentsPageFile)
        throw new Error(
          'article-links: the agents page data must exist before the bundler starts.',
        );
      return { resolve: { alias: { [agentsPageModule]: agentsPageFile } } };
    },

    allContentLoaded({ allContent }) {
      const ours = pluginContent(allContent, pluginName) as LinkData;
      const problems = docsMismatches(ours.articles, publishedDocs(allContent), site.baseUrl);
      if (problems.length > 0) throw new LinkDataError(problems);
    },

    async postBuild({ outDir, content }) {
      const index = buildArticleIndex(content.articles, site, selectorResults(site));
      writeFileSync(join(outDir, 'articles.json'), `${JSON.stringify(index, null, 2)}\n`);
      writeFileSync(
        join(outDir, '_redirects'),
        redirectsFileText(content.redirects, site.baseUrl, {
          force: process.env.NETLIFY === 'true',
        }),
      );
    },
  };
}
