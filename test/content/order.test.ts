import { describe, expect, it } from 'vitest';
import sidebars from '../../sidebars';
import {
  checkOrder,
  guideDocId,
  isGuideSlug,
  linkedGuideOrderProblems,
  nextStepProblems,
} from '../../tooling/content/checkOrder';
import { loadDocsPages } from '../../tooling/content/docsPages';
import { sections } from '../../tooling/content/mdxText';

// The one order of checks (tooling/content/checkOrder.ts): every place that lists the guides follows it.
const pages = loadDocsPages();
const page = (file: string) => {
  const found = pages.find((p) => p.file === file);
  if (!found) throw new Error(`no page ${file} in docs/`);
  return found;
};
const section = (file: string, id: string) => {
  const found = sections(page(file).body).find((s) => s.heading.id === id);
  if (!found) throw new Error(`${file} has no section #${id}`);
  return found.content;
};

describe('the one order of checks', () => {
  it('has a guide page in docs/ for every slug, and a slug for every guide page', () => {
    const guideFiles = pages
      .filter((p) => p.data.article_type === 'guide')
      .map((p) => p.file.replace(/^guides\/|\.mdx?$/g, ''));
    expect([...guideFiles].sort()).toEqual([...checkOrder].sort());
  });

  it('is the order of the "Recovery guides" category in the sidebar', () => {
    const items: unknown[] = Array.isArray(sidebars.guide) ? sidebars.guide : [];
    const category = items.find(
      (item): item is { label: string; items: unknown } =>
        typeof item === 'object' &&
        item !== null &&
        'label' in item &&
        item.label === 'Recovery guides' &&
        'items' in item,
    );
    expect(category?.items).toEqual(checkOrder.map(guideDocId));
  });

  it('is the order of the start page\'s "The order to check"', () => {
    expect(
      linkedGuideOrderProblems(section('why-photos-are-missing.mdx', 'order-to-check'), {
        required: true,
      }),
    ).toEqual([]);
  });

  it('is the order of the guides overview (its cards come from the sidebar; any typed list follows it)', () => {
    const overview = page('guides/index.mdx');
    expect(overview.body).toContain('<DocCardList />');
    expect(linkedGuideOrderProblems(overview.body)).toEqual([]);
  });

  it.each(checkOrder.map((slug) => [slug] as const))(
    '%s: "If this didn\'t work" links first to the next guide of the order',
    (slug) => {
      expect(isGuideSlug(slug)).toBe(true);
      expect(nextStepProblems(slug, section(`guides/${slug}.mdx`, 'if-this-didnt-work'))).toEqual(
        [],
      );
    },
  );
});
