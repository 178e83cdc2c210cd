import type { ChangeEvent, ReactNode } from 'react';
import Head from '@docusaurus/Head';
import Link from '@docusaurus/Link';
import { useHistory, useLocation } from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useIsBrowser from '@docusaurus/useIsBrowser';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import FaqList from '@site/src/components/FaqList';
import SearchField from '@site/src/components/SearchField';
import SearchHelp from '@site/src/components/SearchHelp';
import { useSearcher } from '@site/src/components/SearchCombobox/useSearcher';
import { resultCount, type SearchOutcome } from '@site/src/search/results';
import { searchPageHref } from '@site/src/search/searchPage';
import styles from './styles.module.css';

/** Results on the page; the navbar box shows fewer. */
const maxResults = 50;

/**
 * The search page, /search?q=...: agents paste these links in tickets, so the query lives in the
 * address and the results are plain links. When nothing matches well it shows the closest matches,
 * then the selector and every FAQ question; without JavaScript it says why and offers the same.
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

function SearchPageContent(): ReactNode {
  const isBrowser = useIsBrowser();
  const location = useLocation();
  const history = useHistory();
  const searchPagePath = useBaseUrl('/search');
  // The server-rendered page has no query; the browser reads it after hydration.
  const query = isBrowser ? (new URLSearchParams(location.search).get('q') ?? '') : '';
  const loaded = useSearcher();
  const outcome =
    loaded.status === 'ready' && query.trim()
      ? loaded.searcher.search(query, maxResults)
      : undefined;

  // The address holds the query, so the page can be shared or reloaded at any point.
  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    history.replace(searchPageHref(searchPagePath, event.target.value));
  };

  return (
    <>
      <Heading as="h1">
        {query ? `Search results for “${query}”` : 'Search the guides and FAQ'}
      </Heading>
      <SearchField id="search-page-query" label="Search for" value={query} onChange={onChange} />
      <noscript>
        <p className={styles.status}>
          Search needs JavaScript, which is off in this browser. Every question we answer is listed
          below, and the selector works without it.
        </p>
      </noscript>
      <div aria-live="polite" className={styles.status}>
        {query.trim() && <Status loaded={loaded.status} outcome={outcome} />}
      </div>
      {outcome && outcome.results.length > 0 && (
        <ol className={styles.results}>
          {outcome.results.map((result) => (
            <li key={result.href} className={styles.result}>
              <Heading as="h2" className={styles.resultTitle}>
                <Link to={result.href} autoAddBaseUrl={false}>
                  {result.title}
                </Link>
              </Heading>
              <p className={styles.where}>{result.where}</p>
              {result.summary && <p className={styles.summary}>{result.summary}</p>}
            </li>
          ))}
        </ol>
      )}
      <SearchHelp lead={helpLead(query, loaded.status, outcome)} />
      {(!query.trim() || !outcome || outcome.closestOnly || outcome.results.length === 0) && (
        <section className={styles.faq} aria-labelledby="every-faq-question">
          <Heading as="h2" id="every-faq-question">
            Every FAQ question
          </Heading>
          <FaqList />
        </section>
      )}
    </>
  );
}

function Status({
  loaded,
  outcome,
}: {
  loaded: 'loading' | 'ready' | 'failed';
  outcome?: SearchOutcome;
}): ReactNode {
  if (loaded === 'failed')
    return <p>Search is unavailable right now: it could not load. Try again later, or:</p>;
  if (!outcome) return <p>Loading the search…</p>;
  if (outcome.results.length === 0) return <p>No page matches “{outcome.query}”.</p>;
  if (outcome.closestOnly)
    return (
      <p>
        No page matches all your words. {resultCount(outcome.results.length)} that come closest:
      </p>
    );
  return <p>{resultCount(outcome.results.length)}</p>;
}

function helpLead(
  query: string,
  loaded: 'loading' | 'ready' | 'failed',
  outcome?: SearchOutcome,
): string {
  if (loaded === 'failed') return 'Find your answer another way:';
  if (!query.trim()) return 'Not sure what to search for? Try:';
  if (outcome && (outcome.results.length === 0 || outcome.closestOnly))
    return 'Try other words, or:';
  return 'Not what you need? Try:';
}
