/**
 * The selector's questions: what the reader is asked, how to check, and the options. Only the wording
 * and the advice an option adds live here; which question comes next is flow.ts.
 *
 * Facts follow /work/shared/facts.md (section 3 for the questions, sections 2.x for the advice).
 * To add a question, follow "Add a selector question" in the README.
 */
import type { Question } from './types';

const notSure = "I'm not sure";

const definitions = [
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
      "The quickest check: on a computer, sign in at **iCloud.com/photos** with your Apple Account. If it shows a Photos library at all, iCloud Photos was on. If it shows nothing, that doesn't prove it was off: web access to your data may be off, or you may be signed in with another Apple Account.",
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
            text: "You weren't sure whether iCloud Photos was on. Sign in at **iCloud.com/photos** on a computer. If it shows a Photos library at all, iCloud Photos was on. If it shows nothing, that doesn't prove it was off: web access may be off (always right after turning on Advanced Data Protection), you may be signed in with another Apple Account, or the photos never finished uploading. Check **Settings > [your name] > iCloud**: if **Photos** uses a lot of storage there, it was on. Change your answer only when you know.",
            link: { guide: 'icloud-com-and-other-devices', anchor: 'web-access' },
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
      'Open **Photos** and find the **Utilities** albums: in iOS 17, tap **Albums** and scroll down; in iOS 18, scroll down the main screen; in iOS 26, tap **Collections** and scroll down. Open **Recently Deleted**. You may need Face ID, Touch ID or your passcode to open it.',
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
      'Open **Photos** and find the **Utilities** albums: in iOS 17, tap **Albums** and scroll down; in iOS 18, scroll down the main screen; in iOS 26, tap **Collections** and scroll down. Open **Hidden**. You may need Face ID, Touch ID or your passcode to open it.',
      "If you can't see the Hidden album, turn on **Show Hidden Album**: **Settings > Photos** in iOS 17, or **Settings > Apps > Photos** in iOS 18 and iOS 26. Hidden photos also show in the Hidden album on iCloud.com when iCloud Photos is on.",
    ],
    options: [
      { id: 'yes', label: "Yes, they're there" },
      { id: 'no', label: "No, they're not there" },
    ],
  },
  {
    id: 'deleted-or-hidden',
    kind: 'route',
    text: 'Are any of the missing photos in Recently Deleted or in the Hidden album?',
    help: [
      'Open **Photos** and find the **Utilities** albums: in iOS 17, tap **Albums** and scroll down; in iOS 18, scroll down the main screen; in iOS 26, tap **Collections** and scroll down. Open **Recently Deleted**, then **Hidden**. You may need Face ID, Touch ID or your passcode to open them.',
      'Photos deleted on this iPhone since the restore stay in Recently Deleted for 30 days, whether iCloud Photos is on or off.',
      "If you can't see the Hidden album, turn on **Show Hidden Album**: **Settings > Photos** in iOS 17, or **Settings > Apps > Photos** in iOS 18 and iOS 26.",
    ],
    options: [
      { id: 'recently-deleted', label: 'Yes, some are in Recently Deleted' },
      { id: 'hidden', label: 'Yes, some are in the Hidden album' },
      { id: 'no', label: "No, they're in neither" },
      {
        id: 'not-sure',
        label: notSure,
        notes: [
          {
            text: 'Look in **Recently Deleted** and in the **Hidden** album on your iPhone. Deleted photos stay in Recently Deleted for 30 days.',
            link: { guide: 'recently-deleted-and-hidden', anchor: 'steps' },
          },
        ],
      },
    ],
  },
  {
    id: 'other-devices',
    kind: 'route',
    text: 'Do you have another device that may have the photos: your old iPhone, an iPad, a Mac or a Windows PC?',
    help: [
      "If you set up a new iPhone and still have the old one, choose the first answer: setting up a new iPhone doesn't erase the old one.",
      'Think of an iPad, a Mac with the Photos app, or a PC you copied photos to. Open Photos on it and look for the missing photos.',
      "A device that uses iCloud Photos and finished uploading shows the same library as iCloud.com. One with iCloud Photos off, one that has been offline, or one whose uploads never finished (iCloud storage full, or uploads paused) may hold photos that are nowhere else. On an iPhone or iPad, check **Settings > [your name] > iCloud > Photos**, and don't change anything there yet.",
    ],
    options: [
      {
        id: 'old-iphone',
        label: 'Yes, my old iPhone: I set up a new one and still have the old one',
      },
      {
        id: 'yes',
        label: 'Yes, another device or computer',
        notes: [
          {
            text: "Look in **Photos** on that device before you erase, sell or sign out of it, and don't turn off iCloud Photos on it: it may hold photos that never reached iCloud.",
            link: { guide: 'icloud-com-and-other-devices', anchor: 'steps' },
          },
        ],
      },
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
      "A backup helps only if it was made after the missing photos were taken, while iCloud Photos was off. An iCloud backup also needs **Photo Library** to have been on in that device's list of what it backs up: a backup of only a few hundred MB can't hold many photos.",
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
            text: "Your iCloud storage was full, so photos taken then may never have uploaded. Those photos are in neither iCloud nor your iCloud backup: with iCloud Photos on, the backup leaves your photos out. They can only still be on the device that took them, if it hasn't been erased, such as your old iPhone. Don't erase, sell or sign out of it: copy its photos first.",
            link: { guide: 'old-iphone', anchor: 'steps' },
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
            text: 'If your iCloud storage was full before the restore, photos taken then may never have uploaded. Those are in neither iCloud nor the iCloud backup. Look for them on the device that took them before you erase, sell or sign out of it.',
            link: { guide: 'icloud-com-and-other-devices', anchor: 'steps' },
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
      'Open **Settings > [your name] > iCloud** and scroll down to **Advanced Data Protection**. It shows On or Off. It is off unless you turned it on. Web access to your data on iCloud.com is a separate switch in the same place.',
    ],
    options: [
      {
        id: 'on',
        label: "Yes, it's on",
        notes: [
          {
            text: "Turning on Advanced Data Protection turned off web access to your data, so iCloud.com may show none of your photos. You can turn it back on: **Settings > [your name] > iCloud > Access iCloud Data on the Web** (iOS 26.4 or later: **Settings > [your name] > iCloud > iCloud.com > Allow Data Access**), then approve the sign-in on your iPhone. Apple can't recover this data for you: keep your recovery key or recovery contact.",
            link: { guide: 'icloud-com-and-other-devices', anchor: 'web-access' },
          },
        ],
      },
      {
        id: 'off',
        label: "No, it's off",
        notes: [
          {
            text: 'If iCloud.com shows none of your photos, check **Access iCloud Data on the Web** in **Settings > [your name] > iCloud** (iOS 26.4 or later: **iCloud.com > Allow Data Access**): it can be off even without Advanced Data Protection.',
            link: { guide: 'icloud-com-and-other-devices', anchor: 'web-access' },
          },
        ],
      },
      {
        id: 'not-sure',
        label: notSure,
        notes: [
          {
            text: 'If iCloud.com shows none of your photos, web access to your data may be off. It is off right after turning on Advanced Data Protection, and it can be off without it. Turn it on in **Settings > [your name] > iCloud**, then approve the sign-in on your iPhone.',
            link: { guide: 'icloud-com-and-other-devices', anchor: 'web-access' },
          },
        ],
      },
    ],
  },
] as const satisfies readonly Question[];

type Definition = (typeof definitions)[number];

export type QuestionId = Definition['id'];
/** The option ids of one question, e.g. OptionId<'account'> = 'same' | 'different' | 'not-sure'. */
export type OptionId<Q extends QuestionId> = Extract<
  Definition,
  { id: Q }
>['options'][number]['id'];
/** The questions that decide the outcome: only these can have a step in the flow. */
export type RouteQuestionId = Extract<Definition, { kind: 'route' }>['id'];
/** The questions asked after the outcome is known, which only add notes. */
export type ModifierQuestionId = Extract<Definition, { kind: 'modifier' }>['id'];

export const questions: readonly Question[] = definitions;
