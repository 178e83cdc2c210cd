import { describe, expect, it } from 'vitest';
import { makeIndex, readPages } from './index';
import { searchDocuments } from './documents';

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
