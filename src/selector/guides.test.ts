import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { guides, type GuideLink } from './guides';
import { outcomes, questions } from './model';

const docsDir = join(import.meta.dirname, '..', '..', 'docs');

interface DocPage {
  file: string;
  slug?: string;
  articleId?: number;
  body: string;
}

function docPages(dir = docsDir): DocPage[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return docPages(path);
    if (!entry.name.endsWith('.mdx') || entry.name.startsWith('_')) return [];
    const { data, content } = matter(readFileSync(path, 'utf8'));
    return [
      { file: relative(docsDir, path), slug: data.slug, articleId: data.article_id, body: content },
    ];
  });
}

/** Every guide link the selector can show: plans, warnings, "if none works" and answer notes. */
function linksUsed(): GuideLink[] {
  const notes = [
    ...outcomes.flatMap((o) => [...o.warnings, o.ifNoneWorks]),
    ...questions.flatMap((q) => q.options.flatMap((o) => o.notes ?? [])),
  ];
  return [
    ...outcomes.flatMap((o) => o.plan),
    ...notes.flatMap((n) => (n.link && 'guide' in n.link ? [n.link] : [])),
  ];
}

describe("every outcome's guides exist", () => {
  const pages = docPages();

  it.each(Object.entries(guides))(
    '%s is a page in docs/ with its slug and article id',
    (_id, guide) => {
      const page = pages.find((p) => p.slug === guide.slug);
      expect(page, `no page in docs/ has slug ${guide.slug}`).toBeDefined();
      expect(page!.articleId).toBe(guide.articleId);
    },
  );

  it('links only to sections that the guides have', () => {
    for (const link of linksUsed()) {
      if (!link.anchor) continue;
      const page = pages.find((p) => p.slug === guides[link.guide].slug);
      expect(page?.body, `${guides[link.guide].slug} has no page`).toBeDefined();
      expect(page!.body, `${guides[link.guide].slug}#${link.anchor}`).toContain(
        `{/* #${link.anchor} */}`,
      );
    }
  });
});
