import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LoadContext } from '@docusaurus/types';
import { afterEach, describe, expect, it, vi } from 'vitest';
import articleLinksPlugin from './index';
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
  mkdirSync(join(outDir, 'which-option', 'result'), { recursive: true });
  writeFileSync(
    join(outDir, 'which-option', 'result', 'wait.html'),
    '<html><body><h1 class=x>Wait for iCloud Photos</h1></body></html>',
  );
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
    routesPaths: ['/', '/why', '/which-option/result/wait'],
  } as unknown as Parameters<NonNullable<typeof plugin.postBuild>>[0]);
  return outDir;
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('article-links plugin', () => {
  it('writes articles.json with the articles and the selector results, titled from their pages', async () => {
    const outDir = await build('');
    const index = JSON.parse(readFileSync(join(outDir, 'articles.json'), 'utf8'));
    expect(index.articles.map((a: { id: number }) => a.id)).toEqual([101]);
    expect(index.selectorResults).toEqual([
      {
        outcome: 'wait',
        title: 'Wait for iCloud Photos',
        url: 'https://photos.example.org/which-option/result/wait',
      },
    ]);
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
