import { describe, expect, it } from 'vitest';
import {
  askedAsSourceUrls,
  builtTargets,
  byQueryLength,
  condensed,
  condensedTestSet,
  hitAt,
  lengthTable,
  meetsExpected,
  failedGates,
  fromPostsWithoutAskedAs,
  pooledTestSet,
  isFrozenTestSet,
  minimumQueries,
  missedTargets,
  outcomeOf,
  rankOf,
  readJudgedPools,
  readQuerySets,
  splitByBuilt,
  summarize,
  summaryTable,
  validateQueries,
  wordCount,
  type QueryOutcome,
} from './searchQuality';

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

  it('keeps a query with its results and the rank of its right answer (outcomeOf)', () => {
    const query = { query: 'q', expected: ['/a'], source: 'https://example.org/post' };
    expect(outcomeOf(query, ['/b', '/a#x'])).toEqual({
      ...query,
      results: ['/b', '/a#x'],
      rank: 2,
    });
    expect(outcomeOf(query, []).rank).toBeNull();
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

describe('the quality sets', () => {
  const query = (text: string, expected: string[]) => ({ query: text, expected });

  it('reads the sets that exist, the typed queries among them', () => {
    const sets = readQuerySets();
    expect(sets.map((set) => set.name)).toContain('typed');
    expect(
      sets
        .map((set) => set.name)
        .every((name) => /^(typed|real-tuning|real-test[\w-]*)$/.test(name)),
    ).toBe(true);
    for (const set of sets)
      expect(validateQueries(set.queries, minimumQueries(set.name)), set.name).toEqual([]);
  });

  it('lists the queries whose answers are not built yet apart', () => {
    const built = new Set(['/a', '/b#x']);
    expect(
      splitByBuilt([query('1', ['/a']), query('2', ['/b#y', '/b#x']), query('3', ['/c'])], built),
    ).toEqual({
      ready: [query('1', ['/a']), query('2', ['/b#y', '/b#x'])],
      waiting: [query('3', ['/c'])],
    });
  });

  it('knows the built pages and anchors from articles.json, without the base URL', () => {
    const json = JSON.stringify({
      site: { url: 'https://example.org/help/' },
      articles: [
        {
          url: 'https://example.org/help/faq/x',
          answers: [{ url: 'https://example.org/help/faq/x#a' }],
          sections: [{ url: 'https://example.org/help/faq/x#b' }],
        },
      ],
    });
    expect([...builtTargets(json)]).toEqual(['/faq/x', '/faq/x#a', '/faq/x#b']);
  });

  it('sums up a set and names the targets it misses', () => {
    const outcomes = [
      { ...query('1', ['/a']), results: ['/a'], rank: 1 },
      { ...query('2', ['/a']), results: ['/b', '/a'], rank: 2 },
      { ...query('3', ['/a']), results: [], rank: null },
      { ...query('4', ['/a']), results: ['/b'], rank: null },
    ];
    const summary = summarize('real-test', outcomes, 1);
    expect(summary).toEqual({
      name: 'real-test',
      queries: 4,
      hitAt1: 0.25,
      hitAt3: 0.5,
      mrr: 0.375,
      zeroResults: 0.25,
      waiting: 1,
    });
    expect(missedTargets([summary])).toEqual([
      'real-test hit@3 50.0% < 85.0%',
      'real-test hit@1 25.0% < 65.0%',
      'real-test (all) hit@3 50.0% < 85.0%',
      'real-test (all) hit@1 25.0% < 65.0%',
      'zero-result rate 25.0% > 2.0%',
    ]);
    expect(missedTargets([{ ...summary, name: 'real-test-2', zeroResults: 0 }])).toHaveLength(4);
    // The tuning set is reported, not held to the test set's targets.
    expect(missedTargets([{ ...summary, name: 'real-tuning', zeroResults: 0 }])).toEqual([]);
    expect(summaryTable([summary])).toContain('real-test              4   25.0%   50.0%');
    // The suite fails on the typed set, the zero-result rate and the floors, which apply to the
    // pooled test files' condensed figures.
    const judged = (hitAt3: number, hitAt1: number) => ({
      ...summary,
      name: 'real-test (all), condensed',
      hitAt3,
      hitAt1,
    });
    expect(failedGates([{ ...summary, hitAt3: 0.25 }], judged(0.25, 0.25))).toEqual([
      'zero-result rate 25.0% > 2.0%',
      'real-test (all), condensed hit@3 25.0% < floor 58.0%',
      'real-test (all), condensed hit@1 25.0% < floor 36.0%',
    ]);
    const passing = { ...summary, hitAt3: 0.7, hitAt1: 0.5, zeroResults: 0 };
    expect(failedGates([passing], judged(0.7, 0.5))).toEqual([]);
    // Raw figures under the floors don't fail the suite when the condensed ones are above them.
    expect(failedGates([{ ...passing, hitAt3: 0.5, hitAt1: 0.3 }], judged(0.6, 0.4))).toEqual([]);
    // Frozen files without judged pools can't be held to the floors: that fails, never skips.
    expect(failedGates([passing])).toEqual([
      'the frozen test files have no judged pools: run npm run search:pools',
    ]);
  });

  it('pools the frozen test files, each query counting once', () => {
    const file = (name: string, queries: number, hitAt3: number) => ({
      name,
      queries,
      hitAt1: hitAt3 / 2,
      hitAt3,
      mrr: hitAt3 / 2,
      zeroResults: 0,
      waiting: 0,
    });
    const sets = [file('typed', 60, 1), file('real-test', 30, 0.5), file('real-test-3', 10, 0.1)];
    const pooled = pooledTestSet(sets)!;
    expect(pooled.name).toBe('real-test (all)');
    expect(pooled.queries).toBe(40);
    expect(pooled.hitAt3).toBeCloseTo(0.4);
    expect(pooled.hitAt1).toBeCloseTo(0.2);
    // One file below the floor does not fail the suite when the pooled set is above it.
    const files = [file('real-test', 30, 0.9), file('real-test-3', 10, 0.3)];
    expect(failedGates(files, { ...pooledTestSet(files)!, hitAt1: 0.4 })).toEqual([]);
    expect(summaryTable(sets)).toContain('real-test (all)       40');
    expect(pooledTestSet([file('typed', 60, 1)])).toBeUndefined();
    expect(isFrozenTestSet('real-test-2')).toBe(true);
    expect(isFrozenTestSet('real-tuning')).toBe(false);
    expect([
      minimumQueries('typed'),
      minimumQueries('real-tuning'),
      minimumQueries('real-test-4'),
    ]).toEqual([40, 20, 5]);
  });
});

describe('figures by query length', () => {
  const outcome = (query: string, rank: number | null): QueryOutcome => ({
    query,
    expected: ['/a'],
    results: rank === null ? [] : ['/a'],
    rank,
  });
  const sentence = 'the only thing I cared about was getting my pictures back'; // 11 words
  const story = `${sentence} after the technician erased it`; // 16 words

  it('counts the words a reader typed', () => {
    expect(wordCount('  photos   gone ')).toBe(2);
    expect(wordCount(sentence)).toBe(11);
    expect(wordCount('')).toBe(0);
  });

  it('sorts each set into bands and pools the frozen files into one row', () => {
    const rows = byQueryLength([
      { name: 'typed', outcomes: [outcome('photos gone', 1), outcome('restore stuck', 4)] },
      { name: 'real-test', outcomes: [outcome(sentence, 2), outcome(story, null)] },
      { name: 'real-test-2', outcomes: [outcome(story, 1)] },
    ]);
    expect(rows.map((row) => row.name)).toEqual(['typed', 'real-test (all)']);
    const [typed, pooled] = rows;
    expect(typed.bands.map((band) => band.queries)).toEqual([2, 0, 0]);
    expect(typed.bands[0].hitAt1).toBe(0.5);
    expect(typed.bands[0].hitAt3).toBe(0.5);
    expect(pooled.bands.map((band) => band.queries)).toEqual([0, 1, 2]);
    expect(pooled.bands[1].hitAt3).toBe(1);
    expect(pooled.bands[2].hitAt1).toBe(0.5);
    const table = lengthTable(rows);
    expect(table).toContain('13+ words');
    expect(table).toMatch(/typed +2: 50% \/ 50% +- +-/);
    expect(table).toMatch(/real-test \(all\) +- +1: 0% \/ 100% +2: 50% \/ 50%/);
  });
});

describe('the tuning queries from posts that gave no asked_as phrasing', () => {
  it('leaves out the queries whose post the index quotes', () => {
    const sources = askedAsSourceUrls(
      JSON.stringify({
        '/faq#a': [{ text: 'x', source: 'https://blog/1', note: '' }],
        '/guides/b#page': [{ text: 'y', source: 'https://issue/2', note: '' }],
      }),
    );
    expect([...sources]).toEqual(['https://blog/1', 'https://issue/2']);
    const queries = [
      { query: 'one', expected: ['/a'], source: 'https://blog/1' },
      { query: 'two', expected: ['/a'], source: 'https://blog/3' },
      { query: 'three', expected: ['/a'] },
    ];
    expect(fromPostsWithoutAskedAs(queries, sources).map((q) => q.query)).toEqual(['two', 'three']);
  });
});

/** An outcome of query "q" with these results. */
const resultsOutcome = (results: string[], expected: string[]): QueryOutcome => ({
  query: 'q',
  expected,
  results,
  rank: rankOf(results, expected),
});

describe('condensed', () => {
  const pool = { frozenAt: 'abc1234', urls: ['/a', '/b#x', '/c'] };

  it('sets aside the results written after the file was frozen, then ranks again', () => {
    const [after] = condensed([resultsOutcome(['/new#y', '/new', '/c', '/a'], ['/a'])], pool);
    expect(after.results).toEqual(['/c', '/a']);
    expect(after.rank).toBe(2);
  });

  it('always keeps an expected answer, even one written after the file', () => {
    const [after] = condensed([resultsOutcome(['/new', '/later#z'], ['/later#z'])], pool);
    expect(after.results).toEqual(['/later#z']);
    expect(after.rank).toBe(1);
  });

  it('leaves a list of judged results as it is', () => {
    const before = resultsOutcome(['/b#x', '/a'], ['/a']);
    expect(condensed([before], pool)).toEqual([before]);
  });
});

describe('condensedTestSet', () => {
  it('pools the frozen files with their unjudged results set aside, and counts those', () => {
    const sets = [
      { name: 'typed', outcomes: [resultsOutcome(['/new'], ['/a'])] },
      { name: 'real-test', outcomes: [resultsOutcome(['/new', '/a'], ['/a'])] },
      { name: 'real-test-2', outcomes: [resultsOutcome(['/b', '/new'], ['/b'])] },
    ];
    const pools = {
      'real-test.json': { frozenAt: 'abc1234', urls: ['/a'] },
      'real-test-2.json': { frozenAt: 'def5678', urls: ['/b'] },
    };
    const result = condensedTestSet(sets, pools)!;
    expect(result.summary).toMatchObject({ name: 'real-test (all), condensed', queries: 2 });
    expect(result.summary.hitAt1).toBe(1);
    expect(result.setAsideInTop3).toBe(2);
    expect(condensedTestSet(sets, { 'real-test.json': pools['real-test.json'] })).toBeUndefined();
  });
});

describe('search-quality/judged-pools.json', () => {
  it('has the pool of every frozen file in search-quality/', () => {
    const pools = readJudgedPools();
    for (const set of readQuerySets().filter((s) => isFrozenTestSet(s.name))) {
      const pool = pools[`${set.name}.json`];
      expect(pool, set.name).toBeDefined();
      expect(pool.frozenAt).toMatch(/^[0-9a-f]{7,40}$/);
      expect(pool.urls.length).toBeGreaterThan(100);
    }
  });
});
