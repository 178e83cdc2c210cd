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

describe('matchesFilter with the readers’ words', () => {
  const erase = {
    text: 'Can a recovery app get photos back from my erased iPhone?',
    theme: 'FAQ: deleted photos, other copies and recovery tools',
  };

  it('finds our term for a reader’s word or phrase', () => {
    expect(matchesFilter(blurry, 'blurry pics')).toBe(true);
    expect(matchesFilter(erase, 'wiped')).toBe(true);
    expect(matchesFilter(erase, 'factory reset app')).toBe(true);
    expect(matchesFilter(blurry, 'camera roll loading')).toBe(true);
  });

  it('still needs every typed word, as a reader’s word or as typed', () => {
    expect(matchesFilter(blurry, 'wiped')).toBe(false);
    expect(matchesFilter(erase, 'factory')).toBe(false);
    expect(matchesFilter(erase, 'factory reset blurry')).toBe(false);
  });
});

describe('filterSummary', () => {
  it('says how many questions are shown', () => {
    expect(filterSummary(38, 38)).toBe('Showing all 38 questions.');
    expect(filterSummary(3, 38)).toBe('Showing 3 of 38 questions.');
    expect(filterSummary(0, 38)).toMatch(/^No question matches/);
  });
});
