/**
 * The filter of the FAQ list (/faq): which questions to show for what the reader typed.
 * Plain TypeScript, no React or Docusaurus.
 */
import { stopWords, words } from './text';
import { readerPhrasesIn } from './vocabulary';

export interface FaqQuestion {
  /** The question as its heading reads. */
  text: string;
  /** The FAQ page (theme) it is on. */
  theme: string;
}

/**
 * Whether a question is shown: every word the reader typed (stop words aside) starts a word of the
 * question or of its theme, or is part of a reader's phrase whose term the question uses (the
 * search's vocabulary: "pics" is "photos", "factory reset" is "erase"). "blur" shows "Why are my
 * photos blurry…"; an empty filter shows all.
 */
export function matchesFilter(question: FaqQuestion, filter: string): boolean {
  const typed = words(filter);
  const have = words(`${question.text} ${question.theme}`);
  const present = (word: string) => have.some((candidate) => candidate.startsWith(word));
  // A term counts when each of its words starts a word of the question ("erase" in "erased").
  const termPresent = (term: string) => words(term).every(present);
  const phrases = readerPhrasesIn(filter);
  return typed.every(
    (word, at) =>
      stopWords.has(word) ||
      present(word) ||
      phrases.some(
        (phrase) =>
          at >= phrase.start && at < phrase.start + phrase.length && termPresent(phrase.ours),
      ),
  );
}

/** "Showing all 38 questions", "Showing 3 of 38 questions", "No question matches". */
export function filterSummary(shown: number, total: number): string {
  if (shown === 0) return 'No question matches. Try fewer words, or search the whole site.';
  if (shown === total) return `Showing all ${total} questions.`;
  return `Showing ${shown} of ${total} questions.`;
}
