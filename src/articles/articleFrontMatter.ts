import type { ArticleFrontMatterInput } from '@site/tooling/content/articleSchema';

/**
 * A doc page's front matter (`useDoc().frontMatter`) with the article schema's type. Nothing is
 * checked here, on purpose: every doc passed the schema at build time (plugins/article-links stops
 * the build otherwise), and the schema's code (zod) stays out of the browser. This is the one place
 * browser code turns Docusaurus's untyped front matter into an article's.
 */
export function articleFrontMatter(frontMatter: object): ArticleFrontMatterInput {
  return frontMatter as ArticleFrontMatterInput;
}
