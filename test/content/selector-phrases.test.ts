import { describe, expect, it } from 'vitest';
import { errorRules, findPhrases } from '../../tooling/content/forbiddenPhrases';
import { outcomes } from '../../src/selector/outcomes';
import { questions } from '../../src/selector/questions';

/** Every text of the selector a reader can see: questions, help, options, notes and outcomes. */
const texts = [
  ...questions.flatMap((q) => [
    q.text,
    ...q.help,
    ...q.options.flatMap((o) => [o.label, ...(o.notes ?? []).map((n) => n.text)]),
  ]),
  ...outcomes.flatMap((o) => [
    o.title,
    o.summary,
    ...o.warnings.map((n) => n.text),
    ...o.plan.map((p) => p.reason),
    o.ifNoneWorks.text,
  ]),
];

describe('the selector repeats none of the errors in facts.md or issue 12', () => {
  it.each(texts.map((t) => [t]))('%s', (text) => expect(findPhrases(text, errorRules)).toEqual([]));
});
