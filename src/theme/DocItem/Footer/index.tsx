import type { ReactNode } from 'react';
import Footer from '@theme-original/DocItem/Footer';
import type FooterType from '@theme/DocItem/Footer';
import type { WrapperProps } from '@docusaurus/types';
import { useDoc } from '@docusaurus/plugin-content-docs/client';
import ArticleFooter from '@site/src/components/ArticleFooter';

type Props = WrapperProps<typeof FooterType>;

interface ReviewedFrontMatter {
  sources?: string[];
  last_reviewed?: string | Date;
  applies_to?: string[];
}

/** Wraps the theme's doc footer: every page with `sources` and `last_reviewed` gets our article footer. */
export default function FooterWrapper(props: Props): ReactNode {
  const frontMatter = useDoc().frontMatter as ReviewedFrontMatter;
  return (
    <>
      {frontMatter.sources && frontMatter.last_reviewed && (
        <ArticleFooter
          sources={frontMatter.sources}
          lastReviewed={frontMatter.last_reviewed}
          appliesTo={frontMatter.applies_to}
        />
      )}
      <Footer {...props} />
    </>
  );
}
