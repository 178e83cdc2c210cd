import type { AnchorHTMLAttributes, ReactNode } from 'react';

interface Props extends AnchorHTMLAttributes<HTMLAnchorElement> {
  to?: string;
  children?: ReactNode;
}

// Stand-in for @docusaurus/Link: a plain anchor, so tests can read the href a reader would follow.
export default function Link({ to, href, children, ...rest }: Props) {
  return (
    // eslint-disable-next-line @docusaurus/no-html-links
    <a href={to ?? href} {...rest}>
      {children}
    </a>
  );
}
