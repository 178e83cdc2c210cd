/**
 * Checks over the production build in build/ (no browser needed): the published-URL ledger and
 * articles.json against its schema and against the built pages. The proof that the ledger catches a
 * renamed page until a redirect is added runs on a small project: scripts/ledger.rename.test.ts.
 */
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { expect, test } from './test';
import { readArticles } from '../tooling/content/articles';
import { firstH1Text, headingTextById, textOf } from '../tooling/site/html';
import { checkLedger, ledgerFile, loadBuild, parseLedger, publishedUrls } from '../scripts/ledger';

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

  test('lists every selector result with the title its built page shows', () => {
    const { site, index: built } = loadBuild('build');
    const root = built.site.url;
    const resultPages = [...site.pages.keys()].filter((path) =>
      path.startsWith('/which-option/result/'),
    );
    expect(built.selectorResults.map((result) => `/${result.url.slice(root.length)}`)).toEqual(
      resultPages.sort(),
    );
    for (const result of built.selectorResults) {
      const file = site.pages.get(`/${result.url.slice(root.length)}`)!;
      expect(firstH1Text(readFileSync(file, 'utf8')), result.url).toBe(result.title);
    }
  });
});
