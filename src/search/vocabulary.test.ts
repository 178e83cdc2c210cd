// cspell:ignore dissapear dissapeared gome recieve (stems, words without their apostrophe, typos on purpose)
import { describe, expect, it } from 'vitest';
import vocabularyFile from '../../data/search-vocabulary.json';
import {
  compileVocabulary,
  ourTermsIn,
  readerPhrasesIn,
  withinEdits,
  withOurTerms,
} from './vocabulary';

describe('the vocabulary file', () => {
  it('lists each reader phrase once, for one of our terms', () => {
    const seen = new Map<string, string>();
    const problems: string[] = [];
    for (const { ours, theirs } of vocabularyFile.entries) {
      expect(ours.trim()).not.toBe('');
      for (const phrase of theirs) {
        const key = phrase.toLowerCase();
        if (seen.has(key)) problems.push(`"${phrase}" is under "${seen.get(key)}" and "${ours}"`);
        seen.set(key, ours);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('ourTermsIn', () => {
  it('finds readers’ words and phrases, in any form of the word', () => {
    expect(ourTermsIn('wiped my ipad and the camera roll is empty')).toEqual([
      'erase',
      'photos',
      'missing',
    ]);
    expect(ourTermsIn('Restoring after a Factory Reset')).toEqual(['erase']);
    expect(ourTermsIn('my pics vanished')).toEqual(['photos', 'missing']);
    expect(ourTermsIn('backup in iTunes on my laptop')).toEqual(['computer backup']);
    expect(ourTermsIn('my Photo Stream is gone')).toEqual(['iCloud Photos', 'missing']);
    expect(ourTermsIn('set up my new phone')).toEqual(['restore']);
  });

  it('needs every word of a phrase, in order', () => {
    expect(ourTermsIn('the camera app')).toEqual([]);
    expect(ourTermsIn('roll the camera')).toEqual([]);
  });

  it('forgives typos in a query’s longer words only when asked', () => {
    expect(ourTermsIn('pictures dissapeared')).toEqual(['photos']);
    expect(ourTermsIn('pictures dissapeared', { typos: true })).toEqual(['photos', 'missing']);
    expect(ourTermsIn('pics gome', { typos: true })).toEqual(['photos']);
  });

  it('works on any vocabulary', () => {
    const vocabulary = compileVocabulary([{ ours: 'erase', theirs: ['nuke it'] }]);
    expect(ourTermsIn('I had to nuke it', {}, vocabulary)).toEqual(['erase']);
  });
});

describe('readerPhrasesIn', () => {
  it('says where each reader phrase is, by word', () => {
    expect(readerPhrasesIn('wiped my camera roll')).toEqual([
      { ours: 'erase', start: 0, length: 1 },
      { ours: 'photos', start: 2, length: 2 },
    ]);
    expect(readerPhrasesIn('blurry')).toEqual([]);
  });
});

describe('withOurTerms', () => {
  it('adds our terms after the text, and leaves text without readers’ words alone', () => {
    expect(withOurTerms('Open the camera roll')).toBe('Open the camera roll photos');
    expect(withOurTerms('Open Photos')).toBe('Open Photos');
  });
});

describe('withinEdits', () => {
  it('counts inserts, deletes, replacements and swaps', () => {
    expect(withinEdits('disappear', 'dissapear', 2)).toBe(true);
    expect(withinEdits('disappear', 'dissapear', 1)).toBe(false);
    expect(withinEdits('recieve', 'receive', 1)).toBe(true);
    expect(withinEdits('photo', 'photos', 1)).toBe(true);
    expect(withinEdits('photo', 'video', 1)).toBe(false);
  });
});
