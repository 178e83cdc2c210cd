import type { AnchorHTMLAttributes, ReactNode } from 'react';

interface Props extends AnchorHTMLAttributes<HTMLAnchorElement> {
  to?: string;
  autoAddBaseUrl?: boolean;
  children?: ReactNode;
}

// Stand-in for @docusaurus/Link: a plain anchor, so tests can read the href a reader would follow.
export default function Link({
  to,
  href,
  children,
  autoAddBaseUrl: _autoAddBaseUrl,
  ...rest
}: Props) {
  return (
    // eslint-disable-next-line @docusaurus/no-html-links
    <a href={to ?? href} {...rest}>
      {children}
    </a>
  );
}
