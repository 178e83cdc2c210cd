import { describe, expect, it } from 'vitest';
import { readArticles } from '@site/tooling/content/articles';
import { guideHref, guides, type GuideLink } from './guides';
import { outcomes, questions } from './model';

const { articles } = readArticles('docs');

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
  it.each(Object.entries(guides))('%s is a page in docs/ with its slug and title', (_id, guide) => {
    const page = articles.find((article) => article.slug === guide.slug);
    expect(page, `no page in docs/ has slug ${guide.slug}`).toBeDefined();
    expect(page!.title).toBe(guide.title);
  });

  it('links only to sections that the guides have', () => {
    for (const link of linksUsed()) {
      if (!link.anchor) continue;
      const page = articles.find((article) => article.slug === guides[link.guide].slug);
      expect(page, `${guides[link.guide].slug} has no page`).toBeDefined();
      expect(
        page!.headings.map((heading) => heading.anchor),
        guideHref(link),
      ).toContain(link.anchor);
    }
  });
});
