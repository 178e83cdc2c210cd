import { describe, expect, it } from 'vitest';
import { makeIndex, readPages } from './index';
import { searchDocuments } from './documents';
import { loadIndex, search } from '../../src/search/engine';

// The real pages in docs/: what the search index holds, and what it leaves out.
const pages = readPages('docs');
const documents = pages.flatMap(searchDocuments);
const byUrl = new Map(documents.map((doc) => [doc.url, doc]));

describe('the search documents of docs/', () => {
  it('has one document per page, FAQ answer and linkable section', () => {
    expect(byUrl.get('/faq/after-a-restore')?.kind).toBe('page');
    expect(byUrl.get('/faq/after-a-restore#photos-blurry')).toMatchObject({
      kind: 'answer',
      title: 'Why are my photos blurry, or showing a loading circle?',
      page: 'FAQ: photos after a restore',
    });
    expect(byUrl.get('/guides/computer-backup#steps')?.kind).toBe('section');
  });

  it('leaves out generated lists: the FAQ list, the agents’ list of every article, the selector’s tree', () => {
    expect(byUrl.get('/faq')!.body).not.toMatch(/blurry/i);
    expect(byUrl.get('/for-support-agents#every-article')!.body).not.toMatch(/Article 1\d\d:/);
    expect(byUrl.get('/which-option/how-it-decides#decision-tree')!.body.length).toBeLessThan(400);
  });

  it('leaves out the sources list and the partials', () => {
    expect(documents.some((doc) => doc.url.endsWith('#article-sources'))).toBe(false);
    expect(byUrl.get('/guides/computer-backup#before-you-start')!.body).not.toContain(
      'Save what is on your phone first',
    );
  });
});

describe('makeIndex', () => {
  it('names the index file by a hash of its content', () => {
    const index = makeIndex(pages);
    expect(index.file).toMatch(/^assets\/search-index-[0-9a-f]{10}\.json$/);
    expect(makeIndex(pages).file).toBe(index.file);
    expect(makeIndex(pages.slice(1)).file).not.toBe(index.file);
  });

  it('stops the build on an asked_as key that is not a heading of its page', () => {
    const [first, ...rest] = pages;
    expect(() => makeIndex([{ ...first, askedAs: { 'no-such-id': ['x'] } }, ...rest])).toThrow(
      /asked_as "no-such-id"/,
    );
  });
});

describe('the index of docs/, searched with readers’ words for the situations before a restore', () => {
  const index = loadIndex(makeIndex(pages).json);
  const first = (query: string) => search(index, query, 1).hits[0]?.url;

  it('finds the forgotten-passcode answer for a PIN, a lockout or a disabled iPhone', () => {
    for (const query of ['forgot my pin code', 'locked out of my iphone', 'iphone disabled'])
      expect(first(query), query).toBe('/faq/deleted-photos-and-other-copies#forgot-passcode');
  });

  it('finds the Apple-logo answer for a boot loop or an iPhone that won’t start', () => {
    for (const query of ['stuck on apple logo', 'my phone is in a boot loop', 'iphone wont boot'])
      expect(first(query), query).toBe('/faq/deleted-photos-and-other-copies#stuck-on-apple-logo');
  });

  it('shows each result’s summary: an FAQ answer’s direct answer', () => {
    const hit = search(index, 'recover photos without a backup', 5).hits.find(
      (h) => h.url === '/faq/deleted-photos-and-other-copies#recover-without-backup',
    );
    expect(hit?.summary).toMatch(/^No, not from a phone that has been erased/);
  });
});
