/**
 * Pre-renders the selector's pages from the decision model, so the whole flow works without JavaScript:
 *
 * - `/which-option/step/<options>`: one page per reachable step of the route questions (the first
 *   question is on /which-option itself), e.g. `/which-option/step/same/finished`. Answers are links
 *   to the next step page. Where the modifier questions would come, the page shows the plan with
 *   their advice for every case, so no pages are needed for them. Kept out of the sitemap and marked
 *   noindex: they exist for readers without JavaScript, not for search results.
 * - `/which-option/result/<outcome-id>`: the permanent page of each outcome, for support agents'
 *   tickets, crawlers and link checkers. These are in the sitemap.
 *
 * Every route is listed in the site's main JavaScript bundle, which every page loads. So the routes
 * carry no props (SelectorPage reads the answers from its path) and the paths are short; the
 * budget test checks the cost.
 *
 * With JavaScript, the same RecoverySelector component hydrates on these pages.
 */
import type { LoadContext, Plugin } from '@docusaurus/types';
import { resultPath, stepPath } from '../../src/selector/codec';
import { outcomes } from '../../src/selector/model';
import { reachableStates } from '../../src/selector/paths';

/** Every page the plugin adds, as site paths without the base URL. */
export function selectorPagePaths(): string[] {
  const steps = reachableStates()
    .filter(
      ({ walk }) =>
        walk.answered.length > 0 &&
        walk.answered.every(({ question }) => question.kind === 'route'),
    )
    .map(({ walk }) => stepPath(walk.answered));
  return [...steps, ...outcomes.map((outcome) => resultPath(outcome.id))];
}

export default function selectorPages(context: LoadContext): Plugin {
  return {
    name: 'selector-pages',
    async contentLoaded({ actions }) {
      for (const path of selectorPagePaths()) {
        actions.addRoute({
          path: `${context.baseUrl}${path.slice(1)}`,
          component: '@site/src/components/SelectorPage',
          exact: true,
        });
      }
    },
  };
}
