/**
 * Old ticket links keep working (issue 12, spec N.4 and N.5). The fixture froze every selector link
 * of 2026-11-30 (model of commit 7d3f23f): each query the selector page accepted, each pre-rendered
 * step page and each result page. After any change of the model, each must open the same outcome,
 * or the question that is new or newly asked on its path with the earlier answers kept, and never
 * the bad-link notice. Never edit the fixture; freeze a new one for a new model.
 */
import { describe, expect, it } from 'vitest';
import redirects from '@site/data/redirects.json';
import { selectorPagePaths } from '@site/plugins/selector-pages';
import frozen from '@site/test/fixtures/selector-links-2026-11-30.json';
import {
  answersFromStepPath,
  outcomeFromResultPath,
  parseAnswers,
  serializeAnswers,
} from './codec';
import { walk } from './decide';
import { answer, stateFromQuery } from './state';

interface FrozenLink {
  query: string;
  outcome: string | null;
  nextQuestion: string | null;
}

/**
 * The questions asked since the fixture was frozen, and the answer an old link's answers imply for
 * each: what the reader of that link would choose. Nothing else may differ.
 */
const askedSince: Record<string, (old: Record<string, string>) => string | undefined> = {
  // New, on the iCloud Photos off branch, in place of "hidden" (spec C).
  'deleted-or-hidden': (old) =>
    old.hidden === 'yes' ? 'hidden' : old.hidden === 'no' ? 'no' : undefined,
  // Now asked when iCloud Photos was on, after the Hidden album (spec D). The old link had no old iPhone.
  'other-devices': () => 'no',
};

const links = (frozen.selectorLinks as FrozenLink[]).map((link) => [link.query, link] as const);
const pages = new Set(selectorPagePaths());
const redirectTo = new Map(redirects.map((r) => [r.from, r.to]));

describe('selector links of 2026-11-30 still open a sensible step', () => {
  it('covers the whole fixture', () => {
    expect(links.length).toBe(221);
    expect(frozen.stepPages.length).toBe(95);
    expect(frozen.resultPages.length).toBe(13);
  });

  it.each(links)('%s', (query, link) => {
    const old = Object.fromEntries(new URLSearchParams(query));
    // Parsing drops nothing: every old question and option id still exists.
    const parsed = parseAnswers(query);
    expect(parsed.dropped).toBe(false);
    expect(parsed.answers).toEqual(old);

    // Never the bad-link notice, and nothing on the path is lost.
    const state = stateFromQuery(query);
    expect(state.problem).toBe(false);
    expect(state.answers).toEqual(old);
    const { current, outcome, answered, unused } = state.walk;
    for (const { question, option } of answered) expect(old[question.id]).toBe(option.id);

    const same = link.nextQuestion
      ? current?.id === link.nextQuestion
      : !current && outcome?.id === link.outcome;
    if (same) {
      // The same step as before: the same next question, or the same outcome.
      expect(unused).toEqual([]);
      return;
    }

    // Otherwise a question that is new or newly asked on this path, with the earlier answers kept.
    expect(current, 'a finished plan must be the same plan as before').toBeDefined();
    expect(Object.keys(askedSince)).toContain(current!.id);
    expect(old).not.toHaveProperty(current!.id);
    // An old answer to a question that is no longer asked on this path is unused, not broken.
    for (const id of unused) expect([...Object.keys(old), 'hidden']).toContain(id);
    if (current!.id === 'deleted-or-hidden') expect(old['icloud-photos']).toBe('off');
    if (current!.id === 'other-devices') expect(old.hidden).toBe('no');

    // Answering it as the old answers imply leads on to the same outcome or next question as before.
    const implied = askedSince[current!.id](old);
    if (implied === undefined) {
      expect(link.nextQuestion).toBe('hidden');
      return;
    }
    const next = stateFromQuery(serializeAnswers(answer(state, current!.id, implied)));
    expect(next.problem).toBe(false);
    expect(next.walk.current?.id).toBe(link.nextQuestion ?? undefined);
    expect(next.walk.outcome?.id).toBe(link.outcome ?? next.walk.outcome?.id);
    const oldStillAsked = Object.keys(old).filter(
      (id) => !(id === 'hidden' && old['icloud-photos'] === 'off'),
    );
    expect(next.walk.answered.map((a) => a.question.id).sort()).toEqual(
      [...oldStillAsked, current!.id].sort(),
    );
  });
});

describe('pre-rendered selector pages of 2026-11-30 still resolve', () => {
  it.each(frozen.stepPages.map((path) => [path]))('%s', (path) => {
    if (pages.has(path)) {
      // Generated: its path still reads as answers to the questions, segment by segment.
      const answers = answersFromStepPath(path);
      expect(Object.keys(answers).length).toBe(path.split('/').length - 3);
      return;
    }
    // Otherwise redirected, in one hop, to a page that is generated (spec N.5).
    const target = redirectTo.get(path);
    expect(target, `${path} is neither generated nor redirected`).toBeDefined();
    expect(pages.has(target!)).toBe(true);
    expect(walk(answersFromStepPath(target!)).outcome?.id).toBe('hidden-album');
  });

  it('redirects only pages that are no longer generated', () => {
    for (const { from, to } of redirects) {
      expect(pages.has(from)).toBe(false);
      expect(pages.has(to)).toBe(true);
      expect(frozen.stepPages).toContain(from);
    }
  });

  it.each(frozen.resultPages.map((page) => [page.path, page.outcome]))('%s', (path, outcomeId) => {
    expect(pages.has(path)).toBe(true);
    expect(outcomeFromResultPath(path)).toBe(outcomeId);
  });
});
