// cspell:ignore dissapear factori (stems, words without their apostrophe, typos on purpose)
/**
 * Readers' words for our terms (data/search-vocabulary.json): "camera roll" and "pics" are our
 * "photos", "factory reset" is "erase", "iTunes" is a "computer backup". The same function runs on
 * the text of every section when the index is built and on every query, so a reader's word finds
 * the page that uses ours. Plain TypeScript, no React or Docusaurus.
 */
import vocabularyFile from '../../data/search-vocabulary.json';
import { stem, stopWords, words } from './text';

export interface VocabularyEntry {
  /** The term our pages use. */
  ours: string;
  /** Words and phrases readers use for it. */
  theirs: string[];
}

interface Phrase {
  /** The stems of the phrase's words, e.g. ["factori", "reset"]. */
  stems: string[];
  ours: string;
}

export interface Vocabulary {
  phrases: Phrase[];
  /** The one-word phrases, the only ones matched with a typo. */
  singleWords: Phrase[];
  /** Phrases by the stem of their first word, to find candidates quickly in long texts. */
  byFirstStem: Map<string, Phrase[]>;
}

export function compileVocabulary(entries: VocabularyEntry[]): Vocabulary {
  const phrases = entries.flatMap(({ ours, theirs }) =>
    theirs.map((phrase) => ({ stems: words(phrase).map(stem), ours })),
  );
  const byFirstStem = new Map<string, Phrase[]>();
  for (const phrase of phrases) {
    if (phrase.stems.length === 0) continue;
    const list = byFirstStem.get(phrase.stems[0]) ?? [];
    list.push(phrase);
    byFirstStem.set(phrase.stems[0], list);
  }
  return {
    phrases,
    singleWords: phrases.filter((phrase) => phrase.stems.length === 1),
    byFirstStem,
  };
}

export const vocabulary: Vocabulary = compileVocabulary(vocabularyFile.entries);

/** How many typos a word of this length may carry and still be a reader's word: none under 5 letters. */
export function typosAllowed(length: number): number {
  if (length >= 8) return 2;
  return length >= 5 ? 1 : 0;
}

/**
 * Whether two words are at most `limit` edits apart (insert, delete, replace, or swap two
 * neighbours: "dissapear" is two edits from "disappear").
 */
export function withinEdits(a: string, b: string, limit: number): boolean {
  if (Math.abs(a.length - b.length) > limit) return false;
  // Optimal string alignment distance, row by row, stopping as soon as a row is over the limit.
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, beforePrevious[j - 2] + 1);
      }
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return false;
    beforePrevious = previous;
    previous = current;
  }
  return previous[b.length] <= limit;
}

function matchesAt(stems: string[], at: number, phrase: Phrase): boolean {
  return phrase.stems.every((want, offset) => stems[at + offset] === want);
}

/** The phrases that start at a word of a text (given as its words' stems), every word in order. */
function phrasesAt(stems: string[], at: number, byFirstStem: Vocabulary['byFirstStem']): Phrase[] {
  return (byFirstStem.get(stems[at]) ?? []).filter((phrase) => matchesAt(stems, at, phrase));
}

export interface FindOptions {
  /**
   * Also match a single-word phrase with a typo (see typosAllowed). For queries: the text of our
   * pages is edited, a reader's typing is not.
   */
  typos?: boolean;
}

/**
 * Our terms for the readers' words in a text, each once, in the order found: "wiped my ipad and
 * the camera roll is empty" gives ["erase", "photos", "missing"].
 */
export function ourTermsIn(
  text: string,
  { typos = false }: FindOptions = {},
  { singleWords, byFirstStem }: Vocabulary = vocabulary,
): string[] {
  const stems = words(text).map(stem);
  const found = new Set<string>();
  stems.forEach((word, at) => {
    for (const phrase of phrasesAt(stems, at, byFirstStem)) found.add(phrase.ours);
    const limit = typos ? typosAllowed(word.length) : 0;
    if (limit === 0 || stopWords.has(word)) return;
    for (const phrase of singleWords) {
      if (!found.has(phrase.ours) && withinEdits(word, phrase.stems[0], limit))
        found.add(phrase.ours);
    }
  });
  return [...found];
}

/** Where a reader's phrase is in a text: its first word and how many words, by `words(text)`. */
export interface PhraseAt {
  ours: string;
  start: number;
  length: number;
}

/**
 * The readers' phrases in a text, where they are (no typos): "wiped camera roll" gives erase at 0
 * (one word) and photos at 1 (two words). For the FAQ filter, which must know which typed words a
 * phrase stands for.
 */
export function readerPhrasesIn(
  text: string,
  { byFirstStem }: Vocabulary = vocabulary,
): PhraseAt[] {
  const stems = words(text).map(stem);
  return stems.flatMap((_word, at) =>
    phrasesAt(stems, at, byFirstStem).map((phrase) => ({
      ours: phrase.ours,
      start: at,
      length: phrase.stems.length,
    })),
  );
}

/** A text with our terms for the readers' words in it added at the end (for the index). */
export function withOurTerms(text: string): string {
  const ours = ourTermsIn(text);
  return ours.length === 0 ? text : `${text} ${ours.join(' ')}`;
}
