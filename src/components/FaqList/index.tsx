import { useEffect, useState, type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import SearchField from '@site/src/components/SearchField';
import agentsPageArticles from '@article-links/agents-page';
import type { AgentsPageArticle } from '@site/plugins/article-links/articleIndex';
import { filterSummary, matchesFilter } from '@site/src/search/faqFilter';
import styles from './styles.module.css';

const filterId = 'faq-filter';

interface Props {
  /**
   * Every article, as plugins/article-links lists them (agentsPageData); FAQ pages are used. The data
   * comes with the component; tests pass their own.
   */
  articles?: AgentsPageArticle[];
  /** Show the filter box (on /faq). */
  filter?: boolean;
}

/**
 * Every FAQ question, grouped by theme (FAQ page), each a link to its answer. Built from the FAQ
 * pages' headings, so a new answer or FAQ page appears here by itself. The whole list is in the
 * HTML, for readers without JavaScript; with it, the filter box narrows the list as the reader types.
 */
export default function FaqList({
  articles = agentsPageArticles,
  filter = false,
}: Props): ReactNode {
  const [typed, setTyped] = useState('');
  // A text page starts its scripts at the reader's first input (plugins/render-first): words typed
  // into the box before React took over are in the box but not in the state.
  useEffect(() => {
    const box = document.getElementById(filterId);
    // eslint-disable-next-line react-hooks/set-state-in-effect -- read once from the DOM, which React did not see
    if (box instanceof HTMLInputElement && box.value) setTyped(box.value);
  }, []);
  const themes = articles
    .filter((article) => article.type === 'faq')
    .map((article) => ({
      ...article,
      shown: article.answers.filter((answer) =>
        matchesFilter({ text: answer.text, theme: article.title }, typed),
      ),
    }));
  const total = themes.reduce((sum, theme) => sum + theme.answers.length, 0);
  const shown = themes.reduce((sum, theme) => sum + theme.shown.length, 0);

  return (
    <div className={styles.faqList} data-faq-list>
      {filter && (
        <SearchField
          id={filterId}
          label="Find a question"
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
          note={filterSummary(shown, total)}
        />
      )}
      {themes.map((theme) =>
        theme.shown.length === 0 ? null : (
          <section key={theme.id} className={styles.theme}>
            <Heading as="h2" className={styles.themeTitle}>
              <Link to={theme.path}>{theme.title.replace(/^FAQ:\s*/, '')}</Link>
            </Heading>
            <ul className={styles.questions}>
              {theme.shown.map((answer) => (
                <li key={answer.anchor}>
                  <Link to={`${theme.path}#${answer.anchor}`}>{answer.text}</Link>
                </li>
              ))}
            </ul>
          </section>
        ),
      )}
    </div>
  );
}
