import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LoadContext } from '@docusaurus/types';
import { afterEach, describe, expect, it, vi } from 'vitest';
import articleLinksPlugin from './index';
import { outcomes } from '../../src/selector/model';
import type { LinkData } from './linkData';

/** A site folder with one article, and a build folder with one selector result page. */
function fixture() {
  const siteDir = mkdtempSync(join(tmpdir(), 'plugin-'));
  mkdirSync(join(siteDir, 'docs'));
  mkdirSync(join(siteDir, 'data'));
  writeFileSync(
    join(siteDir, 'docs', 'why.mdx'),
    '---\ntitle: Why\ndescription: Why photos go missing.\nslug: /why\narticle_id: 101\narticle_type: explainer\nlast_reviewed: 2026-11-26\napplies_to: [iOS 18]\nsources: [https://support.apple.com/en-us/102325]\n---\n## Causes {/* #causes */}\n',
  );
  writeFileSync(join(siteDir, 'data', 'redirects.json'), '[]');
  writeFileSync(join(siteDir, 'data', 'articles-registry.json'), '{"retired": []}');
  const outDir = join(siteDir, 'build');
  mkdirSync(outDir);
  const context = {
    siteDir,
    baseUrl: '/',
    siteConfig: { title: 'Photo Recovery Guide', url: 'https://photos.example.org' },
  } as unknown as LoadContext;
  return { context, outDir };
}

async function build(force: string) {
  vi.stubEnv('NETLIFY', force);
  const { context, outDir } = fixture();
  const plugin = articleLinksPlugin(context);
  const content = (await plugin.loadContent!()) as LinkData;
  await plugin.postBuild!({
    outDir,
    content,
  } as unknown as Parameters<NonNullable<typeof plugin.postBuild>>[0]);
  return outDir;
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('article-links plugin', () => {
  async function checkAgainstDocs(allContent: Record<string, unknown>) {
    const { context } = fixture();
    const plugin = articleLinksPlugin(context);
    const content = await plugin.loadContent!();
    const withOurs = { 'article-links': { default: content }, ...allContent };
    return () =>
      plugin.allContentLoaded!({ allContent: withOurs, actions: {} } as unknown as Parameters<
        NonNullable<typeof plugin.allContentLoaded>
      >[0]);
  }
  const docs = (permalink: string) => ({
    'docusaurus-plugin-content-docs': {
      default: { loadedVersions: [{ docs: [{ source: '@site/docs/why.mdx', permalink }] }] },
    },
  });

  it('agrees with the docs plugin, or stops the build', async () => {
    expect(await checkAgainstDocs(docs('/why'))).not.toThrow();
    expect(await checkAgainstDocs(docs('/other'))).toThrow(
      /docs\/why.mdx is published at \/other, but its slug says \/why/,
    );
  });

  it("stops the build when it cannot find the docs plugin's content, instead of skipping the check", async () => {
    expect(await checkAgainstDocs({})).toThrow(
      /allContent\["docusaurus-plugin-content-docs"\]\.default is missing/,
    );
  });

  it('writes articles.json with the articles and the selector results, titled by the model', async () => {
    const outDir = await build('');
    const index = JSON.parse(readFileSync(join(outDir, 'articles.json'), 'utf8'));
    expect(index.articles.map((a: { id: number }) => a.id)).toEqual([101]);
    expect(index.selectorResults).toHaveLength(outcomes.length);
    expect(index.selectorResults).toContainEqual({
      outcome: 'wait-for-restore',
      title: 'Let the restore finish: keep your iPhone on Wi-Fi and charging',
      url: 'https://photos.example.org/which-option/result/wait-for-restore',
    });
  });

  it('writes _redirects with plain 301s, forced only when Netlify builds the site', async () => {
    expect(readFileSync(join(await build(''), '_redirects'), 'utf8')).toContain(
      '\n/kb/101 /why 301\n',
    );
    expect(readFileSync(join(await build('true'), '_redirects'), 'utf8')).toContain(
      '\n/kb/101 /why 301!\n',
    );
  });
});
