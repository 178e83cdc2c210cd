import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import { formatReviewDate, isoDate } from '@site/src/articles/reviewDate';
import { sourceTitle } from '@site/src/articles/sourceRegister';
import styles from './styles.module.css';

interface Props {
  sources: string[];
  lastReviewed: string | Date;
  appliesTo?: string[];
}

/** The end of every article: what it applies to, the sources it rests on and when it was last checked. */
export default function ArticleFooter({ sources, lastReviewed, appliesTo = [] }: Props): ReactNode {
  return (
    <section className={styles.footer} aria-labelledby="article-sources">
      <Heading as="h2" id="article-sources" className={styles.heading}>
        Sources
      </Heading>
      <ul className={styles.sources}>
        {sources.map((url) => (
          <li key={url}>
            <Link to={url}>{sourceTitle(url)}</Link>
          </li>
        ))}
      </ul>
      <p className={styles.meta}>
        Last reviewed:{' '}
        <time dateTime={isoDate(lastReviewed)}>{formatReviewDate(lastReviewed)}</time>
        {appliesTo.length > 0 && <> · Applies to: {appliesTo.join(', ')}</>}
      </p>
    </section>
  );
}
