/**
 * The decision table: every outcome with its advice, the advice each answer adds, and every way
 * through the questions with the outcome it reaches. It is generated from the model into
 * src/selector/decision-table.md and committed; decisionTable.test.ts fails when the two differ, so any change of
 * advice shows up in review. Regenerate with `npm run selector:table`.
 */
import { generalNotes } from '../../src/selector/decide';
import { guideHref } from '../../src/selector/guides';
import { outcomes, questions, type Note } from '../../src/selector/model';
import { completePaths } from '../../src/selector/paths';

function noteText(note: Note): string {
  const link = note.link
    ? 'outcome' in note.link
      ? ` (see result: ${note.link.outcome})`
      : ` (see ${guideHref(note.link)})`
    : '';
  return `${note.text}${link}`;
}

const cell = (text: string) => text.replace(/\|/g, '\\|');

export function decisionTableMarkdown(): string {
  const lines: string[] = [
    '# Selector decision table',
    '',
    'Generated from src/selector/model.ts by `npm run selector:table`. Do not edit by hand: the unit',
    'tests compare this file with the model, so every change of advice is reviewed here.',
    '',
    '## Outcomes',
  ];
  for (const outcome of outcomes) {
    lines.push('', `### ${outcome.id}`, '', `**${outcome.title}**`, '', outcome.summary, '');
    lines.push('Warnings:', '', ...outcome.warnings.map((w) => `- ${noteText(w)}`), '');
    lines.push(
      'Plan:',
      '',
      ...outcome.plan.map((item, i) => `${i + 1}. ${guideHref(item)}: ${item.reason}`),
      '',
    );
    lines.push(`If none works: ${noteText(outcome.ifNoneWorks)}`);
    if (outcome.modifiers.length > 0) {
      lines.push('', `Asks about: ${outcome.modifiers.join(', ')}`);
      lines.push(
        '',
        'On its permanent page:',
        '',
        ...generalNotes(outcome).map((n) => `- ${noteText(n)}`),
      );
    }
  }
  lines.push('', '## Advice added by answers', '');
  lines.push('| Answer | Adds |', '| --- | --- |');
  for (const question of questions) {
    for (const option of question.options) {
      for (const note of option.notes ?? []) {
        lines.push(`| ${question.id}=${option.id} | ${cell(noteText(note))} |`);
      }
    }
  }
  const paths = completePaths();
  lines.push('', '## Every way through the questions', '');
  lines.push(`${paths.length} paths.`, '');
  lines.push('| Answers, in the order asked | Outcome |', '| --- | --- |');
  for (const path of paths) {
    const answers = path.walk.answered.map(({ question, option }) => `${question.id}=${option.id}`);
    lines.push(`| ${answers.join(' ')} | ${path.walk.outcome!.id} |`);
  }
  return `${lines.join('\n')}\n`;
}
