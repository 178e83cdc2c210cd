import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../tooling/content/articles';
import { defaultLinkDataFiles, docsMismatches, LinkDataError, loadLinkData } from './linkData';

function site(pages: Record<string, string>, redirects: unknown = [], retired: unknown[] = []) {
  const dir = mkdtempSync(join(tmpdir(), 'site-'));
  mkdirSync(join(dir, 'docs'));
  mkdirSync(join(dir, 'data'));
  for (const [file, text] of Object.entries(pages)) writeFileSync(join(dir, 'docs', file), text);
  writeFileSync(join(dir, 'data', 'redirects.json'), JSON.stringify(redirects));
  writeFileSync(join(dir, 'data', 'articles-registry.json'), JSON.stringify({ retired }));
  return defaultLinkDataFiles(dir);
}

const page = (id: number, slug: string) =>
  `---\ntitle: Page ${id}\ndescription: About ${id}.\nslug: ${slug}\narticle_id: ${id}\narticle_type: guide\nlast_reviewed: 2026-11-26\napplies_to: [iOS 18]\nsources: [https://support.apple.com/en-us/102325]\n---\n## Steps {/* #steps */}\n`;

describe('loadLinkData', () => {
  it('loads articles and their redirects from docs/ and data/', () => {
    const data = loadLinkData(
      site({ 'a.mdx': page(102, '/guides/a'), 'b.mdx': page(103, '/guides/b') }, [
        { from: '/guides/old-a', to: '/guides/a', since: '2026-11-26', reason: 'Renamed' },
      ]),
    );
    expect(data.articles.map((article) => article.id)).toEqual([102, 103]);
    expect(data.redirects.map(({ from, to }) => `${from} ${to}`)).toEqual([
      '/kb/102 /guides/a',
      '/kb/103 /guides/b',
      '/guides/old-a /guides/a',
    ]);
  });

  it('stops with every problem at once', () => {
    const files = site(
      { 'a.mdx': page(102, '/guides/a'), 'b.mdx': page(102, '/guides/b').replace('#steps', '') },
      [{ from: '/guides/a', to: '/guides/b', since: '2026-11-26', reason: 'x' }],
    );
    expect(() => loadLinkData(files)).toThrow(LinkDataError);
    try {
      loadLinkData(files);
    } catch (error) {
      expect((error as LinkDataError).problems).toEqual([
        'b.mdx:11: "## Steps {/*  */}" has no explicit id; add one, e.g. {/* #short-stable-id */}.',
        'data/redirects.json: /guides/a is the address of a live page; a redirect there would hide it.',
      ]);
    }
  });
});

describe('docsMismatches', () => {
  const article = { file: 'guides/a.mdx', slug: '/guides/a' } as Article;

  it('accepts docs published where their slug says', () => {
    expect(
      docsMismatches(
        [article],
        [{ source: '@site/docs/guides/a.mdx', permalink: '/help/guides/a' }],
        '/help/',
      ),
    ).toEqual([]);
  });

  it('reports a doc at another address, a doc we did not read, and an article not published', () => {
    expect(
      docsMismatches(
        [article, { file: 'gone.mdx', slug: '/gone' } as Article],
        [
          { source: '@site/docs/guides/a.mdx', permalink: '/guides/a-2' },
          { source: '@site/docs/extra.md', permalink: '/extra' },
        ],
        '/',
      ),
    ).toEqual([
      'docs/guides/a.mdx is published at /guides/a-2, but its slug says /guides/a.',
      'docs/extra.md is published but is not an article (see its front matter).',
      'docs/gone.mdx has article data but the docs plugin did not publish it.',
    ]);
  });
});
