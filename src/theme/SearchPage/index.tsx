import { useEffect, useState, type ChangeEvent, type ReactNode } from 'react';
import Head from '@docusaurus/Head';
import Link from '@docusaurus/Link';
import { useHistory, useLocation } from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import useIsBrowser from '@docusaurus/useIsBrowser';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import { searchByWorker } from '@easyops-cn/docusaurus-search-local/dist/client/client/theme/searchByWorker';
import SearchHelp from '@site/src/components/SearchHelp';
import {
  markedParts,
  resultViews,
  searchPageHref,
  type ResultView,
} from '@site/src/search/searchResults';
import styles from './styles.module.css';

/**
 * Our search page at /search?q=..., replacing the plugin's (same index, same search worker). Agents paste
 * these links in tickets, so the page reads its query from the address and shows results on load. It also
 * says plainly when nothing matched and where to go instead, and it still helps with JavaScript off.
 */
export default function SearchPage(): ReactNode {
  return (
    <Layout title="Search" description="Search the photo recovery guides and the FAQ.">
      <Head>
        <meta name="robots" content="noindex, follow" />
      </Head>
      <main className="container margin-vert--lg">
        <SearchPageContent />
      </main>
    </Layout>
  );
}

function helpLead(showing: ResultView[] | undefined): string {
  if (!showing) return 'Not sure what to search for? Try:';
  return showing.length === 0 ? 'Try other words, or:' : 'Not what you need? Try:';
}

function SearchPageContent(): ReactNode {
  const isBrowser = useIsBrowser();
  const location = useLocation();
  const history = useHistory();
  const { baseUrl } = useDocusaurusContext().siteConfig;
  const searchPagePath = useBaseUrl('/search');
  // The server-rendered page has no query; the browser reads it after hydration.
  const query = isBrowser ? (new URLSearchParams(location.search).get('q') ?? '') : '';
  const [results, setResults] = useState<{ query: string; views: ResultView[] }>();

  // The plugin's "See all results" link goes to /search/?q=...; keep the address agents copy canonical.
  useEffect(() => {
    if (location.pathname !== searchPagePath && location.pathname === `${searchPagePath}/`) {
      history.replace(searchPageHref(searchPagePath, query));
    }
  }, [history, location.pathname, query, searchPagePath]);

  useEffect(() => {
    if (!query.trim()) return undefined;
    let current = true;
    searchByWorker(baseUrl, '', query, 50).then((found) => {
      if (current) setResults({ query, views: resultViews(found) });
    });
    return () => {
      current = false;
    };
  }, [baseUrl, query]);

  // The address holds the query, so the page can be shared or reloaded at any point.
  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    history.replace(searchPageHref(searchPagePath, event.target.value));
  };

  const showing = results && results.query === query ? results.views : undefined;
  return (
    <>
      <Heading as="h1">
        {query ? `Search results for “${query}”` : 'Search the guides and FAQ'}
      </Heading>
      <form
        role="search"
        action={searchPagePath}
        method="get"
        className={styles.form}
        onSubmit={(event) => event.preventDefault()}
      >
        <label htmlFor="search-page-query" className={styles.label}>
          Search for
        </label>
        <input
          id="search-page-query"
          className={styles.input}
          type="search"
          name="q"
          value={query}
          onChange={onChange}
          autoComplete="off"
          enterKeyHint="search"
        />
      </form>
      <noscript>
        <p className={styles.status}>Search needs JavaScript, which is off in this browser.</p>
      </noscript>
      <div aria-live="polite" className={styles.status}>
        {showing && showing.length > 0 && (
          <p>{showing.length === 1 ? '1 result' : `${showing.length} results`}</p>
        )}
        {showing && showing.length === 0 && <p>No page matches “{query}”.</p>}
      </div>
      {showing && showing.length > 0 && (
        <ol className={styles.results}>
          {showing.map((view) => (
            <li key={view.href} className={styles.result}>
              <Heading as="h2" className={styles.resultTitle}>
                <Link to={view.href}>{view.title}</Link>
              </Heading>
              {view.path.length > 0 && <p className={styles.path}>{view.path.join(' › ')}</p>}
              {view.snippet && (
                <p className={styles.snippet}>
                  {markedParts(view.snippet, query.toLowerCase().split(/\s+/)).map((part, index) =>
                    part.marked ? <mark key={index}>{part.text}</mark> : part.text,
                  )}
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
      <SearchHelp lead={helpLead(showing)} />
    </>
  );
}
