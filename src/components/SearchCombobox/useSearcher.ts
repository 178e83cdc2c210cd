import { useEffect, useState } from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type { Searcher } from '@site/src/search/client';

export type SearcherState =
  { status: 'loading' } | { status: 'ready'; searcher: Searcher } | { status: 'failed' };

/** Loads the search code and its index (once per page view), and says when it is ready or failed. */
export function useSearcher(): SearcherState {
  const { baseUrl } = useDocusaurusContext().siteConfig;
  const [state, setState] = useState<SearcherState>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    import('@site/src/search/client')
      .then(({ loadSearcher }) => loadSearcher(baseUrl))
      .then(
        (searcher) => current && setState({ status: 'ready', searcher }),
        () => current && setState({ status: 'failed' }),
      );
    return () => {
      current = false;
    };
  }, [baseUrl]);
  return state;
}
