import { describe, expect, it } from 'vitest';
import { serializeAnswers } from './codec';
import { decide, findOutcome, walk } from './decide';
import { guides } from './guides';
import { outcomes, questions, startStep, steps, type Note } from './model';
import { completePaths, reachableStates } from './paths';
import { answersOf, scenarioNamed, scenarios } from './scenarios';

const idPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const unique = (ids: string[]) => new Set(ids).size === ids.length;

describe('the selector model: ids', () => {
  it('gives every question, option, step and outcome a unique, URL-safe id', () => {
    expect(unique(questions.map((q) => q.id))).toBe(true);
    expect(unique(steps.map((s) => s.id))).toBe(true);
    expect(unique(outcomes.map((o) => o.id))).toBe(true);
    for (const q of questions) {
      expect(q.id).toMatch(idPattern);
      expect(q.id).not.toBe('change'); // "change" is the query key of the Change links
      expect(unique(q.options.map((o) => o.id))).toBe(true);
      for (const o of q.options) expect(o.id).toMatch(idPattern);
    }
    for (const o of outcomes) expect(o.id).toMatch(idPattern);
  });

  it('offers "I\'m not sure" wherever a reader may not know the answer', () => {
    for (const id of [
      'account',
      'restore',
      'icloud-photos',
      'deleted',
      'deleted-or-hidden',
      'other-backup',
      'storage',
      'adp',
    ]) {
      const question = questions.find((q) => q.id === id)!;
      expect(question.options.map((o) => o.label)).toContain("I'm not sure");
    }
  });

  it('gives every question plain wording and "How do I check?" help with balanced bold marks', () => {
    for (const q of questions) {
      expect(q.text).toMatch(/\?$/);
      expect(q.help.length).toBeGreaterThan(0);
      for (const paragraph of q.help) expect(paragraph.split('**').length % 2).toBe(1);
    }
  });
});

describe('the selector model: flow', () => {
  const stepIds = new Set(steps.map((s) => s.id));

  it('routes every option of every step to a step or outcome that exists', () => {
    expect(stepIds.has(startStep)).toBe(true);
    for (const step of steps) {
      const question = questions.find((q) => q.id === step.question);
      expect(question?.kind, `step ${step.id}`).toBe('route');
      expect(Object.keys(step.next).sort()).toEqual(question!.options.map((o) => o.id).sort());
      for (const target of Object.values(step.next)) {
        if ('step' in target) expect(stepIds.has(target.step)).toBe(true);
        else expect(findOutcome(target.outcome), target.outcome).toBeDefined();
      }
    }
  });

  it('has no cycles', () => {
    const state = new Map<string, 'visiting' | 'done'>();
    const visit = (id: string): void => {
      expect(state.get(id), `cycle through ${id}`).not.toBe('visiting');
      if (state.get(id) === 'done') return;
      state.set(id, 'visiting');
      for (const target of Object.values(steps.find((s) => s.id === id)!.next)) {
        if ('step' in target) visit(target.step);
      }
      state.set(id, 'done');
    };
    visit(startStep);
  });

  it('reaches an outcome within 8 questions on every path, never asking a question twice', () => {
    const paths = completePaths();
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) {
      expect(path.walk.outcome).toBeDefined();
      expect(path.walk.answered.length).toBeLessThanOrEqual(8);
    }
    const longest = Math.max(...paths.map((p) => p.walk.answered.length));
    expect(longest).toBe(8);
  });

  it('leaves no step, question or outcome unreachable', () => {
    const states = reachableStates();
    const asked = new Set(states.flatMap((s) => (s.walk.current ? [s.walk.current.id] : [])));
    const reached = new Set(states.flatMap((s) => (s.walk.outcome ? [s.walk.outcome.id] : [])));
    expect([...asked].sort()).toEqual(questions.map((q) => q.id).sort());
    expect([...reached].sort()).toEqual(outcomes.map((o) => o.id).sort());
    const usedSteps = new Set<string>([startStep]);
    for (const step of steps)
      for (const target of Object.values(step.next))
        if ('step' in target) usedSteps.add(target.step);
    expect([...usedSteps].sort()).toEqual([...stepIds].sort());
  });

  it('lets every option lead somewhere: a new question or a finished plan', () => {
    for (const state of reachableStates()) {
      const question = state.walk.current;
      if (!question) continue;
      for (const option of question.options) {
        const after = walk({ ...state.answers, [question.id]: option.id });
        expect(after.answered.length).toBe(state.walk.answered.length + 1);
        expect(after.current?.id === question.id).toBe(false);
        expect(after.current !== undefined || after.outcome !== undefined).toBe(true);
      }
    }
  });

  it('lets the modifiers change the advice but never the outcome', () => {
    const modifierIds = questions.filter((q) => q.kind === 'modifier').map((q) => q.id);
    for (const outcome of outcomes) {
      for (const id of outcome.modifiers) expect(modifierIds).toContain(id);
    }
    for (const path of completePaths()) {
      for (const { question } of path.walk.answered.filter((a) => a.question.kind === 'modifier')) {
        for (const option of question.options) {
          const changed = decide({ ...path.answers, [question.id]: option.id });
          expect(changed?.outcome.id).toBe(path.walk.outcome!.id);
        }
      }
    }
    const full = decide({
      account: 'same',
      restore: 'finished',
      'icloud-photos': 'on',
      deleted: 'no',
      hidden: 'no',
      'other-devices': 'no',
      storage: 'full',
      adp: 'on',
    })!;
    const roomy = decide({
      ...full.answered.reduce((a, x) => ({ ...a, [x.question.id]: x.option.id }), {}),
      storage: 'not-full',
      adp: 'off',
    })!;
    expect(full.outcome.id).toBe(roomy.outcome.id);
    expect(full.notes.length).toBeGreaterThan(roomy.notes.length);
  });

  it('skips questions that cannot change the result on the current path', () => {
    // iCloud Photos on: backups hold no photos, so no backup question.
    const synced = decide({
      account: 'same',
      restore: 'finished',
      'icloud-photos': 'on',
      deleted: 'no',
      hidden: 'no',
      'other-devices': 'no',
      storage: 'not-full',
      adp: 'off',
    })!;
    expect(synced.answered.map((a) => a.question.id)).not.toContain('other-backup');
    // Deleted photos are asked about on both branches (issue 12 item 5).
    const offPath = completePaths().filter((p) => p.answers['icloud-photos'] === 'off');
    for (const path of offPath) expect(path.answers).toHaveProperty('deleted-or-hidden');
    expect(
      decide({
        account: 'same',
        restore: 'finished',
        'icloud-photos': 'off',
        'deleted-or-hidden': 'recently-deleted',
        adp: 'off',
      })?.outcome.id,
    ).toBe('recently-deleted');
    // Outcomes without modifiers never ask them.
    expect(decide({ account: 'different' })?.outcome.id).toBe('different-apple-account');
  });
});

describe('the selector model: scenarios', () => {
  const nextQuestion = (answers: Record<string, string>) => walk(answers).current?.id;

  it('follows facts.md: account, restore, iCloud Photos, deleted, hidden, then copies and backups', () => {
    expect(nextQuestion({})).toBe('account');
    expect(nextQuestion({ account: 'same' })).toBe('restore');
    expect(nextQuestion({ account: 'same', restore: 'finished' })).toBe('icloud-photos');
    const base = { account: 'same', restore: 'finished' };
    expect(nextQuestion({ ...base, 'icloud-photos': 'on' })).toBe('deleted');
    expect(nextQuestion({ ...base, 'icloud-photos': 'off' })).toBe('deleted-or-hidden');
    // An old iPhone that was not erased is asked about on every branch.
    expect(
      decide({
        ...base,
        'icloud-photos': 'on',
        deleted: 'no',
        hidden: 'no',
        'other-devices': 'old-iphone',
      })?.outcome.id,
    ).toBe('old-iphone');
    expect(
      decide({
        ...base,
        'icloud-photos': 'off',
        'deleted-or-hidden': 'no',
        'other-devices': 'old-iphone',
      })?.outcome.id,
    ).toBe('old-iphone');
    const asksOtherDevices = completePaths().filter((p) => p.answers['other-devices']);
    expect(new Set(asksOtherDevices.map((p) => p.answers['icloud-photos']))).toEqual(
      new Set(['on', 'off', 'not-sure']),
    );
  });

  it.each(scenarios.map((scenario) => [scenario.name, scenario] as const))(
    '%s: asks in this order, reaches the expected plan, at the expected address',
    (_name, scenario) => {
      scenario.answers.forEach(([question], index) => {
        const before = Object.fromEntries(scenario.answers.slice(0, index));
        expect(nextQuestion(before), `question ${index + 1}`).toBe(question);
      });
      expect(decide(answersOf(scenario))?.outcome.id).toBe(scenario.outcome);
      expect(serializeAnswers(answersOf(scenario))).toBe(scenario.query);
    },
  );

  it('adds the "I\'m not sure" advice to the plan', () => {
    const scenario = scenarioNamed('not sure about the account while the restore is still running');
    const decision = decide(answersOf(scenario))!;
    expect(decision.outcome.id).toBe('wait-for-restore');
    expect(decision.notes.map((n) => n.text).join(' ')).toMatch(/Check which Apple Account/);
  });
});

describe('the selector model: advice', () => {
  const allNotes = (): Note[] => [
    ...outcomes.flatMap((o) => [...o.warnings, o.ifNoneWorks]),
    ...questions.flatMap((q) => q.options.flatMap((o) => o.notes ?? [])),
  ];

  it('gives every outcome a title, warnings first and a ranked plan with a reason per guide', () => {
    for (const outcome of outcomes) {
      expect(outcome.title.length).toBeGreaterThan(10);
      expect(outcome.warnings.length).toBeGreaterThan(0);
      expect(outcome.plan.length).toBeGreaterThan(0);
      expect(unique(outcome.plan.map((p) => p.guide))).toBe(true);
      for (const item of outcome.plan) {
        expect(guides[item.guide]).toBeDefined();
        expect(item.reason.length).toBeGreaterThan(20);
      }
    }
  });

  it('links notes only to guides and outcomes that exist', () => {
    for (const note of allNotes()) {
      if (!note.link) continue;
      if ('outcome' in note.link) expect(findOutcome(note.link.outcome)).toBeDefined();
      else expect(guides[note.link.guide]).toBeDefined();
    }
  });

  it('is honest when nothing applies: the erase destroys the keys; copies elsewhere; a second copy', () => {
    const honest = findOutcome('nothing-applies')!;
    expect(honest.summary).toMatch(/erased/);
    expect(honest.summary).toMatch(/destroys the keys/);
    expect(honest.summary).toMatch(/not a recovery app/);
    expect(honest.plan.length).toBeGreaterThanOrEqual(3);
    expect(honest.ifNoneWorks.link).toEqual({ guide: 'keep-a-second-copy' });
  });

  it('never presents recovery software as a way to get photos back from an erased iPhone', () => {
    for (const outcome of outcomes) {
      for (const item of outcome.plan.filter((p) => p.guide === 'recovery-software')) {
        expect(item.anchor).toBe('when-it-wont');
        expect(item.reason).toMatch(/can.t|before you pay/i);
        expect(outcome.plan.indexOf(item)).toBe(outcome.plan.length - 1);
      }
    }
    for (const note of allNotes().filter(
      (n) => n.link && 'guide' in n.link && n.link.guide === 'recovery-software',
    )) {
      expect(note.text).toMatch(/can.t|no app/i);
    }
    const text = JSON.stringify({ outcomes, questions });
    expect(text).not.toMatch(
      /recovery (app|software|tool)s? (can|will) (recover|retrieve|restore)/i,
    );
  });
});
