import type { HTMLAttributes, ReactNode } from 'react';

interface Props extends HTMLAttributes<HTMLHeadingElement> {
  as: 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6';
  children?: ReactNode;
}

export default function Heading({ as: Tag, children, ...rest }: Props) {
  return <Tag {...rest}>{children}</Tag>;
}
