import { describe, expect, it } from 'vitest';
import { sourceRegister, sourceTitle } from './sourceRegister';

describe('source register', () => {
  it('has unique tags and URLs, all https', () => {
    expect(new Set(sourceRegister.map((s) => s.tag)).size).toBe(sourceRegister.length);
    expect(new Set(sourceRegister.map((s) => s.url)).size).toBe(sourceRegister.length);
    for (const source of sourceRegister) expect(source.url).toMatch(/^https:\/\//);
  });

  it('names a known source by its title and an unknown one by its address', () => {
    expect(sourceTitle('https://support.apple.com/en-us/108782')).toBe(
      'Apple Support: Set up and use iCloud Photos',
    );
    expect(sourceTitle('https://support.apple.com/en-us/999999')).toBe(
      'support.apple.com/en-us/999999',
    );
  });
});
