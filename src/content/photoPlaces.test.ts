import { describe, expect, it } from 'vitest';
import { appleNameProblems } from '../../tooling/content/appleNames';
import { errorRules, findPhrases } from '../../tooling/content/forbiddenPhrases';
import { fateGroups, photoPlaces, placesWithFate } from './photoPlaces';

describe('where photos can live', () => {
  it('gives every place a known fate and a unique id', () => {
    const fates = fateGroups.map((group) => group.fate);
    for (const place of photoPlaces) expect(fates).toContain(place.fate);
    expect(new Set(photoPlaces.map((p) => p.id)).size).toBe(photoPlaces.length);
  });

  it('has places in every group, and keeps iCloud Photos outside the phone', () => {
    for (const group of fateGroups) expect(placesWithFate(group.fate).length).toBeGreaterThan(0);
    expect(placesWithFate('untouched').map((p) => p.id)).toContain('icloud-photos');
    expect(placesWithFate('restored').map((p) => p.id)).toEqual(['icloud-backup']);
  });

  it('covers every place issue 3 names', () => {
    const ids = photoPlaces.map((p) => p.id);
    for (const id of [
      'only-on-the-phone',
      'icloud-backup',
      'icloud-photos',
      'computer-backup',
      'shared-albums',
      'other-apps-and-people',
    ])
      expect(ids).toContain(id);
  });

  it('is written the way our pages are: Apple names cased right, none of the known errors', () => {
    const text = [
      ...fateGroups.flatMap((g) => [g.title, g.summary]),
      ...photoPlaces.flatMap((p) => [p.name, p.whatHappens]),
    ].join('\n');
    expect(appleNameProblems(text)).toEqual([]);
    expect(findPhrases(text, errorRules)).toEqual([]);
  });
});
