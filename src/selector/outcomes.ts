/**
 * The "Which option applies to me?" decision model: questions, the flow between them and the outcomes.
 * Plain data, no React and no Docusaurus. The selector, its pre-rendered pages, the "How the selector
 * decides" page and the tests all read this one module.
 *
 * Everything is identified by a stable string id that appears in URLs (`?account=same`, the
 * `/which-option/result/<outcome-id>` pages), so an id never changes once published. Wording may change.
 *
 * Facts follow /work/shared/facts.md (section 3 for the questions, sections 2.x for the advice).
 * In question help and notes, `**text**` is shown in bold; `**A > B > C**` is shown as a menu path.
 */
import type { GuideLink } from './guides';

/** A piece of advice, optionally with a link to the guide (or outcome page) that explains it. */
export interface Note {
  text: string;
  link?: GuideLink | { outcome: string };
}

export interface Option {
  id: string;
  label: string;
  /** Advice added to the reader's plan when they choose this option (e.g. for "I'm not sure"). */
  notes?: Note[];
}

export interface Question {
  id: string;
  /** The question as the reader sees it: the legend of the step. */
  text: string;
  /** "How do I check?": where to look on the phone or computer, one paragraph per entry. */
  help: string[];
  options: Option[];
  /**
   * `route` questions decide which outcome applies. `modifier` questions (Advanced Data Protection,
   * full iCloud storage) are asked after the outcome is known, only for outcomes whose advice they
   * change, and only add notes: they never change the outcome.
   */
  kind: 'route' | 'modifier';
}

/** Where an answer leads: another step of the flow, or an outcome. */
export type Target = { step: string } | { outcome: string };

/** A place in the flow. The same question can appear at several steps (on different branches). */
export interface Step {
  id: string;
  question: string;
  next: Record<string, Target>;
}

/** One entry of an outcome's plan: a guide to try, and one line on why it fits these answers. */
export interface PlanItem extends GuideLink {
  reason: string;
}

export interface Outcome {
  id: string;
  title: string;
  /** One or two sentences on what is going on for this reader. */
  summary: string;
  /** Shown first: what not to do, and what to do before anything else. */
  warnings: Note[];
  /** The guides to try, best first. */
  plan: PlanItem[];
  /** What to do if nothing in the plan works. */
  ifNoneWorks: Note;
  /** The modifier questions asked before this outcome is shown, in order. */
  modifiers: string[];
}

const saveFirst: Note = {
  text: "Don't erase or restore your iPhone again until you have saved the photos taken since the restore. Another restore replaces everything on the iPhone.",
  link: { guide: 'before-you-restore' },
};

const notSure = "I'm not sure";

export const questions: Question[] = [
  {
    id: 'account',
    kind: 'route',
    text: 'Is your iPhone signed in with the same Apple Account as before the restore?',
    help: [
      'Open **Settings** and tap your name at the top. The email address under your name is the Apple Account this iPhone uses.',
      'Compare it with the email on your receipts from Apple, or with the account on your other Apple devices.',
    ],
    options: [
      { id: 'same', label: 'Yes, the same account' },
      { id: 'different', label: 'No, a different account' },
      {
        id: 'not-sure',
        label: notSure,
        notes: [
          {
            text: 'Check which Apple Account this iPhone uses: open **Settings** and tap your name. If it is not the account you used before the restore, sign in with that one first. Your photos in iCloud belong to that account.',
            link: { guide: 'icloud-photos-sync', anchor: 'steps' },
          },
        ],
      },
    ],
  },
  {
    id: 'restore',
    kind: 'route',
    text: 'Is your iPhone still restoring or downloading photos?',
    help: [
      'Open **Settings > [your name] > iCloud > iCloud Backup**. While a restore is still running, this screen shows a message that your iPhone is being restored.',
      'After setup, photos and apps keep downloading in the background. For a large library this can take hours or longer.',
    ],
    options: [
      { id: 'running', label: "Yes, it's still restoring or downloading" },
      { id: 'finished', label: 'No, it has finished' },
      {
        id: 'not-sure',
        label: notSure,
        notes: [
          {
            text: 'Check whether the restore is still running in **Settings > [your name] > iCloud > iCloud Backup**. If it has finished and photos are still missing, change your answer to this question.',
            link: { guide: 'icloud-photos-sync', anchor: 'steps' },
          },
        ],
      },
    ],
  },
  {
    id: 'icloud-photos',
    kind: 'route',
    text: 'Before the restore, was iCloud Photos turned on?',
    help: [
      'The quickest check: on a computer, sign in at **iCloud.com/photos** with your Apple Account. If you see your photos there, iCloud Photos was on.',
      'On your iPhone, **Settings > [your name] > iCloud** shows how much storage Photos uses. A large amount means your library is in iCloud.',
      'The switch itself is at **Settings > [your name] > iCloud > Photos > Sync this iPhone**.',
    ],
    options: [
      { id: 'on', label: 'Yes, it was on' },
      { id: 'off', label: 'No, it was off' },
      {
        id: 'not-sure',
        label: notSure,
        notes: [
          {
            text: "You weren't sure whether iCloud Photos was on. Sign in at **iCloud.com/photos** on a computer: if your photos aren't there, it was off. Then change your answer to that question: the photos were in the backup, and other options apply.",
            link: { guide: 'icloud-com-and-other-devices', anchor: 'steps' },
          },
        ],
      },
    ],
  },
  {
    id: 'deleted',
    kind: 'route',
    text: 'Were any of the missing photos deleted?',
    help: [
      'Open **Photos** and scroll down to **Utilities** (in iOS 17, on the **Albums** tab), then open **Recently Deleted**. You may need Face ID, Touch ID or your passcode to open it.',
      "Each photo there shows how many days are left before it's deleted for good. Deleted photos stay there for 30 days.",
    ],
    options: [
      { id: 'last-30-days', label: 'Yes, in the last 30 days' },
      { id: 'over-30-days', label: 'Yes, more than 30 days ago' },
      { id: 'no', label: 'No' },
      {
        id: 'not-sure',
        label: notSure,
        notes: [
          {
            text: 'Look in **Recently Deleted** on your iPhone and at **iCloud.com/photos**: photos deleted in the last 30 days are still there.',
            link: { guide: 'recently-deleted-and-hidden', anchor: 'steps' },
          },
        ],
      },
    ],
  },
  {
    id: 'hidden',
    kind: 'route',
    text: 'Are the missing photos in your Hidden album?',
    help: [
      'Open **Photos** and scroll down to **Utilities** (in iOS 17, on the **Albums** tab), then open **Hidden**. You may need Face ID, Touch ID or your passcode to open it.',
      "If you can't see the Hidden album, turn on **Show Hidden Album** in the Photos settings: **Settings > Photos** in iOS 17, or **Settings > Apps > Photos** in iOS 18.",
    ],
    options: [
      { id: 'yes', label: "Yes, they're there" },
      { id: 'no', label: "No, they're not there" },
    ],
  },
  {
    id: 'other-devices',
    kind: 'route',
    text: 'Do you have another iPhone, iPad, Mac or Windows PC that may have the photos?',
    help: [
      'Think of an old iPhone, an iPad, a Mac with the Photos app, or a PC you copied photos to. Open Photos on it and look for the missing photos.',
      'A device that syncs with iCloud Photos shows the same library as iCloud.com. One with iCloud Photos off, or that has been offline, may hold extra copies. On an iPhone or iPad, check **Settings > [your name] > iCloud > Photos**.',
    ],
    options: [
      { id: 'yes', label: 'Yes' },
      { id: 'no', label: 'No' },
    ],
  },
  {
    id: 'shared',
    kind: 'route',
    text: 'Did you ever send, share or post any of the missing photos?',
    help: [
      'Think of Messages, WhatsApp and other chat apps, email, Shared Albums and social media. Photos that someone else took, or that you sent to someone, count too.',
    ],
    options: [
      { id: 'yes', label: 'Yes, some of them' },
      { id: 'no', label: 'No' },
    ],
  },
  {
    id: 'photo-services',
    kind: 'route',
    text: 'Did you use Google Photos, OneDrive, Dropbox, Amazon Photos or a similar app?',
    help: [
      'Swipe left past your last Home Screen page to open the **App Library**, and search for the app.',
      'If the app was backing up your photos, they are in your account with that service. Sign in on its website from a computer to check.',
    ],
    options: [
      { id: 'yes', label: 'Yes' },
      { id: 'no', label: 'No' },
    ],
  },
  {
    id: 'other-backup',
    kind: 'route',
    text: 'Do you have another backup that may hold the missing photos?',
    help: [
      'On a Mac, connect your iPhone, select it in **Finder** and click **Manage Backups** to see the dates of the backups on the computer. On Windows, look in the **Apple Devices** app or iTunes.',
      'For iCloud, open **Settings > [your name] > iCloud > Manage Account Storage > Backups**. It lists the backups of your devices, with their dates.',
      'A backup helps only if it was made after the missing photos were taken, while iCloud Photos was off.',
    ],
    options: [
      { id: 'computer', label: 'Yes, a backup on my Mac or PC, made after the photos were taken' },
      {
        id: 'icloud',
        label: 'Yes, another iCloud backup: an older one, or one from another iPhone or iPad',
      },
      { id: 'no', label: 'No' },
      { id: 'not-sure', label: notSure },
    ],
  },
  {
    id: 'storage',
    kind: 'modifier',
    text: 'Before the restore, was your iCloud storage full?',
    help: [
      'Did your iPhone show messages such as "iCloud storage is full"? Open **Settings > [your name] > iCloud**: the bar at the top shows how much of your storage is used.',
    ],
    options: [
      {
        id: 'full',
        label: 'Yes, it was full or almost full',
        notes: [
          {
            text: 'Your iCloud storage was full. iCloud Photos stops uploading when storage is full, so photos taken then may never have reached iCloud, and iCloud Backup may have stopped too. When the download has finished, look for any photos still missing on your other devices, in other photo apps and in messages.',
            link: { guide: 'icloud-com-and-other-devices' },
          },
          {
            text: 'Free up iCloud storage or choose a bigger plan, so the photos on your iPhone now can upload.',
          },
        ],
      },
      { id: 'not-full', label: 'No, there was space' },
      {
        id: 'not-sure',
        label: notSure,
        notes: [
          {
            text: 'If your iCloud storage was full before the restore, photos taken then may never have uploaded. When the download has finished, look for any photos still missing on your other devices, in other photo apps and in messages.',
            link: { guide: 'icloud-com-and-other-devices' },
          },
        ],
      },
    ],
  },
  {
    id: 'adp',
    kind: 'modifier',
    text: 'Is Advanced Data Protection turned on for your Apple Account?',
    help: [
      'Open **Settings > [your name] > iCloud** and scroll down to **Advanced Data Protection**. It shows On or Off. It is off unless you turned it on.',
    ],
    options: [
      {
        id: 'on',
        label: "Yes, it's on",
        notes: [
          {
            text: "Advanced Data Protection is on, so iCloud.com can't show your photos until you allow it. On your iPhone, turn on **Settings > [your name] > iCloud > Access iCloud Data on the Web** (iOS 26.4 or later: **Settings > [your name] > iCloud > iCloud.com > Allow Data Access**), then approve the sign-in on a trusted device. Apple can't recover this data for you.",
            link: { guide: 'icloud-com-and-other-devices', anchor: 'before-you-start' },
          },
        ],
      },
      { id: 'off', label: "No, it's off" },
      {
        id: 'not-sure',
        label: notSure,
        notes: [
          {
            text: "If Advanced Data Protection is on, iCloud.com can't show your photos until you allow web access on your iPhone (**Settings > [your name] > iCloud**) and approve the sign-in on a trusted device.",
            link: { guide: 'icloud-com-and-other-devices', anchor: 'before-you-start' },
          },
        ],
      },
    ],
  },
];

/** The flow. It starts at `startStep`; every path ends at an outcome. */
export const startStep = 'account';

export const steps: Step[] = [
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
    next: { yes: { outcome: 'hidden-album' }, no: { outcome: 'icloud-photos-sync' } },
  },
  {
    id: 'other-devices-after-deletion',
    question: 'other-devices',
    next: { yes: { outcome: 'other-devices' }, no: { step: 'shared-after-deletion' } },
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
  // iCloud Photos was off: the photos were in the backup. Recently Deleted on the erased phone is empty,
  // so "deleted" is not asked; copies elsewhere come first, then other backups.
  {
    id: 'hidden-in-backup',
    question: 'hidden',
    next: { yes: { outcome: 'hidden-album' }, no: { step: 'other-devices' } },
  },
  {
    id: 'other-devices',
    question: 'other-devices',
    next: { yes: { outcome: 'other-devices' }, no: { step: 'shared' } },
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
];

const onlyIfOff = 'Only if iCloud Photos was off:';

export const outcomes: Outcome[] = [
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
      text: "If your photos aren't in the earlier account either, start again and answer the other questions.",
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
        guide: 'icloud-com-and-other-devices',
        anchor: 'steps',
        reason:
          'iCloud.com/photos shows what is in iCloud. A device that had iCloud Photos off, or was offline, may hold extra copies.',
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
    id: 'recently-deleted',
    title: 'Recover the photos from Recently Deleted',
    summary:
      'Deleted photos stay in Recently Deleted for 30 days. With iCloud Photos on, you can recover them on your iPhone or at iCloud.com.',
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
          'Open Recently Deleted on your iPhone or at iCloud.com/photos and recover the photos.',
      },
      {
        guide: 'icloud-photos-sync',
        anchor: 'steps',
        reason:
          'If other photos are missing too, check that Sync this iPhone is on and let your library download.',
      },
      {
        guide: 'icloud-com-and-other-devices',
        reason:
          'Another device or computer may hold copies of photos that are no longer in Recently Deleted.',
      },
    ],
    ifNoneWorks: {
      text: 'If the photos are no longer in Recently Deleted, read what is still possible.',
      link: { outcome: 'deleted-for-good' },
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
      text: 'If other photos are still missing, change your answer about the Hidden album to see what else to try.',
    },
    modifiers: [],
  },
  {
    id: 'other-devices',
    title: 'Copy the photos from your other device or computer',
    summary:
      'Another device can hold copies: a Mac Photos library, a Windows PC, or an iPad or old iPhone that had iCloud Photos off or has been offline.',
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
      {
        guide: 'computer-backup',
        anchor: 'when-this-works',
        reason: `${onlyIfOff} a computer backup made after the photos were taken holds them.`,
      },
    ],
    ifNoneWorks: {
      text: 'If no device has them, read what is still possible.',
      link: { outcome: 'nothing-applies' },
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
      'Another iCloud backup, an older one or one from another iPhone or iPad, holds the photos that were on that device when it was made, if iCloud Photos was off.',
    warnings: [
      {
        text: 'Restoring again means erasing this iPhone. Save the photos taken since the restore first, and go through the checklist.',
        link: { guide: 'before-you-restore' },
      },
      {
        text: "Check the backup's date before you erase anything. iCloud usually keeps only the most recent backup of each device, and deletes it 180 days after backups stop.",
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
      'A backup helps only if it was made after the missing photos were taken, while iCloud Photos was off. Check the dates of your backups before you restore anything.',
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
      "To restore from an iCloud backup, the iPhone was erased first. Erasing destroys the keys that unlock the old data, so photos that were only on the iPhone can't be read back by anyone: not Apple, not a repair shop, and not a recovery app. Copies made before may still exist elsewhere.",
    warnings: [
      {
        text: "Don't pay for an app that promises to scan your iPhone for deleted photos. After an erase no app can read the old data: these apps can only open backups you already have.",
        link: { guide: 'recovery-software', anchor: 'when-it-wont' },
      },
    ],
    plan: [
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
];
