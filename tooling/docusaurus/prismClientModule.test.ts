import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
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

describe('the installed classic theme', () => {
  it('still registers the Prism client module at the path plugins/lean-bundle replaces', () => {
    const require = createRequire(import.meta.url);
    const entry = require.resolve('@docusaurus/theme-classic');
    const themeClassic = (require(entry) as { default: (...args: unknown[]) => unknown }).default;
    const theme = themeClassic(
      {
        i18n: { currentLocale: 'en', localeConfigs: { en: { direction: 'ltr' } } },
        siteConfig: { themeConfig: { prism: { additionalLanguages: [] } } },
        siteDir: '/site',
      },
      { customCss: [] },
    ) as { getClientModules: () => string[] };
    // Docusaurus resolves a theme's relative client module paths from the theme's entry file.
    const modules = theme.getClientModules().map((path) => resolve(dirname(entry), path));
    expect(
      modules.filter((path) => prismClientModulePattern.test(path)),
      `@docusaurus/theme-classic no longer registers lib/prism-include-languages: plugins/lean-bundle ` +
        `would stop removing Prism. Update prismClientModulePattern (UPGRADING.md). Modules: ${modules.join(', ')}`,
    ).toHaveLength(1);
  });
});
