import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import CopyLinkButtons from '@site/src/components/CopyLinkButtons';
import { formatReviewDate } from '@site/src/articles/reviewDate';
import { ticketText } from '@site/src/links/urls';
import type { IndexedArticle } from '@site/plugins/article-links/articleIndex';
import styles from './styles.module.css';

interface Props {
  /** The article index the article-links plugin builds from front matter (as in articles.json). */
  index: { articles: IndexedArticle[] };
}

const typeNames: Record<string, string> = {
  guide: 'Recovery guide',
  explainer: 'Explainer',
  checklist: 'Checklist',
  prevention: 'Prevention guide',
  faq: 'FAQ',
  glossary: 'Glossary',
  overview: 'Overview',
  selector: 'Selector',
  'selector-logic': 'Selector explained',
  agents: 'For support agents',
};

/** The path (base URL included) of one of our absolute URLs, for a link that works on any host. */
function pathOf(url: string): string {
  const { pathname, hash } = new URL(url);
  return `${pathname}${hash}`;
}

interface Part {
  text: string;
  anchor: string;
  url: string;
}

function PartList({
  article,
  parts,
  kind,
}: {
  article: IndexedArticle;
  parts: Part[];
  kind: 'answer' | 'section';
}) {
  if (parts.length === 0) return null;
  const label = kind === 'answer' ? 'Answers' : 'Sections';
  return (
    <details className={styles.parts}>
      <summary>
        {label} ({parts.length})
      </summary>
      <ul className={styles.partList}>
        {parts.map((part) => (
          <li key={part.anchor} className={styles.part}>
            <Link to={pathOf(part.url)} autoAddBaseUrl={false}>
              {part.text}
            </Link>{' '}
            <code className={styles.anchor}>#{part.anchor}</code>
            <CopyLinkButtons
              variant="quiet"
              url={part.url}
              ticketText={ticketText({
                title: article.title,
                articleId: article.id,
                heading: part.text,
                url: part.url,
              })}
              subject={`the ${kind} “${part.text}”`}
            />
          </li>
        ))}
      </ul>
    </details>
  );
}

/**
 * Every article with its ID, links, answers and sections, each with copy buttons. The links are
 * shown as text too, so agents without JavaScript can select them.
 */
export default function ArticleIndex({ index }: Props): ReactNode {
  return (
    <div className={styles.index}>
      {index.articles.map((article) => (
        <section
          key={article.id}
          className={styles.article}
          aria-labelledby={`article-${article.id}`}
        >
          <Heading as="h3" id={`article-${article.id}`} className={styles.title}>
            Article {article.id}: {article.title}
          </Heading>
          <p className={styles.meta}>
            {typeNames[article.type] ?? article.type} · Last reviewed{' '}
            <time dateTime={article.lastReviewed}>{formatReviewDate(article.lastReviewed)}</time>
          </p>
          <dl className={styles.links}>
            <dt className={styles.term}>Link</dt>
            <dd className={styles.value}>
              <Link to={pathOf(article.url)} autoAddBaseUrl={false}>
                {article.url}
              </Link>
            </dd>
            <dt className={styles.term}>Short link</dt>
            <dd className={styles.value}>
              <Link to={`pathname://${pathOf(article.shortUrl)}`} autoAddBaseUrl={false}>
                {article.shortUrl}
              </Link>
            </dd>
          </dl>
          <CopyLinkButtons
            url={article.url}
            ticketText={ticketText({
              title: article.title,
              articleId: article.id,
              url: article.url,
            })}
            subject={`article ${article.id}`}
          />
          <PartList
            article={article}
            kind="answer"
            parts={article.answers.map(({ question, anchor, url }) => ({
              text: question,
              anchor,
              url,
            }))}
          />
          <PartList
            article={article}
            kind="section"
            parts={article.sections.map(({ heading, anchor, url }) => ({
              text: heading,
              anchor,
              url,
            }))}
          />
        </section>
      ))}
    </div>
  );
}
