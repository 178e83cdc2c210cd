import type { ReactNode } from 'react';
import Head from '@docusaurus/Head';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import RecoverySelector from '@site/src/components/RecoverySelector';
import { selectorPath } from '@site/src/selector/codec';
import { findOutcome, walk } from '@site/src/selector/decide';
import styles from './styles.module.css';

interface Props {
  /** A pre-rendered step: the answers that lead to it. */
  answers?: Record<string, string>;
  /** An outcome's permanent page. */
  outcomeId?: string;
}

const selectorTitle = 'Which option applies to me?';

/** The page around the selector on the pages that selector-pages pre-renders. */
export default function SelectorPage({ answers, outcomeId }: Props): ReactNode {
  const outcome = outcomeId ? findOutcome(outcomeId) : undefined;
  const current = answers ? walk(answers).current : undefined;
  const title = outcome?.title ?? (current ? current.text : 'Your plan');
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
