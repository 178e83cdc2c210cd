import {
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type FormEvent,
  type ReactNode,
  type RefObject,
} from 'react';
import Link from '@docusaurus/Link';
import { useHistory, useLocation } from '@docusaurus/router';
import { useBaseUrlUtils } from '@docusaurus/useBaseUrl';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import useIsBrowser from '@docusaurus/useIsBrowser';
import Heading from '@theme/Heading';
import { useArticle } from '@site/src/components/ArticleContext';
import CopyLinkButtons from '@site/src/components/CopyLinkButtons';
import { absoluteUrl, ticketText, withBaseUrl } from '@site/src/links/urls';
import {
  resultPath,
  selectorHref,
  selectorPath,
  serializeAnswers,
  stepPath,
} from '@site/src/selector/codec';
import {
  decide,
  findOutcome,
  generalNotes,
  type AnsweredQuestion,
  type Answers,
} from '@site/src/selector/decide';
import { guideHref, guides } from '@site/src/selector/guides';
import type { Note, Outcome, Question } from '@site/src/selector/model';
import { answer, stateFromQuery, type SelectorState } from '@site/src/selector/state';
import NoteText from './NoteText';
import RichText from './RichText';
import styles from './styles.module.css';

interface Props {
  /**
   * The answers of a pre-rendered step page. Leave it out when embedding the selector in a page:
   * the answers then live in that page's URL query (`?account=same&icloud-photos=on`).
   */
  initialAnswers?: Answers;
  /** On an outcome's permanent page: show that outcome, with no questions. */
  outcomeId?: string;
}

/**
 * "Which option applies to me?": one question at a time, then a ranked plan.
 *
 * The server-rendered HTML works without JavaScript: answers are links to pre-rendered step pages.
 * Once the page has hydrated, the same component switches to a form (radios and Continue) and keeps
 * the answers in the URL query, so reload, Back, Forward and shared links all show the same step.
 *
 * Embed it in MDX with `import RecoverySelector from '@site/src/components/RecoverySelector';`
 * and `<RecoverySelector />`.
 */
export default function RecoverySelector({ initialAnswers, outcomeId }: Props): ReactNode {
  const interactive = useIsBrowser(); // false on the server and while hydrating
  const location = useLocation();
  const history = useHistory();
  const { withBaseUrl: withSiteBaseUrl } = useBaseUrlUtils();
  const state = useMemo(
    () => stateFromQuery(interactive ? location.search : '', initialAnswers),
    [interactive, location.search, initialAnswers],
  );
  // Where the interactive selector lives: this page when embedded, the selector page otherwise.
  const home = initialAnswers ? withSiteBaseUrl(selectorPath) : location.pathname;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [announcement, setAnnouncement] = useState('');
  const settled = useRef(false);

  const { current, outcome } = state.walk;
  const decision = current ? undefined : decide(state.answers);
  // Without JavaScript, modifier questions are not asked (they have no pages): the plan shows their
  // advice for every case instead.
  const staticPlan = !interactive && current?.kind === 'modifier' && outcome;
  const stepName = current ? current.text : `Your plan: ${outcome?.title ?? ''}`;

  // After each change of step (an answer, Change, Start again, Back or Forward), move focus to the new
  // heading and announce it. Not on first load, unless the reader arrived here from another step page.
  useEffect(() => {
    if (!interactive) return;
    const fromSelector = (location.state as { selector?: boolean } | undefined)?.selector;
    if (!settled.current && !fromSelector) {
      settled.current = true;
      return;
    }
    settled.current = true;
    headingRef.current?.focus();
    setAnnouncement(stepName);
  }, [interactive, location.search, location.state, stepName]);

  if (outcomeId) {
    const permanent = findOutcome(outcomeId);
    if (!permanent) return null;
    return (
      <div className={styles.selector} data-recovery-selector="">
        <OutcomeView
          outcome={permanent}
          notes={generalNotes(permanent)}
          titleAs="h1"
          link={resultPath(permanent.id)}
          interactive={interactive}
        />
        <p>
          <Link className={styles.button} to={selectorPath}>
            Answer the questions for a plan that fits you
          </Link>
        </p>
      </div>
    );
  }

  const go = (answers: Answers) => {
    const query = serializeAnswers(answers);
    history.push(query ? `${home}?${query}` : home, { selector: true });
  };

  return (
    <div className={styles.selector} data-recovery-selector="">
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      {state.problem && (
        <p className={styles.notice}>
          Part of the link to this page did not make sense, so we left it out.
        </p>
      )}
      {current && interactive && (
        <QuestionForm
          key={`${current.id}?${location.search}`}
          question={current}
          selected={state.answers[current.id]}
          headingRef={headingRef}
          onAnswer={(optionId) => go(answer(state, current.id, optionId))}
        />
      )}
      {current && !interactive && !staticPlan && <QuestionLinks question={current} state={state} />}
      {staticPlan && (
        <OutcomeView
          outcome={staticPlan}
          notes={[
            ...state.walk.answered.flatMap(({ option }) => option.notes ?? []),
            ...generalNotes(staticPlan),
          ]}
          titleAs="h2"
          link={selectorHref(state.answers)}
          permanentLink={resultPath(staticPlan.id)}
          interactive={false}
        />
      )}
      {decision && (
        <OutcomeView
          outcome={decision.outcome}
          notes={decision.notes}
          titleAs="h2"
          headingRef={headingRef}
          link={selectorHref(state.answers)}
          permanentLink={resultPath(decision.outcome.id)}
          interactive={interactive}
        />
      )}
      <YourAnswers
        answered={state.walk.answered}
        changeHref={(index, questionId) =>
          interactive
            ? `${home}?${serializeAnswers(state.answers, questionId)}`
            : stepPath(state.walk.answered.slice(0, index))
        }
      />
      {state.walk.answered.length > 0 && (
        <p>
          <Link className={styles.secondaryButton} to={interactive ? home : selectorPath}>
            Start again
          </Link>
        </p>
      )}
    </div>
  );
}

interface QuestionFormProps {
  question: Question;
  selected?: string;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onAnswer: (optionId: string) => void;
}

/** With JavaScript: the question as a fieldset of radios, "How do I check?" and Continue. */
function QuestionForm({ question, selected, headingRef, onAnswer }: QuestionFormProps): ReactNode {
  const [choice, setChoice] = useState(selected);
  const [error, setError] = useState(false);
  const id = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (choice) onAnswer(choice);
    else {
      setError(true);
      document.getElementById(`${id}-0`)?.focus();
    }
  };
  return (
    <form className={styles.step} onSubmit={submit} noValidate>
      <fieldset className={styles.fieldset} aria-describedby={error ? `${id}-error` : undefined}>
        <legend className={styles.legend}>
          <Heading as="h2" className={styles.question} ref={headingRef} tabIndex={-1}>
            {question.text}
          </Heading>
        </legend>
        <Help question={question} />
        {error && (
          <p id={`${id}-error`} className={styles.error}>
            Choose one answer, then Continue.
          </p>
        )}
        <div className={styles.options}>
          {question.options.map((option, index) => (
            <label key={option.id} className={styles.option} htmlFor={`${id}-${index}`}>
              <input
                id={`${id}-${index}`}
                type="radio"
                name={question.id}
                value={option.id}
                checked={choice === option.id}
                onChange={() => {
                  setChoice(option.id);
                  setError(false);
                }}
              />
              <span>{option.label}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <button type="submit" className={styles.button}>
        Continue
      </button>
    </form>
  );
}

/** Without JavaScript (and before hydration): each answer is a link to the next pre-rendered step. */
function QuestionLinks({
  question,
  state,
}: {
  question: Question;
  state: SelectorState;
}): ReactNode {
  return (
    <div className={styles.step}>
      <Heading as="h2" className={styles.question}>
        {question.text}
      </Heading>
      <Help question={question} />
      <ul className={styles.linkOptions}>
        {question.options.map((option) => (
          <li key={option.id}>
            <Link
              className={styles.option}
              to={stepPath([...state.walk.answered, { question, option }])}
            >
              {option.label}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}

function Help({ question }: { question: Question }): ReactNode {
  return (
    <details className={styles.help}>
      <summary>How do I check?</summary>
      {question.help.map((paragraph) => (
        <p key={paragraph}>
          <RichText text={paragraph} />
        </p>
      ))}
    </details>
  );
}

interface OutcomeViewProps {
  outcome: Outcome;
  notes: Note[];
  titleAs: 'h1' | 'h2';
  headingRef?: RefObject<HTMLHeadingElement | null>;
  /** The site path that shows this result, for "Copy link to this result". */
  link: string;
  /** The outcome's permanent page, offered under a tailored result. */
  permanentLink?: string;
  interactive: boolean;
}

/** The plan: warnings first, advice from the answers, the guides in order, and what if none works. */
function OutcomeView({
  outcome,
  notes,
  titleAs,
  headingRef,
  link,
  permanentLink,
  interactive,
}: OutcomeViewProps): ReactNode {
  const sub = titleAs === 'h1' ? 'h2' : 'h3';
  return (
    <section className={styles.outcome}>
      <Heading as={titleAs} className={styles.question} ref={headingRef} tabIndex={-1}>
        {titleAs === 'h2' ? `Your plan: ${outcome.title}` : outcome.title}
      </Heading>
      <p className={styles.summary}>{outcome.summary}</p>
      <div className={styles.warnings}>
        <Heading as={sub}>First</Heading>
        <ul>
          {outcome.warnings.map((note) => (
            <li key={note.text}>
              <NoteText note={note} />
            </li>
          ))}
        </ul>
      </div>
      {notes.length > 0 && (
        <>
          <Heading as={sub}>{titleAs === 'h1' ? 'It depends' : 'Because of your answers'}</Heading>
          <ul>
            {notes.map((note) => (
              <li key={note.text}>
                <NoteText note={note} />
              </li>
            ))}
          </ul>
        </>
      )}
      <Heading as={sub}>What to try, in this order</Heading>
      <ol className={styles.plan}>
        {outcome.plan.map((item) => (
          <li key={item.guide}>
            <Link to={guideHref(item)} className={styles.planLink}>
              {guides[item.guide].title}
            </Link>
            <p>{item.reason}</p>
          </li>
        ))}
      </ol>
      <Heading as={sub}>If none of these works</Heading>
      <p>
        <NoteText note={outcome.ifNoneWorks} />
      </p>
      <CopyLink path={link} title={outcome.title} interactive={interactive} />
      {permanentLink && (
        <p>
          Permanent page for this result: <Link to={permanentLink}>{outcome.title}</Link>
        </p>
      )}
    </section>
  );
}

/**
 * The link to this result: shown in a read-only field (it works without JavaScript: select and copy),
 * with the site's "Copy link" and "Copy for ticket" buttons once the page is interactive.
 */
function CopyLink({
  path,
  title,
  interactive,
}: {
  path: string;
  title: string;
  interactive: boolean;
}): ReactNode {
  const { siteConfig } = useDocusaurusContext();
  // The article the selector is embedded in (Article 140, or the start page); none on result pages.
  const article = useArticle();
  const url = absoluteUrl(siteConfig.url, withBaseUrl(siteConfig.baseUrl, path));
  const id = useId();
  return (
    <div className={styles.copy}>
      <label htmlFor={id}>Link to this result</label>
      <input
        id={id}
        className={styles.copyField}
        type="text"
        readOnly
        value={url}
        onFocus={(event) => event.currentTarget.select()}
      />
      {interactive && (
        <CopyLinkButtons
          className={styles.copyButton}
          url={url}
          subject="this result"
          ticketText={ticketText({
            title: article?.title ?? 'Which option applies to me?',
            articleId: article?.id,
            heading: title,
            url,
          })}
        />
      )}
    </div>
  );
}

interface YourAnswersProps {
  answered: AnsweredQuestion[];
  changeHref: (index: number, questionId: string) => string;
}

/** "Your answers", each with a Change link that keeps the other answers. */
function YourAnswers({ answered, changeHref }: YourAnswersProps): ReactNode {
  if (answered.length === 0) return null;
  return (
    <section className={styles.answers}>
      <Heading as="h2" className={styles.answersTitle}>
        Your answers
      </Heading>
      <dl>
        {answered.map(({ question, option }, index) => (
          <div key={question.id} className={styles.answer}>
            <dt>{question.text}</dt>
            <dd>
              <span>{option.label}</span>
              <Link className={styles.change} to={changeHref(index, question.id)}>
                Change<span className="visually-hidden"> your answer to: {question.text}</span>
              </Link>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
