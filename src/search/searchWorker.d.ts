// Types for the plugin's search worker client, which our search page uses (the plugin ships no types
// for its client code). Pinned plugin version: 0.55.3; check this file when upgrading it.
declare module '@easyops-cn/docusaurus-search-local/dist/client/client/theme/searchByWorker' {
  import type { SearchResult } from '@site/src/search/searchResults';

  /** Starts the worker and fetches the index for a docs version URL ('/' here) and search context ('' here). */
  export function fetchIndexesByWorker(baseUrl: string, searchContext: string): Promise<void>;
  export function searchByWorker(
    baseUrl: string,
    searchContext: string,
    input: string,
    limit: number,
  ): Promise<SearchResult[]>;
}
