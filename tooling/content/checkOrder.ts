/**
 * The one order of checks (issue 12): the recovery guides in the
 * order a reader should try them, from the quickest and safest to the last resort. The sidebar is
 * generated from this list, and the content checks hold the start page's order section, the guides
 * overview and every guide's "If this didn't work" to it. Plain data, no React, no Docusaurus.
 */
export const checkOrder = [
  'icloud-photos-sync',
  'old-iphone',
  'recently-deleted-and-hidden',
  'icloud-com-and-other-devices',
  'photo-services',
  'messages-and-shared-albums',
  'computer-backup',
  'older-icloud-backup',
  'recovery-software',
] as const;

export type GuideSlug = (typeof checkOrder)[number];

/**
 * Where the last guide's "If this didn't work" sends the reader first: past the end of the order, to
 * the answer that lists every other place a copy can be (not back to a guide they have already tried).
 */
export const afterLastGuide = '/faq/deleted-photos-and-other-copies#where-else-photos-are';

/** The site path of a guide, e.g. "/guides/old-iphone". */
export function guidePath(slug: GuideSlug): string {
  return `/guides/${slug}`;
}

/** The docs id of a guide, as sidebars.ts names it, e.g. "guides/old-iphone". */
export function guideDocId(slug: GuideSlug): string {
  return `guides/${slug}`;
}

/** The guide to try after this one, or undefined for the last guide. */
export function nextGuide(slug: GuideSlug): GuideSlug | undefined {
  const index = checkOrder.indexOf(slug);
  return index >= 0 && index + 1 < checkOrder.length ? checkOrder[index + 1] : undefined;
}

export function isGuideSlug(value: string): value is GuideSlug {
  return (checkOrder as readonly string[]).includes(value);
}

/** The targets of the markdown links and `<Link to="...">` elements in a text, in reading order. */
export function linkTargets(text: string): string[] {
  const pattern = /\[[^\]]*\]\(\s*([^)\s]+)[^)]*\)|<Link\s[^>]*\bto=["']([^"']+)["']/g;
  return [...text.matchAll(pattern)].map((match) => match[1] ?? match[2]);
}

/** The guide a link target points to ("/guides/old-iphone#steps" → "old-iphone"), if it is one. */
export function guideOfTarget(target: string): GuideSlug | undefined {
  const slug = /^\/guides\/([a-z0-9-]+)(?:[#?].*)?$/.exec(target)?.[1];
  return slug && isGuideSlug(slug) ? slug : undefined;
}

/**
 * Problems with a list that must follow the order: each guide at most once, in order. `required`
 * also asks that every guide is there (for a page that lists them all).
 */
export function orderProblems(
  slugs: readonly string[],
  { required = false }: { required?: boolean } = {},
): string[] {
  const problems: string[] = [];
  const guides = slugs.filter(isGuideSlug);
  for (const slug of slugs)
    if (!isGuideSlug(slug)) problems.push(`"${slug}" is not a guide of the order of checks`);
  const seen = new Set<string>();
  let previous = -1;
  for (const slug of guides) {
    const index = checkOrder.indexOf(slug);
    if (seen.has(slug)) problems.push(`${slug} is listed twice`);
    else if (index < previous)
      problems.push(`${slug} comes after ${checkOrder[previous]}, but the order puts it before`);
    seen.add(slug);
    previous = Math.max(previous, index);
  }
  if (required)
    for (const slug of checkOrder) if (!seen.has(slug)) problems.push(`${slug} is missing`);
  return problems;
}

/** Problems with the guides a text links to: in the order of checks, each counted once. */
export function linkedGuideOrderProblems(text: string, options?: { required?: boolean }): string[] {
  const firstMentions: GuideSlug[] = [];
  for (const target of linkTargets(text)) {
    const slug = guideOfTarget(target);
    if (slug && !firstMentions.includes(slug)) firstMentions.push(slug);
  }
  return orderProblems(firstMentions, options);
}

/**
 * Problems with a guide's "If this didn't work" section: its first link goes to the next guide of
 * the order, or, for the last guide, to `afterLastGuide`.
 */
export function nextStepProblems(slug: GuideSlug, sectionContent: string): string[] {
  const first = linkTargets(sectionContent)[0];
  const next = nextGuide(slug);
  const expected = next ? guidePath(next) : afterLastGuide;
  if (!first) return [`"If this didn't work" has no link; its first link must go to ${expected}`];
  const firstGuide = guideOfTarget(first);
  if (next ? firstGuide !== next : first !== afterLastGuide)
    return [`"If this didn't work" links first to ${first}; it must link first to ${expected}`];
  return [];
}
