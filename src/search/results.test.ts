import { describe, expect, it } from 'vitest';
import type { Hit } from './engine';
import { matchesWell, resultCount, resultView, searchOutcome, withBase } from './results';
import { searchPageHref } from './searchPage';

const hit = (patch: Partial<Hit>): Hit => ({
  url: '/faq/after-a-restore#photos-blurry',
  kind: 'answer',
  type: 'faq',
  title: 'Why are my photos blurry?',
  heading: '',
  page: 'FAQ: photos after a restore',
  summary: 'Because they are still downloading.',
  score: 1,
  matchedTyped: 2,
  ...patch,
});

describe('resultView', () => {
  it('shows an answer’s question and its page, and links with the base URL', () => {
    expect(resultView(hit({}), '/help/')).toEqual({
      href: '/help/faq/after-a-restore#photos-blurry',
      title: 'Why are my photos blurry?',
      where: 'FAQ: photos after a restore',
      summary: 'Because they are still downloading.',
    });
  });

  it('shows a section’s heading, and a page’s kind', () => {
    expect(resultView(hit({ kind: 'section', title: '', heading: 'Steps' }), '/').title).toBe(
      'Steps',
    );
    expect(
      resultView(hit({ kind: 'page', type: 'guide', title: 'Restore', url: '/guides/x' }), '/'),
    ).toMatchObject({ href: '/guides/x', title: 'Restore', where: 'Recovery guide' });
  });
});

describe('searchOutcome', () => {
  it('says when no result matches two of the reader’s words (or the only one)', () => {
    expect(matchesWell(hit({ matchedTyped: 1 }), 1)).toBe(true);
    expect(matchesWell(hit({ matchedTyped: 1 }), 3)).toBe(false);
    expect(searchOutcome('a b c', [hit({ matchedTyped: 1 })], 3, '/').closestOnly).toBe(true);
    expect(searchOutcome('a b c', [hit({ matchedTyped: 2 })], 3, '/').closestOnly).toBe(false);
    expect(searchOutcome('zzz', [], 1, '/').closestOnly).toBe(false);
  });

  it('says when the query reads as a story, as the engine tells it', () => {
    expect(searchOutcome('photos gone', [hit({ matchedTyped: 2 })], 2, '/').story).toBe(false);
    expect(searchOutcome('a long story', [hit({ matchedTyped: 2 })], 9, '/', true).story).toBe(
      true,
    );
  });
});

describe('small helpers', () => {
  it('joins the base URL, counts results and makes the search page address', () => {
    expect(withBase('/', '/faq')).toBe('/faq');
    expect(resultCount(0)).toBe('no results');
    expect(resultCount(1)).toBe('1 result');
    expect(resultCount(5)).toBe('5 results');
    expect(searchPageHref('/search', 'itunes backup')).toBe('/search?q=itunes+backup');
    expect(searchPageHref('/search', '  ')).toBe('/search');
  });
});
