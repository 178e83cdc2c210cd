import { createContext, useContext } from 'react';
import type { ArticleType } from '@site/tooling/content/articleSchema';

/** What the link components of an article page need to know about it. */
export interface ArticleLinkInfo {
  /** The permanent article ID from front matter. */
  id: number;
  /** article_type from front matter, e.g. "faq". */
  type: ArticleType;
  title: string;
  /** The page's path, base URL included (Docusaurus' permalink). */
  path: string;
  /** The canonical absolute address (see absoluteUrl in src/links/urls.ts). */
  url: string;
}

const ArticleContext = createContext<ArticleLinkInfo | null>(null);

/** Provided by the DocItem/Content wrapper on every article page. */
export const ArticleProvider = ArticleContext.Provider;

/** The current article, or null outside an article (e.g. on the home page). */
export function useArticle(): ArticleLinkInfo | null {
  return useContext(ArticleContext);
}
