/**
 * Checks over the production build in build/ (no browser needed): the published-URL ledger,
 * articles.json against its schema and against the built pages, and the proof that the ledger
 * catches a renamed page until a redirect is added.
 */
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { expect, test } from '@playwright/test';
import { readArticles } from '../tooling/content/articles';
import { firstH1Text, headingTextById, textOf } from '../tooling/site/html';
import {
  appendToLedger,
  checkLedger,
  ledgerFile,
  loadBuild,
  parseLedger,
  publishedUrls,
} from '../scripts/ledger';

test.describe('the published-URL ledger', () => {
  test('every listed URL still resolves, and every published URL is listed', () => {
    const { site, index } = loadBuild('build');
    const ledger = parseLedger(readFileSync(ledgerFile, 'utf8'));
    expect(checkLedger(ledger, site, publishedUrls(site, index))).toEqual([]);
  });

  test('lists every FAQ answer and section anchor of every article', () => {
    const { index } = loadBuild('build');
    const ledger = new Set(parseLedger(readFileSync(ledgerFile, 'utf8')));
    const root = index.site.url;
    const anchors = index.articles.flatMap((article) =>
      [...article.answers, ...article.sections].map((part) => `/${part.url.slice(root.length)}`),
    );
    expect(anchors.length).toBeGreaterThan(0);
    expect(anchors.filter((url) => !ledger.has(url))).toEqual([]);
  });
});

test.describe('articles.json', () => {
  const index = JSON.parse(readFileSync('build/articles.json', 'utf8'));

  test('matches its JSON Schema', () => {
    const ajv = new Ajv2020({ allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync('schemas/articles.schema.json', 'utf8')));
    expect(validate(index), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  test('lists every article in docs/, with the title and headings readers see on the page', () => {
    const { site, index: built } = loadBuild('build');
    const sources = readArticles('docs').articles;
    expect(built.articles.map((article) => article.id)).toEqual(sources.map((a) => a.id));
    const root = built.site.url;
    for (const article of built.articles) {
      const file = site.pages.get(`/${article.url.slice(root.length)}`);
      expect(file, `${article.url} is a built page`).toBeDefined();
      const html = readFileSync(file!, 'utf8');
      expect(firstH1Text(html)).toBe(article.title);
      expect(textOf(html)).toContain(`Article ${article.id}`);
      for (const answer of article.answers)
        expect(headingTextById(html, answer.anchor), answer.url).toBe(answer.question);
      for (const section of article.sections)
        expect(headingTextById(html, section.anchor), section.url).toBe(section.heading);
    }
  });
});

/** Every top-level entry of the project except what the build makes and node_modules (linked). */
function copyProject(): string {
  const skip = new Set([
    'node_modules',
    'build',
    '.docusaurus',
    '.git',
    'reports',
    'test-results',
    'playwright-report',
  ]);
  const work = mkdtempSync(join(tmpdir(), 'ledger-proof-'));
  for (const entry of readdirSync('.')) {
    if (!skip.has(entry)) cpSync(entry, join(work, entry), { recursive: true });
  }
  symlinkSync(resolve('node_modules'), join(work, 'node_modules'), 'dir');
  return work;
}

function build(work: string) {
  rmSync(join(work, 'build'), { recursive: true, force: true });
  execFileSync(process.execPath, [resolve('node_modules/.bin/docusaurus'), 'build'], {
    cwd: work,
    stdio: 'pipe',
    env: { ...process.env, NETLIFY: '' },
  });
}

/** Changes a page's slug the way a writer would: the front matter and every link to it. */
function renamePage(work: string, articleId: number, newSlug: string): string {
  const source = readArticles(join(work, 'docs')).articles.find((a) => a.id === articleId)!;
  const oldSlug = source.slug;
  const linkTo = new RegExp(`(['"(])${oldSlug.replace(/[/-]/g, '\\$&')}(?=[)#'"?\\s])`, 'g');
  const files = [
    'docusaurus.config.ts',
    ...['docs', 'src'].flatMap((dir) =>
      readdirSync(join(work, dir), { recursive: true, encoding: 'utf8' }).map((f) => join(dir, f)),
    ),
  ].filter((file) => /\.(mdx?|tsx?)$/.test(file));
  for (const file of files) {
    const path = join(work, file);
    const text = readFileSync(path, 'utf8');
    const renamed = text
      .replace(new RegExp(`^slug: ${oldSlug}$`, 'm'), (line) =>
        file === join('docs', source.file) ? `slug: ${newSlug}` : line,
      )
      .replace(linkTo, `$1${newSlug}`);
    if (renamed !== text) writeFileSync(path, renamed);
  }
  return oldSlug;
}

test.describe('the ledger catches a renamed page', () => {
  test.describe.configure({ timeout: 300_000 });

  test('until the redirect is added to data/redirects.json', () => {
    const { site: realSite, index } = loadBuild('build');
    // Start from a ledger that lists exactly what the real build publishes.
    const ledger = publishedUrls(realSite, index);
    const article =
      index.articles.find((a) => a.type === 'guide') ??
      index.articles.find((a) => a.sections.length > 0)!;
    const work = copyProject();
    try {
      const oldSlug = renamePage(work, article.id, '/renamed-for-the-ledger-test');
      const oldAnchors = ledger.filter((url) => url.startsWith(`${oldSlug}#`));
      expect(oldAnchors.length).toBeGreaterThan(0);

      // 1. Renamed, no redirect: the old address and all its anchors break.
      build(work);
      const broken = loadBuild(join(work, 'build'));
      const problems = checkLedger(ledger, broken.site, publishedUrls(broken.site, broken.index));
      expect(problems).toContain(`${oldSlug}: no longer resolves: ${oldSlug} does not exist`);
      for (const url of oldAnchors)
        expect(problems).toContain(`${url}: no longer resolves: ${oldSlug} does not exist`);
      expect(problems).toContain(
        '/renamed-for-the-ledger-test: published by the build but not in ledger/published-urls.txt; run npm run ledger:update',
      );

      // 2. The redirect is added to the map: every old address leads to the new page again.
      writeFileSync(
        join(work, 'data', 'redirects.json'),
        JSON.stringify([
          {
            from: oldSlug,
            to: '/renamed-for-the-ledger-test',
            since: '2026-11-26',
            reason: 'Ledger test: a renamed page',
          },
        ]),
      );
      build(work);
      const fixed = loadBuild(join(work, 'build'));
      const published = publishedUrls(fixed.site, fixed.index);
      expect(
        checkLedger(ledger, fixed.site, published).filter((p) => !p.includes('not in ledger')),
      ).toEqual([]);
      // 3. npm run ledger:update appends the new address; nothing else is left to fix.
      const updated = parseLedger(appendToLedger(ledger.join('\n'), published, '2026-11-26').text);
      expect(checkLedger(updated, fixed.site, published)).toEqual([]);
      expect(updated.slice(0, ledger.length)).toEqual(ledger);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
