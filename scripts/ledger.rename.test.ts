/**
 * The proof that the ledger catches a renamed page until the redirect is added, on a small project
 * instead of a copy of the whole site built twice. The fixture "build" is written by the same code
 * the real build uses for everything the ledger reads: the article data and headings
 * (tooling/content), articles.json and _redirects (plugins/article-links), and the client-side
 * redirect pages (rendered by @docusaurus/plugin-client-redirects itself). Only the article pages'
 * HTML is a stand-in: a title and the heading ids. e2e/published-urls.spec.ts checks the real build
 * against the real ledger.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildArticleIndex } from '../plugins/article-links/articleIndex';
import { defaultLinkDataFiles, loadLinkData } from '../plugins/article-links/linkData';
import { redirectsFileText } from '../plugins/article-links/redirects';
import { clientRedirectFiles } from '../tooling/docusaurus/clientRedirects';
import { appendToLedger, checkLedger, loadBuild, parseLedger, publishedUrls } from './ledger';

const site = { title: 'Site', url: 'https://photos.example.org', baseUrl: '/' };

const frontMatter = (fields: string) =>
  `---\n${fields}\ndescription: One sentence about this page for the tests.\nlast_reviewed: 2026-11-26\napplies_to: [iOS 18]\nsources: [https://support.apple.com/en-us/102325]\n---\n`;

/** A project with a home page, a guide with sections and an FAQ page. */
function fixtureProject(): string {
  const project = mkdtempSync(join(tmpdir(), 'ledger-rename-'));
  const write = (file: string, text: string) => {
    mkdirSync(dirname(join(project, file)), { recursive: true });
    writeFileSync(join(project, file), text);
  };
  write(
    'docs/index.mdx',
    `${frontMatter('title: Home\nslug: /\narticle_id: 101\narticle_type: overview')}Start here.\n`,
  );
  write(
    'docs/guides/computer-backup.mdx',
    `${frontMatter('title: Restore from a computer backup\nslug: /guides/computer-backup\narticle_id: 105\narticle_type: guide')}` +
      '## Steps {/* #steps */}\n\n### On a Mac {/* #mac */}\n\nText.\n',
  );
  write(
    'docs/faq.mdx',
    `${frontMatter("title: 'FAQ: photos after a restore'\nslug: /faq\narticle_id: 121\narticle_type: faq")}` +
      '## Why are my photos blurry? {/* #photos-blurry */}\n\nThey are still downloading.\n',
  );
  write('data/redirects.json', '[]');
  write('data/articles-registry.json', '{ "retired": [] }');
  return project;
}

/** Writes build/ the way `docusaurus build` and our plugins would, for what the ledger reads. */
function build(project: string): string {
  const outDir = join(project, 'build');
  rmSync(outDir, { recursive: true, force: true });
  const { articles, redirects } = loadLinkData(defaultLinkDataFiles(project));
  const write = (file: string, text: string) => {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  };
  for (const article of articles) {
    const headings = article.headings
      .map((h) => `<h${h.level} id=${h.anchor}>${h.text}</h${h.level}>`)
      .join('');
    const file = article.slug === '/' ? 'index.html' : `${article.slug.slice(1)}.html`;
    write(
      join(outDir, file),
      `<html><body><p>Article ${article.id}</p><h1>${article.title}</h1>${headings}</body></html>`,
    );
  }
  write(join(outDir, 'articles.json'), JSON.stringify(buildArticleIndex(articles, site, [])));
  write(join(outDir, '_redirects'), redirectsFileText(redirects, site.baseUrl));
  const redirectPages = clientRedirectFiles({
    routesPaths: articles.map((article) => article.slug),
    baseUrl: site.baseUrl,
    outDir,
    siteConfig: { trailingSlash: false } as never,
    plugins: [
      {
        name: 'docusaurus-plugin-client-redirects',
        options: {
          id: 'default',
          fromExtensions: [],
          toExtensions: [],
          redirects: redirects.map(({ from, to }) => ({ from, to })),
        },
      } as never,
    ],
  });
  for (const page of redirectPages) write(page.fileAbsolutePath, page.fileContent);
  return outDir;
}

/** Changes a page's slug the way a writer would: its front matter. */
function renamePage(project: string, file: string, newSlug: string) {
  const path = join(project, 'docs', file);
  writeFileSync(path, readFileSync(path, 'utf8').replace(/^slug: .*$/m, `slug: ${newSlug}`));
}

describe('the ledger catches a renamed page', () => {
  const project = fixtureProject();
  afterAll(() => rmSync(project, { recursive: true, force: true }));

  it('until the redirect is added to data/redirects.json', () => {
    // Start from a ledger that lists exactly what the first build publishes.
    const first = loadBuild(build(project));
    const ledger = publishedUrls(first.site, first.index);
    expect(checkLedger(ledger, first.site, ledger)).toEqual([]);
    const oldSlug = '/guides/computer-backup';
    const oldAnchors = ledger.filter((url) => url.startsWith(`${oldSlug}#`));
    expect(oldAnchors).toEqual([`${oldSlug}#steps`, `${oldSlug}#mac`]);

    // 1. Renamed, no redirect: the old address and all its anchors break.
    renamePage(project, 'guides/computer-backup.mdx', '/renamed-for-the-ledger-test');
    const broken = loadBuild(build(project));
    const problems = checkLedger(ledger, broken.site, publishedUrls(broken.site, broken.index));
    expect(problems).toContain(`${oldSlug}: no longer resolves: ${oldSlug} does not exist`);
    for (const url of oldAnchors)
      expect(problems).toContain(`${url}: no longer resolves: ${oldSlug} does not exist`);
    expect(problems).toContain(
      '/renamed-for-the-ledger-test: published by the build but not in ledger/published-urls.txt; run npm run ledger:update',
    );

    // 2. The redirect is added to the map: every old address leads to the new page again.
    writeFileSync(
      join(project, 'data', 'redirects.json'),
      JSON.stringify([
        {
          from: oldSlug,
          to: '/renamed-for-the-ledger-test',
          since: '2026-11-26',
          reason: 'Ledger test: a renamed page',
        },
      ]),
    );
    const fixed = loadBuild(build(project));
    const published = publishedUrls(fixed.site, fixed.index);
    expect(fixed.site.clientRedirects.get(oldSlug)).toBe('/renamed-for-the-ledger-test');
    expect(fixed.site.serverRedirects.get(oldSlug)).toBe('/renamed-for-the-ledger-test');
    expect(
      checkLedger(ledger, fixed.site, published).filter((p) => !p.includes('not in ledger')),
    ).toEqual([]);

    // 3. npm run ledger:update appends the new address; nothing else is left to fix.
    const updated = parseLedger(appendToLedger(ledger.join('\n'), published, '2026-11-26').text);
    expect(checkLedger(updated, fixed.site, published)).toEqual([]);
    expect(updated.slice(0, ledger.length)).toEqual(ledger);
  });
});
