import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AllContent } from '@docusaurus/types';
import { describe, expect, it } from 'vitest';
import { docsPluginName, pluginContent, publishedDocs } from './docsPluginContent';

const doc = { source: '@site/docs/why.mdx', permalink: '/why', title: 'Why' };

describe('publishedDocs', () => {
  it('reads source and permalink of every doc of every version', () => {
    const allContent = {
      [docsPluginName]: { default: { loadedVersions: [{ docs: [doc] }, { docs: [] }] } },
    } as unknown as AllContent;
    expect(publishedDocs(allContent)).toEqual([{ source: doc.source, permalink: '/why' }]);
  });

  it('fails with a message naming the change when the content is not where it was', () => {
    expect(() => publishedDocs({} as AllContent)).toThrow(
      /allContent\["docusaurus-plugin-content-docs"\]\.default is missing.*UPGRADING\.md/,
    );
    expect(() =>
      publishedDocs({ [docsPluginName]: { default: { versions: [] } } } as unknown as AllContent),
    ).toThrow(/no loadedVersions list/);
    expect(() =>
      publishedDocs({
        [docsPluginName]: { default: { loadedVersions: [{ docs: [{ id: 'why' }] }] } },
      } as unknown as AllContent),
    ).toThrow(/no string source and permalink/);
    expect(() => pluginContent({} as AllContent, 'article-links')).toThrow(/"article-links"/);
  });

  it('matches the installed docs plugin: its name is still the key we read', () => {
    const require = createRequire(import.meta.url);
    const source = readFileSync(require.resolve('@docusaurus/plugin-content-docs'), 'utf8');
    expect(
      source,
      `@docusaurus/plugin-content-docs is no longer named "${docsPluginName}": update tooling/docusaurus/docsPluginContent.ts`,
    ).toContain(`name: '${docsPluginName}'`);
  });
});
