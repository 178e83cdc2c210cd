import type { ReactNode } from 'react';
import clsx from 'clsx';
import type { Props } from '@theme/CodeBlock';
import styles from './styles.module.css';

/**
 * Replaces the theme's CodeBlock. Our readers see the odd file path or setting, never source code,
 * so a fenced block is shown as plain preformatted text. The theme's version pulls the Prism
 * highlighter into every page's JavaScript (see plugins/lean-bundle).
 */
export default function CodeBlock({ children, className, title }: Props): ReactNode {
  return (
    <figure className={clsx('theme-code-block', styles.block)}>
      {title && <figcaption className={styles.title}>{title}</figcaption>}
      {/* Focusable so that a keyboard user can scroll a long line sideways. */}
      <pre className={className} tabIndex={0}>
        <code>{children}</code>
      </pre>
    </figure>
  );
}
