import type { ReactNode } from 'react';
import styles from './styles.module.css';

interface Props {
  /** The menu path as readers see it, steps separated by " > ", e.g. "Settings > [your name] > iCloud". */
  path: string;
}

/**
 * A menu path in bold, the same way on every page. Sighted readers see "Settings > iCloud"; screen
 * readers hear "Settings, then iCloud" instead of "greater than".
 */
export default function SettingsPath({ path }: Props): ReactNode {
  const steps = path
    .split('>')
    .map((step) => step.trim())
    .filter(Boolean);
  return (
    <strong className={styles.path}>
      {steps.map((step, index) => (
        <span key={`${index}-${step}`}>
          {index > 0 && (
            <>
              <span aria-hidden="true"> &gt; </span>
              <span className="visually-hidden">, then </span>
            </>
          )}
          {step}
        </span>
      ))}
    </strong>
  );
}
