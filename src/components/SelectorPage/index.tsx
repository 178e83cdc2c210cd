import type { ReactNode } from 'react';
import Head from '@docusaurus/Head';
import Link from '@docusaurus/Link';
import { useLocation } from '@docusaurus/router';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import RecoverySelector from '@site/src/components/RecoverySelector';
import { answersFromStepPath, outcomeFromResultPath, selectorPath } from '@site/src/selector/codec';
import { findOutcome, walk } from '@site/src/selector/decide';
import styles from './styles.module.css';

const selectorTitle = 'Which option applies to me?';

/**
 * The page around the selector on the pages that plugins/selector-pages pre-renders. It reads what
 * to show from its own path: `/which-option/step/<options>` or `/which-option/result/<outcome-id>`.
 */
export default function SelectorPage(): ReactNode {
  const { pathname } = useLocation();
  const outcome = findOutcome(outcomeFromResultPath(pathname) ?? '');
  const answers = outcome ? undefined : answersFromStepPath(pathname);
  const current = answers ? walk(answers).current : undefined;
  const title = outcome?.title ?? (current?.kind === 'route' ? current.text : 'Your plan');
  return (
    <Layout
      title={`${title} | ${selectorTitle}`}
      description={
        outcome
          ? 'A recovery plan for photos missing after an iCloud restore, with the guides to try in order.'
          : 'Answer a few questions about your iPhone and get the recovery options that fit you.'
      }
    >
      {!outcome && (
        <Head>
          <meta name="robots" content="noindex, follow" />
        </Head>
      )}
      <main className={`container margin-vert--lg ${styles.page}`}>
        <p>
          <Link to={selectorPath}>{selectorTitle}</Link>
          {outcome && <> · Result</>}
        </p>
        {outcome ? (
          <RecoverySelector outcomeId={outcome.id} />
        ) : (
          <>
            <Heading as="h1">{selectorTitle}</Heading>
            <RecoverySelector initialAnswers={answers} />
          </>
        )}
        <p>
          <Link to="/which-option/how-it-decides">How the selector decides</Link>
        </p>
      </main>
    </Layout>
  );
}
