/**
 * Scoring for the search quality (e2e/search-quality.spec.ts and npm run search:eval): each query in
 * search-quality/*.json names the page or FAQ answer a reader should land on; the harness types it
 * into the search box and records where the results lead. Plain functions, no browser.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface SearchQuery {
  /** What a reader or agent types, typos included. */
  query: string;
  /**
   * The right destination(s): "/path" is met by any result on that page, "/path#id" only by that
   * exact section. Several entries mean each one genuinely answers the query.
   */
  expected: string[];
  /** Where the wording comes from (real-wording sets). */
  source?: string;
  sourceNote?: string;
}

export interface QueryOutcome extends SearchQuery {
  /** Where the first results lead, as "/path#id" (or "/path"), best first. */
  results: string[];
  /** 1-based rank of the first result that meets `expected`, or null. */
  rank: number | null;
}

export function meetsExpected(result: string, expected: string): boolean {
  if (expected.includes('#')) return result === expected;
  return result.split('#')[0] === expected;
}

export function rankOf(results: string[], expected: string[]): number | null {
  const at = results.findIndex((result) => expected.some((want) => meetsExpected(result, want)));
  return at < 0 ? null : at + 1;
}

/** A query with where its results lead and the rank of its right answer among them. */
export function outcomeOf<T extends SearchQuery>(query: T, results: string[]): T & QueryOutcome {
  return { ...query, results, rank: rankOf(results, query.expected) };
}

/** Share of queries whose right answer is among the first k results. */
export function hitAt(outcomes: QueryOutcome[], k: number): number {
  if (outcomes.length === 0) return 0;
  return outcomes.filter((o) => o.rank !== null && o.rank <= k).length / outcomes.length;
}

/** Checks the query file: enough queries, no duplicates, every expected answer a site path. */
export function validateQueries(queries: SearchQuery[], minimum = 40): string[] {
  const problems: string[] = [];
  if (queries.length < minimum) problems.push(`only ${queries.length} queries, want ${minimum}`);
  const seen = new Set<string>();
  for (const { query, expected } of queries) {
    const key = query.trim().toLowerCase();
    if (!key) problems.push('an empty query');
    if (seen.has(key)) problems.push(`"${query}" appears twice`);
    seen.add(key);
    if (!Array.isArray(expected) || expected.length === 0)
      problems.push(`"${query}" expects nothing`);
    for (const want of expected ?? []) {
      if (!/^\/[a-z0-9/-]*(#[a-z0-9-]+)?$/.test(want))
        problems.push(`"${query}": bad answer "${want}"`);
    }
  }
  return problems;
}

export interface QuerySet {
  /** The file name without ".json": "typed", "real-tuning", "real-test", "real-test-2"... */
  name: string;
  queries: SearchQuery[];
}

/**
 * The query sets in search-quality/: typed.json, real-tuning.json, and every frozen test file
 * (real-test.json, real-test-2.json...), which may live only where the test set is run.
 */
export function readQuerySets(dir = 'search-quality'): QuerySet[] {
  const tests = existsSync(dir)
    ? readdirSync(dir)
        .filter((file) => /^real-test[\w-]*\.json$/.test(file))
        .map((file) => file.replace(/\.json$/, ''))
        .sort()
    : [];
  return ['typed', 'real-tuning', ...tests]
    .filter((name) => existsSync(join(dir, `${name}.json`)))
    .map((name) => ({
      name,
      queries: JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as SearchQuery[],
    }));
}

/**
 * Splits a set into the queries whose answers are all on the built site and those that wait for a
 * page or anchor not built yet (listed, never silently dropped).
 */
export function splitByBuilt(
  queries: SearchQuery[],
  built: ReadonlySet<string>,
): { ready: SearchQuery[]; waiting: SearchQuery[] } {
  const isBuilt = (want: string) => built.has(want);
  return {
    ready: queries.filter((query) => query.expected.some(isBuilt)),
    waiting: queries.filter((query) => !query.expected.some(isBuilt)),
  };
}

/** Every page and anchor of build/articles.json, as "/path" and "/path#anchor". */
export function builtTargets(articlesJson: string): Set<string> {
  const index = JSON.parse(articlesJson) as {
    site: { url: string };
    articles: { url: string; answers: { url: string }[]; sections: { url: string }[] }[];
  };
  const root = new URL(index.site.url).pathname.replace(/\/$/, '');
  const path = (url: string) => {
    const { pathname, hash } = new URL(url);
    return pathname.slice(root.length) + hash;
  };
  return new Set(
    index.articles.flatMap((article) => [
      path(article.url),
      ...article.answers.map((answer) => path(answer.url)),
      ...article.sections.map((section) => path(section.url)),
    ]),
  );
}

export interface SetSummary {
  name: string;
  queries: number;
  hitAt1: number;
  hitAt3: number;
  /** Mean reciprocal rank of the first right result (0 when none is shown). */
  mrr: number;
  /** Share of queries for which the search showed no result at all. */
  zeroResults: number;
  /** Queries left out because their answer is not built yet. */
  waiting: number;
}

export function summarize(name: string, outcomes: QueryOutcome[], waiting = 0): SetSummary {
  const count = outcomes.length;
  const share = (n: number) => (count === 0 ? 0 : n / count);
  return {
    name,
    queries: count,
    hitAt1: hitAt(outcomes, 1),
    hitAt3: hitAt(outcomes, 3),
    mrr: share(outcomes.reduce((sum, o) => sum + (o.rank === null ? 0 : 1 / o.rank), 0)),
    zeroResults: share(outcomes.filter((o) => o.results.length === 0).length),
    waiting,
  };
}

/**
 * The targets of issue 11: the real-wording ones are for each frozen test file (real-test*.json);
 * the tuning set's figures are printed, not held to them, since it is what the search was tuned on.
 */
export const targets = {
  realHitAt3: 0.85,
  realHitAt1: 0.65,
  typedHitAt3: 0.97,
  zeroResults: 0.02,
};

/**
 * What fails the suite. Typed queries and the zero-result rate are held to their targets. The frozen
 * test files, pooled into one test set, are held to floors, not to the targets: the search misses
 * the test-set targets, and a suite that always fails lands nothing. The floors catch a regression
 * of the search; the targets stay printed as missed until they are met.
 *
 * The floors apply to the pooled files' condensed figures (`condensed`: the results written after
 * each file was frozen set aside), not the raw ones. Each new FAQ answer took a frozen query or two
 * out of the top three, because the files' expected answers predate it: on the raw figures a floor
 * blocks new content, which it is not there to judge. History of the raw floors (docs-dev/search.md
 * has each step): 52% hit@3 and 33% hit@1 with four and five files, 50% after round 6, 53% and 34%
 * after the link-text and first-sentence fields (55.9% and 37.3% raw). On 2026-12-01, after four new
 * FAQ answers: raw 54.2% and 36.4%, condensed 61.0% and 39.0% (72 and 46 of 118 queries). The floors
 * are three queries under the condensed figures (69 and 43 of 118). Raise them when the search
 * improves; never tune on the test files to do it.
 */
export const testSetFloors = { hitAt3: 0.58, hitAt1: 0.36 };

/** The name of the pooled test set: every frozen file's queries together. */
export const pooledTestSetName = 'real-test (all)';

/** Every frozen test file's queries as one set (each figure weighted by its file's queries). */
export function pooledTestSet(summaries: SetSummary[]): SetSummary | undefined {
  const sets = summaries.filter((summary) => isFrozenTestSet(summary.name));
  const queries = sets.reduce((sum, set) => sum + set.queries, 0);
  if (sets.length === 0 || queries === 0) return undefined;
  const mean = (figure: (set: SetSummary) => number) =>
    sets.reduce((sum, set) => sum + figure(set) * set.queries, 0) / queries;
  return {
    name: pooledTestSetName,
    queries,
    hitAt1: mean((set) => set.hitAt1),
    hitAt3: mean((set) => set.hitAt3),
    mrr: mean((set) => set.mrr),
    zeroResults: mean((set) => set.zeroResults),
    waiting: sets.reduce((sum, set) => sum + set.waiting, 0),
  };
}

const percent = (n: number) => `${(n * 100).toFixed(1)}%`;

function zeroResultRate(summaries: SetSummary[]): number {
  const queries = summaries.reduce((sum, set) => sum + set.queries, 0);
  const zero = summaries.reduce((sum, set) => sum + set.zeroResults * set.queries, 0);
  return queries > 0 ? zero / queries : 0;
}

/** What misses a target of issue 11, in words; empty when every target is met. */
export function missedTargets(summaries: SetSummary[]): string[] {
  const missed: string[] = [];
  const pooled = pooledTestSet(summaries);
  for (const set of pooled ? [...summaries, pooled] : summaries) {
    if (set.name === 'typed' && set.hitAt3 < targets.typedHitAt3)
      missed.push(`typed hit@3 ${percent(set.hitAt3)} < ${percent(targets.typedHitAt3)}`);
    if (isFrozenTestSet(set.name)) {
      if (set.hitAt3 < targets.realHitAt3)
        missed.push(`${set.name} hit@3 ${percent(set.hitAt3)} < ${percent(targets.realHitAt3)}`);
      if (set.hitAt1 < targets.realHitAt1)
        missed.push(`${set.name} hit@1 ${percent(set.hitAt1)} < ${percent(targets.realHitAt1)}`);
    }
  }
  const zero = zeroResultRate(summaries);
  if (zero > targets.zeroResults)
    missed.push(`zero-result rate ${percent(zero)} > ${percent(targets.zeroResults)}`);
  return missed;
}

/**
 * What fails the suite (see testSetFloors), in words; empty when the search passes. `judged` is the
 * pooled frozen files' condensed summary (`condensedTestSet`), which the floors apply to.
 */
export function failedGates(summaries: SetSummary[], judged?: SetSummary): string[] {
  const failed = missedTargets(summaries).filter((miss) => !isFrozenTestSet(miss.split(' ')[0]));
  if (pooledTestSet(summaries) && !judged)
    failed.push('the frozen test files have no judged pools: run npm run search:pools');
  if (judged && judged.hitAt3 < testSetFloors.hitAt3)
    failed.push(
      `${judged.name} hit@3 ${percent(judged.hitAt3)} < floor ${percent(testSetFloors.hitAt3)}`,
    );
  if (judged && judged.hitAt1 < testSetFloors.hitAt1)
    failed.push(
      `${judged.name} hit@1 ${percent(judged.hitAt1)} < floor ${percent(testSetFloors.hitAt1)}`,
    );
  return failed;
}

/**
 * The frozen test files (real-test*.json). Their queries' misses are never printed: reading them
 * invites tuning on them.
 */
export function isFrozenTestSet(name: string): boolean {
  return name.startsWith('real-test');
}

/**
 * The fewest queries a set may hold: 40 typed, 20 in the tuning set, 5 in a frozen test file. A
 * frozen file holds what its collection round found (real-test-6.json: 7 queries), and the figures
 * the targets and floors apply to are those of the files pooled (`pooledTestSet`).
 */
export function minimumQueries(name: string): number {
  if (name === 'typed') return 40;
  return isFrozenTestSet(name) ? 5 : 20;
}

/** One line per set, for the console. */
export function summaryTable(summaries: SetSummary[]): string {
  const pooled = pooledTestSet(summaries);
  const rows =
    pooled && summaries.filter((s) => isFrozenTestSet(s.name)).length > 1
      ? [...summaries, pooled]
      : summaries;
  const percent = (n: number) => `${(n * 100).toFixed(1)}%`.padStart(7);
  const lines = [
    'set              queries   hit@1   hit@3    MRR   zero-result',
    ...rows.map(
      (s) =>
        `${s.name.padEnd(15)} ${String(s.queries).padStart(8)} ${percent(s.hitAt1)} ${percent(s.hitAt3)} ` +
        `${s.mrr.toFixed(3).padStart(6)} ${percent(s.zeroResults)}` +
        (s.waiting > 0 ? `   (${s.waiting} waiting for pages not built yet)` : ''),
    ),
  ];
  return lines.join('\n');
}

/** How long a query is, in words: whole sentences are where the search is weakest. */
export const lengthBands = [
  { label: '1-6 words', most: 6 },
  { label: '7-12 words', most: 12 },
  { label: '13+ words', most: Infinity },
] as const;

export function wordCount(query: string): number {
  return query.split(/\s+/).filter(Boolean).length;
}

export interface LengthRow {
  /** A set's name, or pooledTestSetName for every frozen file together. */
  name: string;
  /** One summary per band of lengthBands (its queries, hit@1, hit@3...). */
  bands: SetSummary[];
}

/**
 * Each set's figures by query length, the frozen test files pooled into one row. Only figures, so
 * the frozen files' misses stay unread.
 */
export function byQueryLength(sets: { name: string; outcomes: QueryOutcome[] }[]): LengthRow[] {
  const open = sets.filter((set) => !isFrozenTestSet(set.name));
  const frozen = sets.filter((set) => isFrozenTestSet(set.name));
  const rows = [
    ...open,
    ...(frozen.length > 0
      ? [{ name: pooledTestSetName, outcomes: frozen.flatMap((set) => set.outcomes) }]
      : []),
  ];
  return rows.map(({ name, outcomes }) => ({
    name,
    bands: lengthBands.map((band, i) => {
      const fewest = i === 0 ? 1 : lengthBands[i - 1].most + 1;
      const inBand = outcomes.filter((o) => {
        const words = wordCount(o.query);
        return words >= fewest && words <= band.most;
      });
      return summarize(band.label, inBand);
    }),
  }));
}

/** The figures by query length, for the console: queries, hit@1 and hit@3 per band. */
export function lengthTable(rows: LengthRow[]): string {
  const cell = (s: SetSummary) =>
    (s.queries === 0
      ? '-'
      : `${s.queries}: ${Math.round(s.hitAt1 * 100)}% / ${Math.round(s.hitAt3 * 100)}%`
    ).padEnd(20);
  return [
    `by query length  ${lengthBands.map((band) => band.label.padEnd(20)).join('')}(queries: hit@1 / hit@3)`,
    ...rows.map((row) => `${row.name.padEnd(16)} ${row.bands.map(cell).join('')}`.trimEnd()),
  ].join('\n');
}

/** The public posts that gave `asked_as` phrasings (data/asked-as-sources.json), by URL. */
export function askedAsSourceUrls(askedAsSourcesJson: string): Set<string> {
  const sources = JSON.parse(askedAsSourcesJson) as Record<string, { source: string }[]>;
  return new Set(Object.values(sources).flatMap((phrasings) => phrasings.map((p) => p.source)));
}

/**
 * The tuning queries whose post gave no `asked_as` phrasing. The index quotes the other posts (40
 * phrasings are a tuning query word for word), so the whole tuning set flatters any change that
 * leans on `asked_as`; this part of it has followed the frozen files closely. Judge changes on it too.
 */
export function fromPostsWithoutAskedAs<T extends SearchQuery>(
  queries: T[],
  askedAsSources: ReadonlySet<string>,
): T[] {
  return queries.filter((query) => !query.source || !askedAsSources.has(query.source));
}

/**
 * What a frozen test file's answers were chosen from: the search's pages, FAQ answers and sections
 * as they were in the commit that added the file (search-quality/judged-pools.json, written by
 * `npm run search:pools`).
 */
export interface JudgedPool {
  /** The commit that added the frozen file. */
  frozenAt: string;
  /** Every search result address there was then ("/path" or "/path#id"). */
  urls: string[];
}

export function readJudgedPools(dir = 'search-quality'): Record<string, JudgedPool> {
  const file = join(dir, 'judged-pools.json');
  if (!existsSync(file)) return {};
  const { pools } = JSON.parse(readFileSync(file, 'utf8')) as { pools: Record<string, JudgedPool> };
  return pools;
}

/**
 * A frozen file's outcomes with the results it could not judge set aside: pages and answers written
 * after the file was frozen, whose expected answers were chosen without them. A new answer that
 * takes first place is then neither a hit nor a miss, and the rank is that of the right answer
 * among the results that existed ("condensed" lists, the usual treatment of unjudged results). The
 * expected answers always count, even when they were written after the file (issue 12's anchors).
 */
export function condensed(outcomes: QueryOutcome[], pool: JudgedPool): QueryOutcome[] {
  const judged = new Set(pool.urls);
  return outcomes.map((outcome) => {
    const results = outcome.results.filter(
      (result) =>
        judged.has(result) || outcome.expected.some((want) => meetsExpected(result, want)),
    );
    return outcomeOf(outcome, results);
  });
}

/**
 * The frozen files' outcomes pooled, each file's with the results it could not judge set aside
 * (`condensed`), and how many such results were in a top three. Undefined when there is no frozen
 * file, or one has no judged pool (then `failedGates` says so).
 */
export function condensedTestSet(
  sets: { name: string; outcomes: QueryOutcome[] }[],
  pools: Record<string, JudgedPool>,
): { summary: SetSummary; setAsideInTop3: number } | undefined {
  const frozen = sets.filter((set) => isFrozenTestSet(set.name));
  if (frozen.length === 0 || frozen.some((set) => !pools[`${set.name}.json`])) return undefined;
  const before = frozen.flatMap((set) => set.outcomes);
  const after = frozen.flatMap((set) => condensed(set.outcomes, pools[`${set.name}.json`]));
  const setAsideInTop3 = before.reduce(
    (sum, outcome, i) =>
      sum + outcome.results.slice(0, 3).filter((r) => !after[i].results.includes(r)).length,
    0,
  );
  return { summary: summarize(`${pooledTestSetName}, condensed`, after), setAsideInTop3 };
}
