import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractHeadings, headingText, parseArticle, readArticles } from './articles';
import { docFiles } from './docsPages';

const frontMatter = `---
title: 'FAQ: photos after a restore'
description: Short answers about photos after a restore.
slug: /faq/after-a-restore
article_id: 121
article_type: faq
last_reviewed: 2026-11-26
applies_to: [iOS 18]
sources: ['https://support.apple.com/en-us/102325']
keywords: [restore, blurry]
---
`;

describe('headingText', () => {
  it('turns heading markdown into the text readers see', () => {
    expect(headingText('Why are my photos **blurry**? {/* #photos-blurry */}')).toBe(
      'Why are my photos blurry?',
    );
    expect(headingText('Use [iCloud.com](https://www.icloud.com) or `Photos`')).toBe(
      'Use iCloud.com or Photos',
    );
    expect(headingText('Open <SettingsPath path="Settings > Photos" /> first')).toBe(
      'Open Settings > Photos first',
    );
    expect(headingText('On iOS 17 *and* later, keep file_names &amp; dates')).toBe(
      'On iOS 17 and later, keep file_names & dates',
    );
  });
});

describe('extractHeadings', () => {
  it('reads ## and ### headings with their explicit ids, skipping code blocks', () => {
    const body = [
      '## When this works {/* #when-this-works */}',
      'Text.',
      '```md',
      '## Not a heading {/* #in-code */}',
      '```',
      '### On iOS 18 {/* #ios-18 */}',
      '#### Deeper headings are not checked',
    ].join('\n');
    expect(extractHeadings(body, 'a.mdx')).toEqual({
      headings: [
        { level: 2, anchor: 'when-this-works', text: 'When this works' },
        { level: 3, anchor: 'ios-18', text: 'On iOS 18' },
      ],
      problems: [],
    });
  });

  it('reports headings without an id, with the old {#id} form, and duplicate ids, with line numbers', () => {
    const body = [
      '## No id here',
      '## Old form {#old-form}',
      '## Fine {/* #fine */}',
      '### Again {/* #fine */}',
    ].join('\n');
    expect(extractHeadings(body, 'faq/x.mdx', 10).problems).toEqual([
      'faq/x.mdx:10: "## No id here" has no explicit id; add one, e.g. {/* #short-stable-id */}.',
      'faq/x.mdx:11: "## Old form {#old-form}" uses the old {#id} form, which is off; write {/* #id */}.',
      'faq/x.mdx:13: the id "fine" is used twice on this page.',
    ]);
  });
});

describe('parseArticle', () => {
  it('reads the front matter and headings of a valid page', () => {
    const { article, problems } = parseArticle(
      'faq/after-a-restore.mdx',
      `${frontMatter}\n## Why are my photos blurry? {/* #photos-blurry */}\n\nThey are still downloading.\n`,
    );
    expect(problems).toEqual([]);
    expect(article).toEqual({
      file: 'faq/after-a-restore.mdx',
      id: 121,
      type: 'faq',
      title: 'FAQ: photos after a restore',
      description: 'Short answers about photos after a restore.',
      slug: '/faq/after-a-restore',
      lastReviewed: '2026-11-26',
      keywords: ['restore', 'blurry'],
      askedAs: {},
      headings: [{ level: 2, anchor: 'photos-blurry', text: 'Why are my photos blurry?' }],
    });
  });

  it('reads asked_as, whose keys must be "page" or a heading id of the page', () => {
    const page = (askedAs: string) =>
      `${frontMatter.replace('---\n', `---\nasked_as:\n${askedAs}`)}\n## Blurry? {/* #photos-blurry */}\n`;
    const valid = parseArticle(
      'f.mdx',
      page('  page: [my photos are gone]\n  photos-blurry: [why is everything blurry]\n'),
    );
    expect(valid.problems).toEqual([]);
    expect(valid.article?.askedAs).toEqual({
      page: ['my photos are gone'],
      'photos-blurry': ['why is everything blurry'],
    });
    expect(parseArticle('f.mdx', page('  photos-fuzzy: [why]\n')).problems).toEqual([
      'f.mdx: front matter "asked_as" key "photos-fuzzy" is neither "page" nor the id of a heading on this page.',
    ]);
    expect(parseArticle('f.mdx', page('  page: []\n')).problems).toEqual([
      'f.mdx: front matter "asked_as.page" lists no phrasing',
    ]);
  });

  it('counts line numbers from the top of the file', () => {
    const { problems } = parseArticle('x.mdx', `${frontMatter}\n## Missing id\n`);
    expect(problems).toEqual([
      'x.mdx:13: "## Missing id" has no explicit id; add one, e.g. {/* #short-stable-id */}.',
    ]);
  });

  it('reports front matter that is not valid YAML', () => {
    expect(parseArticle('y.mdx', '---\ntitle: FAQ: broken\n---\n').problems[0]).toMatch(
      /^y\.mdx: the front matter is not valid YAML/,
    );
  });

  it('lists every missing or malformed front matter field', () => {
    const { article, problems } = parseArticle(
      'bad.mdx',
      '---\ntitle: Bad\narticle_id: "104"\narticle_type: blog\nslug: guides/x\nlast_reviewed: soon\n---\nText\n',
    );
    expect(article).toBeUndefined();
    expect(problems).toEqual([
      'bad.mdx: front matter "description" is missing.',
      'bad.mdx: front matter "slug" must be a path such as /guides/computer-backup (lower-case words and dashes, not ending in "/"), not "guides/x".',
      'bad.mdx: front matter "article_id" must be a positive whole number, not "104".',
      'bad.mdx: front matter "article_type" must be one of guide, explainer, checklist, prevention, faq, glossary, overview, selector, selector-logic, agents, not "blog".',
      'bad.mdx: front matter "last_reviewed" must be a date such as 2026-11-26, not "soon".',
      'bad.mdx: front matter "applies_to" is missing.',
      'bad.mdx: front matter "sources" is missing.',
    ]);
  });
});

describe('readArticles', () => {
  it('reads every page in docs/, sorted by ID, skipping partials and drafts', () => {
    const docs = mkdtempSync(join(tmpdir(), 'docs-'));
    mkdirSync(join(docs, 'faq'));
    mkdirSync(join(docs, '_partials'));
    writeFileSync(join(docs, 'faq', 'after-a-restore.mdx'), frontMatter);
    writeFileSync(
      join(docs, 'why.md'),
      frontMatter
        .replace('121', '101')
        .replace('/faq/after-a-restore', '/why')
        .replace('faq', 'explainer'),
    );
    writeFileSync(join(docs, '_partials', '_save-first.mdx'), '## Partial');
    writeFileSync(join(docs, 'draft.mdx'), '---\ndraft: true\n---\n## No id');
    expect(docFiles(docs)).toEqual(['draft.mdx', 'faq/after-a-restore.mdx', 'why.md']);
    const { articles, problems } = readArticles(docs);
    expect(problems).toEqual([]);
    expect(articles.map((article) => [article.id, article.slug])).toEqual([
      [101, '/why'],
      [121, '/faq/after-a-restore'],
    ]);
  });
});
