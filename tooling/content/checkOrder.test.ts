import { describe, expect, it } from 'vitest';
import {
  afterLastGuide,
  checkOrder,
  guideOfTarget,
  linkedGuideOrderProblems,
  linkTargets,
  nextGuide,
  nextStepProblems,
  orderProblems,
} from './checkOrder';

describe('the order of checks', () => {
  it('lists nine guides, each once, from iCloud Photos to recovery software', () => {
    expect(checkOrder).toHaveLength(9);
    expect(new Set(checkOrder).size).toBe(checkOrder.length);
    expect(checkOrder[0]).toBe('icloud-photos-sync');
    expect(checkOrder[1]).toBe('old-iphone');
    expect(checkOrder.at(-1)).toBe('recovery-software');
  });

  it('knows the next guide, and that the last has none', () => {
    expect(nextGuide('icloud-photos-sync')).toBe('old-iphone');
    expect(nextGuide('computer-backup')).toBe('older-icloud-backup');
    expect(nextGuide('recovery-software')).toBeUndefined();
  });
});

describe('link targets', () => {
  it('reads markdown links and Link elements in reading order', () => {
    const text =
      'See [the next guide](/guides/old-iphone#steps) and <Link to="/faq">the FAQ</Link>, then [x](/guides/photo-services "title").';
    expect(linkTargets(text)).toEqual([
      '/guides/old-iphone#steps',
      '/faq',
      '/guides/photo-services',
    ]);
  });

  it('names the guide of a target, and nothing for other pages', () => {
    expect(guideOfTarget('/guides/computer-backup#steps')).toBe('computer-backup');
    expect(guideOfTarget('/guides')).toBeUndefined();
    expect(guideOfTarget('/guides/itunes-backup')).toBeUndefined();
    expect(guideOfTarget('/faq/after-a-restore')).toBeUndefined();
  });
});

describe('lists that must follow the order', () => {
  it('accepts the order itself and any part of it in order', () => {
    expect(orderProblems([...checkOrder], { required: true })).toEqual([]);
    expect(orderProblems(['old-iphone', 'computer-backup'])).toEqual([]);
  });

  it('reports a guide out of order, a repeated guide, an unknown slug and a missing guide', () => {
    expect(orderProblems(['recently-deleted-and-hidden', 'old-iphone'])).toEqual([
      'old-iphone comes after recently-deleted-and-hidden, but the order puts it before',
    ]);
    expect(orderProblems(['old-iphone', 'old-iphone'])).toEqual(['old-iphone is listed twice']);
    expect(orderProblems(['itunes-backup'])).toEqual([
      '"itunes-backup" is not a guide of the order of checks',
    ]);
    const withoutOne = checkOrder.filter((slug) => slug !== 'photo-services');
    expect(orderProblems(withoutOne, { required: true })).toEqual(['photo-services is missing']);
  });

  it('checks the guides a text links to, by their first mention', () => {
    const good =
      '1. [Wait](/guides/icloud-photos-sync).\n2. [Old iPhone](/guides/old-iphone), back to [wait](/guides/icloud-photos-sync#steps).';
    expect(linkedGuideOrderProblems(good)).toEqual([]);
    // The old start page: computer backup before the old iPhone, and the old iPhone missing.
    const bad =
      '1. [Wait](/guides/icloud-photos-sync)\n2. [Computer](/guides/computer-backup)\n3. [Deleted](/guides/recently-deleted-and-hidden)';
    expect(linkedGuideOrderProblems(bad, { required: true })).toEqual([
      'recently-deleted-and-hidden comes after computer-backup, but the order puts it before',
      'old-iphone is missing',
      'icloud-com-and-other-devices is missing',
      'photo-services is missing',
      'messages-and-shared-albums is missing',
      'older-icloud-backup is missing',
      'recovery-software is missing',
    ]);
  });
});

describe('"If this didn\'t work" links to the next guide first', () => {
  it('accepts a first link to the next guide, with or without an anchor', () => {
    expect(
      nextStepProblems('icloud-photos-sync', '- Next: [old iPhone](/guides/old-iphone).'),
    ).toEqual([]);
    expect(
      nextStepProblems('photo-services', '- [Messages](/guides/messages-and-shared-albums#steps)'),
    ).toEqual([]);
  });

  it('reports a first link that skips ahead or goes back, and a section without links', () => {
    // The old iCloud Photos guide: Recently Deleted first, skipping the old iPhone.
    expect(
      nextStepProblems(
        'icloud-photos-sync',
        '- Try [Recently Deleted](/guides/recently-deleted-and-hidden) next.\n- Or [the old iPhone](/guides/old-iphone).',
      ),
    ).toEqual([
      '"If this didn\'t work" links first to /guides/recently-deleted-and-hidden; it must link first to /guides/old-iphone',
    ]);
    expect(nextStepProblems('computer-backup', 'Look for other copies.')).toEqual([
      '"If this didn\'t work" has no link; its first link must go to /guides/older-icloud-backup',
    ]);
  });

  it('sends the last guide past the end of the order, not back to a guide', () => {
    expect(
      nextStepProblems('recovery-software', `See [every other place](${afterLastGuide}).`),
    ).toEqual([]);
    expect(
      nextStepProblems('recovery-software', '- [Messages](/guides/messages-and-shared-albums)'),
    ).toEqual([
      `"If this didn't work" links first to /guides/messages-and-shared-albums; it must link first to ${afterLastGuide}`,
    ]);
  });
});
