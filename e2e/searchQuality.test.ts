import { describe, expect, it } from 'vitest';
import { hitAt, meetsExpected, rankOf, validateQueries, type QueryOutcome } from './searchQuality';

describe('meetsExpected', () => {
  it('accepts any section of an expected page', () => {
    expect(meetsExpected('/guides/computer-backup#steps', '/guides/computer-backup')).toBe(true);
    expect(meetsExpected('/guides/computer-backup', '/guides/computer-backup')).toBe(true);
    expect(meetsExpected('/guides/computer-backup-2', '/guides/computer-backup')).toBe(false);
  });

  it('wants the exact answer when the expectation names one', () => {
    expect(
      meetsExpected('/faq/after-a-restore#photos-blurry', '/faq/after-a-restore#photos-blurry'),
    ).toBe(true);
    expect(meetsExpected('/faq/after-a-restore', '/faq/after-a-restore#photos-blurry')).toBe(false);
    expect(
      meetsExpected('/faq/after-a-restore#how-long', '/faq/after-a-restore#photos-blurry'),
    ).toBe(false);
  });
});

describe('rankOf and hitAt', () => {
  const outcome = (rank: number | null): QueryOutcome => ({
    query: 'q',
    expected: ['/a'],
    results: [],
    rank,
  });

  it('finds the 1-based rank of the first right result', () => {
    expect(rankOf(['/b', '/a#x', '/a'], ['/a'])).toBe(2);
    expect(rankOf(['/b', '/c'], ['/a', '/c'])).toBe(2);
    expect(rankOf(['/b'], ['/a'])).toBeNull();
    expect(rankOf([], ['/a'])).toBeNull();
  });

  it('computes the share of queries answered within the first k results', () => {
    const outcomes = [outcome(1), outcome(2), outcome(3), outcome(null)];
    expect(hitAt(outcomes, 1)).toBe(0.25);
    expect(hitAt(outcomes, 3)).toBe(0.75);
    expect(hitAt([], 3)).toBe(0);
  });
});

describe('validateQueries', () => {
  it('accepts a well-formed list', () => {
    expect(
      validateQueries(
        [{ query: 'pics gone', expected: ['/faq/after-a-restore#photos-missing'] }],
        1,
      ),
    ).toEqual([]);
  });

  it('reports short lists, duplicates, empty expectations and answers that are not site paths', () => {
    expect(
      validateQueries(
        [
          { query: 'pics gone', expected: ['/why-photos-are-missing'] },
          { query: 'Pics gone ', expected: [] },
          { query: 'itunes', expected: ['https://example.org/x'] },
        ],
        5,
      ),
    ).toEqual([
      'only 3 queries, want 5',
      '"Pics gone " appears twice',
      '"Pics gone " expects nothing',
      '"itunes": bad answer "https://example.org/x"',
    ]);
  });
});
