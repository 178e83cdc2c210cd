import { describe, expect, it } from 'vitest';
import {
  collectPairs,
  loadWarning,
  pairDifferences,
  pairRatios,
  pairedSchedule,
  summarizePairs,
} from './pairs';

describe('pairedSchedule', () => {
  it('runs ours and stock back to back, page by page, and alternates who goes first', () => {
    const steps = pairedSchedule(['/', '/guide'], ['mobile'], 2);
    expect(steps.map((s) => `${s.round} ${s.page} ${s.side}`)).toEqual([
      '0 / ours',
      '0 / stock',
      '0 /guide stock',
      '0 /guide ours',
      '1 / ours',
      '1 / stock',
      '1 /guide stock',
      '1 /guide ours',
    ]);
  });

  it('pairs every form factor in every round', () => {
    const steps = pairedSchedule(['/'], ['mobile', 'desktop'], 3);
    expect(steps).toHaveLength(12);
    expect(steps.filter((s) => s.formFactor === 'desktop' && s.side === 'ours')).toHaveLength(3);
    // Alternation runs across form factors too: 6 pairs, 3 led by each side.
    const leaders = steps.filter((_s, i) => i % 2 === 0).map((s) => s.side);
    expect(leaders.filter((side) => side === 'ours')).toHaveLength(3);
  });
});

describe('pairRatios and pairDifferences', () => {
  it('compares each pair on its own', () => {
    const pairs = [
      { ours: 50, stock: 200 },
      { ours: 90, stock: 300 },
    ];
    expect(pairRatios(pairs)).toEqual([0.25, 0.3]);
    expect(pairDifferences(pairs)).toEqual([-150, -210]);
  });

  it('leaves out pairs with a missing value, and ratios to zero', () => {
    const pairs = [
      { ours: 10, stock: 0 },
      { ours: Number.NaN, stock: 100 },
      { ours: 0, stock: 100 },
    ];
    expect(pairRatios(pairs)).toEqual([0]);
    expect(pairDifferences(pairs)).toEqual([10, -100]);
  });
});

describe('summarizePairs', () => {
  it('gives the medians of each side and the median of the per-pair ratios', () => {
    // The machine got busy in the second pair: both sides slowed down, the ratio held.
    const summary = summarizePairs([
      { ours: 60, stock: 200 },
      { ours: 300, stock: 1000 },
      { ours: 80, stock: 250 },
    ]);
    expect(summary).toMatchObject({ pairs: 3, ours: 80, stock: 250 });
    expect(summary.ratio).toBeCloseTo(0.3);
    expect(summary.difference).toBe(-170);
  });

  it('says when there is nothing to compare', () => {
    expect(summarizePairs([])).toEqual({
      pairs: 0,
      ours: undefined,
      stock: undefined,
      ratio: undefined,
      difference: undefined,
    });
  });

  it('is not the ratio of the medians: each pair is compared within its own minute', () => {
    const summary = summarizePairs([
      { ours: 50, stock: 100 },
      { ours: 60, stock: 300 },
      { ours: 200, stock: 210 },
    ]);
    expect(summary.ours! / summary.stock!).toBeCloseTo(60 / 210);
    expect(summary.ratio).toBeCloseTo(0.5);
  });
});

describe('collectPairs', () => {
  it('puts the values of a schedule back into pairs per page and form factor', () => {
    const steps = pairedSchedule(['/a', '/b'], ['mobile'], 2);
    // ours: 1, 2, 3, 4 by round and page; stock: ten times that
    const values = steps.map(
      (s) => (s.round * 2 + (s.page === '/a' ? 1 : 2)) * (s.side === 'stock' ? 10 : 1),
    );
    const pairs = collectPairs(steps, values, (page) => page);
    expect(pairs.get('/a|mobile')).toEqual([
      { ours: 1, stock: 10 },
      { ours: 3, stock: 30 },
    ]);
    expect(pairs.get('/b|mobile')).toEqual([
      { ours: 2, stock: 20 },
      { ours: 4, stock: 40 },
    ]);
  });

  it('refuses values that do not match the schedule', () => {
    expect(() => collectPairs(pairedSchedule(['/'], ['mobile'], 1), [1], (p) => p)).toThrow(
      /1 values for 2 steps/,
    );
  });
});

describe('loadWarning', () => {
  it('warns when the load average is above the number of cores', () => {
    expect(loadWarning('before', 2, 2)).toBeUndefined();
    expect(loadWarning('after', 4.62, 2)).toMatch(
      /^WARNING: load average 4\.62 after is above the 2 CPU cores/,
    );
  });
});
