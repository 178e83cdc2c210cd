import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import styles from './index.module.css';

interface WayIn {
  to: string;
  title: string;
  text: string;
}

// The three ways in. Each points at a real page, never at a stub.
const waysIn: WayIn[] = [
  {
    to: '/which-option',
    title: 'Find the option that applies to me',
    text: 'Answer a few questions about your phone and get the steps to try, in order.',
  },
  {
    to: '/guides',
    title: 'Browse the recovery guides',
    text: 'One guide for each way to get photos back, with the exact menus to tap.',
  },
  {
    to: '/faq',
    title: 'Read the FAQ',
    text: 'Short answers to the questions people ask most after a restore.',
  },
];

export default function Home(): ReactNode {
  return (
    <Layout
      title="Get your photos back after an iCloud restore"
      description="Help for iPhone and iPad owners whose photos are missing after restoring from an iCloud backup: where the photos may be and how to get them back."
    >
      <main className={styles.main}>
        <div className="container">
          <Heading as="h1" className={styles.title}>
            Photos missing after an iCloud restore?
          </Heading>
          <p className={styles.lead}>
            Your photos may still be in iCloud, on another device or in a backup. This site helps
            you find where they are and get them back, one step at a time.
          </p>
          <p className={styles.warning}>
            <strong>First:</strong> don&apos;t erase or restore your iPhone again until you have
            read the guide that fits you. Another restore replaces everything on the phone now.
          </p>
          <ul className={styles.ways}>
            {waysIn.map((way) => (
              <li key={way.title} className={styles.way}>
                <Link className={styles.wayLink} to={way.to}>
                  <span className={styles.wayTitle}>{way.title}</span>
                  <span className={styles.wayText}>{way.text}</span>
                </Link>
              </li>
            ))}
          </ul>
        </div>
      </main>
    </Layout>
  );
}
