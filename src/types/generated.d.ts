// Data files the article-links plugin writes at build time (see plugins/article-links/index.ts).
declare module '@generated/article-links/default/agents-page.json' {
  import type { AgentsPageArticle } from '@site/plugins/article-links/articleIndex';

  const articles: AgentsPageArticle[];
  export default articles;
}
