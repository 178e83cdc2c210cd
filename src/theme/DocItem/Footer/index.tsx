import type { ReactNode } from 'react';
import Footer from '@theme-original/DocItem/Footer';
import type FooterType from '@theme/DocItem/Footer';
import type { WrapperProps } from '@docusaurus/types';
import { useDoc } from '@docusaurus/plugin-content-docs/client';
import ArticleFooter from '@site/src/components/ArticleFooter';
import { articleFrontMatter } from '@site/src/articles/articleFrontMatter';

type Props = WrapperProps<typeof FooterType>;

/** Wraps the theme's doc footer: every article gets our footer (sources, review date, iOS versions). */
export default function FooterWrapper(props: Props): ReactNode {
  const frontMatter = articleFrontMatter(useDoc().frontMatter);
  return (
    <>
      <ArticleFooter
        sources={frontMatter.sources}
        lastReviewed={frontMatter.last_reviewed}
        appliesTo={frontMatter.applies_to}
      />
      <Footer {...props} />
    </>
  );
}
