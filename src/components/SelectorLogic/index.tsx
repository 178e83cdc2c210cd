import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import { resultPath } from '@site/src/selector/codec';
import { findOutcome, findQuestion, findStep } from '@site/src/selector/decide';
import { guideHref, guides } from '@site/src/selector/guides';
import { outcomes, questions, startStep, type Target } from '@site/src/selector/model';
import styles from './styles.module.css';

interface Props {
  /** Which view of the model to show. */
  show: 'tree' | 'outcomes' | 'questions';
}

/**
 * "How the selector decides", drawn at build time from the same model the selector uses: the whole
 * decision tree as nested lists, and the table of outcomes. No diagram library, no client code of its own.
 * The generated blocks are marked data-search-ignore: they name every question and result, so in the site
 * search they would match almost any query and crowd out the guides (see docs-dev/search.md).
 */
export default function SelectorLogic({ show }: Props): ReactNode {
  if (show === 'tree') return <DecisionTree />;
  return show === 'outcomes' ? <OutcomeTable /> : <QuestionList />;
}

const stepAnchor = (id: string) => `step-${id}`;
const outcomeAnchor = (id: string) => `outcome-${id}`;

function DecisionTree(): ReactNode {
  const brokenLinks = useBrokenLinks();
  // The flow is a tree whose branches sometimes join ("I'm not sure" often continues like "Yes").
  // A step is drawn in full the first time it appears; later it is a link to that drawing.
  const drawn = new Set<string>();

  const target = (to: Target): ReactNode => {
    if ('outcome' in to) {
      const outcome = findOutcome(to.outcome)!;
      return (
        <Link className={styles.outcomeLeaf} to={`#${outcomeAnchor(outcome.id)}`}>
          Result: {outcome.title}
        </Link>
      );
    }
    if (drawn.has(to.step)) {
      return (
        <Link to={`#${stepAnchor(to.step)}`}>
          Continue at: {findQuestion(findStep(to.step)!.question)!.text}
        </Link>
      );
    }
    return <ul className={styles.tree}>{step(to.step)}</ul>;
  };

  const step = (id: string): ReactNode => {
    drawn.add(id);
    brokenLinks.collectAnchor(stepAnchor(id));
    const { question: questionId, next } = findStep(id)!;
    const question = findQuestion(questionId)!;
    return (
      <li id={stepAnchor(id)} className={styles.question}>
        <span className={styles.questionText}>{question.text}</span>
        <ul className={styles.tree}>
          {question.options.map((option) => (
            <li key={option.id} className={styles.option}>
              <span className={styles.answer}>{option.label}</span> → {target(next[option.id])}
            </li>
          ))}
        </ul>
      </li>
    );
  };

  return (
    <div className={styles.diagram} data-search-ignore>
      <ul className={styles.root}>{step(startStep)}</ul>
    </div>
  );
}

function OutcomeTable(): ReactNode {
  const brokenLinks = useBrokenLinks();
  return (
    <table className={styles.outcomes} data-search-ignore>
      <thead>
        <tr>
          <th scope="col">Result</th>
          <th scope="col">Guides to try, in order</th>
        </tr>
      </thead>
      <tbody>
        {outcomes.map((outcome) => {
          brokenLinks.collectAnchor(outcomeAnchor(outcome.id));
          return (
            <tr key={outcome.id} id={outcomeAnchor(outcome.id)}>
              <td>
                <Link to={resultPath(outcome.id)}>{outcome.title}</Link>
                <br />
                <code>{outcome.id}</code>
                {outcome.modifiers.length > 0 && (
                  <p className={styles.modifiers}>
                    Then asks: {outcome.modifiers.map((id) => findQuestion(id)!.text).join(' ')}{' '}
                    These answers add advice; they never change the result.
                  </p>
                )}
              </td>
              <td>
                <ol className={styles.plan}>
                  {outcome.plan.map((item) => (
                    <li key={item.guide}>
                      <Link to={guideHref(item)}>{guides[item.guide].title}</Link>
                    </li>
                  ))}
                </ol>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** Every question with its answers and their ids (the ids used in links). */
function QuestionList(): ReactNode {
  return (
    <dl className={styles.questions} data-search-ignore>
      {questions.map((question) => (
        <div key={question.id}>
          <dt>
            {question.text} <code>{question.id}</code>
            {question.kind === 'modifier' && ' (changes the advice, not the result)'}
          </dt>
          <dd>
            {question.options.map((option) => (
              <span key={option.id} className={styles.optionId}>
                {option.label} <code>{option.id}</code>
              </span>
            ))}
          </dd>
        </div>
      ))}
    </dl>
  );
}
