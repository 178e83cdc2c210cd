// Stands in for the data the article-links plugin writes at build time (tests pass their own list).
import type { AgentsPageArticle } from '@site/plugins/article-links/articleIndex';

const articles: AgentsPageArticle[] = [];
export default articles;
