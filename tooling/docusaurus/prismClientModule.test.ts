import { describe, expect, it } from 'vitest';
import { prismClientModulePattern, prismAdditionalLanguages } from './prismClientModule';

describe('prismClientModulePattern', () => {
  it('matches the client module as Docusaurus imports it, on POSIX and Windows paths', () => {
    expect(
      prismClientModulePattern.test(
        '/site/node_modules/@docusaurus/theme-classic/lib/prism-include-languages',
      ),
    ).toBe(true);
    expect(
      prismClientModulePattern.test(
        'C:\\site\\node_modules\\@docusaurus\\theme-classic\\lib\\prism-include-languages.js',
      ),
    ).toBe(true);
  });

  it('leaves the swizzlable theme component alone', () => {
    expect(prismClientModulePattern.test('@theme/prism-include-languages')).toBe(false);
    expect(
      prismClientModulePattern.test(
        '/site/node_modules/@docusaurus/theme-classic/lib/theme/prism-include-languages.js',
      ),
    ).toBe(false);
  });
});

describe('prismAdditionalLanguages', () => {
  it('reads additionalLanguages, and treats a missing prism config as none', () => {
    expect(prismAdditionalLanguages({ prism: { additionalLanguages: ['bash', 'json'] } })).toEqual([
      'bash',
      'json',
    ]);
    expect(prismAdditionalLanguages({ prism: {} })).toEqual([]);
    expect(prismAdditionalLanguages({})).toEqual([]);
    expect(prismAdditionalLanguages(undefined)).toEqual([]);
  });
});
