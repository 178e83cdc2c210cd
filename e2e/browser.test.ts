import { describe, expect, it } from 'vitest';
import { findChromium } from './browser';

describe('findChromium', () => {
  it('uses CHROME_PATH when it points at a file', () => {
    expect(findChromium({ CHROME_PATH: process.execPath })).toBe(process.execPath);
  });

  it('fails with install instructions when no browser exists', () => {
    expect(() => findChromium({ CHROME_PATH: '/nowhere/chrome' })).toThrow(
      /apt-get install -y chromium/,
    );
  });
});
