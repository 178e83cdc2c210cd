// cspell:ignore blurri blury restor (stems, words without their apostrophe, typos on purpose)
import { describe, expect, it } from 'vitest';
import {
  analyzeQuery,
  buildIndex,
  loadIndex,
  isSentence,
  search,
  searchOptionsFor,
  serializeIndex,
  termBoosts,
  typosFor,
} from './engine';
import type { SearchDocument } from './engine';

const doc = (url: string, patch: Partial<SearchDocument>): SearchDocument => ({
  url,
  kind: 'section',
  type: 'guide',
  title: '',
  heading: '',
  page: 'A guide',
  keywords: '',
  askedAs: '',
  links: '',
  body: '',
  lead: '',
  summary: '',
  ...patch,
});

const documents = [
  doc('/faq#blurry', {
    kind: 'answer',
    title: 'Why are my photos blurry?',
    body: 'Optimize Storage.',
  }),
  doc('/guides/computer#steps', {
    heading: 'Steps',
    body: 'Restore the backup with Finder or iTunes.',
  }),
  doc('/guides/erase#when', { heading: 'When it works', body: 'After you erase the phone.' }),
  doc('/faq#restore-stuck', {
    kind: 'answer',
    title: 'The restore is stuck',
    askedAs: 'restore needs a progress bar',
  }),
];
const index = loadIndex(serializeIndex(buildIndex(documents)));
const urls = (query: string) => search(index, query).hits.map((hit) => hit.url);

describe('analyzeQuery', () => {
  it('keeps the reader’s terms, then their pairs, then our terms for their words', () => {
    expect(analyzeQuery('pics are blurry')).toEqual({
      terms: ['pic', 'blurri', '_pic_blurri', 'photo'],
      typed: 2,
      pairs: 1,
      typing: true,
    });
    expect(analyzeQuery('blurry ').typing).toBe(false);
    expect(analyzeQuery('how do i').terms).toEqual([]);
  });

  it('weighs the pairs of a sentence (isSentence) less than a search’s', () => {
    const boostOf = (query: string, term: string) => {
      const analyzed = analyzeQuery(query);
      const index = analyzed.terms.indexOf(term);
      return searchOptionsFor(analyzed).boostTerm!(term, index, analyzed.terms);
    };
    expect(boostOf('blurry pics', '_blurri_pic')).toBe(termBoosts.pair);
    const sentence = 'my pics went blurry after the restore on my new iphone yesterday evening';
    expect(isSentence(analyzeQuery(sentence))).toBe(true);
    expect(isSentence(analyzeQuery('blurry pics'))).toBe(false);
    expect(boostOf(sentence, '_blurri_restor')).toBe(termBoosts.sentencePair);
    expect(termBoosts.sentencePair).toBeLessThan(termBoosts.pair);
  });

  it('allows more typos in longer words', () => {
    expect([typosFor('ipd'), typosFor('photo'), typosFor('restoring')]).toEqual([0, 1, 2]);
  });
});

describe('search', () => {
  it('needs only some of the words, and ranks the section with more of them first', () => {
    expect(urls('my pictures are blurry and i am sad')[0]).toBe('/faq#blurry');
  });

  it('finds readers’ words, typos and a word still being typed', () => {
    expect(urls('factory reset')[0]).toBe('/guides/erase#when');
    expect(urls('itunes')[0]).toBe('/guides/computer#steps');
    expect(urls('blury photos')[0]).toBe('/faq#blurry');
    expect(urls('blu')[0]).toBe('/faq#blurry');
  });

  it('finds a section by the way people asked for it', () => {
    expect(urls('progress bar')[0]).toBe('/faq#restore-stuck');
  });

  it('counts the reader’s own words a result matched', () => {
    const [first] = search(index, 'blurry xylophone').hits;
    expect(first.matchedTyped).toBe(1);
    expect(search(index, 'xylophone').hits).toEqual([]);
  });
});
