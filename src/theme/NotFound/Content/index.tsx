import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';

interface Props {
  className?: string;
}

// Our 404: a reader who followed an old or mistyped link gets a way forward, not a dead end.
export default function NotFoundContent({ className }: Props): ReactNode {
  return (
    <main className={`container margin-vert--xl ${className ?? ''}`}>
      <div className="row">
        <div className="col col--8 col--offset-2">
          <Heading as="h1">We can&apos;t find that page</Heading>
          <p>
            The link may be mistyped, or the page may have moved. Your photos guide is still here:
          </p>
          <ul>
            <li>
              <Link to="/">Go to the home page</Link>
            </li>
            <li>
              <Link to="/why-photos-are-missing">Why your photos are missing after a restore</Link>
            </li>
            <li>
              <Link to="/guides">The recovery guides, in the order to try them</Link>
            </li>
            <li>
              <Link to="/faq">The FAQ: short answers to common questions</Link>
            </li>
          </ul>
        </div>
      </div>
    </main>
  );
}
