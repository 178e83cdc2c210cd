import { describe, expect, it } from 'vitest';
import { formatValue, median, meetsTarget, ratio, renderMarkdown, type Row } from './report';

describe('median', () => {
  it('takes the middle value, or the mean of the middle two', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([90, 100, 95, 97])).toBe(96);
    expect(median([])).toBeUndefined();
  });
});

describe('ratio', () => {
  it('divides ours by stock, and has no ratio to a zero or missing value', () => {
    expect(ratio(150, 200)).toBe(0.75);
    expect(ratio(0.01, 0)).toBeUndefined();
    expect(ratio(undefined, 3)).toBeUndefined();
  });
});

describe('formatValue', () => {
  it('prints each unit the way the table shows it', () => {
    expect(formatValue(176_600, 'bytes')).toBe('176.6 kB');
    expect(formatValue(1_850_000, 'bytes')).toBe('1.85 MB');
    expect(formatValue(1234.4, 'ms')).toBe('1234 ms');
    expect(formatValue(11.94, 's')).toBe('11.9 s');
    expect(formatValue(0.0123, 'cls')).toBe('0.012');
    expect(formatValue(undefined, 'score')).toBe('–');
  });
});

describe('meetsTarget', () => {
  const row = (partial: Partial<Row>): Row => ({
    measure: 'm',
    page: 'p',
    unit: 'score',
    ours: 96,
    stock: 90,
    ...partial,
  });

  it('judges minimums, maximums and ratios to stock', () => {
    expect(meetsTarget(row({ target: { kind: 'min', value: 95 } }))).toBe(true);
    expect(meetsTarget(row({ ours: 94, target: { kind: 'min', value: 95 } }))).toBe(false);
    expect(meetsTarget(row({ unit: 'ms', ours: 150, target: { kind: 'max', value: 150 } }))).toBe(
      true,
    );
    expect(
      meetsTarget(row({ ours: 106, stock: 100, target: { kind: 'maxRatio', value: 1.05 } })),
    ).toBe(false);
  });

  it('judges a ratio target by the median of the pair ratios when there is one', () => {
    const tbt = row({
      unit: 'ms',
      ours: 100,
      stock: 250,
      target: { kind: 'maxRatio', value: 0.35 },
    });
    expect(meetsTarget(tbt)).toBe(false); // 0.40 from the medians
    expect(meetsTarget({ ...tbt, ratio: 0.3 })).toBe(true);
  });

  it('judges "stock + 10" by the median of the pair differences when there is one', () => {
    const score = row({ ours: 98, stock: 90, target: { kind: 'minDifference', value: 10 } });
    expect(meetsTarget(score)).toBe(false);
    expect(meetsTarget({ ...score, difference: 11 })).toBe(true);
  });

  it('cannot judge a missing value or a row without a target', () => {
    expect(
      meetsTarget(row({ ours: undefined, target: { kind: 'min', value: 95 } })),
    ).toBeUndefined();
    expect(meetsTarget(row({}))).toBeUndefined();
  });
});

describe('renderMarkdown', () => {
  it('writes one table with values, ratios, targets and a note for a missing page', () => {
    const markdown = renderMarkdown({
      title: 'Benchmark',
      preamble: ['Measured on 2 cores.'],
      rows: [
        {
          measure: 'First-load JS (gzip)',
          page: 'Guide (/a vs /docs/intro)',
          unit: 'bytes',
          ours: 140_000,
          stock: 176_000,
          target: { kind: 'maxRatio', value: 1.05 },
        },
        {
          measure: 'Lighthouse mobile: TBT',
          page: 'Selector (/which-option vs /docs/intro)',
          unit: 'ms',
          ours: undefined,
          stock: 400,
          note: 'not built yet',
          target: { kind: 'max', value: 150 },
        },
      ],
      notes: ['Skipped: selector.'],
    });
    expect(markdown).toContain('# Benchmark\n\nMeasured on 2 cores.\n');
    expect(markdown).toContain(
      '| First-load JS (gzip) | Guide (/a vs /docs/intro) | 140.0 kB | 176.0 kB | 0.80× |  | ≤ 1.05× stock | yes |',
    );
    expect(markdown).toContain(
      '| Lighthouse mobile: TBT | Selector (/which-option vs /docs/intro) | not built yet | 400 ms | – |  | ≤ 150 ms |  |',
    );
    expect(markdown.trimEnd().endsWith('Skipped: selector.')).toBe(true);
  });

  it('shows the pair ratio and, for scores, the pair difference', () => {
    const markdown = renderMarkdown({
      title: 'Benchmark',
      preamble: [],
      rows: [
        {
          measure: 'Lighthouse mobile: Performance',
          page: 'Home',
          unit: 'score',
          ours: 99,
          stock: 85,
          ratio: 1.17,
          difference: 13,
          target: { kind: 'minDifference', value: 10 },
        },
        { measure: 'Lighthouse mobile: SEO', page: 'Home', unit: 'score', ours: 100, stock: 100 },
      ],
      notes: [],
    });
    expect(markdown).toContain(
      '| Lighthouse mobile: Performance | Home | 99 | 85 | 1.17× | +13 | ≥ stock + 10 | yes |',
    );
    expect(markdown).toContain('| Lighthouse mobile: SEO | Home | 100 | 100 | 1.00× | ±0 |  |  |');
  });
});
