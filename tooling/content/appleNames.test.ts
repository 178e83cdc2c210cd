import { describe, expect, it } from 'vitest';
import { appleNameProblems } from './appleNames';

describe('Apple product names', () => {
  it.each([
    ['Open your Iphone.', 'Iphone'],
    ['Sign in to icloud.', 'icloud'],
    ['Update to IOS 18.', 'IOS'],
    ['Your Apple ID password.', 'Apple ID'],
    ['On the ipad.', 'ipad'],
    ['On MacOS Sonoma.', 'MacOS'],
    ['Old Mac OS X.', 'Mac OS'],
    ['Open ITunes.', 'ITunes'],
    ['Use Airdrop.', 'Airdrop'],
    ['Use face ID.', 'face ID'],
    ['Your Apple account.', 'Apple account'],
    ['Stay on wifi.', 'wifi'],
    ['Go to ICloud.com.', 'ICloud'],
  ])('flags %j', (text, wrong) => {
    expect(appleNameProblems(text).map((p) => p.found)).toContain(wrong);
  });

  it('accepts the names as Apple writes them', () => {
    const good =
      'Your iPhone and iPads, iCloud and iCloud.com, iOS 26, iPadOS, macOS, iTunes, AirDrop, Face ID, Touch ID, Wi-Fi, your Apple Account (formerly Apple ID).';
    expect(appleNameProblems(good)).toEqual([]);
  });

  it('gives the line and the right form', () => {
    expect(appleNameProblems('ok\nthe Iphone')).toEqual([
      { found: 'Iphone', expected: 'iPhone', line: 2 },
    ]);
  });
});
