/**
 * Pre-renders the selector's pages from the decision model, so the whole flow works without JavaScript:
 *
 * - `/which-option/step/<answers>`: one page per reachable step (the first question is on
 *   /which-option itself). Answers are links to the next step page. Kept out of the sitemap and
 *   marked noindex: they exist for readers without JavaScript, not for search results.
 * - `/which-option/result/<outcome-id>`: the permanent page of each outcome, for support agents'
 *   tickets, crawlers and link checkers. These are in the sitemap.
 *
 * With JavaScript, the same RecoverySelector component hydrates on these pages.
 */
import type { LoadContext, Plugin } from '@docusaurus/types';
import { resultPath, stepPath } from '../../src/selector/codec';
import { outcomes } from '../../src/selector/model';
import { reachableStates } from '../../src/selector/paths';

export interface SelectorRoute {
  path: string;
  props: { answers: Record<string, string> } | { outcomeId: string };
}

/** Every page the plugin adds, as site paths without the base URL. */
export function selectorRoutes(): SelectorRoute[] {
  const steps = reachableStates()
    .filter((state) => state.walk.answered.length > 0)
    .map((state) => ({ path: stepPath(state.walk.answered), props: { answers: state.answers } }));
  const results = outcomes.map((outcome) => ({
    path: resultPath(outcome.id),
    props: { outcomeId: outcome.id },
  }));
  return [...steps, ...results];
}

export default function selectorPages(context: LoadContext): Plugin {
  return {
    name: 'selector-pages',
    async contentLoaded({ actions }) {
      for (const route of selectorRoutes()) {
        actions.addRoute({
          path: `${context.baseUrl}${route.path.slice(1)}`,
          component: '@site/src/components/SelectorPage',
          exact: true,
          props: route.props,
        });
      }
    },
  };
}
