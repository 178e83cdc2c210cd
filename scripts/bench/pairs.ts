/**
 * A fair comparison on a noisy machine: this site (A) and stock Docusaurus (B) are measured in pairs,
 * one right after the other, so that whatever else the machine is doing hits both sides of a pair
 * alike. Each figure is then reported three ways: the median of this site's runs, the median of
 * stock's runs, and the median of the per-pair ratios (or differences, for scores). The per-pair
 * ratio is the robust one: a slow minute makes both sides of its pair slow.
 *
 * Plain functions, no I/O (unit-tested); scripts/bench.ts runs the schedule.
 */
import { median } from './report';

export type Side = 'ours' | 'stock';

/** One Lighthouse run to do: which side, which page pair, which form factor, which round. */
export interface Step<P> {
  side: Side;
  page: P;
  formFactor: string;
  round: number;
}

/**
 * The order of the runs: round by round, form factor by form factor, page by page, a pair of runs
 * (ours and stock) back to back. The first of the pair alternates from one pair to the next (A B, B A,
 * A B...), so neither side always runs first (the first run after a switch of site can be slower).
 */
export function pairedSchedule<P>(pages: P[], formFactors: string[], rounds: number): Step<P>[] {
  const steps: Step<P>[] = [];
  let pairIndex = 0;
  for (let round = 0; round < rounds; round++) {
    for (const formFactor of formFactors) {
      for (const page of pages) {
        const order: Side[] = pairIndex % 2 === 0 ? ['ours', 'stock'] : ['stock', 'ours'];
        for (const side of order) steps.push({ side, page, formFactor, round });
        pairIndex++;
      }
    }
  }
  return steps;
}

export interface Pair {
  ours: number;
  stock: number;
}

/** Per-pair ours / stock; pairs where either value is missing (NaN) or stock is 0 have no ratio. */
export function pairRatios(pairs: Pair[]): number[] {
  return pairs
    .filter(({ ours, stock }) => Number.isFinite(ours) && Number.isFinite(stock) && stock !== 0)
    .map(({ ours, stock }) => ours / stock);
}

/** Per-pair ours - stock (for scores, where the target is "stock + 10"). */
export function pairDifferences(pairs: Pair[]): number[] {
  return pairs
    .filter(({ ours, stock }) => Number.isFinite(ours) && Number.isFinite(stock))
    .map(({ ours, stock }) => ours - stock);
}

export interface PairSummary {
  /** Pairs in which both sides have a value */
  pairs: number;
  ours: number | undefined;
  stock: number | undefined;
  /** Median of the per-pair ratios */
  ratio: number | undefined;
  /** Median of the per-pair differences */
  difference: number | undefined;
}

export function summarizePairs(pairs: Pair[]): PairSummary {
  const complete = pairs.filter(
    ({ ours, stock }) => Number.isFinite(ours) && Number.isFinite(stock),
  );
  return {
    pairs: complete.length,
    ours: median(pairs.map((p) => p.ours).filter(Number.isFinite)),
    stock: median(pairs.map((p) => p.stock).filter(Number.isFinite)),
    ratio: median(pairRatios(complete)),
    difference: median(pairDifferences(complete)),
  };
}

/**
 * Puts the runs of a schedule back into pairs: `values` holds one number per step, in schedule order.
 * Returns, per page and form factor (key `${pageKey}|${formFactor}`), the pairs in round order.
 */
export function collectPairs<P>(
  steps: Step<P>[],
  values: number[],
  pageKey: (page: P) => string,
): Map<string, Pair[]> {
  if (steps.length !== values.length) {
    throw new Error(`${values.length} values for ${steps.length} steps`);
  }
  const open = new Map<string, Partial<Pair>>();
  const result = new Map<string, Pair[]>();
  steps.forEach((step, i) => {
    const key = `${pageKey(step.page)}|${step.formFactor}`;
    const pairKey = `${key}|${step.round}`;
    const pair = { ...open.get(pairKey), [step.side]: values[i] };
    if (pair.ours !== undefined && pair.stock !== undefined) {
      result.set(key, [...(result.get(key) ?? []), { ours: pair.ours, stock: pair.stock }]);
      open.delete(pairKey);
    } else {
      open.set(pairKey, pair);
    }
  });
  return result;
}

/**
 * A warning when the machine was busy: a 1-minute load average above the number of cores means runs
 * waited for a core, and timings (TBT above all) are inflated. Undefined when the load is fine.
 */
export function loadWarning(when: string, load: number, cores: number): string | undefined {
  if (load <= cores) return undefined;
  return (
    `WARNING: load average ${load.toFixed(2)} ${when} is above the ${cores} CPU cores: other work ` +
    'competed for the CPU, so timings are inflated and noisy. Trust the per-pair ratios more than ' +
    'the medians, and rerun on a quiet machine for figures to publish.'
  );
}
