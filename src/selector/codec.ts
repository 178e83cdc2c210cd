/**
 * The selector's state in URLs.
 *
 * - With JavaScript, answers live in the query string of the selector page, readable and in the
 *   order the questions are asked: `/which-option?account=same&restore=finished&icloud-photos=on`.
 *   `change=<question>` means "show this question again, keeping the other answers".
 * - Without JavaScript, every step is a pre-rendered page whose path lists the chosen options in
 *   the order asked: `/which-option/step/same/finished` (the flow says which question each answers).
 *   Only route questions get pages: where the modifiers would be asked, the page shows the plan with
 *   their advice for every case (see generalNotes).
 * - Each outcome has a permanent page: `/which-option/result/<outcome-id>`.
 *
 * parseAnswers never throws and never returns text from the input that is not a known id, so nothing
 * a link contains can be shown to the reader. What it cannot use, it drops and reports.
 */
import { findOutcome, findQuestion, walk, type Answers, type AnsweredQuestion } from './decide';
import { questions } from './model';

export const selectorPath = '/which-option';
export const stepBasePath = `${selectorPath}/step`;
export const resultBasePath = `${selectorPath}/result`;

/** Longer query strings are not parsed at all: no real link to the selector comes close. */
export const maxQueryLength = 1000;
const maxParameters = 30;

export interface ParsedQuery {
  answers: Answers;
  /** The question the reader asked to change, if the link says so and it is a real question. */
  change?: string;
  /** True when part of the input was dropped (unknown, invalid, repeated or too long). */
  dropped: boolean;
}

function isOptionOf(questionId: string, optionId: string): boolean {
  return Boolean(findQuestion(questionId)?.options.some((o) => o.id === optionId));
}

/** Reads the answers from a query string ("?a=b&c=d" or "a=b&c=d"). Never throws. */
export function parseAnswers(query: unknown): ParsedQuery {
  const empty: ParsedQuery = { answers: {}, dropped: false };
  if (typeof query !== 'string') return empty;
  // URLSearchParams drops one leading "?" itself.
  const text = query;
  if (text === '' || text === '?') return empty;
  if (text.length > maxQueryLength) return { ...empty, dropped: true };

  let pairs: [string, string][];
  try {
    pairs = [...new URLSearchParams(text)];
  } catch {
    return { ...empty, dropped: true };
  }
  let dropped = pairs.length > maxParameters;
  pairs = pairs.slice(0, maxParameters);

  const seen = new Map<string, number>();
  for (const [key] of pairs) seen.set(key, (seen.get(key) ?? 0) + 1);

  const answers: Record<string, string> = {};
  let change: string | undefined;
  for (const [key, value] of pairs) {
    if (seen.get(key)! > 1) {
      // The same question answered twice: we cannot know which answer is meant.
      dropped = true;
    } else if (key === 'change' && findQuestion(value)) {
      change = value;
    } else if (key !== 'change' && isOptionOf(key, value)) {
      answers[key] = value;
    } else {
      dropped = true;
    }
  }
  return { answers, change, dropped };
}

/** The query string for some answers, without "?", in the order the questions are defined. */
export function serializeAnswers(answers: Answers, change?: string): string {
  const parts = questions
    .filter((q) => isOptionOf(q.id, answers[q.id] ?? ''))
    .map((q) => `${encodeURIComponent(q.id)}=${encodeURIComponent(answers[q.id])}`);
  if (change && findQuestion(change)) parts.push(`change=${encodeURIComponent(change)}`);
  return parts.join('&');
}

/** The selector page with these answers, e.g. "/which-option?account=same". */
export function selectorHref(answers: Answers, change?: string): string {
  const query = serializeAnswers(answers, change);
  return query ? `${selectorPath}?${query}` : selectorPath;
}

/** The pre-rendered page for a list of answers in the order asked; the selector page when empty. */
export function stepPath(answered: readonly Pick<AnsweredQuestion, 'option'>[]): string {
  if (answered.length === 0) return selectorPath;
  return `${stepBasePath}/${answered.map(({ option }) => option.id).join('/')}`;
}

/**
 * The answers of a step page, read from its path (with or without the base URL). Follows the flow
 * one option at a time and stops at the first segment that does not fit.
 */
export function answersFromStepPath(pathname: string): Record<string, string> {
  const at = pathname.indexOf(`${stepBasePath}/`);
  const answers: Record<string, string> = {};
  if (at < 0) return answers;
  for (const optionId of pathname.slice(at + stepBasePath.length + 1).split('/')) {
    const question = walk(answers).current;
    if (!question?.options.some((o) => o.id === optionId)) break;
    answers[question.id] = optionId;
  }
  return answers;
}

/** The outcome id of a result page's path (with or without the base URL), if it is one. */
export function outcomeFromResultPath(pathname: string): string | undefined {
  const at = pathname.indexOf(`${resultBasePath}/`);
  if (at < 0) return undefined;
  const id = pathname.slice(at + resultBasePath.length + 1);
  return findOutcome(id) ? id : undefined;
}

/** The permanent page of an outcome. */
export function resultPath(outcomeId: string): string {
  return `${resultBasePath}/${outcomeId}`;
}
