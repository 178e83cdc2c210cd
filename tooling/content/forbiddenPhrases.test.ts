// cspell:ignore Fone Mobi amet
import { describe, expect, it } from 'vitest';
import { errorRules, findPhrases, placeholderRules, vagueLinkRules } from './forbiddenPhrases';

const found = (text: string) => findPhrases(text, errorRules).map((p) => p.phrase);

describe('forbidden phrases from facts.md section 1', () => {
  it.each([
    ['Your iCloud Photo Library stays intact.', 'iCloud Photo Library'],
    ['Try Dr.Fone – PhoneRescue (iOS).', 'Dr.Fone'],
    ['Try FoneLab or EaseUS MobiSaver.', 'FoneLab'],
    ['Or iMyFone iPhone Data Recovery.', 'iMyFone'],
    ['Look for "Restore from iTunes backup".', 'Restore from iTunes backup'],
    ['Then click Restore iPhone to get the backup back.', 'click Restore iPhone'],
    ['Deleted photos stay up to 40 days.', '40 days'],
    ['They stay 30 days after deletion by default.', '30 days after deletion by default'],
    [
      'In the Photos app, go to Settings > iCloud Photos and switch it on.',
      'Photos app, go to Settings > iCloud Photos',
    ],
    ["With backups you'll never have to worry again.", 'never have to worry'],
    ['These tools scan your iPhone storage for photos.', 'scan your iPhone storage'],
    ['Sync photos to your computer every week.', 'Sync photos to your computer'],
    ['Photos and videos are not included in iCloud backups.', 'Photos and videos are not included'],
    ['This will retrieve all your photos from iCloud.', 'retrieve all your photos from iCloud'],
    ['They go back to the All Photos album.', 'All Photos album'],
  ])('flags %j', (text, phrase) => {
    expect(found(text)).toContain(phrase);
  });

  it.each([
    'iCloud Photos (formerly called iCloud Photo Library) keeps your library in iCloud.',
    'iCloud Photos, formerly iCloud Photo Library, is a sync.',
    "Don't click **Restore iPhone**: it erases the phone.",
    'Do not click Restore iPhone.',
    'Recently Deleted keeps photos for 30 days.',
    'Import photos to your computer with the Photos app.',
    'Syncing sends photos from the computer to the phone.',
  ])('allows %j', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('says where each problem is and why', () => {
    const [problem] = findPhrases('Fine line.\nUp to 40 days.', errorRules);
    expect(problem).toMatchObject({ line: 2, origin: 'facts.md §2.3, claim 30' });
    expect(problem.reason).toMatch(/30 days/);
  });

  it('names the facts.md claim or handbook rule behind every rule', () => {
    for (const rule of [...errorRules, ...placeholderRules])
      expect(rule.origin).toMatch(/facts\.md|HANDBOOK|issue 12 item \d+/);
  });
});

// The errors a full review found on the site (issue 12), each tested on the sentence as it stood.
describe('forbidden phrases from issue 12 (items 1, 2, 5 and 10)', () => {
  const originOf = (text: string) => findPhrases(text, errorRules).map((p) => p.origin);

  it.each([
    // Item 1: guides/icloud-com-and-other-devices.mdx, "When it won't".
    [
      'So if a photo is not on iCloud.com, it is not on them either.',
      'issue 12 item 1, facts.md §6',
    ],
    ["If your photos aren't on iCloud.com, they aren't on your other devices.", 'issue 12 item 1'],
    // Item 2: the selector's "not sure" help for iCloud Photos.
    [
      "Sign in at iCloud.com/photos on a computer: if your photos aren't there, it was off.",
      'issue 12 item 2, facts.md §6',
    ],
    ['If iCloud.com shows no photos, iCloud Photos was off.', 'issue 12 item 2'],
    // Item 5: which-option/how-it-decides.mdx.
    [
      'When it was off, Recently Deleted on the erased iPhone is empty, so nobody is asked about deleted photos.',
      'issue 12 item 5',
    ],
    ['With iCloud Photos off you are never asked about deleted photos.', 'issue 12 item 5'],
    // Item 10: guides/computer-backup.mdx.
    ['It is often newer than the iCloud backup you restored.', 'issue 12 item 10'],
    ['A computer backup is usually newer.', 'issue 12 item 10'],
  ])('flags %j', (text, origin) => {
    expect(originOf(text).join()).toContain(origin);
  });

  it.each([
    // The corrected wording of each.
    'If a photo is not on iCloud.com, look in Photos on every device before you erase it: a device whose uploads never finished can still have it.',
    'If iCloud.com shows a Photos library at all, iCloud Photos was on.',
    "If iCloud.com shows no photos, that doesn't prove iCloud Photos was off.",
    'Photos deleted after the restore are in Recently Deleted for 30 days, so the selector asks about them on both branches.',
    'Check that the backup is newer than the photos you miss.',
    'Look for a computer backup made after the missing photos were taken.',
  ])('allows %j', (text) => {
    expect(findPhrases(text, errorRules)).toEqual([]);
  });
});

describe('placeholder text', () => {
  it.each([
    'Lorem ipsum dolor sit amet.',
    'TODO: write this.',
    'Price TBD.',
    'Coming soon!',
    'Call XXX.',
  ])('flags %j', (text) => {
    expect(findPhrases(text, placeholderRules)).toHaveLength(1);
  });

  it('allows ordinary words that contain the letters', () => {
    expect(findPhrases('Today we add a photo. Xbox owners too.', placeholderRules)).toEqual([]);
  });
});

describe('vague link texts', () => {
  const vague = (text: string) => findPhrases(text, vagueLinkRules).map((p) => p.phrase);

  it('finds links whose text does not say where they go, across a line break too', () => {
    expect(vague('See [the FAQ answer](/faq/x#y). Or [here](/a), [the FAQ\nanswer](/b).')).toEqual([
      '[the FAQ answer](',
      '[here](',
      '[the FAQ\nanswer](',
    ]);
  });

  it('leaves descriptive link texts alone', () => {
    expect(vague('See [if you forgot the password](/faq/x#y) and [the FAQ list](/faq).')).toEqual(
      [],
    );
  });
});
