import { describe, expect, it } from 'vitest';
import {
  markedParts,
  resultView,
  resultViews,
  searchPageHref,
  snippet,
  type SearchDocument,
  type SearchResult,
} from './searchResults';

const faqPage: SearchDocument = {
  i: 10,
  t: 'FAQ: photos after a restore',
  u: '/faq/after-a-restore',
  b: ['FAQ'],
};

function result(type: number, document: SearchDocument, tokens = ['blurry']): SearchResult {
  return { type, document, page: type === 0 ? false : faqPage, tokens };
}

describe('resultView', () => {
  it('links a page title to the page and shows its breadcrumb', () => {
    expect(resultView(result(0, faqPage))).toEqual({
      href: '/faq/after-a-restore',
      title: 'FAQ: photos after a restore',
      path: ['FAQ'],
      snippet: '',
    });
  });

  it('links a question heading to its anchor, under its page', () => {
    const heading = {
      i: 11,
      t: 'Why are my photos blurry, or showing a loading circle?',
      u: '/faq/after-a-restore',
      h: '#photos-blurry',
      p: 10,
    };
    expect(resultView(result(1, heading))).toEqual({
      href: '/faq/after-a-restore#photos-blurry',
      title: 'Why are my photos blurry, or showing a loading circle?',
      path: ['FAQ', 'FAQ: photos after a restore'],
      snippet: '',
    });
  });

  it('titles a text match with its section and shows a snippet of the text', () => {
    const content = {
      i: 12,
      t: 'Optimize iPhone Storage keeps small, blurry versions on the phone.',
      s: 'Why are my photos blurry, or showing a loading circle?',
      u: '/faq/after-a-restore',
      h: '#photos-blurry',
      p: 10,
    };
    const view = resultView(result(4, content));
    expect(view.href).toBe('/faq/after-a-restore#photos-blurry');
    expect(view.title).toBe('Why are my photos blurry, or showing a loading circle?');
    expect(view.path).toEqual(['FAQ', 'FAQ: photos after a restore']);
    expect(view.snippet).toBe(content.t);
  });

  it('titles text before the first heading with the page title, without repeating it in the path', () => {
    const intro = { i: 13, t: 'Short answers.', s: faqPage.t, u: faqPage.u, h: '', p: 10 };
    const view = resultView(result(4, intro));
    expect(view).toMatchObject({ href: '/faq/after-a-restore', title: faqPage.t, path: ['FAQ'] });
  });

  it('shows a keywords match as its page, without listing the keywords', () => {
    const keywords = { i: 10, t: 'pics, pictures, camera roll', s: faqPage.t, u: faqPage.u, p: 10 };
    expect(resultView(result(3, keywords, ['pics']))).toEqual({
      href: '/faq/after-a-restore',
      title: faqPage.t,
      path: ['FAQ'],
      snippet: '',
    });
  });
});

describe('resultViews', () => {
  it('keeps one result per link, the first one', () => {
    const heading = { i: 11, t: 'Blurry?', u: faqPage.u, h: '#photos-blurry', p: 10 };
    const content = { i: 12, t: 'Text', s: 'Blurry?', u: faqPage.u, h: '#photos-blurry', p: 10 };
    const views = resultViews([result(1, heading), result(4, content), result(0, faqPage)]);
    expect(views.map((v) => v.href)).toEqual([
      '/faq/after-a-restore#photos-blurry',
      '/faq/after-a-restore',
    ]);
  });
});

describe('snippet', () => {
  const text = `${'Some words before. '.repeat(20)}Your photos are blurry because originals stay in iCloud. ${'More words after. '.repeat(20)}`;

  it('returns short text as it is', () => {
    expect(snippet('Short text.', ['short'])).toBe('Short text.');
  });

  it('cuts long text around the first match, on word boundaries, with ellipses', () => {
    const cut = snippet(text, ['blurry'], 120);
    expect(cut).toContain('blurry');
    expect(cut.startsWith('…')).toBe(true);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(122);
    const inner = cut.slice(1, -1);
    const at = text.indexOf(inner);
    expect(at).toBeGreaterThan(0);
    expect(text[at - 1]).toBe(' '); // starts on a whole word
    expect(text[at + inner.length]).toBe(' '); // ends on a whole word
  });

  it('starts at the beginning when nothing matches', () => {
    expect(snippet(text, ['zebra'], 60).startsWith('Some words before.')).toBe(true);
  });
});

describe('markedParts', () => {
  it('marks query words where a word starts, ignoring case', () => {
    expect(markedParts('Photos in a Backup, then photographs', ['photo', 'backup'])).toEqual([
      { text: 'Photo', marked: true },
      { text: 's in a ', marked: false },
      { text: 'Backup', marked: true },
      { text: ', then ', marked: false },
      { text: 'photo', marked: true },
      { text: 'graphs', marked: false },
    ]);
  });

  it('does not mark inside words, and treats query text literally', () => {
    expect(markedParts('Photos (c)', ['hot', '(c'])).toEqual([
      { text: 'Photos (c)', marked: false },
    ]);
  });
});

describe('searchPageHref', () => {
  it('builds the search link agents paste: /search?q=...', () => {
    expect(searchPageHref('/search', 'pics gone')).toBe('/search?q=pics+gone');
    expect(searchPageHref('/search', 'pics ')).toBe('/search?q=pics+');
    expect(searchPageHref('/base/search', 'a&b')).toBe('/base/search?q=a%26b');
    expect(searchPageHref('/search', '  ')).toBe('/search');
  });
});
