// cspell:ignore arent dont iphon iphones pictur (stems, words without their apostrophe, typos on purpose)
import { describe, expect, it } from 'vitest';
import { normalize, pairsOf, stem, termOf, termsOf, words } from './text';

describe('words', () => {
  it('folds case, accents and apostrophes', () => {
    expect(normalize('Don’t Café')).toBe('dont cafe');
    expect(words("iPhone’s photos aren't there")).toEqual(['iphones', 'photos', 'arent', 'there']);
  });

  it('writes "back up" in any form as one word', () => {
    expect(words('I backed up, then Back-up and backing up')).toEqual([
      'i',
      'backup',
      'then',
      'backup',
      'and',
      'backup',
    ]);
    expect(words('get it back up there')).toEqual(['get', 'it', 'backup', 'there']);
  });

  it('splits on anything that is not a letter or a digit', () => {
    expect(words('iCloud.com, Wi-Fi: 30 days!')).toEqual([
      'icloud',
      'com',
      'wi',
      'fi',
      '30',
      'days',
    ]);
  });
});

describe('terms', () => {
  it('stems English words so plurals and tenses meet', () => {
    expect(stem('restoring')).toBe(stem('restored'));
    expect(stem('photos')).toBe(stem('photo'));
    expect(stem('30')).toBe('30');
  });

  it('joins irregular forms to their verb, where the stemmer cannot', () => {
    expect(stem('lost')).toBe(stem('losing'));
    expect(stem('stolen')).toBe(stem('steal'));
    expect(stem('broke')).toBe(stem('broken'));
    expect(termsOf('I forgot the password')).toEqual(termsOf('forgetting password'));
    expect(termsOf('someone stole my iPhone')).toContain(stem('stolen'));
  });

  it('leaves alone forms with another common meaning', () => {
    expect(stem('left')).not.toBe(stem('leave'));
    expect(stem('gone')).not.toBe(stem('go'));
  });

  it('leaves out stop words', () => {
    expect(termOf('my')).toBeNull();
    expect(termsOf('Why are all my pictures gone?')).toEqual(['pictur', 'gone']);
  });
});

describe('pairsOf', () => {
  it('joins neighbouring terms, stop words already left out', () => {
    expect(pairsOf(termsOf('Sync this iPhone photos'))).toEqual(['_sync_iphon', '_iphon_photo']);
    expect(pairsOf(['photo'])).toEqual([]);
  });
});
