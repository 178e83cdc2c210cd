/**
 * The pages the selector links to. Their ids, slugs and titles come from the articles' front matter,
 * generated into ./guidePages.ts (`npm run selector:guides`; see tooling/selector/guidePages.ts for
 * why a generated module).
 */
import type { guideSections } from '@site/tooling/content/guideStructure';
import { guidePages } from './guidePages';

export const guides = guidePages;

/** A page the selector can link to, e.g. "computer-backup". */
export type GuideId = keyof typeof guidePages;

/** The section ids every page of type guide has (tooling/content/guideStructure.ts checks them). */
export type GuideAnchor = (typeof guideSections)[number]['id'];

/**
 * Sections that only some guides have (e.g. `web-access` in icloud-com-and-other-devices).
 * guides.test.ts checks each link that uses one against the page.
 */
export type ExtraAnchor = 'web-access';

/** A link to a guide, optionally to one of its sections. */
export interface GuideLink {
  readonly guide: GuideId;
  readonly anchor?: GuideAnchor | ExtraAnchor;
}

/** The site path of a guide link, e.g. "/guides/computer-backup#steps". */
export function guideHref({ guide, anchor }: GuideLink): string {
  return `${guides[guide].slug}${anchor ? `#${anchor}` : ''}`;
}
