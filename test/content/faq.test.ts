import { describe, expect, it } from 'vitest';
import { loadDocsPages } from '../../tooling/content/docsPages';
import { faqAnswers, faqPageProblems } from '../../tooling/content/faqAnswers';

const faqPages = loadDocsPages().filter((page) => page.data.article_type === 'faq');

describe('FAQ answers start with the answer', () => {
  it('has FAQ pages with answers to check', () => {
    expect(faqPages.length).toBeGreaterThan(0);
    for (const page of faqPages) expect(faqAnswers(page.body).length).toBeGreaterThan(0);
  });

  it.each(faqPages.map((page) => [page.file, page] as const))(
    '%s: every answer opens with "Yes"/"No", a rough range or the answer itself',
    (_file, page) => {
      expect(faqPageProblems(page.body)).toEqual([]);
    },
  );
});
