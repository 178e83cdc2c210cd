/**
 * The "Which option applies to me?" decision model, in four files:
 *
 * - questions.ts: the questions, their "How do I check?" help and their options (wording only);
 * - flow.ts: which question each step asks and where each answer leads (routing only);
 * - outcomes.ts: the plans the flow leads to;
 * - types.ts: their shapes.
 *
 * Plain data, no React and no Docusaurus. The selector, its pre-rendered pages, the "How the selector
 * decides" page, the decision table and the tests all read the model through this module.
 */
export type { Assert, Note, Option, Outcome, PlanItem, Question, Step, Target } from './types';
export {
  questions,
  type ModifierQuestionId,
  type OptionId,
  type QuestionId,
  type RouteQuestionId,
} from './questions';
export { startStep, steps, type FlowStep, type StepId } from './flow';
export { outcomes, type OutcomeId } from './outcomes';
