import {
  useCallback,
  useEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { createPortal } from 'react-dom';
import clsx from 'clsx';
import SearchBar from '@theme-original/SearchBar';
import type SearchBarType from '@theme/SearchBar';
import type { WrapperProps } from '@docusaurus/types';
import { useHistory } from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';
import SearchHelp from '@site/src/components/SearchHelp';
import { dropdownShowingNoResults, repairSearchBar } from '@site/src/search/dropdown';
import { searchPageHref } from '@site/src/search/searchResults';
import styles from './styles.module.css';

type Props = WrapperProps<typeof SearchBarType>;

interface NoResults {
  /** Where our message goes: the element that positions the plugin's dropdown. */
  host: HTMLElement;
  query: string;
}

/**
 * Wraps the search plugin's navbar search bar (Ctrl/Cmd+K). When a search finds nothing, the plugin's
 * bare "No results" is replaced by our message with the selector and the FAQ, and Enter opens the search
 * page, which offers the same links to keyboard and screen reader users. The dropdown is drawn by
 * autocomplete.js outside React, so we watch it (src/search/dropdown.ts) and render next to it.
 */
export default function SearchBarWrapper(props: Props): ReactNode {
  const container = useRef<HTMLDivElement>(null);
  const [noResults, setNoResults] = useState<NoResults | null>(null);
  const history = useHistory();
  const searchPagePath = useBaseUrl('/search');

  useEffect(() => {
    const root = container.current;
    if (!root) return undefined;
    const observer = new MutationObserver(() => {
      repairSearchBar(root, searchPagePath);
      const listbox = dropdownShowingNoResults(root);
      const query = root.querySelector('input')?.value.trim() ?? '';
      setNoResults((current) => {
        if (!listbox?.parentElement) return null;
        if (current?.host === listbox.parentElement && current.query === query) return current;
        return { host: listbox.parentElement, query };
      });
    });
    observer.observe(root, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['style'],
    });
    return () => observer.disconnect();
  }, [searchPagePath]);

  // Blurring the input is how autocomplete.js closes its dropdown.
  const closeDropdown = useCallback(() => {
    container.current?.querySelector('input')?.blur();
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Enter' || !noResults) return;
    closeDropdown();
    history.push(searchPageHref(searchPagePath, noResults.query));
  };

  return (
    // Key presses bubble up from the search input: Enter on "no results" opens the search page.
    <div
      ref={container}
      className={clsx(styles.searchBar, noResults && styles.showingNoResults)}
      onKeyDown={onKeyDown}
    >
      <SearchBar {...props} />
      {noResults &&
        createPortal(
          // Keeping the mouse down from moving focus keeps the dropdown open until the click lands.
          <div
            className={styles.noResults}
            role="status"
            onMouseDown={(event) => event.preventDefault()}
          >
            <SearchHelp
              lead={<>No page matches “{noResults.query}”. Try other words, or:</>}
              onNavigate={closeDropdown}
            />
          </div>,
          noResults.host,
        )}
    </div>
  );
}
