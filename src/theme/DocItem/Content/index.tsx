import type { ReactNode } from 'react';
import Content from '@theme-original/DocItem/Content';
import type ContentType from '@theme/DocItem/Content';
import type { WrapperProps } from '@docusaurus/types';
import { useDoc } from '@docusaurus/plugin-content-docs/client';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { ArticleProvider, type ArticleLinkInfo } from '@site/src/components/ArticleContext';
import ArticleLinkBar from '@site/src/components/ArticleLinkBar';
import { articleFrontMatter } from '@site/src/articles/articleFrontMatter';
import { absoluteUrl } from '@site/src/links/urls';

type Props = WrapperProps<typeof ContentType>;

/**
 * Wraps the theme's doc content: every article shows "Article <id>" with its copy buttons above the
 * title, and shares its ID, type and canonical link with the headings inside (see AnswerHeading).
 */
export default function ContentWrapper(props: Props): ReactNode {
  const { metadata, frontMatter } = useDoc();
  const { siteConfig } = useDocusaurusContext();
  const { article_id: id, article_type: type } = articleFrontMatter(frontMatter);
  const article: ArticleLinkInfo = {
    id,
    type,
    title: metadata.title,
    path: metadata.permalink,
    url: absoluteUrl(siteConfig.url, metadata.permalink),
  };
  return (
    <ArticleProvider value={article}>
      <ArticleLinkBar article={article} />
      <Content {...props} />
    </ArticleProvider>
  );
}
