import { sections } from './mdxText';

/**
 * FAQ answers start with the answer (issue 12; STYLE.md: "FAQ questions are `##` headings with the
 * short answer first"). A reader who opens an agent's link to an answer reads one sentence: it must
 * be the answer, not a preamble.
 *
 * - A yes/no question ("Can I ...?", "Is it ...?") is answered "Yes" or "No" first ("Yes, if ...").
 * - A "how long" question gets a rough range in its first sentence ("A few hours to a day").
 * - No answer opens with filler ("It depends", "Good question", "Don't worry" ...).
 * - The first sentence is short enough to read at a glance.
 */

export const maxFirstSentenceWords = 40;

// Words that open a question a reader can answer with yes or no.
const yesNoOpeners =
  /^(?:can|could|is|are|was|were|do|does|did|will|would|should|has|have|had|may|might)\b/i;

/** Openings that postpone the answer. */
const fillerOpeners: readonly RegExp[] = [
  /^it depends\b/i,
  /^(?:good|great) question\b/i,
  /^don't worry\b|^do not worry\b/i,
  /^(?:well|so|basically|actually)\b,?/i,
  /^there are (?:a few|several|many|some) (?:things|reasons|ways)\b/i,
  /^(?:many|most|some) people\b/i,
  /^this is a (?:common|good|great)\b/i,
  /^let's\b/i,
];

/** Time words a rough range must name. */
const durationPattern =
  /\b(?:\d[\d,.]*|a few|a couple of|one|two|three|several|many)\b[^.?!]{0,30}?\b(?:seconds?|minutes?|hours?|days?|weeks?|months?)\b/i;

export interface FaqAnswer {
  id: string;
  question: string;
  /** The first sentence of the answer, as a reader sees it. */
  firstSentence: string;
}

/**
 * The question a heading asks: its last sentence that ends in "?", or the whole heading. A sentence
 * ends at ".", "?" or "!" before a space, so "iCloud.com" stays in one piece.
 */
export function askedQuestion(heading: string): string {
  const sentences = heading.trim().split(/(?<=[.?!])\s+/);
  return (sentences.filter((s) => s.endsWith('?')).at(-1) ?? heading).trim();
}

/** The main clause of a question: "If I delete photos, are they gone?" → "are they gone?". */
function mainClause(question: string): string {
  return question.replace(/^(?:if|when|after|before|once|while)\b[^,?]*,\s*/i, '');
}

export function isYesNoQuestion(heading: string): boolean {
  const question = askedQuestion(heading);
  return question.endsWith('?') && yesNoOpeners.test(mainClause(question));
}

export function isHowLongQuestion(heading: string): boolean {
  return /^how long\b/i.test(askedQuestion(heading));
}

/** Markdown and MDX reduced to the words a reader sees. */
function readable(markdown: string): string {
  return markdown
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
    .replace(/<SettingsPath\s+path="([^"]*)"\s*\/>/g, '$1')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The first sentence of a text: up to the first ".", "?", "!" or ":" followed by a space or the end. */
export function firstSentence(text: string): string {
  // "e.g." and "iCloud.com" must not end a sentence: a stop ends one only before a space or the end.
  const match = /^[\s\S]*?[.?!:](?=\s|$)/.exec(text);
  return (match ? match[0] : text).trim();
}

/** The first paragraph of a section's content that a reader sees (not an import or a comment). */
function firstParagraph(content: string): string {
  const paragraphs = content
    .split(/\n\s*\n/)
    .map((p) => readable(p.replace(/^(?:import|export)\s.*$/gm, '')))
    .filter(Boolean);
  return paragraphs[0] ?? '';
}

/** Every `##` answer of an FAQ page, with its first sentence. */
export function faqAnswers(body: string): FaqAnswer[] {
  return sections(body).map((section) => ({
    id: section.heading.id ?? '',
    question: section.heading.text,
    firstSentence: firstSentence(firstParagraph(section.content)),
  }));
}

/** Why an answer does not start with the answer; an empty list when it does. */
export function answerProblems({ id, question, firstSentence: sentence }: FaqAnswer): string[] {
  const where = `#${id} ("${question}")`;
  if (!sentence) return [`${where} has no answer`];
  const problems: string[] = [];
  if (isYesNoQuestion(question) && !/^(?:yes|no)\b/i.test(sentence))
    problems.push(`${where} is a yes/no question: start with "Yes" or "No", not "${sentence}"`);
  if (isHowLongQuestion(question) && !durationPattern.test(sentence))
    problems.push(`${where} asks how long: give a rough range first, not "${sentence}"`);
  if (fillerOpeners.some((filler) => filler.test(sentence)))
    problems.push(`${where} opens with filler: "${sentence}"`);
  const words = sentence.split(/\s+/).length;
  if (words > maxFirstSentenceWords)
    problems.push(
      `${where}: the first sentence has ${words} words (at most ${maxFirstSentenceWords})`,
    );
  return problems;
}

/** Every answer on an FAQ page that does not start with the answer. */
export function faqPageProblems(body: string): string[] {
  return faqAnswers(body).flatMap(answerProblems);
}
