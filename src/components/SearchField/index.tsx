import type { ChangeEvent, ReactNode } from 'react';
import useBaseUrl from '@docusaurus/useBaseUrl';
import styles from './styles.module.css';

interface Props {
  id: string;
  label: string;
  value: string;
  onChange(event: ChangeEvent<HTMLInputElement>): void;
  /** Text under the box, e.g. how many questions are shown; announced politely when it changes. */
  note?: ReactNode;
}

/**
 * A labelled search box that, without JavaScript, sends its words to the search page (/search?q=);
 * with JavaScript the page handles them as they are typed. Used by the search page and the FAQ list.
 */
export default function SearchField({ id, label, value, onChange, note }: Props): ReactNode {
  const searchPagePath = useBaseUrl('/search');
  return (
    <form
      role="search"
      action={searchPagePath}
      method="get"
      className={styles.form}
      onSubmit={(event) => event.preventDefault()}
    >
      <label htmlFor={id} className={styles.label}>
        {label}
      </label>
      <input
        id={id}
        className={styles.input}
        type="search"
        name="q"
        value={value}
        onChange={onChange}
        autoComplete="off"
        enterKeyHint="search"
        aria-describedby={note ? `${id}-note` : undefined}
      />
      {note && (
        <p id={`${id}-note`} className={styles.note} aria-live="polite">
          {note}
        </p>
      )}
    </form>
  );
}
