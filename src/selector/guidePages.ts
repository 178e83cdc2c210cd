// Generated from the front matter in docs/ by `npm run selector:guides`: do not edit by hand.
// tooling/selector/guidePages.test.ts fails when this file and the front matter disagree.

/** The pages the selector links to (guides, the checklist and prevention pages), by id. */
export const guidePages = {
  'icloud-photos-sync': {
    slug: '/guides/icloud-photos-sync',
    title: 'Wait for iCloud Photos, or turn it on',
  },
  'recently-deleted-and-hidden': {
    slug: '/guides/recently-deleted-and-hidden',
    title: 'Recently Deleted and the Hidden album',
  },
  'icloud-com-and-other-devices': {
    slug: '/guides/icloud-com-and-other-devices',
    title: 'iCloud.com, other devices, Mac and Windows',
  },
  'computer-backup': {
    slug: '/guides/computer-backup',
    title: 'Restore from a computer backup',
  },
  'older-icloud-backup': {
    slug: '/guides/older-icloud-backup',
    title: 'Restore a different or older iCloud backup',
  },
  'photo-services': {
    slug: '/guides/photo-services',
    title: 'Google Photos and other photo services',
  },
  'messages-and-shared-albums': {
    slug: '/guides/messages-and-shared-albums',
    title: 'Messages, email, Shared Albums and other people',
  },
  'recovery-software': {
    slug: '/guides/recovery-software',
    title: "Recovery software: what it can and can't do",
  },
  'before-you-restore': {
    slug: '/prevent/before-you-restore',
    title: 'Before you restore: a checklist',
  },
  'keep-a-second-copy': {
    slug: '/prevent/keep-a-second-copy',
    title: 'Keep a second copy of your photos',
  },
  'old-iphone': {
    slug: '/guides/old-iphone',
    title: 'Copy photos from your old iPhone',
  },
} as const;
