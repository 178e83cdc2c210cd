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
