import type { AnchorHTMLAttributes, MouseEvent, ReactNode } from 'react';
import { navigate } from './router';

interface Props extends AnchorHTMLAttributes<HTMLAnchorElement> {
  to?: string;
  autoAddBaseUrl?: boolean;
  children?: ReactNode;
}

// Stand-in for @docusaurus/Link: a plain anchor, so tests can read the href a reader would follow.
// Like the real Link, a click on an internal link navigates in the page (jsdom cannot load pages).
export default function Link({
  to,
  href,
  children,
  onClick,
  autoAddBaseUrl: _autoAddBaseUrl,
  ...rest
}: Props) {
  const target = to ?? href;
  const click = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (!event.defaultPrevented && target && /^[/?]/.test(target)) {
      event.preventDefault();
      navigate(target);
    }
  };
  return (
    // eslint-disable-next-line @docusaurus/no-html-links
    <a href={target} onClick={click} {...rest}>
      {children}
    </a>
  );
}
