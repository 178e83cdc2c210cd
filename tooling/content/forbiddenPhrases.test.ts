// cspell:ignore Fone Mobi amet
import { describe, expect, it } from 'vitest';
import { errorRules, findPhrases, placeholderRules } from './forbiddenPhrases';

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
      expect(rule.origin).toMatch(/facts\.md|HANDBOOK/);
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
