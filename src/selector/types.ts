/**
 * The shapes of the selector model: questions (questions.ts), the flow between them (flow.ts) and the
 * outcomes (outcomes.ts). Plain types, no React and no Docusaurus.
 *
 * Everything is identified by a stable string id that appears in URLs (`?account=same`, the
 * `/which-option/result/<outcome-id>` pages), so an id never changes once published. Wording may change.
 * In question help and notes, `**text**` is shown in bold; `**A > B > C**` is shown as a menu path.
 */
import type { GuideLink } from './guides';

/** A piece of advice, optionally with a link to the guide (or outcome page) that explains it. */
export interface Note {
  readonly text: string;
  readonly link?: GuideLink | { readonly outcome: string };
}

export interface Option {
  readonly id: string;
  readonly label: string;
  /** Advice added to the reader's plan when they choose this option (e.g. for "I'm not sure"). */
  readonly notes?: readonly Note[];
}

export interface Question {
  readonly id: string;
  /** The question as the reader sees it: the legend of the step. */
  readonly text: string;
  /** "How do I check?": where to look on the phone or computer, one paragraph per entry. */
  readonly help: readonly string[];
  readonly options: readonly Option[];
  /**
   * `route` questions decide which outcome applies. `modifier` questions (Advanced Data Protection,
   * full iCloud storage) are asked after the outcome is known, only for outcomes whose advice they
   * change, and only add notes: they never change the outcome.
   */
  readonly kind: 'route' | 'modifier';
}

/** Where an answer leads: another step of the flow, or an outcome. */
export type Target = { readonly step: string } | { readonly outcome: string };

/** A place in the flow. The same question can appear at several steps (on different branches). */
export interface Step {
  readonly id: string;
  readonly question: string;
  readonly next: Readonly<Record<string, Target>>;
}

/** One entry of an outcome's plan: a guide to try, and one line on why it fits these answers. */
export interface PlanItem extends GuideLink {
  readonly reason: string;
}

export interface Outcome {
  readonly id: string;
  readonly title: string;
  /** One or two sentences on what is going on for this reader. */
  readonly summary: string;
  /** Shown first: what not to do, and what to do before anything else. */
  readonly warnings: readonly Note[];
  /** The guides to try, best first. */
  readonly plan: readonly PlanItem[];
  /** What to do if nothing in the plan works. */
  readonly ifNoneWorks: Note;
  /** The modifier questions asked before this outcome is shown, in order. */
  readonly modifiers: readonly string[];
}

/** Fails to compile unless `T` is `true`: for checks on the model's ids that TypeScript can do. */
export type Assert<T extends true> = T;
