/**
 * The filter of the FAQ list (/faq): which questions to show for what the reader typed.
 * Plain TypeScript, no React or Docusaurus.
 */
import { stopWords, words } from './text';

export interface FaqQuestion {
  /** The question as its heading reads. */
  text: string;
  /** The FAQ page (theme) it is on. */
  theme: string;
}

/**
 * Whether a question is shown: every word the reader typed (stop words aside) starts a word of the
 * question or of its theme. "blur" shows "Why are my photos blurry…"; an empty filter shows all.
 */
export function matchesFilter(question: FaqQuestion, filter: string): boolean {
  const wanted = words(filter).filter((word) => !stopWords.has(word));
  const have = words(`${question.text} ${question.theme}`);
  return wanted.every((word) => have.some((candidate) => candidate.startsWith(word)));
}

/** "Showing all 38 questions", "Showing 3 of 38 questions", "No question matches". */
export function filterSummary(shown: number, total: number): string {
  if (shown === 0) return 'No question matches. Try fewer words, or search the whole site.';
  if (shown === total) return `Showing all ${total} questions.`;
  return `Showing ${shown} of ${total} questions.`;
}
