import { describe, expect, it } from 'vitest';
import {
  searchDocuments,
  summaryOf,
  addressWords,
  unknownAskedAsKeys,
  withLinkText,
  withoutIgnoredBlocks,
  type PageSource,
} from './documents';

const faqPage: PageSource = {
  slug: '/faq/after-a-restore',
  title: 'FAQ: photos after a restore',
  type: 'faq',
  description: 'Why photos are missing.',
  keywords: ['camera roll empty'],
  askedAs: {
    page: ['my photos are gone'],
    'photos-blurry': ['why are all my photos blurry'],
    'on-a-mac': ['blurry on my mac'],
  },
  body: [
    "import SaveFirst from '../_partials/_save-first.mdx';",
    '',
    'Quick **answers**.',
    '',
    '<SaveFirst />',
    '',
    '## Why are my photos blurry? {/* #photos-blurry */}',
    '',
    'Open <SettingsPath path="Settings > [your name] > iCloud > Photos" /> and check [the guide](/guides/x).',
    '',
    '### On a Mac {/* #on-a-mac */}',
    '',
    'Open Photos.',
    '',
    '## How long does it take? {/* #how-long */}',
    '',
    '<div data-search-ignore>',
    'Every question and every result.',
    '</div>',
    '',
    'Hours.',
  ].join('\n'),
};

describe('summaryOf', () => {
  it('keeps a short text whole', () => {
    expect(summaryOf('No. Erasing destroyed the keys.', 40)).toBe(
      'No. Erasing destroyed the keys.',
    );
  });

  it('cuts a long text at a word, without a trailing comma, and marks the cut', () => {
    expect(summaryOf('No, not from a phone that has been erased, ever', 32)).toBe(
      'No, not from a phone that has…',
    );
    expect(summaryOf('No, not from a phone, that has been erased', 22)).toBe(
      'No, not from a phone…',
    );
    expect(summaryOf('x'.repeat(300)).length).toBeLessThanOrEqual(140);
  });
});

describe('searchDocuments', () => {
  it('makes one document for the page, with its description, intro, keywords and asked_as', () => {
    expect(searchDocuments(faqPage)[0]).toEqual({
      url: '/faq/after-a-restore',
      kind: 'page',
      type: 'faq',
      title: 'FAQ: photos after a restore',
      heading: '',
      page: 'FAQ: photos after a restore',
      keywords: 'camera roll empty',
      askedAs: 'my photos are gone',
      links: '',
      body: 'Why photos are missing. Quick answers.',
      lead: 'Why photos are missing.',
      summary: 'Why photos are missing.',
    });
  });

  it('makes one document per FAQ answer, its ### parts included, menu paths as text', () => {
    const [, blurry, howLong, ...rest] = searchDocuments(faqPage);
    expect(blurry).toEqual({
      url: '/faq/after-a-restore#photos-blurry',
      kind: 'answer',
      type: 'faq',
      title: 'Why are my photos blurry?',
      heading: 'On a Mac',
      page: 'FAQ: photos after a restore',
      keywords: '',
      askedAs: 'why are all my photos blurry\nblurry on my mac',
      links: '',
      body: 'Open Settings > [your name] > iCloud > Photos and check the guide. Open Photos.',
      lead: 'Open Settings > [your name] > iCloud > Photos and check the guide.',
      summary: 'Open Settings > [your name] > iCloud > Photos and check the guide. Open Photos.',
    });
    expect(howLong).toMatchObject({ url: '/faq/after-a-restore#how-long', body: 'Hours.' });
    expect(rest).toEqual([]);
  });

  it('makes one document per ## and ### section on other pages', () => {
    const guide = { ...faqPage, type: 'guide', slug: '/guides/x', title: 'A guide', askedAs: {} };
    expect(
      searchDocuments(guide).map((doc) => [doc.url, doc.kind, doc.title, doc.heading]),
    ).toEqual([
      ['/guides/x', 'page', 'A guide', ''],
      ['/guides/x#photos-blurry', 'section', '', 'Why are my photos blurry?'],
      ['/guides/x#on-a-mac', 'section', '', 'On a Mac'],
      ['/guides/x#how-long', 'section', '', 'How long does it take?'],
    ]);
  });
});

describe('withoutIgnoredBlocks', () => {
  it('drops elements marked data-search-ignore, nested text and self-closing ones included', () => {
    expect(
      withoutIgnoredBlocks(
        'a <div data-search-ignore>b <b>c</b></div> d <Tree data-search-ignore /> e',
      ),
    ).toBe('a  d  e');
  });
});

describe('unknownAskedAsKeys', () => {
  it('names asked_as keys that are neither "page" nor a heading id of the page', () => {
    expect(unknownAskedAsKeys(faqPage)).toEqual([]);
    expect(unknownAskedAsKeys({ ...faqPage, askedAs: { 'no-such-id': ['x'] } })).toEqual([
      'no-such-id',
    ]);
  });
});

describe('withLinkText', () => {
  const guide: PageSource = {
    ...faqPage,
    slug: '/guides/x',
    type: 'guide',
    title: 'A guide',
    askedAs: {},
    body: [
      'Start with [the answer about **blurry** photos](/faq/after-a-restore#photos-blurry).',
      '',
      '## Steps {/* #steps */}',
      '',
      'See [the steps](#steps), [this guide](/guides/x) and [the FAQ](/faq/after-a-restore/).',
      '',
      '<div data-search-ignore>[every answer](/faq/after-a-restore)</div>',
    ].join('\n'),
  };

  it("gives each page and section its address's words, then the text of the site's links to it", () => {
    const documents = withLinkText(
      [...searchDocuments(faqPage), ...searchDocuments(guide)],
      [faqPage, guide],
    );
    const links = Object.fromEntries(documents.map((doc) => [doc.url, doc.links]));
    expect(links).toEqual({
      // The FAQ page links to the guide: [the guide](/guides/x).
      '/guides/x': 'x\nthe guide',
      '/guides/x#steps': 'steps\nthe steps',
      // A trailing slash leads to the same page; links in ignored blocks don't count.
      '/faq/after-a-restore': 'after a restore\nthe FAQ',
      '/faq/after-a-restore#photos-blurry': 'photos blurry\nthe answer about blurry photos',
      '/faq/after-a-restore#how-long': 'how long',
    });
  });

  it('reads the words of an address', () => {
    expect(addressWords('/faq/deleted-photos-and-other-copies#recover-without-backup')).toBe(
      'recover without backup',
    );
    expect(addressWords('/guides/older-icloud-backup')).toBe('older icloud backup');
    expect(addressWords('/')).toBe('');
  });
});
