// The agents' page data, written by the article-links plugin with createData and resolved by the
// bundler alias the plugin sets (see agentsPageModule in ./index.ts).
declare module '@article-links/agents-page' {
  import type { AgentsPageArticle } from '@site/plugins/article-links/articleIndex';

  const articles: AgentsPageArticle[];
  export default articles;
}
