import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import Heading from '@theme/Heading';
import CopyLinkButtons from '@site/src/components/CopyLinkButtons';
import { formatReviewDate } from '@site/src/articles/reviewDate';
import { typeName } from '@site/src/articles/typeNames';
import { absoluteUrl, shortLinkPath, ticketText, withBaseUrl } from '@site/src/links/urls';
import agentsPageArticles from '@article-links/agents-page';
import type { AgentsPageArticle } from '@site/plugins/article-links/articleIndex';
import styles from './styles.module.css';

interface Props {
  /**
   * Every article, as plugins/article-links lists them for this page (agentsPageData). The data comes
   * with the component; tests pass their own.
   */
  articles?: AgentsPageArticle[];
}

interface Part {
  text: string;
  anchor: string;
}

interface PartListProps {
  article: AgentsPageArticle;
  page: string;
  siteUrl: string;
  parts: Part[];
  kind: 'answer' | 'section';
}

/** The answers or sections of one article, folded so the list stays easy to scan. */
function PartList({ article, page, siteUrl, parts, kind }: PartListProps) {
  if (parts.length === 0) return null;
  return (
    <details className={styles.parts}>
      <summary>
        {kind === 'answer' ? 'Answers' : 'Sections'} ({parts.length})
      </summary>
      <ul className={styles.partList}>
        {parts.map((part) => {
          const url = absoluteUrl(siteUrl, page, part.anchor);
          return (
            <li key={part.anchor} className={styles.part}>
              <Link to={`${page}#${part.anchor}`} autoAddBaseUrl={false}>
                {part.text}
              </Link>{' '}
              <code className={styles.anchor}>#{part.anchor}</code>
              <CopyLinkButtons
                variant="quiet"
                url={url}
                ticketText={ticketText({
                  title: article.title,
                  articleId: article.id,
                  heading: part.text,
                  url,
                })}
                subject={`the ${kind} “${part.text}”`}
              />
            </li>
          );
        })}
      </ul>
    </details>
  );
}

/**
 * Every article with its ID, links, answers and sections, each with copy buttons. The links are
 * shown as text too, so agents without JavaScript can select them.
 */
export default function ArticleIndex({ articles = agentsPageArticles }: Props): ReactNode {
  const { siteConfig } = useDocusaurusContext();
  // Left out of the search index (data-search-ignore): these are the titles of every other page, and
  // readers who search should land on the page itself, not on this list for agents.
  return (
    <div className={styles.index} data-search-ignore>
      {articles.map((article) => {
        const page = withBaseUrl(siteConfig.baseUrl, article.path);
        const shortPath = withBaseUrl(siteConfig.baseUrl, shortLinkPath(article.id));
        const url = absoluteUrl(siteConfig.url, page);
        const shortUrl = absoluteUrl(siteConfig.url, shortPath);
        return (
          <section
            key={article.id}
            className={styles.article}
            aria-labelledby={`article-${article.id}`}
          >
            <Heading as="h3" id={`article-${article.id}`} className={styles.title}>
              Article {article.id}: {article.title}
            </Heading>
            <p className={styles.meta}>
              {typeName(article.type)} · Last reviewed{' '}
              <time dateTime={article.lastReviewed}>{formatReviewDate(article.lastReviewed)}</time>
            </p>
            <dl className={styles.links}>
              <dt className={styles.term}>Link</dt>
              <dd className={styles.value}>
                <Link to={page} autoAddBaseUrl={false}>
                  {url}
                </Link>
              </dd>
              <dt className={styles.term}>Short link</dt>
              <dd className={styles.value}>
                {/* pathname:// makes a plain link: short links are redirect files, not routes. */}
                <Link to={`pathname://${shortPath}`} autoAddBaseUrl={false}>
                  {shortUrl}
                </Link>
              </dd>
            </dl>
            <CopyLinkButtons
              url={url}
              ticketText={ticketText({ title: article.title, articleId: article.id, url })}
              subject={`article ${article.id}`}
            />
            <PartList
              article={article}
              page={page}
              siteUrl={siteConfig.url}
              kind="answer"
              parts={article.answers}
            />
            <PartList
              article={article}
              page={page}
              siteUrl={siteConfig.url}
              kind="section"
              parts={article.sections}
            />
          </section>
        );
      })}
    </div>
  );
}
