import { afterAll, describe, expect, it } from 'vitest';
import { loadDocsPages } from '../../tooling/content/docsPages';
import { proseOf, wordCount } from '../../tooling/content/mdxText';
import { fleschKincaidGrade, maxGuideGrade } from '../../tooling/content/readability';

const guides = loadDocsPages().filter((page) => page.data.article_type === 'guide');
const measured: { page: string; words: number; grade: number }[] = [];

describe(`readability: Flesch-Kincaid grade of each guide's prose is at most ${maxGuideGrade}`, () => {
  it('has guides to measure', () => {
    expect(guides.length).toBeGreaterThan(0);
  });

  it.each(guides.map((page) => [page.file, page] as const))('%s', (file, page) => {
    const prose = proseOf(page.body);
    const grade = fleschKincaidGrade(prose);
    measured.push({ page: file, words: wordCount(prose), grade });
    expect(grade).toBeLessThanOrEqual(maxGuideGrade);
  });

  afterAll(() => {
    // Printed on every run so that a reviewer sees the numbers, not only pass or fail.
    console.log(
      [
        'Flesch-Kincaid grade of each guide:',
        ...measured.map((m) => `  ${m.grade.toFixed(1).padStart(4)}  ${m.page} (${m.words} words)`),
      ].join('\n'),
    );
  });
});
