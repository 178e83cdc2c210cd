/**
 * The selector's outcomes: for each result, what is going on, what to do first, the guides to try in
 * order and what to do if none works. Every outcome has a permanent page,
 * `/which-option/result/<outcome-id>`, so an outcome id never changes once published.
 *
 * Facts follow /work/shared/facts.md (sections 2.x for the advice).
 */
import type { ModifierQuestionId } from './questions';
import type { Assert, Note, Outcome } from './types';

/** An outcome whose modifier questions are real modifier questions of questions.ts. */
type OutcomeDefinition = Outcome & { readonly modifiers: readonly ModifierQuestionId[] };

const saveFirst = {
  text: "Don't erase or restore your iPhone again until you have saved the photos taken since the restore. Another restore replaces everything on the iPhone.",
  link: { guide: 'before-you-restore' },
} as const satisfies Note;

const onlyIfOff = 'Only if iCloud Photos was off:';

/** The two backups, last in the plans of outcomes that cannot know whether iCloud Photos was off. */
const backupsIfOff = [
  {
    guide: 'computer-backup',
    anchor: 'when-this-works',
    reason: `${onlyIfOff} a computer backup made after the photos were taken holds them.`,
  },
  {
    guide: 'older-icloud-backup',
    anchor: 'when-this-works',
    reason: `${onlyIfOff} another iCloud backup, such as one from an old iPhone or iPad, may hold them.`,
  },
] as const;

const definitions = [
  {
    id: 'different-apple-account',
    title: 'Sign in with the Apple Account you used before',
    summary:
      "Your photos in iCloud belong to the Apple Account you used before the restore. They can't appear on this iPhone while it is signed in with a different account.",
    warnings: [
      {
        text: 'Photos you took since the restore may be only on this iPhone. Import them to a computer before you sign out, so they are not lost.',
        link: { guide: 'before-you-restore' },
      },
      saveFirst,
    ],
    plan: [
      {
        guide: 'icloud-photos-sync',
        anchor: 'steps',
        reason:
          'Sign in with your earlier Apple Account, then turn on Sync this iPhone so your library downloads again.',
      },
      {
        guide: 'icloud-com-and-other-devices',
        anchor: 'steps',
        reason:
          'Sign in at iCloud.com/photos with the earlier account to see that your photos are there.',
      },
    ],
    ifNoneWorks: {
      text: 'If you have two Apple Accounts, sign in at iCloud.com/photos with each to see which one has your photos. If neither has them, start again and answer the other questions.',
    },
    modifiers: [],
  },
  {
    id: 'wait-for-restore',
    title: 'Let the restore finish: keep your iPhone on Wi-Fi and charging',
    summary:
      'After setup, an iCloud restore keeps downloading photos and apps in the background. A large library can take hours or longer to come back.',
    warnings: [
      { text: "Don't erase or restore your iPhone again while it is still restoring." },
      {
        text: 'Keep the iPhone on Wi-Fi and plugged in until the photos have finished downloading.',
      },
      {
        text: "Don't tap **Stop Restoring**: what hasn't downloaded yet may not come back from the backup.",
      },
    ],
    plan: [
      {
        guide: 'icloud-photos-sync',
        anchor: 'steps',
        reason:
          'Shows how to see that the restore is still running, and how to check that Sync this iPhone is on while you wait.',
      },
      {
        guide: 'icloud-com-and-other-devices',
        anchor: 'steps',
        reason: 'While you wait, sign in at iCloud.com/photos to see which photos are in iCloud.',
      },
    ],
    ifNoneWorks: {
      text: 'When the restore has finished, if photos are still missing, change your answer to the question about the restore to see what to try next.',
    },
    modifiers: [],
  },
  {
    id: 'icloud-photos-sync',
    title: 'Turn on iCloud Photos and let your library download',
    summary:
      "iCloud Photos was on, so your photos are kept in iCloud, not in the backup. Erasing the iPhone didn't delete them. They come back once this iPhone uses the same Apple Account and Sync this iPhone is on.",
    warnings: [
      {
        text: "Don't turn off iCloud Photos or sign out on a device that may hold the only copies of some photos.",
      },
      saveFirst,
    ],
    plan: [
      {
        guide: 'icloud-photos-sync',
        anchor: 'steps',
        reason:
          'Turn on Sync this iPhone, then keep the iPhone on Wi-Fi and charging while your library downloads.',
      },
      {
        guide: 'old-iphone',
        reason:
          'If you set up a new iPhone, the old one may still have photos that never reached iCloud.',
      },
      {
        guide: 'icloud-com-and-other-devices',
        anchor: 'steps',
        reason:
          'iCloud.com/photos shows what is in iCloud. A device that had iCloud Photos off, was offline, or never finished uploading may hold photos that are nowhere else: look in Photos on every device before you erase, sell or sign out of it.',
      },
      {
        guide: 'recently-deleted-and-hidden',
        anchor: 'steps',
        reason:
          'Photos deleted in the last 30 days are in Recently Deleted, and hidden photos are in the Hidden album.',
      },
      {
        guide: 'messages-and-shared-albums',
        reason: 'Photos you sent or shared may still be in messages, email or Shared Albums.',
      },
      {
        guide: 'photo-services',
        reason: 'A photo app such as Google Photos may have its own copies.',
      },
    ],
    ifNoneWorks: {
      text: 'If photos are still missing when the download has finished, read what is still possible.',
      link: { outcome: 'nothing-applies' },
    },
    modifiers: ['storage', 'adp'],
  },
  {
    id: 'old-iphone',
    title: 'Copy the photos from your old iPhone before you erase it',
    summary:
      'You set up a new iPhone, so your old one was not erased. It still has the photos it had, and maybe some that never reached iCloud or the backup. It is often the best copy you have.',
    warnings: [
      {
        text: "Don't erase, sell or trade in the old iPhone, and don't sign out of iCloud or turn off iCloud Photos on it, until its photos are copied to a computer or to the new iPhone.",
      },
      saveFirst,
    ],
    plan: [
      {
        guide: 'old-iphone',
        anchor: 'steps',
        reason:
          'Shows how to check the photos on the old iPhone and copy them to a computer or to the new iPhone.',
      },
      {
        guide: 'icloud-photos-sync',
        anchor: 'steps',
        reason:
          'If iCloud Photos was on, turn on Sync this iPhone on the new iPhone too, so the photos in iCloud come back.',
      },
      {
        guide: 'recently-deleted-and-hidden',
        anchor: 'steps',
        reason: 'Look in Recently Deleted and the Hidden album on both iPhones.',
      },
      {
        guide: 'icloud-com-and-other-devices',
        reason: 'Another device or computer may hold photos that are not on the old iPhone.',
      },
    ],
    ifNoneWorks: {
      text: 'If the old iPhone doesn\'t have them, change your answer about other devices to "No" to see what else to try.',
    },
    modifiers: [],
  },
  {
    id: 'recently-deleted',
    title: 'Recover the photos from Recently Deleted',
    summary:
      'Deleted photos stay in Recently Deleted for 30 days, with iCloud Photos on or off. You can recover them on your iPhone, and with iCloud Photos on also at iCloud.com.',
    warnings: [
      {
        text: "Recover them soon: after 30 days, or once they're deleted from Recently Deleted, they are gone for good.",
      },
      saveFirst,
    ],
    plan: [
      {
        guide: 'recently-deleted-and-hidden',
        anchor: 'steps',
        reason:
          'Open Recently Deleted in Photos on your iPhone and recover the photos. If iCloud Photos is on, you can also use Recently Deleted at iCloud.com/photos.',
      },
      {
        guide: 'icloud-photos-sync',
        anchor: 'steps',
        reason:
          'If iCloud Photos was on and other photos are missing too, check that Sync this iPhone is on and let your library download.',
      },
      {
        guide: 'icloud-com-and-other-devices',
        reason:
          'Another device or computer may hold copies of photos that are no longer in Recently Deleted.',
      },
    ],
    ifNoneWorks: {
      text: 'If the photos are no longer in Recently Deleted, change your answer to that question to see what else to try: other devices, copies you sent, and, if iCloud Photos was off, your backups.',
    },
    modifiers: ['adp'],
  },
  {
    id: 'hidden-album',
    title: 'Unhide the photos in your Hidden album',
    summary: "Hidden photos don't show in your library, but they are still on your iPhone.",
    warnings: [saveFirst],
    plan: [
      {
        guide: 'recently-deleted-and-hidden',
        anchor: 'steps',
        reason: 'Shows how to open the Hidden album and unhide the photos.',
      },
      {
        guide: 'icloud-com-and-other-devices',
        reason: 'If some photos are still missing, look at iCloud.com and on your other devices.',
      },
    ],
    ifNoneWorks: {
      text: 'If other photos are still missing, change your answer about the Hidden album (or about Recently Deleted and the Hidden album) to see what else to try.',
    },
    modifiers: [],
  },
  {
    id: 'other-devices',
    title: 'Copy the photos from your other device or computer',
    summary:
      'Another device can hold copies: a Mac Photos library, a Windows PC, or an iPad or iPhone that had iCloud Photos off, has been offline, or never finished uploading.',
    warnings: [
      {
        text: "Don't turn off iCloud Photos or sign out on the device that has the photos: it may hold the only copies.",
      },
      saveFirst,
    ],
    plan: [
      {
        guide: 'icloud-com-and-other-devices',
        anchor: 'steps',
        reason:
          'Shows how to find the photos on a Mac, a Windows PC or another iPhone or iPad, and how to get them back to this iPhone.',
      },
      {
        guide: 'messages-and-shared-albums',
        reason: 'Photos you sent or shared may also be in messages, email or Shared Albums.',
      },
      {
        guide: 'photo-services',
        reason: 'A photo app such as Google Photos may have its own copies.',
      },
      ...backupsIfOff,
    ],
    ifNoneWorks: {
      text: 'If no device has them, check your backups next: a computer backup or another iCloud backup may still hold them, if iCloud Photos was off.',
      link: { outcome: 'find-a-backup' },
    },
    modifiers: ['adp'],
  },
  {
    id: 'messages-and-shared-albums',
    title: 'Save the photos from messages, Shared Albums and other people',
    summary:
      'Photos you sent, received, shared or posted are kept by those apps and by the people who have them, apart from your library.',
    warnings: [
      {
        text: 'Copies in Shared Albums are smaller than the originals (2,048 pixels on the long edge). Save them anyway, and ask the people who took or received the photos for full-size copies.',
      },
      saveFirst,
    ],
    plan: [
      {
        guide: 'messages-and-shared-albums',
        anchor: 'steps',
        reason:
          'Shows how to save photos from Messages, email and Shared Albums, and what to ask other people.',
      },
      {
        guide: 'photo-services',
        reason: 'A photo app such as Google Photos may have its own copies.',
      },
      ...backupsIfOff,
    ],
    ifNoneWorks: {
      text: 'If nobody has copies, read what is still possible.',
      link: { outcome: 'nothing-applies' },
    },
    modifiers: [],
  },
  {
    id: 'photo-services',
    title: 'Get the photos back from your photo app',
    summary:
      'If Google Photos, OneDrive, Dropbox or a similar app was backing up your photos, its copies are in your account with that service.',
    warnings: [
      {
        text: "Sign in with the same account you used before. Check the service's trash too: deleted items are kept there only for a limited time.",
      },
      saveFirst,
    ],
    plan: [
      {
        guide: 'photo-services',
        anchor: 'steps',
        reason:
          "Shows how to find your photos in the app or on the service's website and save them back to your iPhone.",
      },
      {
        guide: 'computer-backup',
        anchor: 'when-this-works',
        reason: `${onlyIfOff} a computer backup made after the photos were taken holds them.`,
      },
      {
        guide: 'older-icloud-backup',
        anchor: 'when-this-works',
        reason: `${onlyIfOff} another iCloud backup may hold them.`,
      },
    ],
    ifNoneWorks: {
      text: "If the app doesn't have them, read what is still possible.",
      link: { outcome: 'nothing-applies' },
    },
    modifiers: [],
  },
  {
    id: 'computer-backup',
    title: 'Restore the newer backup from your computer',
    summary:
      'A backup on your Mac or PC holds the photos that were on the iPhone when it was made, if iCloud Photos was off then.',
    warnings: [
      {
        text: 'Restoring a backup replaces everything on your iPhone. Save the photos taken since the iCloud restore first, and go through the checklist.',
        link: { guide: 'before-you-restore' },
      },
      {
        text: 'Click **Restore Backup**, not **Restore iPhone**: Restore iPhone erases the iPhone and installs iOS again.',
      },
    ],
    plan: [
      {
        guide: 'computer-backup',
        anchor: 'steps',
        reason:
          "Shows how to check the backup's date and restore it with Finder, the Apple Devices app or iTunes.",
      },
      {
        guide: 'older-icloud-backup',
        anchor: 'when-this-works',
        reason:
          'If the computer backup turns out to be older than the photos, another iCloud backup may hold them.',
      },
    ],
    ifNoneWorks: {
      text: "If the backup doesn't have the photos, read what is still possible.",
      link: { outcome: 'nothing-applies' },
    },
    modifiers: [],
  },
  {
    id: 'older-icloud-backup',
    title: 'Restore a different iCloud backup',
    summary:
      "Another iCloud backup, an older one or one from another iPhone or iPad, holds the photos that were on that device when it was made, if iCloud Photos was off and Photo Library wasn't left out of its backup.",
    warnings: [
      {
        text: 'Restoring again means erasing this iPhone. Save the photos taken since the restore first, and go through the checklist.',
        link: { guide: 'before-you-restore' },
      },
      {
        text: "Check the backup's date and size before you erase anything. A backup that never finished has no size or date and can't be used. iCloud usually keeps only the most recent backup of each device, and deletes it 180 days after backups stop.",
      },
      {
        text: "Don't set this iPhone up as new and let it back up: that can replace the backup you need.",
      },
    ],
    plan: [
      {
        guide: 'older-icloud-backup',
        anchor: 'steps',
        reason:
          'Shows how to list your iCloud backups by date and device, and restore the one you need.',
      },
      {
        guide: 'computer-backup',
        anchor: 'when-this-works',
        reason: 'A backup on a Mac or PC may be newer than any iCloud backup.',
      },
    ],
    ifNoneWorks: {
      text: 'If no backup has the photos, read what is still possible.',
      link: { outcome: 'nothing-applies' },
    },
    modifiers: [],
  },
  {
    id: 'find-a-backup',
    title: 'Find out whether another backup has your photos',
    summary:
      'A backup helps only if it was made after the missing photos were taken, while iCloud Photos was off. Check the dates and sizes of your backups before you restore anything: a small iCloud backup may have left Photo Library out.',
    warnings: [
      {
        text: "Don't restore a backup until you know it has the photos: restoring replaces everything on your iPhone.",
        link: { guide: 'before-you-restore' },
      },
    ],
    plan: [
      {
        guide: 'computer-backup',
        anchor: 'when-this-works',
        reason: 'Shows where to see the dates of the backups on a Mac or PC.',
      },
      {
        guide: 'older-icloud-backup',
        anchor: 'steps',
        reason: 'The first step shows how to list your iCloud backups, with their dates.',
      },
    ],
    ifNoneWorks: {
      text: 'If no backup has the photos, read what is still possible.',
      link: { outcome: 'nothing-applies' },
    },
    modifiers: [],
  },
  {
    id: 'deleted-for-good',
    title: 'Photos deleted more than 30 days ago: look for copies elsewhere',
    summary:
      'Deleted photos stay in Recently Deleted for 30 days. After that, iCloud Photos removes them from every device and from iCloud.com, and Apple documents no way to bring them back.',
    warnings: [
      {
        text: "Don't pay for a recovery app: it can't bring these photos back. After an erase no app can read the old data on the iPhone, and backups made while iCloud Photos was on hold no photos.",
        link: { guide: 'recovery-software', anchor: 'when-it-wont' },
      },
    ],
    plan: [
      {
        guide: 'messages-and-shared-albums',
        anchor: 'steps',
        reason:
          'People who were there, and the messages, emails and posts you sent, may still have copies.',
      },
      {
        guide: 'photo-services',
        reason: 'A photo app you used once may still have copies in its account or its trash.',
      },
      {
        guide: 'keep-a-second-copy',
        reason:
          'A second copy on a computer or another service protects the photos you take from now on.',
      },
    ],
    ifNoneWorks: {
      text: "From now on, keep a second copy of your photos, so one deletion or failure can't take them all.",
      link: { guide: 'keep-a-second-copy' },
    },
    modifiers: [],
  },
  {
    id: 'nothing-applies',
    title: "The photos can't be read back from the iPhone",
    summary:
      "If you restored onto the same iPhone, it was erased first. Erasing destroys the keys that unlock the old data, so photos that were only on that iPhone can't be read back by anyone: not Apple, not a repair shop, and not a recovery app. If you restored onto a new iPhone, your old one was not erased: don't erase, sell or trade it in, and copy its photos first. Copies made before may still exist elsewhere.",
    warnings: [
      {
        text: "If you still have your old iPhone, don't erase, sell or trade it in yet: copy its photos first.",
        link: { guide: 'old-iphone', anchor: 'steps' },
      },
      {
        text: "Don't pay for an app that promises to scan your iPhone for deleted photos. After an erase no app can read the old data: these apps can only open backups you already have.",
        link: { guide: 'recovery-software', anchor: 'when-it-wont' },
      },
    ],
    plan: [
      {
        guide: 'old-iphone',
        reason:
          'If you set up a new iPhone, the old one was not erased and may still have the photos.',
      },
      {
        guide: 'messages-and-shared-albums',
        anchor: 'steps',
        reason:
          'Messages, email, Shared Albums and social media keep the photos you sent, received or posted. People who were there may have their own.',
      },
      {
        guide: 'icloud-com-and-other-devices',
        reason:
          'A computer you once imported photos to, or an old iPhone or iPad in a drawer, may still hold copies.',
      },
      {
        guide: 'photo-services',
        reason: 'A photo app you tried once may still have copies in its account or its trash.',
      },
      {
        guide: 'recovery-software',
        anchor: 'when-it-wont',
        reason: "What recovery apps can and can't do. Read it before you pay for one.",
      },
    ],
    ifNoneWorks: {
      text: "From now on, keep a second copy of your photos, so one restore or failure can't take them all.",
      link: { guide: 'keep-a-second-copy' },
    },
    modifiers: [],
  },
] as const satisfies readonly OutcomeDefinition[];

type Definition = (typeof definitions)[number];

export type OutcomeId = Definition['id'];

type LinksOf<N> = N extends { readonly link?: infer L } ? L : never;
type LinkedOutcomes = Extract<
  LinksOf<Definition['ifNoneWorks'] | Definition['warnings'][number]>,
  { outcome: string }
>['outcome'];
/** Compile-time check: every note that links to an outcome names an outcome of this list. */
export type EveryLinkedOutcomeExists = Assert<LinkedOutcomes extends OutcomeId ? true : false>;

export const outcomes: readonly Outcome[] = definitions;
