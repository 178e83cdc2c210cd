import { useEffect, useMemo, useRef, useState, type ReactNode, type RefObject } from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import useBaseUrl from '@docusaurus/useBaseUrl';
import SearchHelp from '@site/src/components/SearchHelp';
import { keyOutcome, type ComboboxState } from '@site/src/search/combobox';
import { resultCount } from '@site/src/search/results';
import { searchPageHref } from '@site/src/search/searchPage';
import { useSearcher } from './useSearcher';
import styles from './styles.module.css';

/** What the input must show of the list's state (aria-expanded, aria-activedescendant). */
export interface ComboboxUi {
  expanded: boolean;
  activeId?: string;
}

export interface ComboboxProps {
  /** The navbar's search input (src/theme/SearchBar), which stays in charge of its own markup. */
  input: RefObject<HTMLInputElement | null>;
  listboxId: string;
  onUiChange(ui: ComboboxUi): void;
}

/** Results shown under the box; the search page shows them all. */
const maxResults = 8;
const closed: ComboboxState = { open: false, active: -1 };

/**
 * The results list of the navbar search box, loaded on first use (WAI-ARIA combobox with a listbox
 * popup). Each option is a real link. The input keeps the focus; Up and Down move the active option,
 * Enter follows it (or opens the search page), Escape closes the list, then empties the box. The
 * number of results is announced in a polite live region. When the index cannot load, it says so and
 * offers the selector and the list of FAQ questions.
 */
export default function SearchCombobox({ input, listboxId, onUiChange }: ComboboxProps): ReactNode {
  const loaded = useSearcher();
  const searchPagePath = useBaseUrl('/search');
  const [query, setQuery] = useState(() => input.current?.value ?? '');
  const [state, setState] = useState<ComboboxState>(() => ({
    open: document.activeElement === input.current && query.trim() !== '',
    active: -1,
  }));
  const [announcement, setAnnouncement] = useState('');
  const options = useRef<(HTMLAnchorElement | null)[]>([]);

  const outcome = useMemo(
    () =>
      loaded.status === 'ready' && query.trim()
        ? loaded.searcher.search(query, maxResults)
        : undefined,
    [loaded, query],
  );
  const results = outcome?.results ?? [];
  const showPanel = state.open && query.trim() !== '';
  const optionId = (index: number) => `${listboxId}-${index}`;
  const expanded = showPanel && results.length > 0;

  useEffect(() => {
    onUiChange({
      expanded,
      activeId: expanded && state.active >= 0 ? optionId(state.active) : undefined,
    });
  });

  // The live region speaks a moment after typing stops, not at every key.
  useEffect(() => {
    let message = '';
    if (showPanel && loaded.status === 'failed') message = 'Search is unavailable right now.';
    else if (showPanel && outcome) {
      message = outcome.closestOnly
        ? `No page matches all your words. ${resultCount(results.length)} that come closest.`
        : resultCount(results.length);
    }
    const timer = setTimeout(() => setAnnouncement(message), 400);
    return () => clearTimeout(timer);
  }, [showPanel, loaded.status, outcome, results.length]);

  // The key handler, set up once, reads the latest state from here.
  const latest = useRef({ state, results: results.length });
  useEffect(() => {
    latest.current = { state, results: results.length };
  });

  useEffect(() => {
    const box = input.current;
    const form = box?.form;
    if (!box || !form) return undefined;
    const onInput = () => {
      setQuery(box.value);
      setState({ open: true, active: -1 });
    };
    const onFocus = () => setState({ open: true, active: -1 });
    const onFocusOut = (event: FocusEvent) => {
      if (!form.contains(event.relatedTarget as Node | null)) setState(closed);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      const { state: now, results: count } = latest.current;
      const outcomeOfKey = keyOutcome(now, event.key, count);
      if (!outcomeOfKey.handled) return;
      if (outcomeOfKey.action === 'open-search-page') return; // the form's submit handles Enter
      event.preventDefault();
      setState(outcomeOfKey.state);
      if (outcomeOfKey.action === 'follow-active') {
        options.current[now.active]?.click();
        box.blur();
      } else if (outcomeOfKey.action === 'clear') {
        box.value = '';
        setQuery('');
      }
    };
    box.addEventListener('input', onInput);
    box.addEventListener('focus', onFocus);
    box.addEventListener('keydown', onKeyDown);
    form.addEventListener('focusout', onFocusOut);
    return () => {
      box.removeEventListener('input', onInput);
      box.removeEventListener('focus', onFocus);
      box.removeEventListener('keydown', onKeyDown);
      form.removeEventListener('focusout', onFocusOut);
    };
  }, [input]);

  // The active option stays in view in a long list.
  useEffect(() => {
    if (state.active >= 0) options.current[state.active]?.scrollIntoView({ block: 'nearest' });
  }, [state.active]);

  const close = () => {
    setState(closed);
    input.current?.blur();
  };

  return (
    <>
      <div
        className={styles.panel}
        hidden={!showPanel}
        data-search-combobox
        // The query the results are for (the quality harness waits for it).
        data-for-query={outcome?.query}
        // Keeps the focus in the box while a click on a result lands.
        onMouseDown={(event) => event.preventDefault()}
      >
        {loaded.status === 'loading' && <p className={styles.message}>Loading the search…</p>}
        {loaded.status === 'failed' && (
          <SearchHelp
            lead="Search is unavailable right now (it could not load). Try:"
            onNavigate={close}
          />
        )}
        {outcome && results.length === 0 && (
          <SearchHelp
            lead={<>No page matches “{query}”. Try other words, or:</>}
            onNavigate={close}
          />
        )}
        {outcome?.closestOnly && (
          <p className={styles.message}>No page matches all your words. These come closest:</p>
        )}
        <div
          id={listboxId}
          role="listbox"
          aria-label="Search results"
          className={styles.listbox}
          hidden={results.length === 0}
        >
          {results.map((result, index) => (
            <Link
              key={result.href}
              ref={(element: HTMLAnchorElement | null) => {
                options.current[index] = element;
              }}
              id={optionId(index)}
              role="option"
              aria-selected={index === state.active}
              tabIndex={-1}
              to={result.href}
              autoAddBaseUrl={false}
              className={clsx(styles.option, index === state.active && styles.active)}
              onClick={close}
            >
              <span className={styles.title}>{result.title}</span>
              <span className={styles.where}>{result.where}</span>
            </Link>
          ))}
        </div>
        {outcome?.closestOnly && (
          <SearchHelp lead="Or start from one of these:" onNavigate={close} />
        )}
        {outcome?.story && !outcome.closestOnly && results.length > 0 && (
          <SearchHelp lead="None of these fit what happened? Start here:" onNavigate={close} />
        )}
        {results.length > 0 && (
          <p className={styles.footer}>
            <Link to={searchPageHref(searchPagePath, query)} autoAddBaseUrl={false} onClick={close}>
              See all results
            </Link>{' '}
            (or press Enter)
          </p>
        )}
      </div>
      <div role="status" className="visually-hidden">
        {announcement}
      </div>
    </>
  );
}
