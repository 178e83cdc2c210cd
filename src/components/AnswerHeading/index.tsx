import { isValidElement, type ComponentProps, type ReactNode } from 'react';
import Heading from '@theme/Heading';
import { useArticle } from '@site/src/components/ArticleContext';
import CopyLinkButtons from '@site/src/components/CopyLinkButtons';
import { absoluteUrl, ticketText } from '@site/src/links/urls';
import styles from './styles.module.css';

type Props = ComponentProps<'h2'>;

/** The text a reader sees in a heading written in MDX, e.g. "Why are my photos blurry?". */
export function nodeText(node: ReactNode): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(nodeText).join('');
  if (isValidElement<{ children?: ReactNode; path?: string }>(node))
    return node.props.path ?? nodeText(node.props.children);
  return '';
}

/**
 * Every `##` heading in MDX. On FAQ pages each one is a question, so it gets its own "Copy link" and
 * "Copy for ticket" buttons pointing at its permanent anchor. Elsewhere it is the theme's heading.
 */
export default function AnswerHeading(props: Props): ReactNode {
  const article = useArticle();
  const heading = <Heading as="h2" {...props} />;
  if (article?.type !== 'faq' || !props.id) return heading;
  const question = nodeText(props.children).replace(/\s+/g, ' ').trim();
  const url = absoluteUrl(article.url, article.path, props.id);
  return (
    <>
      {heading}
      <CopyLinkButtons
        className={styles.answerLinks}
        variant="quiet"
        url={url}
        ticketText={ticketText({
          title: article.title,
          articleId: article.id,
          heading: question,
          url,
        })}
        subject={`the answer “${question}”`}
      />
    </>
  );
}
