/**
 * The search in the browser: fetches the index the first time a reader uses the search box or opens
 * the search page, and answers queries. Only ever loaded with a dynamic import(), so none of it (nor
 * MiniSearch) is part of a page's first load. Plain TypeScript, no React or Docusaurus.
 */
import indexUrl from '@generated/search-index/default/search-index-url.json';
import { isSentence, loadIndex, search } from './engine';
import { searchOutcome, type SearchOutcome } from './results';

export interface Searcher {
  search(query: string, limit: number): SearchOutcome;
}

/** The index could not be loaded (a 404 after a deploy, no network, a timeout). */
export class SearchUnavailableError extends Error {
  name = 'SearchUnavailableError';
}

/** How long the index may take to arrive before the search says it is unavailable. */
export const indexTimeoutMs = 20_000;

/** Marks each query in the browser's performance timeline ("search-query"), for npm run search:eval. */
function measured<T>(run: () => T): T {
  const start = performance.now();
  const result = run();
  performance.measure('search-query', { start, end: performance.now() });
  return result;
}

export async function fetchSearcher(
  baseUrl: string,
  url: string = indexUrl,
  fetchIndex: typeof fetch = fetch,
  timeoutMs = indexTimeoutMs,
): Promise<Searcher> {
  let json: string;
  try {
    const response = await fetchIndex(url, { signal: AbortSignal.timeout(timeoutMs) });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    json = await response.text();
  } catch (error) {
    throw new SearchUnavailableError(`The search index did not load: ${String(error)}`);
  }
  const index = loadIndex(json);
  return {
    search: (query, limit) =>
      measured(() => {
        const { hits, analyzed } = search(index, query, limit);
        return searchOutcome(query, hits, analyzed.typed, baseUrl, isSentence(analyzed));
      }),
  };
}

let loading: Promise<Searcher> | undefined;

/** The searcher, loaded once per page view; after a failure, the next call tries again. */
export function loadSearcher(baseUrl: string): Promise<Searcher> {
  loading ??= fetchSearcher(baseUrl).catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
