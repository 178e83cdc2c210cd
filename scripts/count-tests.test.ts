import { describe, expect, it } from 'vitest';
import { playwrightCounts, vitestCounts } from './count-tests';

describe('test counts from runner reports', () => {
  it('reads Vitest totals', () => {
    expect(vitestCounts({ numPassedTests: 12, numFailedTests: 1 })).toEqual({
      passed: 12,
      failed: 1,
    });
  });

  it('reads Playwright stats, counting flaky tests as passed', () => {
    expect(
      playwrightCounts({ stats: { expected: 30, unexpected: 2, flaky: 1, skipped: 0 } }),
    ).toEqual({
      passed: 31,
      failed: 2,
    });
  });

  it('counts a missing report as nothing', () => {
    expect(vitestCounts(undefined)).toEqual({ passed: 0, failed: 0 });
    expect(playwrightCounts(undefined)).toEqual({ passed: 0, failed: 0 });
  });
});
