// cspell:ignore lurry (stems, words without their apostrophe, typos on purpose)
import { describe, expect, it } from 'vitest';
import { filterSummary, matchesFilter } from './faqFilter';

const blurry = {
  text: 'Why are my photos blurry, or showing a loading circle?',
  theme: 'FAQ: photos after a restore',
};

describe('matchesFilter', () => {
  it('shows every question for an empty filter or stop words only', () => {
    expect(matchesFilter(blurry, '')).toBe(true);
    expect(matchesFilter(blurry, 'why are my')).toBe(true);
  });

  it('needs each typed word to start a word of the question or its theme', () => {
    expect(matchesFilter(blurry, 'blur')).toBe(true);
    expect(matchesFilter(blurry, 'Loading PHOTOS')).toBe(true);
    expect(matchesFilter(blurry, 'restore blurry')).toBe(true);
    expect(matchesFilter(blurry, 'blurry backup')).toBe(false);
    expect(matchesFilter(blurry, 'lurry')).toBe(false);
  });
});

describe('filterSummary', () => {
  it('says how many questions are shown', () => {
    expect(filterSummary(38, 38)).toBe('Showing all 38 questions.');
    expect(filterSummary(3, 38)).toBe('Showing 3 of 38 questions.');
    expect(filterSummary(0, 38)).toMatch(/^No question matches/);
  });
});
