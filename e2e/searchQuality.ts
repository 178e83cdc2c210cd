/**
 * Scoring for the search-quality test (e2e/search.spec.ts): each query in e2e/search-queries.json names
 * the page or FAQ answer a reader should land on; the test records where the first three results lead.
 */

export interface SearchQuery {
  /** What a reader or agent types, typos included. */
  query: string;
  /**
   * The right destination(s): "/path" is met by any result on that page, "/path#id" only by that
   * exact section. Several entries mean each one genuinely answers the query.
   */
  expected: string[];
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
