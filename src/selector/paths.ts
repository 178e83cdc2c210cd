/**
 * Every state a reader can reach, found by trying every option from the start. The pre-rendered
 * step pages, the decision table and the reachability tests all use this list.
 */
import { walk, type Walk } from './decide';

export interface ReachableState {
  /** The answers that lead here (empty for the first question). */
  answers: Record<string, string>;
  walk: Walk;
}

/** All reachable states, depth first, in the order of the options. Throws if the flow has a cycle. */
export function reachableStates(): ReachableState[] {
  const found: ReachableState[] = [];
  const visit = (answers: Record<string, string>) => {
    const walked = walk(answers);
    if (walked.answered.length !== Object.keys(answers).length) {
      throw new Error(`A question came up twice on the path ${JSON.stringify(answers)}`);
    }
    found.push({ answers, walk: walked });
    const question = walked.current;
    if (!question) return;
    for (const option of question.options) visit({ ...answers, [question.id]: option.id });
  };
  visit({});
  return found;
}

/** The states where the plan is complete: one per distinct way through the questions. */
export function completePaths(): ReachableState[] {
  return reachableStates().filter((state) => !state.walk.current);
}
