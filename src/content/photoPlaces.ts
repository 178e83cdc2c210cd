/**
 * Where a person's photos can be, and what erasing the phone and restoring an iCloud backup does to
 * each place (facts.md §1 claims 1, 3, 4, 7, 9, 28; §2.6; §6 and issue 12 items 1, 3 and 4). The
 * diagram on the start page is drawn from this list, so the picture and the words can't disagree.
 */

/** What an erase-and-restore does to the photos in a place. */
export type Fate = 'erased' | 'restored' | 'untouched';

export interface FateGroup {
  fate: Fate;
  title: string;
  /** One sentence under the title. */
  summary: string;
}

export interface PhotoPlace {
  id: string;
  name: string;
  fate: Fate;
  /** What happens to the photos in this place, in one or two short sentences. */
  whatHappens: string;
}

export const fateGroups: readonly FateGroup[] = [
  {
    fate: 'erased',
    title: 'Wiped by the erase',
    summary:
      'To restore an iCloud backup onto a phone that is in use, it is erased first. A new iPhone leaves the old one as it was.',
  },
  {
    fate: 'restored',
    title: 'Put back by the restore',
    summary: 'During setup, the phone gets back the data in the one backup you choose.',
  },
  {
    fate: 'untouched',
    title: 'Not touched by the erase',
    summary: 'Copies kept outside the phone stay where they are.',
  },
];

export const photoPlaces: readonly PhotoPlace[] = [
  {
    id: 'only-on-the-phone',
    name: 'Photos only on the phone',
    fate: 'erased',
    whatHappens:
      'The erase wipes them. They come back only if they were in the backup you restored.',
  },
  {
    id: 'icloud-backup',
    name: 'iCloud Backup',
    fate: 'restored',
    whatHappens:
      'Has the photos that were on the phone on the day of the backup, but only if iCloud Photos was off and Photo Library was not left out of the backup.',
  },
  {
    id: 'icloud-photos',
    name: 'iCloud Photos',
    fate: 'untouched',
    whatHappens:
      'If it was on and uploads had finished, your library is in iCloud. It downloads again after you sign in with the same Apple Account. Photos that never uploaded are not in it.',
  },
  {
    id: 'shared-albums',
    name: 'Shared Albums',
    fate: 'untouched',
    whatHappens: 'Kept in iCloud as smaller copies. They show again when Shared Albums is on.',
  },
  {
    id: 'computer-backup',
    name: 'A computer backup',
    fate: 'untouched',
    whatHappens:
      'Made with Finder, the Apple Devices app or iTunes. Has photos only if iCloud Photos was off when it was made.',
  },
  {
    id: 'imported-to-a-computer',
    name: 'Photos imported to a computer',
    fate: 'untouched',
    whatHappens: 'Copies you imported to a Mac or PC stay on it.',
  },
  {
    id: 'other-devices',
    name: 'Your other devices',
    fate: 'untouched',
    whatHappens:
      'An iPad, Mac or old iPhone. If iCloud Photos is off on it, or its uploads never finished, it may have its own copies.',
  },
  {
    id: 'other-apps-and-people',
    name: 'Other apps and people',
    fate: 'untouched',
    whatHappens:
      'Photo services such as Google Photos or Dropbox, email you sent, and people you sent photos to keep their copies.',
  },
];

/** The places with a given fate, in list order. */
export function placesWithFate(fate: Fate): PhotoPlace[] {
  return photoPlaces.filter((place) => place.fate === fate);
}
