/**
 * What the search box and the search page show for a query: each result's title, the page or kind
 * of page it is on, and its link; and whether the results match the query well or are only the
 * closest partial matches. Plain TypeScript, no React or Docusaurus.
 */
import { typeName } from '../articles/typeNames';
import type { Hit } from './engine';

export interface ResultView {
  /** Site path with the base URL: "/faq/after-a-restore#photos-blurry". */
  href: string;
  /** The FAQ question, section heading or page title. */
  title: string;
  /** Where it lives: the page title for an answer or section, the kind of page for a page. */
  where: string;
  /** The opening of its text (an FAQ answer's direct answer), shown on the search page. */
  summary: string;
}

export interface SearchOutcome {
  query: string;
  results: ResultView[];
  /**
   * True when no result matches the query well (at least two of the reader's words, or the only
   * one): the results are then the closest partial matches, and the UI says so.
   */
  closestOnly: boolean;
  /**
   * True when the query reads as a story, not a search (more words than a search has): the results
   * list then also offers the selector, which asks about the reader's situation.
   */
  story: boolean;
}

/** "/" + "faq/x" without a double slash; the index stores paths without the base URL. */
export function withBase(baseUrl: string, path: string): string {
  return `${baseUrl.replace(/\/$/, '')}${path}`;
}

export function resultView(hit: Hit, baseUrl: string): ResultView {
  return {
    href: withBase(baseUrl, hit.url),
    title: hit.title || hit.heading || hit.page,
    where: hit.kind === 'page' ? typeName(hit.type) : hit.page,
    summary: hit.summary,
  };
}

/** Whether a hit matches the query well: two of the reader's words, or all of them when fewer. */
export function matchesWell(hit: Hit, typedTerms: number): boolean {
  return hit.matchedTyped >= Math.min(2, typedTerms);
}

export function searchOutcome(
  query: string,
  hits: Hit[],
  typedTerms: number,
  baseUrl: string,
  story = false,
): SearchOutcome {
  return {
    query,
    results: hits.map((hit) => resultView(hit, baseUrl)),
    closestOnly: hits.length > 0 && !hits.some((hit) => matchesWell(hit, typedTerms)),
    story,
  };
}

/** "1 result", "5 results", "no results". */
export function resultCount(count: number): string {
  if (count === 0) return 'no results';
  return count === 1 ? '1 result' : `${count} results`;
}
