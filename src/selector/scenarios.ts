/**
 * Readers' situations: the answers they give, in the order the selector asks, and the plan they
 * should get. One list for the model tests (model.test.ts), the component tests
 * (src/components/RecoverySelector) and the end-to-end tests (e2e/selector.spec.ts, which walks the
 * ones marked `endToEnd` in a browser, with and without JavaScript). Test data: nothing that ships
 * imports it. When the advice changes, change the expected outcomes here.
 */
import type { OutcomeId } from './outcomes';
import type { OptionId, QuestionId } from './questions';

/** One answer: a question and one of its options (checked when compiling). */
export type ScenarioAnswer = { [Q in QuestionId]: readonly [Q, OptionId<Q>] }[QuestionId];

export interface Scenario {
  name: string;
  /** The answers in the order the selector asks them. */
  answers: readonly ScenarioAnswer[];
  /** The address of the plan: the query string of /which-option, without "?". */
  query: string;
  outcome: OutcomeId;
  /** Walked in a browser by e2e/selector.spec.ts (each walk takes a while, so only some are). */
  endToEnd?: boolean;
}

export const scenarios: readonly Scenario[] = [
  {
    name: 'iCloud Photos was on, nothing deleted or hidden, storage was full',
    answers: [
      ['account', 'same'],
      ['restore', 'finished'],
      ['icloud-photos', 'on'],
      ['deleted', 'no'],
      ['hidden', 'no'],
      ['other-devices', 'no'],
      ['storage', 'full'],
      ['adp', 'off'],
    ],
    query:
      'account=same&restore=finished&icloud-photos=on&deleted=no&hidden=no&other-devices=no&storage=full&adp=off',
    outcome: 'icloud-photos-sync',
    endToEnd: true,
  },
  {
    name: 'iCloud Photos was off and Google Photos was backing up',
    answers: [
      ['account', 'same'],
      ['restore', 'finished'],
      ['icloud-photos', 'off'],
      ['deleted-or-hidden', 'no'],
      ['other-devices', 'no'],
      ['shared', 'no'],
      ['photo-services', 'yes'],
    ],
    query:
      'account=same&restore=finished&icloud-photos=off&deleted-or-hidden=no&other-devices=no&shared=no&photo-services=yes',
    outcome: 'photo-services',
    endToEnd: true,
  },
  {
    name: 'iCloud Photos was off and there is no other copy: the honest answer',
    answers: [
      ['account', 'not-sure'],
      ['restore', 'finished'],
      ['icloud-photos', 'off'],
      ['deleted-or-hidden', 'no'],
      ['other-devices', 'no'],
      ['shared', 'no'],
      ['photo-services', 'no'],
      ['other-backup', 'no'],
    ],
    query:
      'account=not-sure&restore=finished&icloud-photos=off&deleted-or-hidden=no&other-devices=no&shared=no&photo-services=no&other-backup=no',
    outcome: 'nothing-applies',
    endToEnd: true,
  },
  {
    name: 'signed in with a different Apple Account',
    answers: [['account', 'different']],
    query: 'account=different',
    outcome: 'different-apple-account',
  },
  {
    name: 'the restore is still running',
    answers: [
      ['account', 'same'],
      ['restore', 'running'],
    ],
    query: 'account=same&restore=running',
    outcome: 'wait-for-restore',
  },
  {
    name: 'not sure about the account while the restore is still running',
    answers: [
      ['account', 'not-sure'],
      ['restore', 'running'],
    ],
    query: 'account=not-sure&restore=running',
    outcome: 'wait-for-restore',
  },
  {
    name: 'iCloud Photos was on and the photos were deleted in the last 30 days',
    answers: [
      ['account', 'same'],
      ['restore', 'finished'],
      ['icloud-photos', 'on'],
      ['deleted', 'last-30-days'],
      ['adp', 'off'],
    ],
    query: 'account=same&restore=finished&icloud-photos=on&deleted=last-30-days&adp=off',
    outcome: 'recently-deleted',
  },
  {
    name: 'iCloud Photos was off and a newer backup is on the computer',
    answers: [
      ['account', 'same'],
      ['restore', 'finished'],
      ['icloud-photos', 'off'],
      ['deleted-or-hidden', 'no'],
      ['other-devices', 'no'],
      ['shared', 'no'],
      ['photo-services', 'no'],
      ['other-backup', 'computer'],
    ],
    query:
      'account=same&restore=finished&icloud-photos=off&deleted-or-hidden=no&other-devices=no&shared=no&photo-services=no&other-backup=computer',
    outcome: 'computer-backup',
  },
  {
    name: 'iCloud Photos was off, nobody else has copies, and no backup',
    answers: [
      ['account', 'same'],
      ['restore', 'finished'],
      ['icloud-photos', 'off'],
      ['deleted-or-hidden', 'no'],
      ['other-devices', 'no'],
      ['shared', 'no'],
      ['photo-services', 'no'],
      ['other-backup', 'no'],
    ],
    query:
      'account=same&restore=finished&icloud-photos=off&deleted-or-hidden=no&other-devices=no&shared=no&photo-services=no&other-backup=no',
    outcome: 'nothing-applies',
  },
  {
    name: 'iCloud Photos was off and photos were deleted since the restore',
    answers: [
      ['account', 'same'],
      ['restore', 'finished'],
      ['icloud-photos', 'off'],
      ['deleted-or-hidden', 'recently-deleted'],
      ['adp', 'off'],
    ],
    query:
      'account=same&restore=finished&icloud-photos=off&deleted-or-hidden=recently-deleted&adp=off',
    outcome: 'recently-deleted',
  },
  {
    name: 'iCloud Photos was off and the photos are in the Hidden album',
    answers: [
      ['account', 'same'],
      ['restore', 'finished'],
      ['icloud-photos', 'off'],
      ['deleted-or-hidden', 'hidden'],
    ],
    query: 'account=same&restore=finished&icloud-photos=off&deleted-or-hidden=hidden',
    outcome: 'hidden-album',
  },
  {
    name: 'iCloud Photos was on, and the old iPhone is still there after setting up a new one',
    answers: [
      ['account', 'same'],
      ['restore', 'finished'],
      ['icloud-photos', 'on'],
      ['deleted', 'no'],
      ['hidden', 'no'],
      ['other-devices', 'old-iphone'],
    ],
    query:
      'account=same&restore=finished&icloud-photos=on&deleted=no&hidden=no&other-devices=old-iphone',
    outcome: 'old-iphone',
  },
  {
    name: 'iCloud Photos was off, and the old iPhone is still there after setting up a new one',
    answers: [
      ['account', 'same'],
      ['restore', 'finished'],
      ['icloud-photos', 'off'],
      ['deleted-or-hidden', 'no'],
      ['other-devices', 'old-iphone'],
    ],
    query:
      'account=same&restore=finished&icloud-photos=off&deleted-or-hidden=no&other-devices=old-iphone',
    outcome: 'old-iphone',
  },
  {
    name: 'photos deleted more than 30 days ago, and the old iPhone is still there',
    answers: [
      ['account', 'same'],
      ['restore', 'finished'],
      ['icloud-photos', 'on'],
      ['deleted', 'over-30-days'],
      ['other-devices', 'old-iphone'],
    ],
    query:
      'account=same&restore=finished&icloud-photos=on&deleted=over-30-days&other-devices=old-iphone',
    outcome: 'old-iphone',
  },
  {
    name: 'iCloud Photos was on and another device may have photos that never uploaded',
    answers: [
      ['account', 'same'],
      ['restore', 'finished'],
      ['icloud-photos', 'on'],
      ['deleted', 'no'],
      ['hidden', 'no'],
      ['other-devices', 'yes'],
      ['storage', 'not-full'],
      ['adp', 'off'],
    ],
    query:
      'account=same&restore=finished&icloud-photos=on&deleted=no&hidden=no&other-devices=yes&storage=not-full&adp=off',
    outcome: 'icloud-photos-sync',
  },
];

/** A scenario's answers as the selector's Answers record. */
export function answersOf(scenario: Scenario): Record<string, string> {
  return Object.fromEntries(scenario.answers);
}

/** The scenario with this name (throws on a typo, so a test cannot silently test nothing). */
export function scenarioNamed(name: string): Scenario {
  const found = scenarios.find((scenario) => scenario.name === name);
  if (!found) throw new Error(`No selector scenario is named "${name}"`);
  return found;
}
