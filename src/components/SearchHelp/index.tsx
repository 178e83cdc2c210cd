import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import styles from './styles.module.css';

interface Props {
  /** The sentence before the links, e.g. "Try other words, or:". */
  lead: ReactNode;
  /** Called when the reader follows one of the links (the search dropdown closes itself with it). */
  onNavigate?: () => void;
}

/** Where to go when search doesn't find it: the selector and the list of every FAQ question. */
export default function SearchHelp({ lead, onNavigate }: Props): ReactNode {
  return (
    <div className={styles.help}>
      <p className={styles.lead}>{lead}</p>
      <ul className={styles.links}>
        <li>
          <Link to="/which-option" onClick={onNavigate}>
            Which option applies to me?
          </Link>{' '}
          A few questions point you to the right guide.
        </li>
        <li>
          <Link to="/faq" onClick={onNavigate}>
            All FAQ questions
          </Link>{' '}
          Every question we answer, in one list.
        </li>
      </ul>
    </div>
  );
}
