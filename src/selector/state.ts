/**
 * What the selector shows for a URL: the reader's walk through the model, and whether part of the
 * link had to be dropped. Shared by the component and its tests.
 */
import { parseAnswers } from './codec';
import { answersOnPath, walk, type Answers, type Walk } from './decide';

export interface SelectorState {
  walk: Walk;
  /** The answers on the path (plus, while changing an answer, the later ones waiting to be reused). */
  answers: Answers;
  /** The question being changed, when the reader followed a "Change" link. */
  change?: string;
  /** True when the link held something we could not use; the reader is told in one short line. */
  problem: boolean;
}

/**
 * Reads the state from a query string. Without any query, the state is `fallback` (the answers of a
 * pre-rendered step page). Invalid parts are dropped and the reader continues from the last valid step.
 */
export function stateFromQuery(search: string, fallback: Answers = {}): SelectorState {
  const parsed = parseAnswers(search);
  const hasQuery = search.replace(/^\?/, '') !== '';
  const answers = hasQuery ? parsed.answers : fallback;
  if (parsed.change) {
    const changing = walk(answers, parsed.change);
    if (changing.current?.id === parsed.change) {
      return { walk: changing, answers, change: parsed.change, problem: parsed.dropped };
    }
  }
  const walked = walk(answers);
  // While a question is still open, answers off the path are not a broken link: an older link may
  // carry answers for a question that is no longer asked there, or for questions that come after
  // one added since (test/fixtures/selector-links-*.json). They wait, as with Change, and are reused
  // or dropped once the reader answers. Only a finished path with answers left over contradicts.
  const open = walked.current !== undefined;
  return {
    walk: walked,
    answers: open
      ? { ...answers, ...answersOnPath(walked.answered) }
      : answersOnPath(walked.answered),
    problem: parsed.dropped || Boolean(parsed.change) || (!open && walked.unused.length > 0),
  };
}

/** The answers after the reader chose `optionId` for the current question, limited to the path. */
export function answer(state: SelectorState, questionId: string, optionId: string): Answers {
  const next = walk({ ...state.answers, [questionId]: optionId });
  return answersOnPath(next.answered);
}
