// cspell:ignore articel
import { describe, expect, it } from 'vitest';
import { frontMatterProblems, isHelpUrl, isRealSentence, type PageFacts } from './frontMatter';

const good: PageFacts = {
  data: {
    title: 'Restore from a computer backup',
    description:
      'How to restore your iPhone from a backup on a Mac or PC, and when it brings photos back.',
    slug: '/guides/computer-backup',
    article_id: 105,
    article_type: 'guide',
    last_reviewed: new Date('2026-11-26T00:00:00Z'),
    applies_to: ['iOS 17', 'iOS 18', 'iOS 26'],
    sources: ['https://support.apple.com/en-us/118105'],
  },
  newSources: [],
  today: '2026-11-26',
};

const withData = (data: Record<string, unknown>, extra: Partial<PageFacts> = {}): PageFacts => ({
  ...good,
  ...extra,
  data: { ...good.data, ...data },
});

describe('front matter', () => {
  it('accepts a complete page', () => {
    expect(frontMatterProblems(good)).toEqual([]);
  });

  it.each([
    ['no title', { title: '' }, /"title" is missing/],
    ['no description', { description: undefined }, /"description" is missing/],
    ['a long description', { description: `${'Word '.repeat(40)}end.` }, /160 characters/],
    ['a label for a description', { description: 'Computer backup' }, /not a sentence/],
    ['a slug without "/"', { slug: 'guides/computer-backup' }, /slug/],
    ['a slug ending in "/"', { slug: '/guides/' }, /slug/],
    ['a text article id', { article_id: '105' }, /article_id/],
    ['an unknown type', { article_type: 'howto' }, /article_type/],
    ['no applies_to', { applies_to: [] }, /applies_to/],
    ['no sources', { sources: [] }, /sources/],
    ['a field nobody reads', { articel_id: 105 }, /"articel_id" is not a front matter field/],
    ['an asked_as key that is no id', { asked_as: { 'Photos Blurry': ['x'] } }, /asked_as/],
    [
      'a blog as a source',
      { sources: ['https://www.macobserver.com/tips/'] },
      /not an Apple or vendor help page/,
    ],
    [
      'an unregistered Apple page',
      { sources: ['https://support.apple.com/en-us/999999'] },
      /neither in the register/,
    ],
  ])('rejects %s', (_name, data, message) => {
    expect(frontMatterProblems(withData(data)).join('\n')).toMatch(message);
  });

  it('accepts an unregistered help page that the page records as a new source', () => {
    const url = 'https://support.apple.com/en-us/999999';
    expect(frontMatterProblems(withData({ sources: [url] }, { newSources: [url] }))).toEqual([]);
  });

  it('reads the review date, written or as YAML reads it, and rejects other forms or future dates', () => {
    expect(frontMatterProblems(withData({ last_reviewed: '2026-11-26' }))).toEqual([]);
    expect(frontMatterProblems(withData({ last_reviewed: '26/11/2026' })).join()).toMatch(
      /"last_reviewed" must be a date such as 2026-11-26, not "26\/11\/2026"/,
    );
    expect(
      frontMatterProblems(withData({ last_reviewed: new Date('2027-01-01T00:00:00Z') })).join(),
    ).toMatch(/2027-01-01 is in the future/);
  });
});

describe('help pages and sentences', () => {
  it('knows help hosts', () => {
    expect(isHelpUrl('https://support.apple.com/en-us/108782')).toBe(true);
    expect(isHelpUrl('https://help.dropbox.com/account-settings/data-retention-policy')).toBe(true);
    expect(isHelpUrl('https://www.amazon.com/gp/help/customer/display.html')).toBe(true);
    expect(isHelpUrl('https://www.amazon.com/dp/B000')).toBe(false);
    expect(
      isHelpUrl(
        'https://www.apple.com/uk/legal/sales-support/terms/repair/Retail_Repair_UK_Terms_Conditions.html',
      ),
    ).toBe(true);
    expect(isHelpUrl('https://www.apple.com/legal/privacy/')).toBe(true);
    expect(isHelpUrl('https://www.apple.com/iphone/')).toBe(false);
    expect(isHelpUrl('https://www.apple.com/uk/iphone/legal-notes/')).toBe(false);
    expect(isHelpUrl('http://support.apple.com/en-us/108782')).toBe(false);
    expect(isHelpUrl('not a url')).toBe(false);
  });

  it('tells a sentence from a label', () => {
    expect(isRealSentence('iCloud Photos keeps your library in iCloud, not in the backup.')).toBe(
      true,
    );
    expect(isRealSentence('Recovery guides')).toBe(false);
    expect(isRealSentence('Short one.')).toBe(false);
  });
});
