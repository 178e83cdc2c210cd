import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import clsx from 'clsx';
import { copyText, type CopyOutcome } from '@site/src/links/clipboard';
import styles from './styles.module.css';

interface Props {
  /** The absolute, clean address to copy (see src/links/urls.ts). */
  url: string;
  /** What "Copy for ticket" copies: title, article ID and link (see ticketText in src/links/urls.ts). */
  ticketText: string;
  /** What the link leads to, read by screen readers after the button text: "this article". */
  subject?: string;
  className?: string;
  /** "quiet" for the small buttons repeated under every FAQ question and on the agents' page. */
  variant?: 'normal' | 'quiet';
  /** For tests: how text reaches the clipboard. */
  copy?: (text: string) => Promise<CopyOutcome>;
}

const confirmationMs = 6000;

/**
 * "Copy link" and "Copy for ticket" buttons with a spoken confirmation. They need JavaScript, so
 * the CSS keeps them invisible (their space reserved) until the page has hydrated. When the browser
 * blocks copying, the text appears selected in a read-only field so it can be copied by hand.
 */
export default function CopyLinkButtons({
  url,
  ticketText,
  subject,
  className,
  variant = 'normal',
  copy = copyText,
}: Props): ReactNode {
  const [message, setMessage] = useState('');
  const [manualText, setManualText] = useState<string | null>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  const fieldId = useId();

  useEffect(() => {
    if (manualText === null) return;
    field.current?.focus();
    field.current?.select();
  }, [manualText]);

  useEffect(() => {
    if (!message || manualText !== null) return undefined;
    const timer = setTimeout(() => setMessage(''), confirmationMs);
    return () => clearTimeout(timer);
  }, [message, manualText]);

  async function copyAndConfirm(text: string, confirmation: string) {
    setMessage('');
    const outcome = await copy(text);
    if (outcome === 'copied') {
      setManualText(null);
      setMessage(confirmation);
    } else {
      setManualText(text);
      setMessage(
        'Your browser did not allow copying. The text is selected below: copy it by hand.',
      );
    }
  }

  // Screen readers hear which link a button copies: "Copy link to this article", "Copy for ticket (this article)".
  const linkSubject = subject ? <span className="visually-hidden"> to {subject}</span> : null;
  const ticketSubject = subject ? <span className="visually-hidden"> ({subject})</span> : null;
  return (
    <div className={clsx(styles.copy, variant === 'quiet' && styles.quiet, className)}>
      <div className={styles.buttons}>
        <button
          type="button"
          className={clsx('button button--sm button--outline button--secondary', styles.button)}
          onClick={() => copyAndConfirm(url, 'Link copied.')}
        >
          Copy link{linkSubject}
        </button>
        <button
          type="button"
          className={clsx('button button--sm button--outline button--secondary', styles.button)}
          onClick={() =>
            copyAndConfirm(ticketText, 'Copied for a ticket: title, article ID and link.')
          }
        >
          Copy for ticket{ticketSubject}
        </button>
        <span role="status" className={styles.status}>
          {message}
        </span>
      </div>
      {manualText !== null && (
        <div className={styles.manual}>
          <label htmlFor={fieldId} className={styles.manualLabel}>
            Text to copy
          </label>
          <textarea
            id={fieldId}
            ref={field}
            className={styles.manualField}
            readOnly
            rows={manualText.split('\n').length}
            value={manualText}
          />
        </div>
      )}
    </div>
  );
}
