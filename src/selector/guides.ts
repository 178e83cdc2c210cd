/**
 * The pages the selector links to, in one place. The slugs and article IDs are fixed by the shared
 * contract and never change; guides.test.ts checks every one against the front matter in docs/.
 */
export const guides = {
  'icloud-photos-sync': {
    articleId: 102,
    slug: '/guides/icloud-photos-sync',
    title: 'Wait for iCloud Photos, or turn it on',
  },
  'recently-deleted-and-hidden': {
    articleId: 103,
    slug: '/guides/recently-deleted-and-hidden',
    title: 'Recently Deleted and the Hidden album',
  },
  'icloud-com-and-other-devices': {
    articleId: 104,
    slug: '/guides/icloud-com-and-other-devices',
    title: 'iCloud.com, other devices, Mac and Windows',
  },
  'computer-backup': {
    articleId: 105,
    slug: '/guides/computer-backup',
    title: 'Restore from a computer backup',
  },
  'older-icloud-backup': {
    articleId: 106,
    slug: '/guides/older-icloud-backup',
    title: 'Restore a different or older iCloud backup',
  },
  'photo-services': {
    articleId: 107,
    slug: '/guides/photo-services',
    title: 'Google Photos and other photo services',
  },
  'messages-and-shared-albums': {
    articleId: 108,
    slug: '/guides/messages-and-shared-albums',
    title: 'Messages, email, Shared Albums and other people',
  },
  'recovery-software': {
    articleId: 109,
    slug: '/guides/recovery-software',
    title: "Recovery software: what it can and can't do",
  },
  'before-you-restore': {
    articleId: 110,
    slug: '/prevent/before-you-restore',
    title: 'Before you restore: a checklist',
  },
  'keep-a-second-copy': {
    articleId: 111,
    slug: '/prevent/keep-a-second-copy',
    title: 'Keep a second copy of your photos',
  },
} as const;

export type GuideId = keyof typeof guides;

/** The section ids every page of type guide has (see the contract's guide structure). */
export const guideAnchors = [
  'when-this-works',
  'when-it-wont',
  'before-you-start',
  'steps',
  'check-it-worked',
  'if-this-didnt-work',
] as const;

export type GuideAnchor = (typeof guideAnchors)[number];

/** A link to a guide, optionally to one of its sections. */
export interface GuideLink {
  guide: GuideId;
  anchor?: GuideAnchor;
}

/** The site path of a guide link, e.g. "/guides/computer-backup#steps". */
export function guideHref({ guide, anchor }: GuideLink): string {
  return `${guides[guide].slug}${anchor ? `#${anchor}` : ''}`;
}
