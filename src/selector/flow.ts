/**
 * The selector's flow: which question each step asks and where each answer leads. Routing only; the
 * wording is in questions.ts and outcomes.ts. It starts at `startStep`; every path ends at an outcome.
 *
 * Typed so that TypeScript checks the routing when compiling: a step's `next` must have exactly one
 * entry per option of its question (a missing, misspelt or extra option is an error), an `{ outcome }`
 * must name an outcome of outcomes.ts, and a `{ step }` must name a step of this flow (see
 * flow.test-d.ts, which proves each of these is an error).
 */
import type { OutcomeId } from './outcomes';
import type { OptionId, RouteQuestionId } from './questions';
import type { Assert, Step } from './types';

/** Where an answer leads: another step of the flow, or an outcome. */
export type FlowTarget = { readonly step: string } | { readonly outcome: OutcomeId };

/** A step that asks question `Q`: one target for each of Q's options, no more, no less. */
export type StepOf<Q extends RouteQuestionId> = {
  readonly id: string;
  readonly question: Q;
  readonly next: { readonly [O in OptionId<Q>]: FlowTarget };
};

/** Any step of the flow: a step of one of the route questions. */
export type FlowStep = { [Q in RouteQuestionId]: StepOf<Q> }[RouteQuestionId];

export const startStep = 'account' satisfies StepId;

const flow = [
  {
    id: 'account',
    question: 'account',
    next: {
      same: { step: 'restore' },
      different: { outcome: 'different-apple-account' },
      'not-sure': { step: 'restore' },
    },
  },
  {
    id: 'restore',
    question: 'restore',
    next: {
      running: { outcome: 'wait-for-restore' },
      finished: { step: 'icloud-photos' },
      'not-sure': { outcome: 'wait-for-restore' },
    },
  },
  {
    id: 'icloud-photos',
    question: 'icloud-photos',
    next: {
      on: { step: 'deleted' },
      off: { step: 'hidden-in-backup' },
      'not-sure': { step: 'deleted' },
    },
  },
  // iCloud Photos was on: the library is in iCloud. Backups hold no photos, so they are not asked about.
  {
    id: 'deleted',
    question: 'deleted',
    next: {
      'last-30-days': { outcome: 'recently-deleted' },
      'over-30-days': { step: 'other-devices-after-deletion' },
      no: { step: 'hidden-in-icloud' },
      'not-sure': { step: 'hidden-in-icloud' },
    },
  },
  {
    id: 'hidden-in-icloud',
    question: 'hidden',
    next: { yes: { outcome: 'hidden-album' }, no: { step: 'other-devices-in-icloud' } },
  },
  // iCloud Photos was on: the library comes back from iCloud, but an old iPhone that was not erased
  // can still hold photos that never uploaded.
  {
    id: 'other-devices-in-icloud',
    question: 'other-devices',
    next: {
      'old-iphone': { outcome: 'old-iphone' },
      yes: { outcome: 'icloud-photos-sync' },
      no: { outcome: 'icloud-photos-sync' },
    },
  },
  {
    id: 'other-devices-after-deletion',
    question: 'other-devices',
    next: {
      'old-iphone': { outcome: 'old-iphone' },
      yes: { outcome: 'other-devices' },
      no: { step: 'shared-after-deletion' },
    },
  },
  {
    id: 'shared-after-deletion',
    question: 'shared',
    next: {
      yes: { outcome: 'messages-and-shared-albums' },
      no: { step: 'services-after-deletion' },
    },
  },
  {
    id: 'services-after-deletion',
    question: 'photo-services',
    next: { yes: { outcome: 'photo-services' }, no: { outcome: 'deleted-for-good' } },
  },
  // iCloud Photos was off: the photos were in the backup. Photos deleted since the restore are still
  // in this iPhone's Recently Deleted, so it is asked (with the Hidden album, to stay within eight
  // questions); then copies elsewhere, then other backups.
  {
    id: 'hidden-in-backup',
    question: 'deleted-or-hidden',
    next: {
      'recently-deleted': { outcome: 'recently-deleted' },
      hidden: { outcome: 'hidden-album' },
      no: { step: 'other-devices' },
      'not-sure': { step: 'other-devices' },
    },
  },
  {
    id: 'other-devices',
    question: 'other-devices',
    next: {
      'old-iphone': { outcome: 'old-iphone' },
      yes: { outcome: 'other-devices' },
      no: { step: 'shared' },
    },
  },
  {
    id: 'shared',
    question: 'shared',
    next: { yes: { outcome: 'messages-and-shared-albums' }, no: { step: 'photo-services' } },
  },
  {
    id: 'photo-services',
    question: 'photo-services',
    next: { yes: { outcome: 'photo-services' }, no: { step: 'other-backup' } },
  },
  {
    id: 'other-backup',
    question: 'other-backup',
    next: {
      computer: { outcome: 'computer-backup' },
      icloud: { outcome: 'older-icloud-backup' },
      no: { outcome: 'nothing-applies' },
      'not-sure': { outcome: 'find-a-backup' },
    },
  },
] as const satisfies readonly FlowStep[];

export type StepId = (typeof flow)[number]['id'];

type TargetsOf<S> = S extends { readonly next: infer N } ? N[keyof N] : never;
type StepTargets = Extract<TargetsOf<(typeof flow)[number]>, { step: string }>['step'];
/** Compile-time check: every `{ step }` target is a step of the flow. */
export type EveryStepTargetExists = Assert<StepTargets extends StepId ? true : false>;

export const steps: readonly Step[] = flow;
