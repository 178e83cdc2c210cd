import { describe, expect, it, vi } from 'vitest';
import { fetchSearcher, SearchUnavailableError } from './client';
import { buildIndex, serializeIndex } from './engine';

const json = serializeIndex(
  buildIndex([
    {
      url: '/faq#blurry',
      kind: 'answer',
      type: 'faq',
      title: 'Why are my photos blurry?',
      heading: '',
      page: 'FAQ',
      keywords: '',
      askedAs: '',
      links: '',
      body: 'Because iCloud Photos is still downloading.',
      lead: '',
      summary: 'Because iCloud Photos is still downloading.',
    },
  ]),
);

describe('fetchSearcher', () => {
  it('loads the index and answers queries with links that carry the base URL', async () => {
    const fetchIndex = vi.fn(async () => new Response(json));
    const searcher = await fetchSearcher('/help/', '/help/assets/i.json', fetchIndex);
    expect(fetchIndex).toHaveBeenCalledWith('/help/assets/i.json', expect.anything());
    expect(searcher.search('blurry', 8).results[0].href).toBe('/help/faq#blurry');
  });

  it('keeps each result’s summary in the index, for the search page', async () => {
    const searcher = await fetchSearcher('/', '/i.json', async () => new Response(json));
    expect(searcher.search('blurry', 8).results[0].summary).toBe(
      'Because iCloud Photos is still downloading.',
    );
  });

  it('says the search is unavailable on a 404, a network error or a timeout', async () => {
    const notFound = async () => new Response('Not found', { status: 404 });
    const offline = async () => {
      throw new TypeError('Failed to fetch');
    };
    const never = (_url: unknown, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) =>
        init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)),
      );
    for (const fetchIndex of [notFound, offline, never]) {
      await expect(fetchSearcher('/', '/i.json', fetchIndex as typeof fetch, 50)).rejects.toThrow(
        SearchUnavailableError,
      );
    }
  });
});
