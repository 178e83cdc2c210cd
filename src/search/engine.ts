// cspell:ignore minisearch (stems, words without their apostrophe, typos on purpose)
/**
 * The search engine: MiniSearch (BM25+ ranking, field weights, fuzzy and prefix matching), set up
 * for how readers search this site. Used at build time to make the index (plugins/search-index) and
 * in the browser to load it and answer queries. Plain TypeScript, no React or Docusaurus.
 *
 * - A result needs only one of the query's words; each extra word it matches raises its rank
 *   (MiniSearch multiplies the score by the number of query words matched).
 * - Field weights: FAQ question or page title, and the ways readers asked for it, above section
 *   headings, above keywords, above a document's first sentence and a section's page title, level
 *   with the text: the words of its address and of the site's links to it
 *   (plugins/search-index/documents.ts, withLinkText).
 * - Stop words are ignored and words are stemmed (src/search/text.ts); readers' words get our terms
 *   added, on both sides (src/search/vocabulary.ts).
 * - Typos: none under 4 letters, one up to 7, two from 8. The word being typed (the last one, when
 *   the query does not end with a space) also matches as a prefix.
 */
import MiniSearch, { type Options, type SearchOptions } from 'minisearch';
import { pairsOf, termsOf } from './text';
import { ourTermsIn } from './vocabulary';
import type { SearchDocument } from '../../plugins/search-index/documents';

export type { SearchDocument };

export const indexedFields = [
  'title',
  'askedAs',
  'heading',
  'keywords',
  'lead',
  'page',
  'links',
  'body',
] as const;
export type IndexedField = (typeof indexedFields)[number];

/** What a result shows and where it leads (kept in the index with each document). */
export const storedFields = ['url', 'kind', 'type', 'title', 'heading', 'page', 'summary'] as const;

export const fieldBoosts: Record<IndexedField, number> = {
  title: 6,
  askedAs: 4,
  heading: 3,
  keywords: 2,
  lead: 1.5,
  page: 1.5,
  links: 1,
  body: 1,
};

/** How much a query term counts against a word the reader typed. */
export const termBoosts = {
  /** A pair of neighbouring words. */
  pair: 1,
  /**
   * A pair of neighbouring words in a sentence (`isSentence`), where most pairs are
   * there by chance ("my phone"). It still counts among the words a result matches (MiniSearch's
   * multiplier). Chosen on the typed and tuning sets: 0.25 to 0.75 all gave the same figures.
   */
  sentencePair: 0.5,
  /** Our term for a reader's word, added from the vocabulary. */
  added: 0.6,
};

/**
 * The terms of a field's text in the index: its words (stemmed, no stop words), each pair of
 * neighbouring words, and our terms for the readers' words in it.
 */
export function indexTerms(text: string): string[] {
  const own = termsOf(text);
  return [...own, ...pairsOf(own), ...termsOf(ourTermsIn(text).join(' '))];
}

/** Options shared by the build (indexing) and the browser (loading the index and searching). */
export const indexOptions: Options<SearchDocument> = {
  idField: 'url',
  fields: [...indexedFields],
  storeFields: [...storedFields],
  tokenize: indexTerms,
  // indexTerms has done the work.
  processTerm: (term) => term,
};

export function buildIndex(documents: SearchDocument[]): MiniSearch<SearchDocument> {
  const index = new MiniSearch<SearchDocument>(indexOptions);
  index.addAll(documents);
  return index;
}

/** The index as the browser downloads it. */
export function serializeIndex(index: MiniSearch<SearchDocument>): string {
  return JSON.stringify(index);
}

export function loadIndex(json: string): MiniSearch<SearchDocument> {
  return MiniSearch.loadJSON<SearchDocument>(json, indexOptions);
}

export interface AnalyzedQuery {
  /**
   * The query's own terms (stemmed, no stop words), then its pairs of neighbouring terms, then our
   * terms for the readers' words in it.
   */
  terms: string[];
  /** How many of `terms` the reader typed. */
  typed: number;
  /** How many pairs follow them; the rest were added from the vocabulary. */
  pairs: number;
  /** Whether the last typed term may be unfinished (the query does not end with a space). */
  typing: boolean;
}

export function analyzeQuery(query: string): AnalyzedQuery {
  const own = termsOf(query);
  const typedTerms = [...new Set(own)];
  const pairs = [...new Set(pairsOf(own))];
  const added = termsOf(ourTermsIn(query, { typos: true }).join(' ')).filter(
    (term) => !typedTerms.includes(term),
  );
  return {
    terms: [...typedTerms, ...pairs, ...new Set(added)],
    typed: typedTerms.length,
    pairs: pairs.length,
    typing: typedTerms.length > 0 && !/\s$/.test(query),
  };
}

/** A query with more words than this is a sentence (`isSentence`). */
export const longQuery = 6;

/**
 * Whether the reader typed a sentence (a story) rather than a search: more than `longQuery` words
 * that are not stop words. Its typos, its pairs of words and the results list are treated apart.
 */
export function isSentence(analyzed: AnalyzedQuery): boolean {
  return analyzed.typed > longQuery;
}

/** The typos a term may carry: none under 4 letters, one up to 7, two from 8. */
export function typosFor(term: string): number {
  if (term.length >= 8) return 2;
  return term.length >= 4 ? 1 : 0;
}

export interface Hit {
  url: string;
  kind: SearchDocument['kind'];
  type: string;
  title: string;
  heading: string;
  page: string;
  /** The opening of its text, for the search page. */
  summary: string;
  score: number;
  /** How many of the reader's own terms it matched. */
  matchedTyped: number;
}

export function searchOptionsFor(analyzed: AnalyzedQuery): SearchOptions {
  const { typed, pairs, typing } = analyzed;
  const sentence = isSentence(analyzed);
  return {
    combineWith: 'OR',
    boost: fieldBoosts,
    // The terms are ready: split on the spaces we put between them, process nothing again.
    tokenize: (text) => text.split(' '),
    processTerm: (term) => term,
    // A long sentence finds its sections through its many words; typos are forgiven in its long
    // words only, one each, which keeps such queries fast on a slow phone.
    fuzzy: (term, i) => {
      if (i >= typed) return 0;
      return sentence ? Math.min(1, Math.max(0, typosFor(term) - 1)) : typosFor(term);
    },
    prefix: (_term, i) => typing && i === typed - 1,
    boostTerm: (_term, i) => {
      if (i < typed) return 1;
      if (i >= typed + pairs) return termBoosts.added;
      return sentence ? termBoosts.sentencePair : termBoosts.pair;
    },
  };
}

export function search(
  index: MiniSearch<SearchDocument>,
  query: string,
  limit = 50,
): { hits: Hit[]; analyzed: AnalyzedQuery } {
  const analyzed = analyzeQuery(query);
  if (analyzed.terms.length === 0) return { hits: [], analyzed };
  const typedTerms = new Set(analyzed.terms.slice(0, analyzed.typed));
  const results = index.search(analyzed.terms.join(' '), searchOptionsFor(analyzed));
  const hits = results.slice(0, limit).map((result) => ({
    url: result.url as string,
    kind: result.kind as SearchDocument['kind'],
    type: result.type as string,
    title: result.title as string,
    heading: result.heading as string,
    page: result.page as string,
    summary: result.summary as string,
    score: result.score,
    matchedTyped: result.queryTerms.filter((term) => typedTerms.has(term)).length,
  }));
  return { hits, analyzed };
}
