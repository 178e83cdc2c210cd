import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import { resultPath } from '@site/src/selector/codec';
import { findOutcome } from '@site/src/selector/decide';
import { guideHref, guides } from '@site/src/selector/guides';
import type { Note } from '@site/src/selector/model';
import RichText from './RichText';

/** A piece of advice, followed by a link to the guide or result page that explains it. */
export default function NoteText({ note }: { note: Note }): ReactNode {
  const { link } = note;
  let target: ReactNode = null;
  if (link && 'outcome' in link) {
    target = <Link to={resultPath(link.outcome)}>{findOutcome(link.outcome)?.title}</Link>;
  } else if (link) {
    target = <Link to={guideHref(link)}>{guides[link.guide].title}</Link>;
  }
  return (
    <>
      <RichText text={note.text} />
      {target && <> See: {target}.</>}
    </>
  );
}
