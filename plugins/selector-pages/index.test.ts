import { describe, expect, it } from 'vitest';
import { answersFromStepPath } from '../../src/selector/codec';
import { walk } from '../../src/selector/decide';
import { outcomes } from '../../src/selector/model';
import { selectorPagePaths } from './index';

describe('selector pages', () => {
  const paths = selectorPagePaths();
  const steps = paths.filter((path) => path.startsWith('/which-option/step/'));

  it('adds one page per step and one permanent page per outcome, all with distinct paths', () => {
    expect(new Set(paths).size).toBe(paths.length);
    const results = paths.filter((path) => path.startsWith('/which-option/result/'));
    expect(results).toEqual(outcomes.map((o) => `/which-option/result/${o.id}`));
    expect(steps.length + results.length).toBe(paths.length);
    // Every route costs bytes in the main bundle of every page: keep the count deliberate.
    // 95 before issue 12; 151 after it (deleted-or-hidden on the off branch, other-devices on every
    // branch): e2e/budgets.spec.ts holds the bytes.
    expect(steps.length).toBeLessThanOrEqual(160);
  });

  it('gives each step page a path that reads back as its own answers', () => {
    expect(steps).toContain('/which-option/step/same/finished');
    for (const path of steps) {
      const answers = answersFromStepPath(path);
      const walked = walk(answers);
      expect(path.split('/').length - 3).toBe(walked.answered.length);
      expect(walked.current ?? walked.outcome).toBeDefined();
    }
  });
});
