// Data files the article-links plugin writes at build time (see plugins/article-links/index.ts).
declare module '@generated/article-links/default/article-index.json' {
  import type { ArticleIndex } from '@site/plugins/article-links/articleIndex';

  const index: ArticleIndex;
  export default index;
}
