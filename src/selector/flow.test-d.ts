/**
 * Type tests for the selector model, checked by `npm run typecheck` (tsc): each line under a
 * `@ts-expect-error` must be a compile error, or tsc fails ("Unused '@ts-expect-error' directive").
 * They prove that a routing mistake in flow.ts or a wrong guide link cannot compile. Each case is
 * written the way flow.ts writes the real flow: `as const satisfies`.
 */
import type { FlowStep } from './flow';
import type { PlanItem } from './types';

const end = { outcome: 'nothing-applies' } as const;

export const correct = {
  id: 'account',
  question: 'account',
  next: { same: { step: 'restore' }, different: end, 'not-sure': end },
} as const satisfies FlowStep;

export const extraOption = {
  id: 'account',
  question: 'account',
  // @ts-expect-error "maybe" is not an option of the question "account"
  next: { same: end, different: end, 'not-sure': end, maybe: end },
} as const satisfies FlowStep;

export const missingOption = {
  id: 'account',
  question: 'account',
  // @ts-expect-error the option "not-sure" has no target
  next: { same: end, different: end },
} as const satisfies FlowStep;

export const optionsOfAnotherQuestion = {
  id: 'hidden-in-icloud',
  question: 'hidden',
  // @ts-expect-error the options of "account" do not fit the question "hidden"
  next: { same: end, different: end, 'not-sure': end },
} as const satisfies FlowStep;

export const unknownOutcome = {
  id: 'hidden-in-icloud',
  question: 'hidden',
  // @ts-expect-error "hidden-albums" is not an outcome
  next: { yes: { outcome: 'hidden-albums' }, no: end },
} as const satisfies FlowStep;

export const modifierQuestion = {
  id: 'storage',
  // @ts-expect-error "storage" is a modifier question: no step of the flow may ask it
  question: 'storage',
  // @ts-expect-error (so no step's options fit either)
  next: { full: end, 'not-full': end, 'not-sure': end },
} as const satisfies FlowStep;

export const correctPlanItem = {
  guide: 'computer-backup',
  anchor: 'steps',
  reason: 'A guide and one of its sections compile.',
} as const satisfies PlanItem;

export const unknownGuide = {
  // @ts-expect-error "computer-backups" is not a guide
  guide: 'computer-backups',
  reason: 'A misspelt guide id does not.',
} as const satisfies PlanItem;

export const unknownSection = {
  guide: 'computer-backup',
  // @ts-expect-error "step" is not one of the sections every guide has
  anchor: 'step',
  reason: 'Nor does a misspelt section.',
} as const satisfies PlanItem;
