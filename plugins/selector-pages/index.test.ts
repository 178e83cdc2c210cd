import { describe, expect, it } from 'vitest';
import { outcomes } from '../../src/selector/model';
import { selectorRoutes } from './index';

describe('selector pages', () => {
  const routes = selectorRoutes();

  it('adds one page per step and one permanent page per outcome, all with distinct paths', () => {
    expect(new Set(routes.map((r) => r.path)).size).toBe(routes.length);
    const results = routes.filter((r) => r.path.startsWith('/which-option/result/'));
    expect(results.map((r) => r.path)).toEqual(outcomes.map((o) => `/which-option/result/${o.id}`));
    const steps = routes.filter((r) => r.path.startsWith('/which-option/step/'));
    expect(steps.length + results.length).toBe(routes.length);
    // A reasonable number of pre-rendered pages; raise deliberately if the model grows.
    expect(steps.length).toBeLessThanOrEqual(250);
  });

  it('builds readable step paths from the answers', () => {
    expect(routes).toContainEqual({
      path: '/which-option/step/account-same/restore-finished',
      props: { answers: { account: 'same', restore: 'finished' } },
    });
  });
});
