import { describe, expect, it } from 'vitest';
import { readArticles } from '../../tooling/content/articles';
import { loadDocsPages, slugForFile } from '../../tooling/content/docsPages';
import { frontMatterProblems } from '../../tooling/content/frontMatter';
import { newSourceUrls } from '../../tooling/content/mdxText';

const pages = loadDocsPages();
const today = new Date().toISOString().slice(0, 10);

describe('front matter of every page in docs/', () => {
  it('finds the pages', () => {
    expect(pages.length).toBeGreaterThan(0);
  });

  it.each(pages.map((page) => [page.file, page] as const))(
    '%s has complete front matter',
    (_file, page) => {
      const problems = frontMatterProblems({
        data: page.data,
        newSources: newSourceUrls(page.body),
        today,
      });
      expect(problems).toEqual([]);
    },
  );

  it.each(pages.map((page) => [page.file, page] as const))(
    '%s lives at the path its slug names',
    (file, page) => {
      expect(page.data.slug).toBe(slugForFile(file));
    },
  );

  it('reads every page as an article, as the build does (headings, ids, asked_as keys)', () => {
    expect(readArticles('docs').problems).toEqual([]);
  });

  it('gives every page its own article id and slug', () => {
    const ids = pages.map((page) => page.data.article_id);
    const slugs = pages.map((page) => page.data.slug);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    expect(slugs.filter((slug, i) => slugs.indexOf(slug) !== i)).toEqual([]);
  });
});
