import { describe, expect, it } from 'vitest';
import { formatReviewDate, isoDate } from './reviewDate';

describe('review dates', () => {
  it('formats ISO strings and YAML dates the same way', () => {
    expect(formatReviewDate('2026-11-26')).toBe('26 November 2026');
    expect(formatReviewDate(new Date('2026-01-05T00:00:00Z'))).toBe('5 January 2026');
    expect(isoDate(new Date('2026-01-05T00:00:00Z'))).toBe('2026-01-05');
  });

  it('refuses a value that is not a date', () => {
    expect(() => formatReviewDate('soon')).toThrow(/Not a date/);
  });
});
