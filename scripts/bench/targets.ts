import type { Target } from './report';

/**
 * The targets of issue 14, as ratios to stock Docusaurus measured in the same run (absolute times
 * depend on the machine; ratios to stock measured side by side hold from one machine to another).
 * Lighthouse targets apply to mobile.
 */
export const benchTargets = {
  /** First-load JavaScript (gzip), every page type */
  firstLoadJs: { kind: 'maxRatio', value: 0.6 },
  /** First-load CSS (gzip), every page type */
  firstLoadCss: { kind: 'maxRatio', value: 1 },
  /** Mobile Total Blocking Time: median of the per-pair ratios */
  tbt: { kind: 'maxRatio', value: 0.35 },
  /** Mobile Largest Contentful Paint: median of the per-pair ratios */
  lcp: { kind: 'maxRatio', value: 0.5 },
  /** Mobile performance score: at least stock + 10 (median of the per-pair differences) */
  performance: { kind: 'minDifference', value: 10 },
  /** Accessibility, best practices and SEO */
  otherScores: { kind: 'min', value: 100 },
} as const satisfies Record<string, Target>;
