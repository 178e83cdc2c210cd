import { describe, expect, it } from 'vitest';
import { loadDocsPages } from '../../tooling/content/docsPages';
import { guideProblems, headingProblems } from '../../tooling/content/guideStructure';

const pages = loadDocsPages();
const guides = pages.filter((page) => page.data.article_type === 'guide');

describe('page structure', () => {
  it.each(pages.map((page) => [page.file, page] as const))(
    '%s gives every heading an explicit, unique id',
    (_file, page) => {
      expect(headingProblems(page.body)).toEqual([]);
    },
  );

  it.each(guides.map((page) => [page.file, page] as const))(
    'guide %s has "Do this first" and the six sections of the contract, in order',
    (_file, page) => {
      expect(guideProblems(page.body)).toEqual([]);
    },
  );
});
