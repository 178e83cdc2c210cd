/**
 * Fence around a Docusaurus internal: the docs plugin's loaded content, as other plugins see it in
 * `allContentLoaded({ allContent })`. plugins/article-links compares it with its own reading of docs/.
 * What we rely on: the docs plugin is named "docusaurus-plugin-content-docs", its content sits under
 * `allContent[name].default`, and it has `loadedVersions[].docs[]` with `source` and `permalink`.
 * Anything else fails the build with a message that says what changed (see UPGRADING.md).
 */
import type { LoadedContent } from '@docusaurus/plugin-content-docs';
import type { AllContent } from '@docusaurus/types';

export const docsPluginName = 'docusaurus-plugin-content-docs';

/** What the docs plugin published for one doc, reduced to what we compare. */
export interface PublishedDoc {
  /** e.g. "@site/docs/guides/computer-backup.mdx" */
  source: string;
  permalink: string;
}

// Compile-time side of the fence: `npm run typecheck` fails if the docs plugin's types drop these.
type DocMetadata = LoadedContent['loadedVersions'][number]['docs'][number];
export type DocsPluginStillHasSourceAndPermalink = Pick<DocMetadata, 'source' | 'permalink'>;

class DocusaurusChangedError extends Error {
  constructor(what: string) {
    super(
      `${what}. @docusaurus/plugin-content-docs no longer looks the way tooling/docusaurus/docsPluginContent.ts expects: see UPGRADING.md.`,
    );
    this.name = 'DocusaurusChangedError';
  }
}

/** The content a plugin loaded, by plugin name; throws when it is not where Docusaurus used to put it. */
export function pluginContent(allContent: AllContent, pluginName: string): unknown {
  const content = allContent[pluginName]?.default;
  if (content === undefined)
    throw new DocusaurusChangedError(
      `allContent["${pluginName}"].default is missing (plugins with content: ${Object.keys(allContent).join(', ')})`,
    );
  return content;
}

/** Every doc the docs plugin publishes, with its source file and permalink. */
export function publishedDocs(allContent: AllContent): PublishedDoc[] {
  const content = pluginContent(allContent, docsPluginName) as Partial<LoadedContent>;
  if (!Array.isArray(content.loadedVersions))
    throw new DocusaurusChangedError('The docs plugin content has no loadedVersions list');
  return content.loadedVersions.flatMap((version) => {
    if (!Array.isArray(version.docs))
      throw new DocusaurusChangedError('A loaded docs version has no docs list');
    return version.docs.map((doc) => {
      if (typeof doc.source !== 'string' || typeof doc.permalink !== 'string')
        throw new DocusaurusChangedError('A loaded doc has no string source and permalink');
      return { source: doc.source, permalink: doc.permalink };
    });
  });
}
