/**
 * The search page's address. Its own module: the navbar box, loaded on every page, needs only this.
 */

/** The search page's address for a query, as agents paste it: "/search?q=itunes+backup". */
export function searchPageHref(searchPagePath: string, query: string): string {
  if (!query.trim()) return searchPagePath;
  return `${searchPagePath}?${new URLSearchParams({ q: query }).toString()}`;
}
