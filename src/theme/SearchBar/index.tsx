import {
  useCallback,
  useEffect,
  useRef,
  useState,
  type ComponentType,
  type FormEvent,
  type ReactNode,
} from 'react';
import clsx from 'clsx';
import { useHistory } from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';
import SearchHelp from '@site/src/components/SearchHelp';
import type { ComboboxProps, ComboboxUi } from '@site/src/components/SearchCombobox';
import { searchPageHref } from '@site/src/search/searchPage';
import styles from './styles.module.css';

export const inputId = 'site-search';
export const listboxId = 'site-search-results';

/**
 * The navbar search box. What every page loads is only this: a search form that works without
 * JavaScript (a GET to /search), Ctrl/Cmd+K, and the code to load the rest. The list of results
 * (src/components/SearchCombobox), the engine and the index load when the reader first focuses or
 * hovers the box.
 */
export default function SearchBar(): ReactNode {
  const input = useRef<HTMLInputElement>(null);
  const history = useHistory();
  const searchPagePath = useBaseUrl('/search');
  const [Combobox, setCombobox] = useState<ComponentType<ComboboxProps>>();
  const [failed, setFailed] = useState(false);
  const [ui, setUi] = useState<ComboboxUi>({ expanded: false });
  const loading = useRef(false);

  const load = useCallback(() => {
    if (loading.current) return;
    loading.current = true;
    setFailed(false);
    import('@site/src/components/SearchCombobox').then(
      (module) => setCombobox(() => module.default),
      () => {
        loading.current = false;
        setFailed(true);
      },
    );
  }, []);

  // A text page starts its scripts at the reader's first input (plugins/render-first): when that
  // input was focusing this box, the focus came before React, so load the rest now.
  useEffect(() => {
    if (input.current && input.current === document.activeElement) load();
  }, [load]);

  useEffect(() => {
    const focusOnShortcut = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        input.current?.focus();
      }
    };
    document.addEventListener('keydown', focusOnShortcut);
    return () => document.removeEventListener('keydown', focusOnShortcut);
  }, []);

  // Enter opens the search page in the app; if the search code failed to load (a deploy since
  // this page loaded), the browser sends the form instead and gets the new page.
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    if (failed) return;
    event.preventDefault();
    input.current?.blur();
    history.push(searchPageHref(searchPagePath, input.current?.value ?? ''));
  };

  return (
    <form
      role="search"
      action={searchPagePath}
      method="get"
      className={styles.searchBar}
      onFocus={load}
      onPointerEnter={load}
      onSubmit={onSubmit}
    >
      <label htmlFor={inputId} className="visually-hidden">
        Search the guides and FAQ
      </label>
      <input
        ref={input}
        id={inputId}
        className={clsx('navbar__search-input', styles.input)}
        // type="search" may not carry role="combobox" (ARIA in HTML); enterKeyHint still gives
        // phones a search key.
        type="text"
        name="q"
        placeholder="Search"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={ui.expanded}
        aria-controls={listboxId}
        aria-activedescendant={ui.activeId}
        aria-keyshortcuts="Control+K Meta+K"
        autoComplete="off"
        enterKeyHint="search"
      />
      {Combobox ? (
        <Combobox input={input} listboxId={listboxId} onUiChange={setUi} />
      ) : (
        <div id={listboxId} role="listbox" aria-label="Search results" hidden />
      )}
      {failed && (
        <div className={styles.unavailable} role="status">
          <SearchHelp lead="Search could not load. Press Enter to try the search page, or:" />
        </div>
      )}
    </form>
  );
}
