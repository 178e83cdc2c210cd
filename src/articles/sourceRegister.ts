/**
 * The sources our pages may cite in their `sources` front matter: the Apple and vendor help pages of the
 * register in facts.md (section 0). Third-party articles in that register are not listed: they support
 * our review but are not what we send readers to. A page that needs a new source records it in an MDX
 * comment on the page and adds it here with the page that introduced it.
 */
export interface Source {
  /** The tag used in facts.md, e.g. "S4". */
  tag: string;
  title: string;
  url: string;
}

export const sourceRegister: readonly Source[] = [
  {
    tag: 'S1',
    title: 'Apple Platform Security: Security of iCloud Backup',
    url: 'https://support.apple.com/guide/security/icloud-backup-security-sec2c21e7f49/web',
  },
  {
    tag: 'S2',
    title: 'iCloud User Guide: What is iCloud Backup?',
    url: 'https://support.apple.com/guide/icloud/mm085db3a8d6/icloud',
  },
  {
    tag: 'S3',
    title: 'Apple Support: What does iCloud back up?',
    url: 'https://support.apple.com/en-us/108770',
  },
  {
    tag: 'S4',
    title: 'Apple Support: Set up and use iCloud Photos',
    url: 'https://support.apple.com/en-us/108782',
  },
  {
    tag: 'S5',
    title: 'Apple Support: Set up and use iCloud Photos on your Windows PC',
    url: 'https://support.apple.com/en-us/108994',
  },
  {
    tag: 'S6',
    title: 'Apple Support: Shared Album limits',
    url: 'https://support.apple.com/en-us/108916',
  },
  {
    tag: 'S7',
    title: 'Apple Support: Manage web access to your iCloud data',
    url: 'https://support.apple.com/en-us/102630',
  },
  {
    tag: 'S8',
    title: 'Apple Support: How to turn on Advanced Data Protection for iCloud',
    url: 'https://support.apple.com/en-us/108756',
  },
  {
    tag: 'S9',
    title: 'Apple Support: iCloud data security overview',
    url: 'https://support.apple.com/en-us/102651',
  },
  {
    tag: 'S10',
    title: 'Apple Platform Security: Data Protection in Apple devices',
    url: 'https://support.apple.com/guide/security/data-protection-sece8608431d/web',
  },
  {
    tag: 'S11',
    title: 'Apple Platform Security Guide (PDF)',
    url: 'https://manuals.info.apple.com/MANUALS/1000/MA1902/en_US/apple-platform-security-guide.pdf',
  },
  {
    tag: 'S12',
    title: "Apple Support: If you're missing information after you restore with iCloud Backup",
    url: 'https://support.apple.com/en-us/102325',
  },
  {
    tag: 'S13',
    title: 'Apple Support: Restore your iPhone, iPad or iPod touch from a backup',
    url: 'https://support.apple.com/en-us/118105',
  },
  {
    tag: 'S14',
    title: 'Apple Support: Delete photos on your iPhone or iPad',
    url: 'https://support.apple.com/en-us/104967',
  },
  {
    tag: 'S15',
    title: 'Apple Support: How to turn off iCloud Photos',
    url: 'https://support.apple.com/en-us/102179',
  },
  {
    tag: 'S16',
    title: 'Apple Support: Locate backups of your iPhone, iPad and iPod touch',
    url: 'https://support.apple.com/en-us/108809',
  },
  {
    tag: 'S17',
    title: 'Apple Configurator User Guide: backup (glossary)',
    url: 'https://support.apple.com/guide/apple-configurator-mac/aside/cad67d80cfc6/2.17/mac/14.0',
  },
  {
    tag: 'S18',
    title: 'Apple Support: iCloud storage and backup overview',
    url: 'https://support.apple.com/kb/PH12519',
  },
  {
    tag: 'S19',
    title: 'Apple Devices User Guide for Windows',
    url: 'https://support.apple.com/guide/devices-windows/welcome/windows',
  },
  {
    tag: 'S20',
    title: 'Apple Support: Backup methods for iPhone, iPad and iPod touch',
    url: 'https://support.apple.com/HT204136',
  },
  // Added for issue 12 (2026-11-30), each read in a stored copy of the Apple page. Introduced by
  // faq/backups-and-storage (S21, S25), faq/accounts-and-passwords (S22), faq/after-a-restore (S23),
  // faq/backups-and-storage#time-machine (S24) and guides/icloud-photos-sync (S26).
  {
    tag: 'S21',
    title: 'Apple Support: Get help restoring from an iCloud backup',
    url: 'https://support.apple.com/en-us/HT201418',
  },
  {
    tag: 'S22',
    title: 'Apple Support: About encrypted backups on your iPhone, iPad or iPod touch',
    url: 'https://support.apple.com/en-us/108353',
  },
  {
    tag: 'S23',
    title: 'Apple Support: How to use iCloud Shared Photo Library on your Mac',
    url: 'https://support.apple.com/en-us/123926',
  },
  {
    tag: 'S24',
    title: 'Photos User Guide for Mac: Back up your photo library',
    url: 'https://support.apple.com/guide/photos/pht6d60d10f/mac',
  },
  {
    tag: 'S25',
    title: 'iCloud Help: Back up your iOS device to iCloud',
    url: 'https://support.apple.com/kb/PH12520',
  },
  {
    tag: 'S26',
    title: "Apple Support: If your iCloud Photos aren't syncing to your device",
    url: 'https://support.apple.com/en-us/101559',
  },
  // Added on 2026-12-01 by faq/backups-and-storage: #backup-not-working (S27) and
  // #icloud-storage-full (S28), each read in a stored copy of the Apple page.
  {
    tag: 'S27',
    title: 'Apple Support: Get help backing up your device in iCloud',
    url: 'https://support.apple.com/en-us/HT203516',
  },
  {
    tag: 'S28',
    title: 'Apple Support: Change your iCloud storage plan',
    url: 'https://support.apple.com/HT201318',
  },
  // Added on 2026-12-01 by faq/deleted-photos-and-other-copies#forgot-passcode, read in a verbatim
  // copy of the Apple page.
  {
    tag: 'S29',
    title: 'Apple Support: If you forgot your iPhone passcode',
    url: 'https://support.apple.com/HT204306',
  },
  // Added on 2026-12-01 by faq/deleted-photos-and-other-copies#stuck-on-apple-logo; the Apple page
  // was not read here (its advice is relayed by third-party copies, named on the page).
  {
    tag: 'S30',
    title: "Apple Support: If you can't update or restore your iPhone",
    url: 'https://support.apple.com/HT201263',
  },
  // Added on 2026-12-01 by faq/deleted-photos-and-other-copies#before-a-repair (S31, S32) and
  // faq/accounts-and-passwords#deceased-family-member (S33 to S35), each read in a stored copy.
  {
    tag: 'S31',
    title: 'Apple Support: Before you bring in your device for service',
    url: 'https://support.apple.com/HT201557',
  },
  {
    tag: 'S32',
    title: 'Apple Retail UK: Repair Terms and Conditions',
    url: 'https://www.apple.com/uk/legal/sales-support/terms/repair/Retail_Repair_UK_Terms_Conditions.html',
  },
  {
    tag: 'S33',
    title: "Apple Support: How to request access to a deceased family member's Apple Account",
    url: 'https://support.apple.com/en-us/HT208510',
  },
  {
    tag: 'S34',
    title: 'Apple Support: Request access to an Apple Account as a Legacy Contact',
    url: 'https://support.apple.com/en-us/102678',
  },
  {
    tag: 'S35',
    title: 'Apple Support: How to add a Legacy Contact for your Apple Account',
    url: 'https://support.apple.com/en-us/HT212360',
  },
  // Added on 2026-12-01 by faq/backups-and-storage#icloud-storage-full (a smaller plan, or no
  // more payments), read in Apple's own older wording and a helper's reading of the current page.
  {
    tag: 'S36',
    title: 'Apple Support: Downgrade or cancel your iCloud storage plan',
    url: 'https://support.apple.com/HT207594',
  },
  // Added on 2026-12-01 by faq/deleted-photos-and-other-copies#work-or-school-iphone, each read in a
  // stored copy.
  {
    tag: 'S37',
    title: 'Apple Platform Security: Managed Lost Mode and remote wipe',
    url: 'https://support.apple.com/guide/security/secc46f3562c/web',
  },
  {
    tag: 'S38',
    title: 'Apple Platform Support: Intro to device management',
    url: 'https://support.apple.com/guide/platform-support/sup070f1d5d1/web',
  },
  // Added on 2026-12-01 by faq/accounts-and-passwords#locked-out-of-apple-account, read in a stored
  // copy.
  {
    tag: 'S39',
    title:
      "Apple Support: How to use account recovery when you can't reset your Apple Account password",
    url: 'https://support.apple.com/en-us/118574',
  },
  {
    tag: 'G1',
    title: 'Google Photos Help: Back up photos and videos',
    url: 'https://support.google.com/photos/answer/6193313',
  },
  {
    tag: 'T6',
    title: 'Dropbox Help: How long does Dropbox keep my deleted files?',
    url: 'https://help.dropbox.com/account-settings/data-retention-policy',
  },
  {
    tag: 'T7',
    title: 'Dropbox Help: Camera uploads',
    url: 'https://help.dropbox.com/installs-integrations/photos/camera-uploads',
  },
];

/** The register entry for a URL, or undefined when the URL is not in the register. */
export function sourceFor(url: string): Source | undefined {
  return sourceRegister.find((source) => source.url === url);
}

/** The text to show for a cited URL: its register title, or the URL's host and path when it is new. */
export function sourceTitle(url: string): string {
  const known = sourceFor(url);
  if (known) return known.title;
  const parsed = new URL(url);
  return `${parsed.hostname}${parsed.pathname}`;
}
