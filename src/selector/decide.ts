/**
 * Walking the decision model: given the reader's answers, which question comes next, which outcome
 * applies, and what extra advice their answers add. Pure functions over the data in model.ts.
 */
import {
  outcomes,
  questions,
  startStep,
  steps,
  type Note,
  type Option,
  type Outcome,
  type Question,
  type Step,
} from './model';

/** The reader's answers: question id -> option id. Order does not matter; the flow decides it. */
export type Answers = Readonly<Record<string, string>>;

const questionById = new Map(questions.map((q) => [q.id, q]));
const stepById = new Map(steps.map((s) => [s.id, s]));
const outcomeById = new Map(outcomes.map((o) => [o.id, o]));

export function findQuestion(id: string): Question | undefined {
  return questionById.get(id);
}

export function findOutcome(id: string): Outcome | undefined {
  return outcomeById.get(id);
}

export function findStep(id: string): Step | undefined {
  return stepById.get(id);
}

/** Throws for an id the model does not define: for model code, where a miss is a programming error. */
function mustGet<T>(map: Map<string, T>, id: string, what: string): T {
  const found = map.get(id);
  if (!found) throw new Error(`The selector model has no ${what} "${id}"`);
  return found;
}

export interface AnsweredQuestion {
  question: Question;
  option: Option;
}

export interface Walk {
  /** The answers that are on the reader's path, in the order they were asked. */
  answered: AnsweredQuestion[];
  /** The question to show now, or undefined when the plan is complete. */
  current?: Question;
  /** The outcome, once the route questions have reached one (modifiers may still be open). */
  outcome?: Outcome;
  /**
   * Ids of answered questions that are not on the path: left over, contradictory, or (while a
   * question is open) waiting for a later step. state.ts decides which of them make a link broken.
   */
  unused: string[];
}

/**
 * Follows the flow from the start using the answers given. Stops at the first unanswered question
 * (or at `stopAt`, the question the reader is changing). Answers to questions off the path are
 * reported as `unused`, except while changing an answer, when later answers wait to be reused.
 */
export function walk(answers: Answers, stopAt?: string): Walk {
  const answered: AnsweredQuestion[] = [];
  const onPath = new Set<string>();
  const finish = (walked: Omit<Walk, 'answered' | 'unused'>): Walk => ({
    ...walked,
    answered,
    unused:
      stopAt === undefined
        ? Object.keys(answers).filter((id) => !onPath.has(id) && findQuestion(id))
        : [],
  });
  const ask = (question: Question): Option | 'stop' => {
    const option = question.options.find((o) => o.id === answers[question.id]);
    if (!option || question.id === stopAt) return 'stop';
    answered.push({ question, option });
    onPath.add(question.id);
    return option;
  };

  let step = mustGet(stepById, startStep, 'step');
  const visited = new Set<string>();
  for (;;) {
    if (visited.has(step.id)) throw new Error(`The flow loops back to step "${step.id}"`);
    visited.add(step.id);
    const question = mustGet(questionById, step.question, 'question');
    const option = ask(question);
    if (option === 'stop') return finish({ current: question });
    const target = step.next[option.id];
    if (!target) throw new Error(`Step "${step.id}" has no route for "${option.id}"`);
    if ('outcome' in target) {
      const outcome = mustGet(outcomeById, target.outcome, 'outcome');
      for (const modifierId of outcome.modifiers) {
        const modifier = mustGet(questionById, modifierId, 'question');
        if (ask(modifier) === 'stop') return finish({ current: modifier, outcome });
      }
      return finish({ outcome });
    }
    step = mustGet(stepById, target.step, 'step');
  }
}

export interface Decision {
  outcome: Outcome;
  /** Advice added by the reader's answers (modifiers and "I'm not sure"), in the order asked. */
  notes: Note[];
  answered: AnsweredQuestion[];
}

/** The reader's plan, or undefined while questions remain. */
export function decide(answers: Answers): Decision | undefined {
  const walked = walk(answers);
  if (walked.current || !walked.outcome) return undefined;
  return {
    outcome: walked.outcome,
    notes: walked.answered.flatMap(({ option }) => option.notes ?? []),
    answered: walked.answered,
  };
}

/** Only the answers on the reader's path: what a clean link to this step contains. */
export function answersOnPath(answered: AnsweredQuestion[]): Record<string, string> {
  return Object.fromEntries(answered.map(({ question, option }) => [question.id, option.id]));
}

/**
 * The advice shown on an outcome's permanent page, where the answers are unknown: for each modifier
 * the outcome asks about, the notes of its "I'm not sure" option, which are worded as "If ...".
 */
export function generalNotes(outcome: Outcome): Note[] {
  return outcome.modifiers.flatMap(
    (id) =>
      mustGet(questionById, id, 'question').options.find((o) => o.id === 'not-sure')?.notes ?? [],
  );
}
