/**
 * The committed byte budgets (budgets.json) and how a built page gets its page type.
 * Plain functions: e2e/budgets.spec.ts measures, these decide.
 */
import { loadDocsPages } from '../../tooling/content/docsPages';

export interface Budgets {
  firstLoadJsGzipBytes: Record<string, number> & { default: number };
  firstLoadCssGzipBytes: number;
  /** What the selector's JavaScript may add to the page that embeds it, beyond a page without it. */
  selectorExtraJsGzipBytes: number;
  maxImageBytes: number;
  /**
   * A string that only the selector's code contains, and that the HTML of every page that shows
   * the selector contains: its root element's `data-recovery-selector` attribute.
   */
  selectorMarker: string;
  /** The search index, gzip, for the whole site (issue 11). */
  searchIndexGzipBytes: number;
  /** The search code a page loads when the reader first focuses the search box. */
  searchCodeGzipBytes: number;
  /** A string only the search code contains (never in a page's first load). */
  searchCodeMarker: string;
}

export function parseBudgets(json: string): Budgets {
  const budgets = JSON.parse(json) as Budgets;
  const numbers = [
    ...Object.values(budgets.firstLoadJsGzipBytes ?? {}),
    budgets.firstLoadCssGzipBytes,
    budgets.selectorExtraJsGzipBytes,
    budgets.maxImageBytes,
    budgets.searchIndexGzipBytes,
    budgets.searchCodeGzipBytes,
  ];
  if (typeof budgets.firstLoadJsGzipBytes?.default !== 'number') {
    throw new Error('budgets.json: firstLoadJsGzipBytes needs a "default" budget');
  }
  if (!numbers.every((n) => typeof n === 'number' && n > 0)) {
    throw new Error('budgets.json: every budget must be a positive number');
  }
  if (!budgets.selectorMarker) throw new Error('budgets.json: selectorMarker is missing');
  if (!budgets.searchCodeMarker) throw new Error('budgets.json: searchCodeMarker is missing');
  return budgets;
}

/** slug -> article_type for every page in docs/ (partials are skipped). */
export function articleTypesBySlug(docsDir: string): Map<string, string> {
  const types = new Map<string, string>();
  for (const { data } of loadDocsPages(docsDir)) {
    if (typeof data.slug === 'string' && typeof data.article_type === 'string') {
      types.set(data.slug, data.article_type);
    }
  }
  return types;
}

/** A page's type for its budget: the selector wins, then home, then front matter, else "default". */
export function pageType(
  path: string,
  html: string,
  articleTypes: Map<string, string>,
  selectorMarker: string,
): string {
  if (html.includes(selectorMarker)) return 'selector';
  if (path === '/') return 'home';
  return articleTypes.get(path) ?? 'default';
}

export function jsBudgetFor(budgets: Budgets, type: string): number {
  return budgets.firstLoadJsGzipBytes[type] ?? budgets.firstLoadJsGzipBytes.default;
}
