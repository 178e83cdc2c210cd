import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import type { ArticleLinkInfo } from '@site/src/components/ArticleContext';
import CopyLinkButtons from '@site/src/components/CopyLinkButtons';
import { ticketText } from '@site/src/links/urls';
import styles from './styles.module.css';

interface Props {
  article: ArticleLinkInfo;
}

/**
 * The line above an article's title: its permanent ID and the copy buttons agents use. Without
 * JavaScript the buttons cannot work, so the page's link shows in their place, ready to select.
 */
export default function ArticleLinkBar({ article }: Props): ReactNode {
  return (
    <div className={styles.bar}>
      <span className={styles.id}>Article {article.id}</span>
      <div className={styles.actions}>
        <span className={styles.plainLink}>
          Link:{' '}
          <Link to={article.path} autoAddBaseUrl={false}>
            {article.url.replace(/^https?:\/\//, '')}
          </Link>
        </span>
        <CopyLinkButtons
          className={styles.buttons}
          url={article.url}
          ticketText={ticketText({ title: article.title, articleId: article.id, url: article.url })}
          subject="this article"
        />
      </div>
    </div>
  );
}
