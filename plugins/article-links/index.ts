/**
 * The article-links plugin: everything that makes our links ticket-ready, built from article front
 * matter, data/redirects.json and data/articles-registry.json (see linkData.ts).
 *
 * - Gives the agents' page its data: @generated/article-links/default/agents-page.json.
 * - After the build, writes build/articles.json (the article index for help-desk tools) and
 *   build/_redirects (real 301s on Netlify and Cloudflare Pages). The client-side redirect pages
 *   come from @docusaurus/plugin-client-redirects, fed from the same list in docusaurus.config.ts.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import {
  agentsPageData,
  buildArticleIndex,
  selectorResultsFromRoutes,
  type SiteAddress,
} from './articleIndex';
import { firstH1Text } from '../../tooling/site/html';
import {
  defaultLinkDataFiles,
  docsMismatches,
  LinkDataError,
  loadLinkData,
  type BuiltDoc,
  type LinkData,
} from './linkData';
import { redirectsFileText } from './redirects';

interface DocsContent {
  loadedVersions: { docs: BuiltDoc[] }[];
}

/** The built HTML file of a route, e.g. "/guides/x" -> build/guides/x.html. */
function htmlFileFor(outDir: string, route: string, baseUrl: string): string | undefined {
  const path = route.slice(baseUrl.length).replace(/\/$/, '');
  return [join(outDir, `${path}.html`), join(outDir, path, 'index.html')].find((file) =>
    existsSync(file),
  );
}

export default function articleLinksPlugin(context: LoadContext): Plugin<LinkData> {
  const files = defaultLinkDataFiles(context.siteDir);
  const site: SiteAddress = {
    title: context.siteConfig.title,
    url: context.siteConfig.url,
    baseUrl: context.baseUrl,
  };

  return {
    name: 'article-links',

    getPathsToWatch: () => [
      join(files.docsDir, '**/*.{md,mdx}'),
      files.redirectMapFile,
      files.registryFile,
    ],

    loadContent: () => loadLinkData(files),

    async contentLoaded({ content, actions }) {
      await actions.createData('agents-page.json', agentsPageData(content.articles));
    },

    allContentLoaded({ allContent }) {
      const docs = allContent['docusaurus-plugin-content-docs']?.default as DocsContent | undefined;
      const ours = allContent['article-links']?.default as LinkData | undefined;
      if (!docs || !ours) return;
      const problems = docsMismatches(
        ours.articles,
        docs.loadedVersions.flatMap((version) => version.docs),
        site.baseUrl,
      );
      if (problems.length > 0) throw new LinkDataError(problems);
    },

    async postBuild({ outDir, routesPaths, content }) {
      const titleOf = (route: string) => {
        const file = htmlFileFor(outDir, route, site.baseUrl);
        return file ? firstH1Text(readFileSync(file, 'utf8')) : undefined;
      };
      const index = buildArticleIndex(
        content.articles,
        site,
        selectorResultsFromRoutes(routesPaths, site, titleOf),
      );
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
